import type { Fields } from '../formulaHarness';
import { rangeCases, type RuleCase } from './tableTypes';

/** An archived plan as it is stored; rows change one thing. */
const ARCHIVED: Fields = {
    Id: 'a01000000000001AAA',
    Name: 'Acme FY26',
    Account__c: '001000000000001AAA',
    Status__c: 'Archived',
    Period_Start__c: '2025-07-01',
    Period_End__c: '2026-06-30',
    Score_Current_Revenue__c: 4,
    Renewal_Risk__c: 'Low',
    Competitive_Notes__c: 'Northwind discounts hard in logistics.',
    Review_Cadence_Days__c: 90,
    Last_Reviewed_Date__c: '2026-05-02',
    OwnerId: '005000000000001AAA',
    Version__c: 7,
    Relationship_Depth__c: 3.4
};
const ACTIVE: Fields = { ...ARCHIVED, Status__c: 'Active' };

/** One edit of each field the archive lock protects. */
const LOCKED_EDITS: Fields = {
    Name: 'Acme FY26 (old)',
    Account__c: '001000000000002AAA',
    Period_Start__c: '2025-08-01',
    Period_End__c: '2026-12-31',
    Score_Current_Revenue__c: null,
    Score_Growth_Potential__c: 5,
    Score_Strategic_Fit__c: 2,
    Score_Competitive_Position__c: 3,
    Score_Relationship_Depth__c: 4,
    Primary_Competitor__c: 'Northwind',
    Competitive_Position__c: 'Challenger',
    Competitive_Notes__c: 'Updated.',
    Renewal_Date__c: '2027-06-30',
    Renewal_Risk__c: 'High',
    Renewal_Risk_Reason__c: 'Budget cut',
    Review_Cadence_Days__c: 30,
    Last_Reviewed_Date__c: '2026-07-01',
    Last_Reviewed_By__c: '005000000000002AAA'
};

/** Changes the archive lock lets through: handover to a new owner, and fields the system maintains. */
const UNLOCKED_EDITS: Fields = {
    OwnerId: '005000000000002AAA',
    Version__c: 8,
    Relationship_Depth__c: 3.6
};

const archivedPlanReadOnly: RuleCase[] = [
    { name: 'inserting an archived plan (nothing to protect yet)', record: ARCHIVED, refused: false },
    { name: 'saving an archived plan without changes', prior: ARCHIVED, record: ARCHIVED, refused: false },
    ...Object.entries(LOCKED_EDITS).map(
        ([field, value]): RuleCase => ({
            name: `changing ${field} of an archived plan`,
            prior: ARCHIVED,
            record: { ...ARCHIVED, [field]: value },
            refused: true
        })
    ),
    ...Object.entries(UNLOCKED_EDITS).map(
        ([field, value]): RuleCase => ({
            name: `changing ${field} of an archived plan`,
            prior: ARCHIVED,
            record: { ...ARCHIVED, [field]: value },
            refused: false
        })
    ),
    {
        name: 'un-archiving: Archived → Active, nothing else',
        prior: ARCHIVED,
        record: ACTIVE,
        refused: false
    },
    {
        name: 'un-archiving: Archived → Draft, nothing else',
        prior: ARCHIVED,
        record: { ...ARCHIVED, Status__c: 'Draft' },
        refused: false
    },
    {
        name: 'un-archiving and editing in the same save',
        prior: ARCHIVED,
        record: { ...ACTIVE, Period_End__c: '2026-12-31' },
        refused: true
    },
    {
        name: 'archiving with last edits in the same save',
        prior: ACTIVE,
        record: { ...ARCHIVED, Name: 'Acme FY26 final' },
        refused: false
    },
    ...Object.entries(LOCKED_EDITS).map(
        ([field, value]): RuleCase => ({
            name: `changing ${field} of an active plan`,
            prior: ACTIVE,
            record: { ...ACTIVE, [field]: value },
            refused: false
        })
    )
];

export const accountPlanRuleTables: Readonly<Record<string, readonly RuleCase[]>> = {
    Period_End_Before_Start: [
        {
            name: 'end before start',
            record: { Period_Start__c: '2026-01-01', Period_End__c: '2025-12-31' },
            refused: true
        },
        {
            name: 'one-day period',
            record: { Period_Start__c: '2026-01-01', Period_End__c: '2026-01-01' },
            refused: false
        },
        {
            name: 'a year',
            record: { Period_Start__c: '2026-01-01', Period_End__c: '2026-12-31' },
            refused: false
        },
        {
            name: 'end blank (the field is required)',
            record: { Period_Start__c: '2026-01-01' },
            refused: false
        }
    ],
    Score_Current_Revenue_Range: rangeCases('Score_Current_Revenue__c', 1, 5, 1),
    Score_Growth_Potential_Range: rangeCases('Score_Growth_Potential__c', 1, 5, 1),
    Score_Strategic_Fit_Range: rangeCases('Score_Strategic_Fit__c', 1, 5, 1),
    Score_Competitive_Position_Range: rangeCases('Score_Competitive_Position__c', 1, 5, 1),
    Score_Relationship_Depth_Range: rangeCases('Score_Relationship_Depth__c', 1, 5, 1),
    Renewal_Risk_Reason_Required: [
        { name: 'no risk set, no reason', record: { Renewal_Risk__c: null }, refused: false },
        { name: 'Low without a reason', record: { Renewal_Risk__c: 'Low' }, refused: false },
        { name: 'Medium without a reason', record: { Renewal_Risk__c: 'Medium' }, refused: true },
        {
            name: 'High without a reason',
            record: { Renewal_Risk__c: 'High', Renewal_Risk_Reason__c: '' },
            refused: true
        },
        {
            name: 'Medium with a reason',
            record: { Renewal_Risk__c: 'Medium', Renewal_Risk_Reason__c: 'New CFO reviews all suppliers' },
            refused: false
        },
        {
            name: 'High with a reason',
            record: { Renewal_Risk__c: 'High', Renewal_Risk_Reason__c: 'Competitor pilot running' },
            refused: false
        }
    ],
    Review_Cadence_Range: rangeCases('Review_Cadence_Days__c', 7, 365, 1),
    Archived_Plan_Read_Only: archivedPlanReadOnly
};
