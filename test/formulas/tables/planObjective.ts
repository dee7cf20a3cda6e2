import { archivedDetailCases, type FieldCase, type ObjectTables } from './tableTypes';

const USER = '005000000000001AAA';
const OTHER_USER = '005000000000002AAA';
const TODAY = '2026-04-10';
const YESTERDAY = '2026-04-09';
const TOMORROW = '2026-04-11';

/** [due date, status, overdue?] — due yesterday / today / tomorrow × every status. */
const overdueRows: [string | null, string, boolean][] = [
    [YESTERDAY, 'Not Started', true],
    [YESTERDAY, 'On Track', true],
    [YESTERDAY, 'At Risk', true],
    [YESTERDAY, 'Achieved', false],
    [YESTERDAY, 'Missed', false],
    [TODAY, 'Not Started', false],
    [TODAY, 'On Track', false],
    [TODAY, 'At Risk', false],
    [TODAY, 'Achieved', false],
    [TODAY, 'Missed', false],
    [TOMORROW, 'Not Started', false],
    [TOMORROW, 'On Track', false],
    [TOMORROW, 'At Risk', false],
    [TOMORROW, 'Achieved', false],
    [TOMORROW, 'Missed', false],
    [null, 'At Risk', false],
    ['2025-01-01', 'On Track', true]
];

const isOverdue: FieldCase[] = overdueRows.map(([due, status, expected]) => ({
    name: `due ${due ?? 'never'}, ${status}: ${expected ? 'overdue' : 'not overdue'}`,
    today: TODAY,
    record: { Due_Date__c: due, Status__c: status },
    expected
}));

export const planObjectiveTables: ObjectTables = {
    object: 'Plan_Objective__c',
    fields: { Is_Overdue__c: isOverdue },
    rules: {
        Due_Date_Before_Plan_Start: [
            {
                name: 'due the day before the plan starts',
                record: { Due_Date__c: '2026-06-30', 'Account_Plan__r.Period_Start__c': '2026-07-01' },
                refused: true
            },
            {
                name: 'due the day the plan starts',
                record: { Due_Date__c: '2026-07-01', 'Account_Plan__r.Period_Start__c': '2026-07-01' },
                refused: false
            },
            {
                name: 'due within the period',
                record: { Due_Date__c: '2026-12-15', 'Account_Plan__r.Period_Start__c': '2026-07-01' },
                refused: false
            },
            {
                name: 'due after the period ends (allowed: objectives can outlive a plan)',
                record: { Due_Date__c: '2027-09-30', 'Account_Plan__r.Period_Start__c': '2026-07-01' },
                refused: false
            },
            {
                name: 'no due date',
                record: { Due_Date__c: null, 'Account_Plan__r.Period_Start__c': '2026-07-01' },
                refused: false
            }
        ],
        Archived_Plan_Read_Only: archivedDetailCases(
            {
                Name: 'Cut cost per order',
                Owner__c: USER,
                Measure__c: 'Cost per order',
                Target__c: '-15 %',
                Due_Date__c: '2026-12-31',
                Status__c: 'On Track',
                Sort_Order__c: 1
            },
            {
                Name: 'Cut cost per order by 15 %',
                Owner__c: OTHER_USER,
                Measure__c: 'Cost per shipment',
                Target__c: '-20 %',
                Due_Date__c: '2027-03-31',
                Status__c: 'Achieved',
                Sort_Order__c: 2
            }
        )
    }
};
