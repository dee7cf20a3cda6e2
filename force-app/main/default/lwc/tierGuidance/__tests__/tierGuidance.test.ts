import { CRITERIA, guidanceFor, scoreOptions, tierLabel, tierReason, weightText } from 'c/tierGuidance';
import workspaceJson from './data/workspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const [CURRENT_REVENUE] = CRITERIA;

describe('c/tierGuidance', () => {
    it('has the five criteria, each with guidance for five levels', () => {
        expect(CRITERIA.map((criterion) => criterion.field)).toEqual([
            'scoreCurrentRevenue',
            'scoreGrowthPotential',
            'scoreStrategicFit',
            'scoreCompetitivePosition',
            'scoreRelationshipDepth'
        ]);
        for (const criterion of CRITERIA) {
            expect(new Set(criterion.guidance).size).toBe(5);
        }
    });

    it('offers "not scored" and each level with its guidance', () => {
        const options = scoreOptions(CURRENT_REVENUE);
        expect(options.map((option) => option.value)).toEqual(['', '1', '2', '3', '4', '5']);
        expect(options[0].label).toBe('c.Keystone_Plan_Score_Not_Scored');
        // In Jest the label has no placeholders; the real label reads "3 – Steady revenue…".
        expect(options[3].label).toBe('c.Keystone_Plan_Score_Option');
    });

    it.each<[number | null | undefined, string]>([
        [1, 'c.Keystone_Tier_Guidance_Current_Revenue_1'],
        [5, 'c.Keystone_Tier_Guidance_Current_Revenue_5'],
        [null, ''],
        [undefined, ''],
        [0, ''],
        [6, ''],
        [2.5, '']
    ])('guidance for score %s is %j', (score, expected) => {
        expect(guidanceFor(CURRENT_REVENUE, score)).toBe(expected);
    });

    it.each<[string | null | undefined, string]>([
        ['Tier 1', 'c.Keystone_Plan_Tier_1'],
        ['Tier 2', 'c.Keystone_Plan_Tier_2'],
        ['Tier 3', 'c.Keystone_Plan_Tier_3'],
        [null, 'c.Keystone_Plan_Tier_Not_Tiered'],
        ['', 'c.Keystone_Plan_Tier_Not_Tiered'],
        ['Tier 9', 'Tier 9']
    ])('tier %j reads %j', (tier, expected) => {
        expect(tierLabel(tier)).toBe(expected);
    });

    it('explains the tier with the score and thresholds, or asks for all five scores', () => {
        expect(tierReason(WORKSPACE.plan, WORKSPACE.settings)).toBe('c.Keystone_Plan_Tier_Reason');
        expect(tierReason({ tier: null, tieringScore: null }, WORKSPACE.settings)).toBe(
            'c.Keystone_Plan_Tier_Reason_Incomplete'
        );
        expect(tierReason(null, null)).toBe('c.Keystone_Plan_Tier_Reason_Incomplete');
        expect(tierReason({ tier: 'Tier 2', tieringScore: 3.5 }, null)).toBe('c.Keystone_Plan_Tier_Reason');
    });

    it('shows the weight from the settings', () => {
        expect(weightText(WORKSPACE.settings, CURRENT_REVENUE)).toBe('c.Keystone_Plan_Score_Weight');
        expect(weightText(null, CURRENT_REVENUE)).toBe('');
        expect(weightText({ ...WORKSPACE.settings, weightCurrentRevenue: 12.5 }, CURRENT_REVENUE)).toBe(
            'c.Keystone_Plan_Score_Weight'
        );
    });
});
