import { archivedDetailCases, nonNegativeCases, type FieldCase, type ObjectTables } from './tableTypes';

const TODAY = '2026-04-10';
const YESTERDAY = '2026-04-09';
const TOMORROW = '2026-04-11';

const STATUSES: [string, boolean][] = [
    ['Planned', true],
    ['In Progress', true],
    ['On Hold', true],
    ['Won', false],
    ['Lost', false],
    ['Cancelled', false]
];

const isOpen: FieldCase[] = [
    ...STATUSES.map(([status, open]) => ({
        name: `${status}: ${open ? 'open' : 'closed'}`,
        record: { Status__c: status },
        expected: open
    })),
    { name: 'no status yet: open', record: { Status__c: null }, expected: true }
];

/** [due date, status, overdue?] — due yesterday / today / tomorrow × every status. */
const overdueRows: [string | null, string, boolean][] = [
    [YESTERDAY, 'Planned', true],
    [YESTERDAY, 'In Progress', true],
    [YESTERDAY, 'On Hold', true],
    [YESTERDAY, 'Won', false],
    [YESTERDAY, 'Lost', false],
    [YESTERDAY, 'Cancelled', false],
    [TODAY, 'Planned', false],
    [TODAY, 'In Progress', false],
    [TODAY, 'On Hold', false],
    [TODAY, 'Won', false],
    [TODAY, 'Lost', false],
    [TODAY, 'Cancelled', false],
    [TOMORROW, 'Planned', false],
    [TOMORROW, 'In Progress', false],
    [TOMORROW, 'On Hold', false],
    [TOMORROW, 'Won', false],
    [TOMORROW, 'Lost', false],
    [TOMORROW, 'Cancelled', false],
    [null, 'In Progress', false]
];

const isOverdue: FieldCase[] = overdueRows.map(([due, status, expected]) => ({
    name: `due ${due ?? 'never'}, ${status}: ${expected ? 'overdue' : 'not overdue'}`,
    today: TODAY,
    record: { Due_Date__c: due, Status__c: status },
    expected
}));

export const playTables: ObjectTables = {
    object: 'Play__c',
    fields: { Is_Open__c: isOpen, Is_Overdue__c: isOverdue },
    rules: {
        Due_Date_Before_Start: [
            {
                name: 'due before the start',
                record: { Start_Date__c: '2026-05-01', Due_Date__c: '2026-04-30' },
                refused: true
            },
            {
                name: 'due the day it starts',
                record: { Start_Date__c: '2026-05-01', Due_Date__c: '2026-05-01' },
                refused: false
            },
            {
                name: 'due after the start',
                record: { Start_Date__c: '2026-05-01', Due_Date__c: '2026-08-31' },
                refused: false
            },
            {
                name: 'no start date',
                record: { Start_Date__c: null, Due_Date__c: '2026-04-30' },
                refused: false
            },
            {
                name: 'no due date',
                record: { Start_Date__c: '2026-05-01', Due_Date__c: null },
                refused: false
            }
        ],
        Estimated_Value_Negative: nonNegativeCases('Estimated_Value__c'),
        Archived_Plan_Read_Only: archivedDetailCases(
            {
                Name: 'Expand to EMEA logistics',
                Type__c: 'Expansion',
                Owner__c: '005000000000001AAA',
                Start_Date__c: '2026-04-01',
                Due_Date__c: '2026-09-30',
                Status__c: 'In Progress',
                Estimated_Value__c: 120000,
                Opportunity__c: null,
                Product__c: null,
                Business_Unit__c: null,
                Next_Step__c: 'Workshop with ops'
            },
            {
                Name: 'Expand to EMEA and APAC logistics',
                Type__c: 'Cross-sell',
                Owner__c: '005000000000002AAA',
                Start_Date__c: '2026-05-01',
                Due_Date__c: '2026-12-31',
                Status__c: 'Won',
                Estimated_Value__c: 150000,
                Opportunity__c: '006000000000001AAA',
                Product__c: '01t000000000001AAA',
                Business_Unit__c: '001000000000002AAA',
                Next_Step__c: 'Sign order form'
            }
        )
    }
};
