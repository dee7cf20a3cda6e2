import { archivedDetailCases, nonNegativeCases, type ObjectTables } from './tableTypes';

const PRODUCT = '01t000000000001AAA';
const UNIT = '001000000000002AAA';
const CELL = { Product__c: PRODUCT, Business_Unit__c: UNIT };

export const whitespaceCellTables: ObjectTables = {
    object: 'Whitespace_Cell__c',
    fields: {},
    rules: {
        Competitor_Required: [
            {
                name: 'Competitor Held without a competitor',
                record: { ...CELL, Status__c: 'Competitor Held' },
                refused: true
            },
            {
                name: 'Competitor Held with a competitor',
                record: { ...CELL, Status__c: 'Competitor Held', Competitor__c: 'Northwind' },
                refused: false
            },
            {
                name: 'Targeted without a competitor',
                record: { ...CELL, Status__c: 'Targeted' },
                refused: false
            },
            {
                name: 'Not a Fit without a competitor',
                record: { ...CELL, Status__c: 'Not a Fit' },
                refused: false
            }
        ],
        Potential_Value_Negative: nonNegativeCases('Potential_Value__c'),
        Row_Required: [
            {
                name: 'neither product nor family',
                record: { Product__c: null, Product_Family__c: null },
                refused: true
            },
            { name: 'a product', record: { Product__c: PRODUCT }, refused: false },
            { name: 'a product family', record: { Product_Family__c: 'Analytics' }, refused: false }
        ],
        Column_Required: [
            {
                name: 'neither unit nor value',
                record: { Business_Unit__c: null, Business_Unit_Value__c: null },
                refused: true
            },
            { name: 'a business unit', record: { Business_Unit__c: UNIT }, refused: false },
            { name: 'an account field value', record: { Business_Unit_Value__c: 'EMEA' }, refused: false }
        ],
        Archived_Plan_Read_Only: archivedDetailCases(
            {
                ...CELL,
                Product_Family__c: null,
                Business_Unit_Value__c: null,
                Status__c: 'Targeted',
                Competitor__c: null,
                Potential_Value__c: 50000,
                Note__c: null,
                Opportunity__c: null,
                Unique_Cell__c: null,
                Version__c: 0
            },
            {
                Product__c: '01t000000000002AAA',
                Product_Family__c: 'Analytics',
                Business_Unit__c: '001000000000003AAA',
                Business_Unit_Value__c: 'EMEA',
                Status__c: 'Competitor Held',
                Competitor__c: 'Northwind',
                Potential_Value__c: 80000,
                Note__c: 'Renewal in Q3.',
                Opportunity__c: '006000000000001AAA'
            },
            {
                Unique_Cell__c: 'a01000000000001AAA|01t000000000001AAA|001000000000002AAA',
                Version__c: 1
            }
        )
    }
};
