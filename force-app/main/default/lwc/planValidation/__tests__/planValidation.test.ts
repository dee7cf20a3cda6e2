import { draftFromWorkspace, type ObjectiveField, type PlanField } from 'c/planDraft';
import {
    dependentKeys,
    isIsoDate,
    validateDraft,
    validateObjectiveField,
    validatePlanField
} from 'c/planValidation';
import { evaluateRule, type Fields } from '../../../../../../test/formulas/formulaHarness';
import workspaceJson from './data/workspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const draft = draftFromWorkspace(JSON.parse(JSON.stringify(WORKSPACE)) as Apex.PlanWorkspace);
if (!draft) {
    throw new Error('the test workspace has a plan');
}
const PLAN: Apex.PlanChanges = draft.plan;
const OBJECTIVE: Apex.ObjectiveDto = draft.objectives[0];

/** In Jest a label import is `c.<Name>`. */
const label = (name: string): string => `c.Keystone_Error_${name}`;
const long = (length: number): string => 'x'.repeat(length);

describe('c/planValidation', () => {
    describe('validatePlanField', () => {
        it.each<[PlanField, Partial<Apex.PlanChanges>, string | null]>([
            ['name', {}, null],
            ['name', { name: '' }, label('Field_Required')],
            ['name', { name: '   ' }, label('Field_Required')],
            ['name', { name: long(80) }, null],
            ['name', { name: long(81) }, label('Text_Too_Long')],
            ['name', { name: '<script>alert(1)</script>' }, null],
            ['periodStart', { periodStart: '' }, label('Field_Required')],
            ['periodStart', { periodStart: '2026-02-30' }, label('Invalid_Date')],
            ['periodStart', { periodStart: '01/04/2026' }, label('Invalid_Date')],
            ['periodEnd', { periodEnd: '' }, label('Field_Required')],
            ['periodEnd', { periodEnd: '2026-03-31' }, label('Period_End_Before_Start')],
            ['periodEnd', { periodEnd: '2026-04-01' }, null],
            ['periodEnd', { periodStart: 'bad', periodEnd: '2020-01-01' }, null],
            ['scoreCurrentRevenue', { scoreCurrentRevenue: null }, null],
            ['scoreCurrentRevenue', { scoreCurrentRevenue: 0 }, label('Score_Range')],
            ['scoreGrowthPotential', { scoreGrowthPotential: 6 }, label('Score_Range')],
            ['scoreStrategicFit', { scoreStrategicFit: 2.5 }, label('Score_Range')],
            ['scoreCompetitivePosition', { scoreCompetitivePosition: Number.NaN }, label('Score_Range')],
            ['scoreRelationshipDepth', { scoreRelationshipDepth: 5 }, null],
            ['scoreRelationshipDepth', { scoreRelationshipDepth: -1 }, label('Score_Range')],
            ['primaryCompetitor', { primaryCompetitor: long(120) }, null],
            ['primaryCompetitor', { primaryCompetitor: long(121) }, label('Text_Too_Long')],
            ['primaryCompetitor', { primaryCompetitor: null }, null],
            ['competitivePosition', { competitivePosition: 'Anything' }, null],
            ['competitiveNotes', { competitiveNotes: long(32768) }, null],
            ['competitiveNotes', { competitiveNotes: long(32769) }, label('Text_Too_Long')],
            ['renewalDate', { renewalDate: null }, null],
            ['renewalDate', { renewalDate: '2027-13-01' }, label('Invalid_Date')],
            [
                'renewalRiskReason',
                { renewalRisk: 'High', renewalRiskReason: null },
                label('Renewal_Risk_Reason_Required')
            ],
            [
                'renewalRiskReason',
                { renewalRisk: 'Medium', renewalRiskReason: '  ' },
                label('Renewal_Risk_Reason_Required')
            ],
            ['renewalRiskReason', { renewalRisk: 'Low', renewalRiskReason: null }, null],
            ['renewalRiskReason', { renewalRisk: null, renewalRiskReason: null }, null],
            [
                'renewalRiskReason',
                { renewalRisk: 'High', renewalRiskReason: long(256) },
                label('Text_Too_Long')
            ],
            ['reviewCadenceDays', { reviewCadenceDays: null }, null],
            ['reviewCadenceDays', { reviewCadenceDays: 6 }, label('Review_Cadence_Range')],
            ['reviewCadenceDays', { reviewCadenceDays: 7 }, null],
            ['reviewCadenceDays', { reviewCadenceDays: 365 }, null],
            ['reviewCadenceDays', { reviewCadenceDays: 366 }, label('Review_Cadence_Range')],
            ['reviewCadenceDays', { reviewCadenceDays: 30.5 }, label('Review_Cadence_Range')]
        ])('%s with %j: %s', (field, change, expected) => {
            expect(validatePlanField(field, { ...PLAN, ...change })).toBe(expected);
        });

        it('says how many characters are allowed', () => {
            // The label's {0} is the limit; the Jest label has no placeholder, the real one does.
            expect(validatePlanField('name', { ...PLAN, name: long(81) })).toBe(label('Text_Too_Long'));
        });

        it('ignores fields it does not know', () => {
            expect(validatePlanField('unknown' as PlanField, PLAN)).toBeNull();
        });
    });

    describe('validateObjectiveField', () => {
        it.each<[ObjectiveField, Partial<Apex.ObjectiveDto>, string | null]>([
            ['name', {}, null],
            ['name', { name: ' ' }, label('Field_Required')],
            ['name', { name: long(81) }, label('Text_Too_Long')],
            ['measure', { measure: long(255) }, null],
            ['measure', { measure: long(256) }, label('Text_Too_Long')],
            ['target', { target: long(121) }, label('Text_Too_Long')],
            ['dueDate', { dueDate: null }, null],
            ['dueDate', { dueDate: '2026-03-31' }, label('Objective_Due_Before_Plan_Start')],
            ['dueDate', { dueDate: '2026-04-01' }, null],
            ['dueDate', { dueDate: '31.12.2026' }, label('Invalid_Date')],
            ['status', { status: 'Achieved' }, null],
            ['ownerId', { ownerId: null }, null]
        ])('%s with %j: %s', (field, change, expected) => {
            expect(validateObjectiveField(field, { ...OBJECTIVE, ...change }, PLAN)).toBe(expected);
        });
    });

    describe('validateDraft', () => {
        it('is empty for the loaded plan', () => {
            expect(validateDraft(PLAN, draft.objectives)).toEqual({});
        });

        it('keys every problem by record and field', () => {
            const plan = {
                ...PLAN,
                name: '',
                renewalRisk: 'High',
                renewalRiskReason: null,
                periodStart: '2027-04-01'
            };
            const objectives = [{ ...OBJECTIVE, key: 'new-1', name: '' }, draft.objectives[1]];
            expect(validateDraft(plan, objectives)).toEqual({
                'plan:name': label('Field_Required'),
                'plan:periodEnd': label('Period_End_Before_Start'),
                'plan:renewalRiskReason': label('Renewal_Risk_Reason_Required'),
                'new-1:name': label('Field_Required'),
                'new-1:dueDate': label('Objective_Due_Before_Plan_Start'),
                [`${draft.objectives[1].key}:dueDate`]: label('Objective_Due_Before_Plan_Start')
            });
        });
    });

    describe('dependentKeys', () => {
        const objectives = [{ key: 'a02A' }, { key: 'new-1' }];
        it.each<[string, string, string[]]>([
            ['plan', 'periodStart', ['plan:periodEnd', 'a02A:dueDate', 'new-1:dueDate']],
            ['plan', 'renewalRisk', ['plan:renewalRiskReason']],
            ['plan', 'name', []],
            ['a02A', 'dueDate', []]
        ])('%s %s re-checks %j', (recordKey, field, expected) => {
            expect(dependentKeys(recordKey, field, objectives)).toEqual(expected);
        });
    });

    describe('isIsoDate', () => {
        it.each([
            ['2026-02-28', true],
            ['2028-02-29', true],
            ['2026-02-29', false],
            ['2026-1-01', false],
            ['', false]
        ])('%j: %s', (value, expected) => {
            expect(isIsoDate(value)).toBe(expected);
        });
    });

    /*
     * The same checks run on the server, last of all as validation rules. These tables evaluate each deployed
     * rule with the formula harness on the same values and require the same verdict.
     */
    describe('agrees with the deployed validation rules', () => {
        const planRecord = (plan: Apex.PlanChanges): Fields => ({
            Name: plan.name,
            Period_Start__c: plan.periodStart || null,
            Period_End__c: plan.periodEnd || null,
            Score_Current_Revenue__c: plan.scoreCurrentRevenue,
            Score_Growth_Potential__c: plan.scoreGrowthPotential,
            Score_Strategic_Fit__c: plan.scoreStrategicFit,
            Score_Competitive_Position__c: plan.scoreCompetitivePosition,
            Score_Relationship_Depth__c: plan.scoreRelationshipDepth,
            Renewal_Risk__c: plan.renewalRisk,
            Renewal_Risk_Reason__c: plan.renewalRiskReason,
            Review_Cadence_Days__c: plan.reviewCadenceDays,
            Status__c: 'Draft'
        });

        const PLAN_RULES: [string, PlanField, Partial<Apex.PlanChanges>[]][] = [
            [
                'Period_End_Before_Start',
                'periodEnd',
                [{ periodEnd: '2026-03-31' }, { periodEnd: '2026-04-01' }, { periodEnd: '2027-03-31' }]
            ],
            [
                'Renewal_Risk_Reason_Required',
                'renewalRiskReason',
                ['Low', 'Medium', 'High', null].flatMap((renewalRisk) => [
                    { renewalRisk, renewalRiskReason: null },
                    { renewalRisk, renewalRiskReason: 'Outage' }
                ])
            ],
            [
                'Review_Cadence_Range',
                'reviewCadenceDays',
                [null, 6, 7, 365, 366].map((reviewCadenceDays) => ({ reviewCadenceDays }))
            ],
            ...(
                [
                    ['Score_Current_Revenue_Range', 'scoreCurrentRevenue'],
                    ['Score_Growth_Potential_Range', 'scoreGrowthPotential'],
                    ['Score_Strategic_Fit_Range', 'scoreStrategicFit'],
                    ['Score_Competitive_Position_Range', 'scoreCompetitivePosition'],
                    ['Score_Relationship_Depth_Range', 'scoreRelationshipDepth']
                ] as const
            ).map(([rule, field]): [string, PlanField, Partial<Apex.PlanChanges>[]] => [
                rule,
                field,
                [null, 0, 1, 5, 6].map((score) => ({ [field]: score }))
            ])
        ];

        describe.each(PLAN_RULES)('Account_Plan__c.%s', (rule, field, cases) => {
            it.each(cases)('same verdict for %j', (change) => {
                const plan = { ...PLAN, ...change };
                const refused = evaluateRule('Account_Plan__c', rule, {
                    today: '2026-11-20',
                    record: planRecord(plan)
                });
                expect(validatePlanField(field, plan) !== null).toBe(refused);
            });
        });

        describe('Plan_Objective__c.Due_Date_Before_Plan_Start', () => {
            it.each([null, '2026-03-31', '2026-04-01', '2027-06-30'])(
                'same verdict for due date %j',
                (dueDate) => {
                    const refused = evaluateRule('Plan_Objective__c', 'Due_Date_Before_Plan_Start', {
                        today: '2026-11-20',
                        record: {
                            Name: OBJECTIVE.name,
                            Due_Date__c: dueDate,
                            'Account_Plan__r.Period_Start__c': PLAN.periodStart,
                            'Account_Plan__r.Status__c': 'Active'
                        }
                    });
                    expect(validateObjectiveField('dueDate', { ...OBJECTIVE, dueDate }, PLAN) !== null).toBe(
                        refused
                    );
                }
            );
        });
    });
});
