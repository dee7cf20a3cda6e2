import {
    changedFields,
    isChanged,
    lineDraft,
    NEW_KEY,
    placeholderDraft,
    promotionDraft,
    rebaseStakeholderDraft,
    rebaseVersion,
    requestOf,
    setField,
    stakeholderDraft,
    withServerErrors
} from 'c/orgChartDraft';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const PLAN_ID = MAP.planId as string;
const [CEO, , , IT_DIRECTOR, PROCUREMENT] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];
const LINE = MAP.relationships[0];

describe('c/orgChartDraft', () => {
    describe('stakeholderDraft', () => {
        it('copies an existing contact person into a save request with its version', () => {
            const draft = stakeholderDraft(PLAN_ID, IT_DIRECTOR);
            expect(draft.key).toBe(IT_DIRECTOR.id);
            expect(draft.isPlaceholder).toBe(false);
            expect(draft.request).toEqual({
                planId: PLAN_ID,
                id: IT_DIRECTOR.id,
                expectedVersion: 3,
                contactId: IT_DIRECTOR.contactId,
                placeholderName: null,
                title: 'IT Director',
                department: 'IT',
                businessUnitId: IT_DIRECTOR.businessUnitId,
                reportsToId: IT_DIRECTOR.reportsToId,
                buyingRole: 'Technical Evaluator',
                influence: 'Medium',
                stance: 'Supporter',
                relationshipStrength: 4,
                relationshipOwnerId: IT_DIRECTOR.relationshipOwnerId,
                isExecutive: false,
                lastEngagedDate: '2026-06-01',
                notes: null
            });
            expect(isChanged(draft)).toBe(false);
        });

        it('keeps a placeholder’s name, and turns the properties Apex leaves out into null', () => {
            const sparse = {
                id: 'a03X',
                name: 'Head of Legal',
                isPlaceholder: true,
                version: 1
            } as Apex.StakeholderNode;
            const draft = stakeholderDraft(PLAN_ID, sparse);
            expect(draft.isPlaceholder).toBe(true);
            expect(draft.request.placeholderName).toBe('Head of Legal');
            expect(draft.request.contactId).toBeNull();
            expect(draft.request.title).toBeNull();
            expect(draft.request.isExecutive).toBe(false);
        });
    });

    it('makes a new placeholder under a manager, owned by the given owner', () => {
        const draft = placeholderDraft(PLAN_ID, { reportsToId: CEO.id, relationshipOwnerId: '005X' });
        expect(draft.key).toBe(NEW_KEY);
        expect(draft.isPlaceholder).toBe(true);
        expect(draft.request).toMatchObject({
            id: null,
            expectedVersion: null,
            contactId: null,
            placeholderName: '',
            reportsToId: CEO.id,
            businessUnitId: null,
            relationshipOwnerId: '005X'
        });
        expect(placeholderDraft(PLAN_ID, {}).request.reportsToId).toBeNull();
    });

    it.each<[string, string | null, string]>([
        ['Head of Procurement', 'Head of', 'Procurement'],
        ['Cher', null, 'Cher'],
        ['  Ana   Lima ', 'Ana', 'Lima'],
        ['', null, '']
    ])('splits the placeholder name %j into first %j and last %j name', (name, first, last) => {
        const draft = promotionDraft({ ...PROCUREMENT, name }, MAP.accountId);
        expect(draft.request.firstName).toBe(first);
        expect(draft.request.lastName).toBe(last);
    });

    it('promotes on the placeholder’s business unit, else the plan’s account', () => {
        expect(promotionDraft(PROCUREMENT, 'ACC').request).toMatchObject({
            stakeholderId: PROCUREMENT.id,
            expectedVersion: 3,
            accountId: PROCUREMENT.businessUnitId,
            title: 'Procurement lead',
            department: 'Procurement',
            email: null
        });
        expect(promotionDraft({ ...PROCUREMENT, businessUnitId: null }, 'ACC').request.accountId).toBe('ACC');
    });

    it('drafts a new line with defaults, or an existing one with its version', () => {
        expect(lineDraft(PLAN_ID, CEO.id).request).toEqual({
            planId: PLAN_ID,
            id: null,
            expectedVersion: null,
            fromId: CEO.id,
            toId: '',
            type: 'Influences',
            strength: 'Moderate',
            notes: null
        });
        const existing = lineDraft(PLAN_ID, 'ignored', LINE);
        expect(existing.key).toBe(LINE.id);
        expect(existing.request).toMatchObject({
            id: LINE.id,
            expectedVersion: 1,
            fromId: LINE.fromId,
            toId: LINE.toId
        });
    });

    describe('editing', () => {
        it('changes one property, drops the server’s message there, and knows what changed', () => {
            const draft = withServerErrors(stakeholderDraft(PLAN_ID, IT_DIRECTOR), [
                { recordKey: IT_DIRECTOR.id, field: 'title', message: 'Too long' },
                { recordKey: IT_DIRECTOR.id, field: 'notes', message: 'Nope' }
            ]);
            const edited = setField(draft, 'title', 'Head of IT');
            expect(edited.request.title).toBe('Head of IT');
            expect(edited.serverErrors).toEqual({ notes: 'Nope' });
            expect(draft.request.title).toBe('IT Director');
            expect(changedFields(edited)).toEqual(['title']);
            expect(isChanged(edited)).toBe(true);
            expect(isChanged(null)).toBe(false);
        });

        it('treats blank and null as the same value', () => {
            const draft = setField(stakeholderDraft(PLAN_ID, IT_DIRECTOR), 'notes', '');
            expect(isChanged(draft)).toBe(false);
        });

        it('takes only the server’s messages for its own record (or a new one), first message per field', () => {
            const draft = withServerErrors(stakeholderDraft(PLAN_ID, IT_DIRECTOR), [
                { recordKey: 'someone-else', field: 'title', message: 'Not mine' },
                { recordKey: IT_DIRECTOR.id, field: 'title', message: 'First' },
                { recordKey: IT_DIRECTOR.id, field: 'title', message: 'Second' },
                { recordKey: NEW_KEY, field: 'notes', message: 'New record' }
            ]);
            expect(draft.serverErrors).toEqual({ title: 'First', notes: 'New record' });
        });
    });

    describe('after a conflict', () => {
        it('puts the user’s changes on top of the newest version', () => {
            const mine = setField(
                setField(stakeholderDraft(PLAN_ID, IT_DIRECTOR), 'notes', 'Mine'),
                'title',
                'Mine too'
            );
            const theirs = { ...IT_DIRECTOR, version: 7, title: 'Theirs', department: 'Platforms' };
            const rebased = rebaseStakeholderDraft(mine, theirs);
            expect(rebased.request.expectedVersion).toBe(7);
            expect(rebased.request.title).toBe('Mine too');
            expect(rebased.request.notes).toBe('Mine');
            expect(rebased.request.department).toBe('Platforms');
            expect(rebased.original.title).toBe('Theirs');
            expect(changedFields(rebased).sort()).toEqual(['notes', 'title']);
        });

        it('sends the same edits against the newest version', () => {
            const draft = setField(promotionDraft(PROCUREMENT, 'ACC'), 'email', 'a@b.co');
            const rebased = rebaseVersion(draft, 11);
            expect(rebased.request.expectedVersion).toBe(11);
            expect(rebased.request.email).toBe('a@b.co');
            expect(changedFields(rebased)).toEqual(['email']);
        });
    });

    it('sends trimmed text and blanks as null, but keeps the required names as text', () => {
        let draft = stakeholderDraft(PLAN_ID, PROCUREMENT);
        draft = setField(draft, 'placeholderName', '   ');
        draft = setField(draft, 'title', '  Buyer ');
        draft = setField(draft, 'notes', '   ');
        const request = requestOf(draft);
        expect(request.placeholderName).toBe('');
        expect(request.title).toBe('Buyer');
        expect(request.notes).toBeNull();
        expect(request.relationshipStrength).toBeNull();
        const promotion = requestOf(setField(promotionDraft(PROCUREMENT, 'ACC'), 'lastName', '  '));
        expect(promotion.lastName).toBe('');
    });
});
