import { archivedDetailCases, type ObjectTables } from './tableTypes';

const ANN = 'a03000000000001AAA';
const BOB = 'a03000000000002AAA';
const CARL = 'a03000000000003AAA';

export const stakeholderRelationshipTables: ObjectTables = {
    object: 'Stakeholder_Relationship__c',
    fields: {},
    rules: {
        From_Stakeholder_Required: [
            { name: 'no From', record: { From_Stakeholder__c: null, To_Stakeholder__c: BOB }, refused: true },
            { name: 'a From', record: { From_Stakeholder__c: ANN, To_Stakeholder__c: BOB }, refused: false }
        ],
        To_Stakeholder_Required: [
            { name: 'no To', record: { From_Stakeholder__c: ANN, To_Stakeholder__c: null }, refused: true },
            { name: 'a To', record: { From_Stakeholder__c: ANN, To_Stakeholder__c: BOB }, refused: false }
        ],
        Same_Stakeholder: [
            {
                name: 'from Ann to Ann',
                record: { From_Stakeholder__c: ANN, To_Stakeholder__c: ANN },
                refused: true
            },
            {
                name: 'from Ann to Bob',
                record: { From_Stakeholder__c: ANN, To_Stakeholder__c: BOB },
                refused: false
            },
            {
                name: 'both ends blank (the Required rules report it)',
                record: { From_Stakeholder__c: null, To_Stakeholder__c: null },
                refused: false
            }
        ],
        Archived_Plan_Read_Only: archivedDetailCases(
            {
                From_Stakeholder__c: ANN,
                To_Stakeholder__c: BOB,
                Type__c: 'Influences',
                Strength__c: 'Moderate',
                Notes__c: null
            },
            {
                From_Stakeholder__c: CARL,
                To_Stakeholder__c: CARL,
                Type__c: 'Conflicts With',
                Strength__c: 'Strong',
                Notes__c: 'Rivals since the merger.'
            }
        )
    }
};
