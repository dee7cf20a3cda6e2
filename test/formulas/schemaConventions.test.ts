/**
 * Package conventions of Keystone's schema that no other gate checks: every field explains itself and is
 * classified, person data is tagged, picklists are restricted, validation rules point at a field and stay
 * within platform text limits.
 */
import { projectObjects, type FieldInfo } from './schemaSource';

const KEYSTONE_OBJECTS = [
    'Account_Plan__c',
    'Plan_Objective__c',
    'Stakeholder__c',
    'Stakeholder_Relationship__c',
    'Play__c',
    'Whitespace_Cell__c',
    'Keystone_Setting__mdt'
];
const CLASSIFICATIONS = ['Public', 'Internal', 'Confidential', 'Restricted', 'MissionCritical'];
/** Person data: about someone in the customer's organisation (not the plan link, keys or our own users). */
const PERSON_DATA_OBJECTS = new Set(['Stakeholder__c', 'Stakeholder_Relationship__c']);
const NOT_PERSON_DATA = new Set([
    'Account_Plan__c',
    'Unique_Contact__c',
    'Relationship_Owner__c',
    'Version__c'
]);

/** Text as stored: prettier wraps long values onto indented lines, which count towards platform limits. */
const length = (text: string | undefined): number => (text ?? '').length;

const objects = [...projectObjects().values()].filter((o) => KEYSTONE_OBJECTS.includes(o.name));
const fields = objects.flatMap((o) =>
    [...o.fields.values()].map((f) => ({ key: `${o.name}.${f.name}`, object: o.name, f }))
);
const rules = objects.flatMap((o) =>
    [...o.rules.values()].map((r) => ({ key: `${o.name}.${r.name}`, object: o.name, r }))
);

const isCustomObject = (object: string): boolean => object.endsWith('__c');

describe('Keystone schema conventions', () => {
    it('has every Keystone object', () => {
        expect(objects.map((o) => o.name).sort()).toEqual([...KEYSTONE_OBJECTS].sort());
    });

    it.each(fields)('$key has a label, a description and help text within limits', ({ f }) => {
        expect(f.label).toBeTruthy();
        expect(length(f.description)).toBeGreaterThan(10);
        expect(length(f.description)).toBeLessThanOrEqual(1000);
        expect(length(f.inlineHelpText)).toBeGreaterThan(10);
        expect(length(f.inlineHelpText)).toBeLessThanOrEqual(510);
        expect(length(f.formula)).toBeLessThanOrEqual(3900);
    });

    it.each(fields.filter(({ object }) => isCustomObject(object)))('$key is classified', ({ f }) => {
        expect(CLASSIFICATIONS).toContain(f.securityClassification);
        expect(f.businessStatus).toBe('Active');
    });

    it.each(
        fields.filter(({ object, f }) => PERSON_DATA_OBJECTS.has(object) && !NOT_PERSON_DATA.has(f.name))
    )('$key is tagged as personal data', ({ f }) => {
        expect(f.complianceGroup?.split(';')).toEqual(expect.arrayContaining(['PII', 'GDPR']));
        expect(['Confidential', 'Restricted']).toContain(f.securityClassification);
    });

    it.each(fields.filter(({ f }) => f.type === 'Picklist'))('$key is a restricted picklist', ({ f }) => {
        expect(f.restricted).toBe(true);
        expect(f.picklistValues.length).toBeGreaterThan(1);
    });

    it.each(rules)(
        '$key is active, shows its error on an editable field and fits the platform limits',
        ({ object, r }) => {
            expect(r.active).toBe(true);
            expect(r.name.length).toBeLessThanOrEqual(40);
            expect(length(r.description)).toBeGreaterThan(10);
            expect(length(r.description)).toBeLessThanOrEqual(255);
            expect(length(r.errorMessage)).toBeGreaterThan(10);
            expect(length(r.errorMessage)).toBeLessThanOrEqual(255);
            expect(length(r.formula)).toBeLessThanOrEqual(3900);
            const display: FieldInfo | undefined = projectObjects()
                .get(object)
                ?.fields.get(r.errorDisplayField ?? '');
            expect(display).toBeDefined();
            expect(display?.formula).toBeUndefined();
            expect(display?.type).not.toBe('Summary');
        }
    );
});
