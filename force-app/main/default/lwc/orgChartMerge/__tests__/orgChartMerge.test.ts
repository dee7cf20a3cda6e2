import { mergeSaveResult } from 'c/orgChartMerge';
import mapJson from './data/relationshipMap.json';
import savedJson from './data/saveResultSaved.json';
import addedJson from './data/addResultSaved.json';
import removedJson from './data/removeResultSaved.json';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const MAP = mapJson as unknown as Apex.RelationshipMap;
const SAVED = savedJson as unknown as Apex.RelationshipMapSaveResult;
const ADDED = addedJson as unknown as Apex.RelationshipMapSaveResult;
const REMOVED = removedJson as unknown as Apex.RelationshipMapSaveResult;
const CIO_ID = 'a03000000000003AAA';
const IT_DIRECTOR_ID = 'a03000000000004AAA';

describe('c/orgChartMerge', () => {
    it('replaces a changed person in place and takes the plan’s new depth, factors and gaps', () => {
        const merged = mergeSaveResult(copy(MAP), copy(SAVED));
        expect(merged.stakeholders.map((node) => node.id)).toEqual(MAP.stakeholders.map((node) => node.id));
        const tom = merged.stakeholders.find((node) => node.id === IT_DIRECTOR_ID);
        expect(tom?.title).toBe('Director of IT Operations');
        expect(tom?.score).toBe(77);
        expect(merged.relationshipDepth).toBe(51);
        expect(merged.coverageGaps).toEqual([]);
        expect(merged.relationships).toEqual(MAP.relationships);
        expect(merged.planName).toBe(MAP.planName);
    });

    it('appends created people and takes mapped contacts off the list that can be added', () => {
        const merged = mergeSaveResult(copy(MAP), copy(ADDED));
        expect(merged.stakeholders.length).toBe(9);
        expect(merged.stakeholders.slice(-2).map((node) => node.name)).toEqual(['Aisha Khan', 'Chen Wei']);
        expect(merged.candidateContacts.map((contact) => contact.name)).toEqual(['Bruno Costa']);
    });

    it('drops removed people and lines, lines to removed people too, and offers their contacts again', () => {
        const map = copy(MAP);
        // a line the server did not list as removed but which ends at the removed person
        map.relationships.push({
            id: 'a04000000000009AAA',
            fromId: 'a03000000000006AAA',
            toId: CIO_ID,
            type: 'Allied With',
            strength: null,
            notes: null,
            version: 1
        });
        const merged = mergeSaveResult(map, copy(REMOVED));
        expect(merged.stakeholders.some((node) => node.id === CIO_ID)).toBe(false);
        expect(merged.stakeholders.find((node) => node.id === IT_DIRECTOR_ID)?.reportsToId).toBe(
            'a03000000000001AAA'
        );
        expect(merged.relationships.map((line) => line.id)).toEqual(['a04000000000002AAA']);
        expect(merged.candidateContacts.map((contact) => contact.name)).toEqual([
            'Aisha Khan',
            'Bruno Costa',
            'Chen Wei',
            'Priya Raman'
        ]);
        const priya = merged.candidateContacts.find((contact) => contact.name === 'Priya Raman');
        expect(priya).toEqual({
            id: '003000000000003AAA',
            name: 'Priya Raman',
            title: 'Chief Information Officer',
            department: 'IT',
            accountId: '001000000000002AAA',
            accountName: 'Northwind Digital',
            reportsToContactId: null
        });
        expect(merged.coverageGaps.map((gap) => gap.code)).toEqual(['singleThreaded', 'noChampion']);
    });

    it('copes with the properties Apex leaves out when they are empty', () => {
        const sparse = { status: 'saved', ok: true } as Apex.RelationshipMapSaveResult;
        const merged = mergeSaveResult(copy(MAP), sparse);
        expect(merged.stakeholders.length).toBe(7);
        expect(merged.relationshipDepth).toBeNull();
        expect(merged.depthFactors).toEqual([]);
        expect(merged.coverageGaps).toEqual([]);
        const bare = mergeSaveResult(
            {
                ...copy(MAP),
                stakeholders: undefined,
                relationships: undefined,
                candidateContacts: undefined
            } as unknown as Apex.RelationshipMap,
            copy(ADDED)
        );
        expect(bare.stakeholders.length).toBe(2);
        expect(bare.relationships).toEqual([]);
    });

    it('leaves the map it was given untouched', () => {
        const map = copy(MAP);
        mergeSaveResult(map, copy(REMOVED));
        expect(map).toEqual(MAP);
    });
});
