import type { FieldCase } from './tableTypes';

/*
 * Relationship scoring formulas: the six factor fields of Stakeholder__c and their sum (Relationship_Score__c),
 * and the four depth factor fields of Account_Plan__c and their sum (Relationship_Depth__c). Default settings:
 * engagement recent within 30 days, stale after 90.
 */

const TODAY = '2026-11-16';

const strength: FieldCase[] = [
    { name: 'not assessed: 0', record: { Relationship_Strength__c: null }, expected: 0 },
    { name: 'strength 1: 7', record: { Relationship_Strength__c: 1 }, expected: 7 },
    { name: 'strength 3: 21', record: { Relationship_Strength__c: 3 }, expected: 21 },
    { name: 'strength 5: 35 (the most)', record: { Relationship_Strength__c: 5 }, expected: 35 }
];

const recency: FieldCase[] = [
    { name: 'never engaged: 0', today: TODAY, record: { Last_Engaged_Date__c: null }, expected: 0 },
    { name: 'engaged today: 25', today: TODAY, record: { Last_Engaged_Date__c: TODAY }, expected: 25 },
    {
        name: '30 days ago (last recent day): 25',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-10-17' },
        expected: 25
    },
    {
        name: '31 days ago (no longer recent): 10',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-10-16' },
        expected: 10
    },
    {
        name: '90 days ago (last day before stale): 10',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-08-18' },
        expected: 10
    },
    {
        name: '91 days ago (stale): 0',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-08-17' },
        expected: 0
    },
    {
        name: 'a date in the future (typing error): 0',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-12-01' },
        expected: 0
    },
    {
        name: 'windows come from settings: 7 / 14 days, 10 days ago: 10',
        today: TODAY,
        record: { Last_Engaged_Date__c: '2026-11-06' },
        settings: { Engagement_Recent_Days__c: 7, Engagement_Stale_Days__c: 14 },
        expected: 10
    }
];

const stance: FieldCase[] = [
    { name: 'Advocate: 20', record: { Stance__c: 'Advocate' }, expected: 20 },
    { name: 'Supporter: 15', record: { Stance__c: 'Supporter' }, expected: 15 },
    { name: 'Neutral: 8', record: { Stance__c: 'Neutral' }, expected: 8 },
    { name: 'Skeptic: 3', record: { Stance__c: 'Skeptic' }, expected: 3 },
    { name: 'Opponent: 0', record: { Stance__c: 'Opponent' }, expected: 0 },
    { name: 'not assessed: 0', record: { Stance__c: null }, expected: 0 }
];

const influence: FieldCase[] = [
    { name: 'High: 10', record: { Influence__c: 'High' }, expected: 10 },
    { name: 'Medium: 6', record: { Influence__c: 'Medium' }, expected: 6 },
    { name: 'Low: 3', record: { Influence__c: 'Low' }, expected: 3 },
    { name: 'not assessed: 0', record: { Influence__c: null }, expected: 0 }
];

const executive: FieldCase[] = [
    { name: 'executive: 5', record: { Is_Executive__c: true }, expected: 5 },
    { name: 'not an executive: 0', record: { Is_Executive__c: false }, expected: 0 },
    { name: 'unset: 0', record: { Is_Executive__c: null }, expected: 0 }
];

const buyingRole: FieldCase[] = [
    { name: 'Economic Buyer: 5', record: { Buying_Role__c: 'Economic Buyer' }, expected: 5 },
    { name: 'Decision Maker: 5', record: { Buying_Role__c: 'Decision Maker' }, expected: 5 },
    { name: 'Champion: 5', record: { Buying_Role__c: 'Champion' }, expected: 5 },
    { name: 'Coach: 4', record: { Buying_Role__c: 'Coach' }, expected: 4 },
    { name: 'Influencer: 3', record: { Buying_Role__c: 'Influencer' }, expected: 3 },
    { name: 'Technical Evaluator: 3', record: { Buying_Role__c: 'Technical Evaluator' }, expected: 3 },
    { name: 'User: 2', record: { Buying_Role__c: 'User' }, expected: 2 },
    { name: 'Gatekeeper: 1', record: { Buying_Role__c: 'Gatekeeper' }, expected: 1 },
    { name: 'Blocker: 0', record: { Buying_Role__c: 'Blocker' }, expected: 0 },
    { name: 'not assessed: 0', record: { Buying_Role__c: null }, expected: 0 }
];

const points = (
    strengthPoints: number,
    recencyPoints: number,
    stancePoints: number,
    influencePoints: number,
    executivePoints: number,
    rolePoints: number
): Record<string, number> => ({
    Score_Strength_Points__c: strengthPoints,
    Score_Recency_Points__c: recencyPoints,
    Score_Stance_Points__c: stancePoints,
    Score_Influence_Points__c: influencePoints,
    Score_Executive_Points__c: executivePoints,
    Score_Buying_Role_Points__c: rolePoints
});

const score: FieldCase[] = [
    { name: 'every factor at its most: 100', record: points(35, 25, 20, 10, 5, 5), expected: 100 },
    { name: 'nothing assessed, never engaged: 0', record: points(0, 0, 0, 0, 0, 0), expected: 0 },
    {
        name: 'strong champion, engaged last month, supporter: 28 + 25 + 15 + 6 + 0 + 5 = 79',
        record: points(28, 25, 15, 6, 0, 5),
        expected: 79
    },
    {
        name: 'skeptical executive buyer, stale: 14 + 0 + 3 + 10 + 5 + 5 = 37',
        record: points(14, 0, 3, 10, 5, 5),
        expected: 37
    }
];

export const stakeholderScoreTables: Readonly<Record<string, readonly FieldCase[]>> = {
    Score_Strength_Points__c: strength,
    Score_Recency_Points__c: recency,
    Score_Stance_Points__c: stance,
    Score_Influence_Points__c: influence,
    Score_Executive_Points__c: executive,
    Score_Buying_Role_Points__c: buyingRole,
    Relationship_Score__c: score
};

const depthScore: FieldCase[] = [
    {
        name: 'no stakeholders: 0',
        record: { Stakeholder_Count__c: 0, Relationship_Score_Total__c: 0 },
        expected: 0
    },
    {
        name: 'average 100: 50',
        record: { Stakeholder_Count__c: 3, Relationship_Score_Total__c: 300 },
        expected: 50
    },
    {
        name: 'average 61 (4 people, 244): 30.5 rounds half up to 31',
        record: { Stakeholder_Count__c: 4, Relationship_Score_Total__c: 244 },
        expected: 31
    },
    {
        name: 'average 40: 20',
        record: { Stakeholder_Count__c: 10, Relationship_Score_Total__c: 400 },
        expected: 20
    }
];

const depthBreadth: FieldCase[] = [
    { name: 'no strong relationship: 0', record: { Strong_Relationship_Count__c: 0 }, expected: 0 },
    { name: 'two strong relationships: 12', record: { Strong_Relationship_Count__c: 2 }, expected: 12 },
    { name: 'five: 30 (the most)', record: { Strong_Relationship_Count__c: 5 }, expected: 30 },
    { name: 'twelve: still 30', record: { Strong_Relationship_Count__c: 12 }, expected: 30 }
];

const depthExecutive: FieldCase[] = [
    { name: 'no executive: 0', record: { Executive_Count__c: 0 }, expected: 0 },
    { name: 'one executive: 10', record: { Executive_Count__c: 1 }, expected: 10 },
    { name: 'four executives: 10', record: { Executive_Count__c: 4 }, expected: 10 }
];

const depthChampion: FieldCase[] = [
    { name: 'no champion: 0', record: { Champion_Count__c: 0 }, expected: 0 },
    { name: 'one champion: 10', record: { Champion_Count__c: 1 }, expected: 10 },
    { name: 'three champions: 10', record: { Champion_Count__c: 3 }, expected: 10 }
];

const depth = (
    scorePoints: number,
    breadth: number,
    exec: number,
    champion: number
): Record<string, number> => ({
    Depth_Score_Points__c: scorePoints,
    Depth_Breadth_Points__c: breadth,
    Depth_Executive_Points__c: exec,
    Depth_Champion_Points__c: champion
});

const relationshipDepth: FieldCase[] = [
    { name: 'every factor at its most: 100', record: depth(50, 30, 10, 10), expected: 100 },
    { name: 'empty map: 0', record: depth(0, 0, 0, 0), expected: 0 },
    {
        name: 'single-threaded with a sponsor: 22 + 6 + 10 + 0 = 38',
        record: depth(22, 6, 10, 0),
        expected: 38
    }
];

export const accountPlanDepthTables: Readonly<Record<string, readonly FieldCase[]>> = {
    Depth_Score_Points__c: depthScore,
    Depth_Breadth_Points__c: depthBreadth,
    Depth_Executive_Points__c: depthExecutive,
    Depth_Champion_Points__c: depthChampion,
    Relationship_Depth__c: relationshipDepth
};
