import { checklist, completenessPercent, completenessText, freshnessView, missingItems } from 'c/planHealth';
import { evaluateField } from '../../../../../../test/formulas/formulaHarness';
import workspaceJson from './data/workspace.json';

const PLAN = (workspaceJson as Apex.PlanWorkspace).plan as Apex.PlanDto;

describe('c/planHealth', () => {
    describe('freshnessView', () => {
        it.each([
            ['Fresh', 'c.Keystone_Plan_Freshness_Fresh', 'slds-badge slds-theme_success', 'utility:success'],
            ['Due', 'c.Keystone_Plan_Freshness_Due', 'slds-badge slds-theme_warning', 'utility:clock'],
            ['Stale', 'c.Keystone_Plan_Freshness_Stale', 'slds-badge slds-theme_error', 'utility:warning'],
            [null, 'c.Keystone_Plan_Freshness_Unknown', 'slds-badge', 'utility:question'],
            [undefined, 'c.Keystone_Plan_Freshness_Unknown', 'slds-badge', 'utility:question'],
            ['Rotten', 'c.Keystone_Plan_Freshness_Unknown', 'slds-badge', 'utility:question']
        ])('%s reads %s', (freshness, label, badgeClass, icon) => {
            expect(freshnessView(freshness)).toEqual(
                expect.objectContaining({
                    label,
                    badgeClass,
                    icon,
                    key: label.endsWith('Unknown') ? null : freshness
                })
            );
        });
    });

    describe('checklist', () => {
        it('lists the seven items with where each is fixed', () => {
            expect(checklist(PLAN).map((item) => [item.id, item.done, item.fix])).toEqual([
                ['objectives', true, { kind: 'section', section: 'objectives' }],
                ['stakeholders', true, { kind: 'stakeholders' }],
                ['executive', true, { kind: 'stakeholders' }],
                ['champion', false, { kind: 'stakeholders' }],
                ['renewalDate', true, { kind: 'section', section: 'renewal', field: 'renewalDate' }],
                ['scores', true, { kind: 'section', section: 'tiering' }],
                ['competitive', true, { kind: 'section', section: 'competitive' }]
            ]);
            expect(missingItems(PLAN).map((item) => item.label)).toEqual(['c.Keystone_Plan_Check_Champion']);
        });

        it('misses everything on an empty plan (absent properties included)', () => {
            const empty = { id: 'a01X', objectiveCount: 0 } as unknown as Apex.PlanDto;
            expect(missingItems(empty)).toHaveLength(7);
            expect(completenessPercent(empty)).toBeNull();
        });

        it('counts the competitive picture with either a position or a competitor', () => {
            const competitive = (plan: Partial<Apex.PlanDto>): boolean | undefined =>
                checklist({ ...PLAN, ...plan }).find((item) => item.id === 'competitive')?.done;
            expect(competitive({ competitivePosition: null, primaryCompetitor: 'Ironbridge' })).toBe(true);
            expect(competitive({ competitivePosition: 'Shared', primaryCompetitor: null })).toBe(true);
            expect(competitive({ competitivePosition: null, primaryCompetitor: null })).toBe(false);
        });

        it('shows the formula value as a whole percentage', () => {
            expect(completenessPercent(PLAN)).toBe(86);
            expect(completenessPercent({ ...PLAN, completeness: 42.6 })).toBe(43);
            expect(completenessText(PLAN)).toBe('86%');
            expect(completenessText({ ...PLAN, completeness: null })).toBe('');
        });
    });

    /*
     * The percentage is the Completeness__c formula's; the checklist must name exactly the items that formula
     * counts. Each row evaluates the deployed formula and compares it with the checklist of the same plan.
     */
    describe('agrees with the deployed Completeness__c formula', () => {
        const rows: [string, Partial<Apex.PlanDto>][] = [
            ['the sample plan', {}],
            [
                'nothing',
                {
                    objectiveCount: 0,
                    stakeholderCount: 0,
                    executiveCount: 0,
                    championCount: 0,
                    renewalDate: null,
                    scoreCurrentRevenue: null,
                    competitivePosition: null,
                    primaryCompetitor: null
                }
            ],
            ['everything', { championCount: 3 }],
            ['one score missing', { scoreRelationshipDepth: null }],
            ['only a competitor', { competitivePosition: null }],
            ['no renewal date, no objectives', { renewalDate: null, objectiveCount: 0 }]
        ];

        it.each(rows)('%s', (_name, change) => {
            const plan = { ...PLAN, ...change };
            const formula = evaluateField('Account_Plan__c', 'Completeness__c', {
                today: '2026-11-20',
                record: {
                    Objective_Count__c: plan.objectiveCount,
                    Stakeholder_Count__c: plan.stakeholderCount,
                    Executive_Count__c: plan.executiveCount,
                    Champion_Count__c: plan.championCount,
                    Renewal_Date__c: plan.renewalDate,
                    Score_Current_Revenue__c: plan.scoreCurrentRevenue,
                    Score_Growth_Potential__c: plan.scoreGrowthPotential,
                    Score_Strategic_Fit__c: plan.scoreStrategicFit,
                    Score_Competitive_Position__c: plan.scoreCompetitivePosition,
                    Score_Relationship_Depth__c: plan.scoreRelationshipDepth,
                    Competitive_Position__c: plan.competitivePosition,
                    Primary_Competitor__c: plan.primaryCompetitor
                }
            });
            const done = checklist(plan).filter((item) => item.done).length;
            expect(formula).toBe(Math.round((done / 7) * 100));
        });
    });
});
