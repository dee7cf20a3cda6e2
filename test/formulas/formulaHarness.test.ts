/**
 * The harness itself: it must behave like the platform where Keystone's formulas depend on it, and fail
 * loudly (never pass silently) when a formula or a table row is wrong.
 */
import { defaultSettings, evaluateField, evaluateFormula, evaluateRule } from './formulaHarness';
import { customMetadataRecord, projectObject } from './schemaSource';

const PLAN = 'Account_Plan__c';

describe('formula harness', () => {
    it('evaluates only the IF branch the platform takes', () => {
        const result = evaluateFormula(PLAN, 'IF(TRUE, 1, Score_Current_Revenue__c + 1)', { record: {} });
        expect(result.value).toBe(1);
    });

    it('fails on arithmetic with a blank in the branch taken (formulas must guard blanks)', () => {
        expect(() => evaluateFormula(PLAN, 'Score_Current_Revenue__c + 1', { record: {} })).toThrow(
            /fails in formulon/
        );
    });

    it('treats comparisons with a blank as false and two blanks as equal', () => {
        const input = { record: { Score_Current_Revenue__c: null, Score_Growth_Potential__c: null } };
        expect(evaluateFormula(PLAN, 'Score_Current_Revenue__c < 1', input).value).toBe(false);
        expect(evaluateFormula(PLAN, 'Score_Current_Revenue__c >= 1', input).value).toBe(false);
        expect(
            evaluateFormula(PLAN, 'Score_Current_Revenue__c = Score_Growth_Potential__c', input).value
        ).toBe(true);
        expect(evaluateFormula(PLAN, 'Score_Current_Revenue__c <> 3', input).value).toBe(true);
    });

    it('replaces TODAY() by the row date, and refuses a row without one', () => {
        const today = evaluateFormula(PLAN, 'TODAY() + 1', { today: '2026-12-31' }).value as Date;
        expect(today.toISOString().slice(0, 10)).toBe('2027-01-01');
        expect(() => evaluateFormula(PLAN, 'TODAY()', {})).toThrow(/give the case a today date/);
    });

    it('reads settings from the shipped Default record, and lets a row override them', () => {
        const stored = customMetadataRecord('Keystone_Setting', 'Default').get('Tier_1_Threshold__c');
        const read = evaluateFormula(
            PLAN,
            '$CustomMetadata.Keystone_Setting__mdt.Default.Tier_1_Threshold__c',
            {}
        );
        expect(read.value).toBe(Number(stored));
        const overridden = evaluateFormula(
            PLAN,
            '$CustomMetadata.Keystone_Setting__mdt.Default.Tier_1_Threshold__c',
            {
                settings: { Tier_1_Threshold__c: 4.5 }
            }
        );
        expect(overridden.value).toBe(4.5);
        expect(defaultSettings().Tier_1_Threshold__c).toBe(Number(stored));
    });

    it('fails on unknown fields, settings, records and relationships', () => {
        expect(() => evaluateFormula(PLAN, 'Unknown_Field__c', {})).toThrow(/has no field Unknown_Field__c/);
        expect(() =>
            evaluateFormula(PLAN, '$CustomMetadata.Keystone_Setting__mdt.Default.Nope__c', {})
        ).toThrow(/has no field Nope__c/);
        expect(() =>
            evaluateFormula(PLAN, '$CustomMetadata.Keystone_Setting__mdt.Other.Tier_1_Threshold__c', {})
        ).toThrow(/Default settings record only/);
        expect(() => evaluateFormula(PLAN, '$User.Id', {})).toThrow(/unknown global/);
        expect(() => evaluateFormula(PLAN, 'Nope__r.Name', {})).toThrow(/has no field Nope__c/);
        expect(() => evaluateFormula('Stakeholder__c', 'Contact__r.Birthdate', {})).toThrow(
            /Contact has no field/
        );
    });

    it('fails on values a field cannot hold', () => {
        expect(() =>
            evaluateFormula(PLAN, 'ISPICKVAL(Status__c, "Active")', { record: { Status__c: 'Closed' } })
        ).toThrow(/restricted picklist without the value 'Closed'/);
        expect(() =>
            evaluateFormula(PLAN, 'ISBLANK(Period_Start__c)', { record: { Period_Start__c: '1/2/2026' } })
        ).toThrow(/YYYY-MM-DD/);
        expect(() => evaluateFormula(PLAN, 'ISBLANK(Version__c)', { record: { Version__c: '3' } })).toThrow(
            /not a Number value/
        );
    });

    it('fails on formulas that do not parse or call unknown functions', () => {
        expect(() => evaluateFormula(PLAN, 'IF(TRUE, 1', {})).toThrow(/does not parse/);
        expect(() => evaluateFormula(PLAN, 'NOSUCHFUNCTION(1)', {})).toThrow(/fails in formulon/);
    });

    it('evaluates a referenced formula field from its deployed formula unless the row gives its value', () => {
        const scores = {
            Score_Current_Revenue__c: 4,
            Score_Growth_Potential__c: 4,
            Score_Strategic_Fit__c: 4,
            Score_Competitive_Position__c: 4,
            Score_Relationship_Depth__c: 4
        };
        expect(evaluateField(PLAN, 'Tier__c', { record: scores })).toBe('Tier 1');
        expect(evaluateField(PLAN, 'Tier__c', { record: { ...scores, Tiering_Score__c: 2 } })).toBe('Tier 3');
    });

    it('takes cross-object values from the row, typed by the target field, and wants formula values given', () => {
        const rule = 'Due_Date_Before_Plan_Start';
        const row = { Due_Date__c: '2026-01-01', 'Account_Plan__r.Period_Start__c': '2026-01-02' };
        expect(evaluateRule('Plan_Objective__c', rule, { record: row })).toBe(true);
        expect(() => evaluateFormula('Plan_Objective__c', 'Account_Plan__r.Tier__c', { record: {} })).toThrow(
            /is a formula on Account_Plan__c: give the case its value/
        );
    });

    it('follows the platform for ISNEW, ISCHANGED and PRIORVALUE', () => {
        const insert = { record: { Name: 'A', Status__c: 'Archived' } };
        expect(evaluateFormula(PLAN, 'ISNEW()', insert).value).toBe(true);
        expect(evaluateFormula(PLAN, 'ISCHANGED(Name)', insert).value).toBe(false);
        expect(evaluateFormula(PLAN, 'ISPICKVAL(PRIORVALUE(Status__c), "Archived")', insert).value).toBe(
            true
        );
        const update = {
            prior: { Name: 'A', Status__c: 'Active' },
            record: { Name: 'B', Status__c: 'Archived' }
        };
        expect(evaluateFormula(PLAN, 'ISNEW()', update).value).toBe(false);
        expect(evaluateFormula(PLAN, 'ISCHANGED(Name)', update).value).toBe(true);
        expect(evaluateFormula(PLAN, 'ISPICKVAL(PRIORVALUE(Status__c), "Active")', update).value).toBe(true);
        const blanks = { prior: { Renewal_Risk_Reason__c: null }, record: { Renewal_Risk_Reason__c: '' } };
        expect(evaluateFormula(PLAN, 'ISCHANGED(Renewal_Risk_Reason__c)', blanks).value).toBe(false);
    });

    it('shows results as the platform does: percent × 100 and rounded to the field scale, text blank as null', () => {
        const complete = projectObject(PLAN).fields.get('Completeness__c');
        expect(complete?.type).toBe('Percent');
        expect(evaluateField(PLAN, 'Completeness__c', { record: { Objective_Count__c: 1 } })).toBe(14);
        expect(evaluateField(PLAN, 'Tier__c', { record: {} })).toBeNull();
    });

    it('refuses to evaluate what is not a formula field or rule', () => {
        expect(() => evaluateField(PLAN, 'Period_Start__c', {})).toThrow(/is not a formula field/);
        expect(() => evaluateRule(PLAN, 'No_Such_Rule', {})).toThrow(/has no validation rule/);
    });
});
