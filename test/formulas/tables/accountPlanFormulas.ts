import type { Fields } from '../formulaHarness';
import type { FieldCase } from './tableTypes';

/*
 * Account_Plan__c formula fields. Default settings (customMetadata/Keystone_Setting.Default): weights
 * 30 / 25 / 20 / 10 / 15 (revenue, growth, fit, competitive, relationship), Tier 1 ≥ 4.00, Tier 2 ≥ 3.00,
 * review cadence 90 days, freshness grace 30 days, single-threaded threshold 2, renewal horizon 180 days.
 */

/** The five tiering scores, in the order revenue, growth, fit, competitive, relationship. */
function scores(...values: (number | null)[]): Fields {
    const [revenue, growth, fit, competitive, relationship] = values;
    return {
        Score_Current_Revenue__c: revenue,
        Score_Growth_Potential__c: growth,
        Score_Strategic_Fit__c: fit,
        Score_Competitive_Position__c: competitive,
        Score_Relationship_Depth__c: relationship
    };
}

const tieringScore: FieldCase[] = [
    { name: 'nothing scored: blank', record: scores(null, null, null, null, null), expected: null },
    {
        name: 'four of five scored (relationship blank): blank',
        record: scores(5, 5, 5, 5, null),
        expected: null
    },
    { name: 'four of five scored (revenue blank): blank', record: scores(null, 3, 3, 3, 3), expected: null },
    { name: 'all 5: 5.00', record: scores(5, 5, 5, 5, 5), expected: 5 },
    { name: 'all 1: 1.00', record: scores(1, 1, 1, 1, 1), expected: 1 },
    { name: 'all 4: exactly 4.00', record: scores(4, 4, 4, 4, 4), expected: 4 },
    { name: '4/4/4/5/3: (120+100+80+50+45)/100 = 3.95', record: scores(4, 4, 4, 5, 3), expected: 3.95 },
    { name: 'all 3: exactly 3.00', record: scores(3, 3, 3, 3, 3), expected: 3 },
    { name: '3/3/3/4/2: (90+75+60+40+30)/100 = 2.95', record: scores(3, 3, 3, 4, 2), expected: 2.95 },
    { name: '5/4/4/3/3: (150+100+80+30+45)/100 = 4.05', record: scores(5, 4, 4, 3, 3), expected: 4.05 },
    { name: 'revenue weighs most: 5/1/1/1/1 = 2.20', record: scores(5, 1, 1, 1, 1), expected: 2.2 },
    { name: 'competitive weighs least: 1/1/1/5/1 = 1.40', record: scores(1, 1, 1, 5, 1), expected: 1.4 },
    {
        name: 'weights come from settings: revenue only (100/0/0/0/0)',
        record: scores(2, 5, 5, 5, 5),
        settings: {
            Weight_Current_Revenue__c: 100,
            Weight_Growth_Potential__c: 0,
            Weight_Strategic_Fit__c: 0,
            Weight_Competitive_Position__c: 0,
            Weight_Relationship_Depth__c: 0
        },
        expected: 2
    },
    {
        name: 'rounded to 2 decimals: 33.33/33.33/33.34/0/0 × 4/4/5 = 4.3334 → 4.33',
        record: scores(4, 4, 5, 1, 1),
        settings: {
            Weight_Current_Revenue__c: 33.33,
            Weight_Growth_Potential__c: 33.33,
            Weight_Strategic_Fit__c: 33.34,
            Weight_Competitive_Position__c: 0,
            Weight_Relationship_Depth__c: 0
        },
        expected: 4.33
    },
    {
        name: 'rounds half up: 12.5/87.5 × 4/3 = 3.125 → 3.13',
        record: scores(4, 3, 1, 1, 1),
        settings: {
            Weight_Current_Revenue__c: 12.5,
            Weight_Growth_Potential__c: 87.5,
            Weight_Strategic_Fit__c: 0,
            Weight_Competitive_Position__c: 0,
            Weight_Relationship_Depth__c: 0
        },
        expected: 3.13
    }
];

const tier: FieldCase[] = [
    { name: 'no tiering score: blank', record: { Tiering_Score__c: null }, expected: null },
    { name: 'score 5.00: Tier 1', record: { Tiering_Score__c: 5 }, expected: 'Tier 1' },
    { name: 'score exactly 4.00: Tier 1', record: { Tiering_Score__c: 4 }, expected: 'Tier 1' },
    { name: 'score 3.99: Tier 2', record: { Tiering_Score__c: 3.99 }, expected: 'Tier 2' },
    { name: 'score exactly 3.00: Tier 2', record: { Tiering_Score__c: 3 }, expected: 'Tier 2' },
    { name: 'score 2.99: Tier 3', record: { Tiering_Score__c: 2.99 }, expected: 'Tier 3' },
    { name: 'score 1.00: Tier 3', record: { Tiering_Score__c: 1 }, expected: 'Tier 3' },
    {
        name: 'thresholds come from settings: 4.00 is Tier 2 when Tier 1 starts at 4.50',
        record: { Tiering_Score__c: 4 },
        settings: { Tier_1_Threshold__c: 4.5 },
        expected: 'Tier 2'
    },
    {
        name: 'thresholds come from settings: 2.50 is Tier 2 when Tier 2 starts at 2.50',
        record: { Tiering_Score__c: 2.5 },
        settings: { Tier_2_Threshold__c: 2.5 },
        expected: 'Tier 2'
    },
    {
        name: 'the tier uses the rounded score: 3.995 shows as 4.00, so Tier 1',
        record: scores(4, 3, 1, 1, 1),
        settings: {
            Weight_Current_Revenue__c: 99.5,
            Weight_Growth_Potential__c: 0.5,
            Weight_Strategic_Fit__c: 0,
            Weight_Competitive_Position__c: 0,
            Weight_Relationship_Depth__c: 0
        },
        expected: 'Tier 1'
    },
    // Through the deployed Tiering_Score__c formula:
    { name: 'scores 4/4/4/4/4 (4.00): Tier 1', record: scores(4, 4, 4, 4, 4), expected: 'Tier 1' },
    { name: 'scores 4/4/4/5/3 (3.95): Tier 2', record: scores(4, 4, 4, 5, 3), expected: 'Tier 2' },
    { name: 'scores 3/3/3/3/3 (3.00): Tier 2', record: scores(3, 3, 3, 3, 3), expected: 'Tier 2' },
    { name: 'scores 3/3/3/4/2 (2.95): Tier 3', record: scores(3, 3, 3, 4, 2), expected: 'Tier 3' },
    {
        name: 'scores 5/5/5/5/blank: blank until all five are scored',
        record: scores(5, 5, 5, 5, null),
        expected: null
    }
];

const CREATED = '2026-01-10T09:30:00Z';

const nextReviewDue: FieldCase[] = [
    {
        name: 'never reviewed, cadence blank: created + 90 (default cadence)',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: null, Review_Cadence_Days__c: null },
        expected: '2026-04-10'
    },
    {
        name: 'never reviewed, cadence 30: created + 30',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: null, Review_Cadence_Days__c: 30 },
        expected: '2026-02-09'
    },
    {
        name: 'reviewed 2026-03-01, cadence 30: 2026-03-31',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: '2026-03-01', Review_Cadence_Days__c: 30 },
        expected: '2026-03-31'
    },
    {
        name: 'reviewed 2026-03-01, cadence blank: + 90 = 2026-05-30',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: '2026-03-01', Review_Cadence_Days__c: null },
        expected: '2026-05-30'
    },
    {
        name: 'created late in the day (GMT): the GMT date counts',
        record: {
            CreatedDate: '2026-01-10T23:59:00Z',
            Last_Reviewed_Date__c: null,
            Review_Cadence_Days__c: 7
        },
        expected: '2026-01-17'
    },
    {
        name: 'leap year: reviewed 2028-02-01 + 30 = 2028-03-02',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: '2028-02-01', Review_Cadence_Days__c: 30 },
        expected: '2028-03-02'
    },
    {
        name: 'longest cadence: reviewed 2026-01-01 + 365',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: '2026-01-01', Review_Cadence_Days__c: 365 },
        expected: '2027-01-01'
    },
    {
        name: 'default cadence comes from settings (60)',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: null, Review_Cadence_Days__c: null },
        settings: { Default_Review_Cadence_Days__c: 60 },
        expected: '2026-03-11'
    },
    {
        name: 'a plan cadence beats the settings default',
        record: { CreatedDate: CREATED, Last_Reviewed_Date__c: null, Review_Cadence_Days__c: 14 },
        settings: { Default_Review_Cadence_Days__c: 60 },
        expected: '2026-01-24'
    }
];

/** Reviewed 2026-03-01 with a 30-day cadence: due 2026-03-31; with 30 grace days Due until 2026-04-30. */
const REVIEWED: Fields = {
    CreatedDate: CREATED,
    Last_Reviewed_Date__c: '2026-03-01',
    Review_Cadence_Days__c: 30
};
/** Never reviewed, default cadence: due 2026-04-10; Due until 2026-05-10. */
const NEVER_REVIEWED: Fields = {
    CreatedDate: CREATED,
    Last_Reviewed_Date__c: null,
    Review_Cadence_Days__c: null
};

const freshness: FieldCase[] = [
    { name: 'reviewed today: Fresh', today: '2026-03-01', record: REVIEWED, expected: 'Fresh' },
    { name: 'the day before the due date: Fresh', today: '2026-03-30', record: REVIEWED, expected: 'Fresh' },
    { name: 'due today: Due', today: '2026-03-31', record: REVIEWED, expected: 'Due' },
    { name: 'due yesterday: Due', today: '2026-04-01', record: REVIEWED, expected: 'Due' },
    { name: 'due + grace exactly: Due', today: '2026-04-30', record: REVIEWED, expected: 'Due' },
    { name: 'one day after due + grace: Stale', today: '2026-05-01', record: REVIEWED, expected: 'Stale' },
    { name: 'long overdue: Stale', today: '2027-01-01', record: REVIEWED, expected: 'Stale' },
    {
        name: 'never reviewed, created today: Fresh',
        today: '2026-01-10',
        record: NEVER_REVIEWED,
        expected: 'Fresh'
    },
    {
        name: 'never reviewed, day before created + 90: Fresh',
        today: '2026-04-09',
        record: NEVER_REVIEWED,
        expected: 'Fresh'
    },
    {
        name: 'never reviewed, created + 90: Due',
        today: '2026-04-10',
        record: NEVER_REVIEWED,
        expected: 'Due'
    },
    {
        name: 'never reviewed, created + 90 + 30: Due',
        today: '2026-05-10',
        record: NEVER_REVIEWED,
        expected: 'Due'
    },
    {
        name: 'never reviewed, created + 90 + 31: Stale',
        today: '2026-05-11',
        record: NEVER_REVIEWED,
        expected: 'Stale'
    },
    {
        name: 'grace from settings (0 days): due today is still Due',
        today: '2026-03-31',
        record: REVIEWED,
        settings: { Freshness_Grace_Days__c: 0 },
        expected: 'Due'
    },
    {
        name: 'grace from settings (0 days): the day after the due date is Stale',
        today: '2026-04-01',
        record: REVIEWED,
        settings: { Freshness_Grace_Days__c: 0 },
        expected: 'Stale'
    },
    {
        name: 'uses the given Next Review Due when present',
        today: '2026-06-15',
        record: { Next_Review_Due__c: '2026-06-15' },
        expected: 'Due'
    }
];

/** Every checklist item present; rows take items away. */
const COMPLETE: Fields = {
    Objective_Count__c: 3,
    Stakeholder_Count__c: 12,
    Executive_Count__c: 2,
    Champion_Count__c: 1,
    Renewal_Date__c: '2026-12-31',
    ...scores(4, 3, 5, 2, 3),
    Competitive_Position__c: 'Preferred',
    Primary_Competitor__c: 'Northwind'
};
const EMPTY: Fields = {
    Objective_Count__c: 0,
    Stakeholder_Count__c: 0,
    Executive_Count__c: 0,
    Champion_Count__c: 0,
    Renewal_Date__c: null,
    ...scores(null, null, null, null, null),
    Competitive_Position__c: null,
    Primary_Competitor__c: null
};

const completeness: FieldCase[] = [
    { name: '0/7: a new, empty plan', record: EMPTY, expected: 0 },
    { name: '0/7: roll-ups never set count as 0', record: {}, expected: 0 },
    { name: '1/7: objectives', record: { ...EMPTY, Objective_Count__c: 1 }, expected: 14 },
    {
        name: '2/7: + stakeholders',
        record: { ...EMPTY, Objective_Count__c: 1, Stakeholder_Count__c: 1 },
        expected: 29
    },
    {
        name: '3/7: + an executive sponsor',
        record: { ...EMPTY, Objective_Count__c: 1, Stakeholder_Count__c: 1, Executive_Count__c: 1 },
        expected: 43
    },
    {
        name: '4/7: + a champion',
        record: {
            ...EMPTY,
            Objective_Count__c: 1,
            Stakeholder_Count__c: 2,
            Executive_Count__c: 1,
            Champion_Count__c: 1
        },
        expected: 57
    },
    {
        name: '5/7: + a renewal date',
        record: {
            ...EMPTY,
            Objective_Count__c: 1,
            Stakeholder_Count__c: 2,
            Executive_Count__c: 1,
            Champion_Count__c: 1,
            Renewal_Date__c: '2026-12-31'
        },
        expected: 71
    },
    {
        name: '6/7: + all five scores',
        record: { ...COMPLETE, Competitive_Position__c: null, Primary_Competitor__c: null },
        expected: 86
    },
    { name: '7/7: + the competitive picture', record: COMPLETE, expected: 100 },
    {
        name: '6/7: four of five scores do not count',
        record: { ...COMPLETE, Score_Strategic_Fit__c: null },
        expected: 86
    },
    {
        name: '7/7: a primary competitor alone is a competitive picture',
        record: { ...COMPLETE, Competitive_Position__c: null },
        expected: 100
    },
    {
        name: '7/7: a competitive position alone is a competitive picture',
        record: { ...COMPLETE, Primary_Competitor__c: null },
        expected: 100
    },
    { name: '6/7: no executive sponsor', record: { ...COMPLETE, Executive_Count__c: 0 }, expected: 86 },
    { name: '6/7: no champion', record: { ...COMPLETE, Champion_Count__c: 0 }, expected: 86 },
    { name: '6/7: no renewal date', record: { ...COMPLETE, Renewal_Date__c: null }, expected: 86 },
    { name: '1/7: only the scores', record: { ...EMPTY, ...scores(1, 1, 1, 1, 1) }, expected: 14 }
];

const netRevenueRetention: FieldCase[] = [
    {
        name: 'never calculated (both blank): blank',
        record: { Won_Last_12_Months__c: null, Won_Prior_12_Months__c: null },
        expected: null
    },
    {
        name: 'prior blank: blank',
        record: { Won_Last_12_Months__c: 250000, Won_Prior_12_Months__c: null },
        expected: null
    },
    {
        name: 'nothing won in the prior 12 months (0): blank, never a division by zero',
        record: { Won_Last_12_Months__c: 250000, Won_Prior_12_Months__c: 0 },
        expected: null
    },
    {
        name: 'last blank, prior set: blank',
        record: { Won_Last_12_Months__c: null, Won_Prior_12_Months__c: 100000 },
        expected: null
    },
    {
        name: 'the same as a year before: 100 %',
        record: { Won_Last_12_Months__c: 480000, Won_Prior_12_Months__c: 480000 },
        expected: 100
    },
    {
        name: 'growth: 1,200,000 / 1,000,000 = 120 %',
        record: { Won_Last_12_Months__c: 1200000, Won_Prior_12_Months__c: 1000000 },
        expected: 120
    },
    {
        name: 'nothing won in the last 12 months: 0 %',
        record: { Won_Last_12_Months__c: 0, Won_Prior_12_Months__c: 50000 },
        expected: 0
    },
    {
        name: 'one decimal, rounded half up: 2 / 3 = 66.7 %',
        record: { Won_Last_12_Months__c: 200000, Won_Prior_12_Months__c: 300000 },
        expected: 66.7
    },
    {
        name: 'one decimal, rounded down: 1 / 3 = 33.3 %',
        record: { Won_Last_12_Months__c: 100000, Won_Prior_12_Months__c: 300000 },
        expected: 33.3
    },
    {
        name: 'cents count: 100,000.50 / 100,000.00 = 100.0 % (100.0005 rounds down)',
        record: { Won_Last_12_Months__c: 100000.5, Won_Prior_12_Months__c: 100000 },
        expected: 100
    },
    {
        name: 'a small prior base: 450,000 / 1,000 = 45,000 %',
        record: { Won_Last_12_Months__c: 450000, Won_Prior_12_Months__c: 1000 },
        expected: 45000
    }
];

const isSingleThreaded: FieldCase[] = [
    {
        name: 'no strong relationship (threshold 2): single-threaded',
        record: { Strong_Relationship_Count__c: 0 },
        expected: true
    },
    { name: 'roll-up never set counts as 0: single-threaded', record: {}, expected: true },
    {
        name: 'one strong relationship, one below the threshold: single-threaded',
        record: { Strong_Relationship_Count__c: 1 },
        expected: true
    },
    {
        name: 'exactly the threshold (2): not single-threaded',
        record: { Strong_Relationship_Count__c: 2 },
        expected: false
    },
    {
        name: 'well above the threshold (7): not single-threaded',
        record: { Strong_Relationship_Count__c: 7 },
        expected: false
    },
    {
        name: 'threshold from settings (3): two strong relationships are single-threaded',
        record: { Strong_Relationship_Count__c: 2 },
        settings: { Single_Threaded_Threshold__c: 3 },
        expected: true
    },
    {
        name: 'threshold from settings (3): three are enough',
        record: { Strong_Relationship_Count__c: 3 },
        settings: { Single_Threaded_Threshold__c: 3 },
        expected: false
    },
    {
        name: 'lowest threshold (1): one strong relationship is enough',
        record: { Strong_Relationship_Count__c: 1 },
        settings: { Single_Threaded_Threshold__c: 1 },
        expected: false
    },
    {
        name: 'lowest threshold (1): none is single-threaded',
        record: { Strong_Relationship_Count__c: 0 },
        settings: { Single_Threaded_Threshold__c: 1 },
        expected: true
    }
];

/** Today for the renewal rows; the default horizon (180 days) ends 2026-11-28. */
const RENEWAL_TODAY = '2026-06-01';
/** Reviewed on time (due 2026-06-15): Fresh on RENEWAL_TODAY. */
const FRESH_PLAN: Fields = { Next_Review_Due__c: '2026-06-15' };
/** Due since 2026-05-20, within the 30 grace days: Due on RENEWAL_TODAY. */
const DUE_PLAN: Fields = { Next_Review_Due__c: '2026-05-20' };
/** Due since 2026-04-01, grace ended 2026-05-01: Stale on RENEWAL_TODAY. */
const STALE_PLAN: Fields = { Next_Review_Due__c: '2026-04-01' };

const renewal = (date: string | null, risk: string | null, plan: Fields = FRESH_PLAN): Fields => ({
    ...plan,
    Renewal_Date__c: date,
    Renewal_Risk__c: risk
});

const renewalAtRisk: FieldCase[] = [
    {
        name: 'no renewal date, risk High: not at risk',
        today: RENEWAL_TODAY,
        record: renewal(null, 'High'),
        expected: false
    },
    {
        name: 'renewal today, High: at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-06-01', 'High'),
        expected: true
    },
    {
        name: 'renewal yesterday (past), High: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-05-31', 'High'),
        expected: false
    },
    {
        name: 'renewal on the last day of the horizon (today + 180), High: at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-11-28', 'High'),
        expected: true
    },
    {
        name: 'renewal the day after the horizon (today + 181), High: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-11-29', 'High'),
        expected: false
    },
    {
        name: 'within the horizon, Low: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', 'Low'),
        expected: false
    },
    {
        name: 'within the horizon, no risk assessed: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', null),
        expected: false
    },
    {
        name: 'within the horizon, Medium on a fresh plan: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', 'Medium', FRESH_PLAN),
        expected: false
    },
    {
        name: 'within the horizon, Medium on a plan due for review (in grace): not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', 'Medium', DUE_PLAN),
        expected: false
    },
    {
        name: 'within the horizon, Medium on a stale plan: at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', 'Medium', STALE_PLAN),
        expected: true
    },
    {
        name: 'beyond the horizon, Medium on a stale plan: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2027-01-15', 'Medium', STALE_PLAN),
        expected: false
    },
    {
        name: 'within the horizon, High on a stale plan: at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-09-01', 'High', STALE_PLAN),
        expected: true
    },
    {
        name: 'horizon from settings (30 days): today + 30, High: at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-07-01', 'High'),
        settings: { Renewal_Horizon_Days__c: 30 },
        expected: true
    },
    {
        name: 'horizon from settings (30 days): today + 31, High: not at risk',
        today: RENEWAL_TODAY,
        record: renewal('2026-07-02', 'High'),
        settings: { Renewal_Horizon_Days__c: 30 },
        expected: false
    },
    {
        name: 'through the deployed freshness formula: reviewed 2026-01-05, cadence 30, Medium: stale, at risk',
        today: RENEWAL_TODAY,
        record: {
            CreatedDate: CREATED,
            Last_Reviewed_Date__c: '2026-01-05',
            Review_Cadence_Days__c: 30,
            Renewal_Date__c: '2026-08-15',
            Renewal_Risk__c: 'Medium'
        },
        expected: true
    },
    {
        name: 'through the deployed freshness formula: reviewed 2026-05-25, cadence 30, Medium: fresh, not at risk',
        today: RENEWAL_TODAY,
        record: {
            CreatedDate: CREATED,
            Last_Reviewed_Date__c: '2026-05-25',
            Review_Cadence_Days__c: 30,
            Renewal_Date__c: '2026-08-15',
            Renewal_Risk__c: 'Medium'
        },
        expected: false
    }
];

export const accountPlanFormulaTables: Readonly<Record<string, readonly FieldCase[]>> = {
    Tiering_Score__c: tieringScore,
    Tier__c: tier,
    Next_Review_Due__c: nextReviewDue,
    Freshness__c: freshness,
    Completeness__c: completeness,
    Net_Revenue_Retention__c: netRevenueRetention,
    Is_Single_Threaded__c: isSingleThreaded,
    Renewal_At_Risk__c: renewalAtRisk
};
