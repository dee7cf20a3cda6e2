import { defaultSettings, type Fields } from '../formulaHarness';
import { rangeCases, type ObjectTables, type RuleCase } from './tableTypes';

/** Settings rows start from the shipped Default record and change one thing. */
const DEFAULTS: Fields = defaultSettings();

const WEIGHT_FIELDS = [
    'Weight_Current_Revenue__c',
    'Weight_Growth_Potential__c',
    'Weight_Strategic_Fit__c',
    'Weight_Competitive_Position__c',
    'Weight_Relationship_Depth__c'
];

const weightCases = (field: string): RuleCase[] => rangeCases(field, 0, 100, 0.01, DEFAULTS);

const weights = (
    revenue: number,
    growth: number,
    fit: number,
    competitive: number,
    relationship: number
): Fields => ({
    ...DEFAULTS,
    Weight_Current_Revenue__c: revenue,
    Weight_Growth_Potential__c: growth,
    Weight_Strategic_Fit__c: fit,
    Weight_Competitive_Position__c: competitive,
    Weight_Relationship_Depth__c: relationship
});

export const keystoneSettingTables: ObjectTables = {
    object: 'Keystone_Setting__mdt',
    fields: {},
    rules: {
        Weight_Current_Revenue_Range: weightCases('Weight_Current_Revenue__c'),
        Weight_Growth_Potential_Range: weightCases('Weight_Growth_Potential__c'),
        Weight_Strategic_Fit_Range: weightCases('Weight_Strategic_Fit__c'),
        Weight_Competitive_Position_Range: weightCases('Weight_Competitive_Position__c'),
        Weight_Relationship_Depth_Range: weightCases('Weight_Relationship_Depth__c'),
        Weights_Must_Total_100: [
            { name: 'the shipped 30/25/20/10/15', record: DEFAULTS, refused: false },
            { name: 'equal weights 20 × 5', record: weights(20, 20, 20, 20, 20), refused: false },
            {
                name: 'decimals adding up: 33.33/33.33/33.34/0/0',
                record: weights(33.33, 33.33, 33.34, 0, 0),
                refused: false
            },
            { name: 'one criterion only: 100/0/0/0/0', record: weights(100, 0, 0, 0, 0), refused: false },
            { name: 'short by a point: 99', record: weights(29, 25, 20, 10, 15), refused: true },
            { name: 'over by a point: 101', record: weights(31, 25, 20, 10, 15), refused: true },
            { name: 'all zero', record: weights(0, 0, 0, 0, 0), refused: true },
            {
                name: 'decimals a cent short: 33.33 × 3',
                record: weights(33.33, 33.33, 33.33, 0, 0),
                refused: true
            },
            ...WEIGHT_FIELDS.map(
                (field): RuleCase => ({
                    name: `a blank ${field} counts as 0: 25 × 4 + blank = 100`,
                    record: { ...weights(25, 25, 25, 25, 25), [field]: null },
                    refused: false
                })
            )
        ],
        Tier_1_Threshold_Range: rangeCases('Tier_1_Threshold__c', 1, 5, 0.01, {
            ...DEFAULTS,
            Tier_2_Threshold__c: 1
        }),
        Tier_2_Threshold_Range: rangeCases('Tier_2_Threshold__c', 1, 5, 0.01, {
            ...DEFAULTS,
            Tier_1_Threshold__c: 5
        }),
        Tier_Thresholds_Out_Of_Order: [
            { name: 'the shipped 4.00 / 3.00', record: DEFAULTS, refused: false },
            {
                name: 'Tier 2 just below Tier 1',
                record: { ...DEFAULTS, Tier_1_Threshold__c: 4, Tier_2_Threshold__c: 3.99 },
                refused: false
            },
            {
                name: 'equal thresholds',
                record: { ...DEFAULTS, Tier_1_Threshold__c: 3.5, Tier_2_Threshold__c: 3.5 },
                refused: true
            },
            {
                name: 'Tier 2 above Tier 1',
                record: { ...DEFAULTS, Tier_1_Threshold__c: 3, Tier_2_Threshold__c: 4 },
                refused: true
            }
        ],
        Default_Review_Cadence_Range: rangeCases('Default_Review_Cadence_Days__c', 7, 365, 1, DEFAULTS),
        Freshness_Grace_Days_Range: rangeCases('Freshness_Grace_Days__c', 0, 365, 1, DEFAULTS),
        Column_Field_Required: [
            { name: 'child-account columns need no field', record: DEFAULTS, refused: false },
            {
                name: 'account-field columns without a field',
                record: {
                    ...DEFAULTS,
                    Whitespace_Column_Source__c: 'Account Field',
                    Whitespace_Column_Field__c: null
                },
                refused: true
            },
            {
                name: 'account-field columns with a field',
                record: {
                    ...DEFAULTS,
                    Whitespace_Column_Source__c: 'Account Field',
                    Whitespace_Column_Field__c: 'Industry'
                },
                refused: false
            }
        ],
        Engagement_Recent_Days_Range: [
            { name: 'the shipped 30 days', record: DEFAULTS, refused: false },
            { name: '1 day', record: { ...DEFAULTS, Engagement_Recent_Days__c: 1 }, refused: false },
            { name: '0 days', record: { ...DEFAULTS, Engagement_Recent_Days__c: 0 }, refused: true }
        ],
        Engagement_Windows_Out_Of_Order: [
            { name: 'the shipped 30 / 90 days', record: DEFAULTS, refused: false },
            {
                name: 'stale one day after recent',
                record: { ...DEFAULTS, Engagement_Recent_Days__c: 30, Engagement_Stale_Days__c: 31 },
                refused: false
            },
            {
                name: 'stale equal to recent',
                record: { ...DEFAULTS, Engagement_Recent_Days__c: 30, Engagement_Stale_Days__c: 30 },
                refused: true
            },
            {
                name: 'stale shorter than recent',
                record: { ...DEFAULTS, Engagement_Recent_Days__c: 60, Engagement_Stale_Days__c: 45 },
                refused: true
            }
        ],
        Single_Threaded_Threshold_Range: rangeCases('Single_Threaded_Threshold__c', 1, 20, 1, DEFAULTS),
        Renewal_Horizon_Days_Range: rangeCases('Renewal_Horizon_Days__c', 1, 730, 1, DEFAULTS)
    }
};
