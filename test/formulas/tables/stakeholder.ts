import { archivedDetailCases, rangeCases, type ObjectTables } from './tableTypes';

const SELF = 'a03000000000001AAA';
const MANAGER = 'a03000000000002AAA';
const CONTACT = '003000000000001AAA';

export const stakeholderTables: ObjectTables = {
    object: 'Stakeholder__c',
    fields: {
        Display_Name__c: [
            {
                name: 'a contact: first and last name',
                record: { Contact__c: CONTACT, 'Contact__r.FirstName': 'Ann', 'Contact__r.LastName': 'Lee' },
                expected: 'Ann Lee'
            },
            {
                name: 'a contact without first name: last name only',
                record: { Contact__c: CONTACT, 'Contact__r.FirstName': null, 'Contact__r.LastName': 'Lee' },
                expected: 'Lee'
            },
            {
                name: 'a contact wins over a leftover placeholder name',
                record: {
                    Contact__c: CONTACT,
                    'Contact__r.FirstName': 'Ann',
                    'Contact__r.LastName': 'Lee',
                    Placeholder_Name__c: 'Head of Logistics'
                },
                expected: 'Ann Lee'
            },
            {
                name: 'a placeholder: the placeholder name',
                record: { Contact__c: null, Placeholder_Name__c: 'New CFO (name tbc)' },
                expected: 'New CFO (name tbc)'
            },
            {
                name: 'neither (refused on save): blank',
                record: { Contact__c: null, Placeholder_Name__c: null },
                expected: null
            }
        ]
    },
    rules: {
        Contact_Or_Placeholder_Required: [
            {
                name: 'no contact, no placeholder name',
                record: { Contact__c: null, Placeholder_Name__c: null },
                refused: true
            },
            { name: 'a contact', record: { Contact__c: CONTACT }, refused: false },
            {
                name: 'a placeholder name',
                record: { Placeholder_Name__c: 'Head of Procurement' },
                refused: false
            },
            {
                name: 'only a placeholder title',
                record: { Placeholder_Title__c: 'Head of Procurement' },
                refused: true
            },
            { name: 'both', record: { Contact__c: CONTACT, Placeholder_Name__c: 'A. Lee' }, refused: false }
        ],
        Reports_To_Self: [
            { name: 'reports to themselves', record: { Id: SELF, Reports_To__c: SELF }, refused: true },
            {
                name: 'reports to themselves (15- and 18-character Ids)',
                record: { Id: SELF, Reports_To__c: SELF.slice(0, 15) },
                refused: true
            },
            { name: 'reports to someone else', record: { Id: SELF, Reports_To__c: MANAGER }, refused: false },
            { name: 'reports to nobody', record: { Id: SELF, Reports_To__c: null }, refused: false },
            {
                name: 'new record (no Id yet) reporting to someone',
                record: { Reports_To__c: MANAGER },
                refused: false
            },
            { name: 'new record reporting to nobody', record: {}, refused: false }
        ],
        Relationship_Strength_Range: rangeCases('Relationship_Strength__c', 1, 5, 1, { Contact__c: CONTACT }),
        Archived_Plan_Read_Only: archivedDetailCases(
            {
                Contact__c: CONTACT,
                Placeholder_Name__c: null,
                Placeholder_Title__c: null,
                Placeholder_Department__c: null,
                Reports_To__c: null,
                Buying_Role__c: 'Influencer',
                Influence__c: 'Medium',
                Stance__c: 'Neutral',
                Relationship_Strength__c: 3,
                Relationship_Owner__c: null,
                Is_Executive__c: false,
                Business_Unit__c: null,
                Notes__c: null,
                Last_Engaged_Date__c: '2026-01-05',
                Relationship_Score_Snapshot__c: 42,
                Version__c: 3,
                Unique_Contact__c: null
            },
            {
                Contact__c: '003000000000002AAA',
                Placeholder_Name__c: 'A. Lee',
                Placeholder_Title__c: 'Head of Logistics',
                Placeholder_Department__c: 'Logistics',
                Reports_To__c: MANAGER,
                Buying_Role__c: 'Champion',
                Influence__c: 'High',
                Stance__c: 'Advocate',
                Relationship_Strength__c: 5,
                Relationship_Owner__c: '005000000000001AAA',
                Is_Executive__c: true,
                Business_Unit__c: '001000000000002AAA',
                Notes__c: 'Met at the summit.'
            },
            {
                Last_Engaged_Date__c: '2026-02-11',
                Relationship_Score_Snapshot__c: 47,
                Version__c: 4,
                Unique_Contact__c: 'a01000000000001AAA003000000000001AAA'
            }
        )
    }
};
