/**
 * How the shell shows records of each object: label, icon and the highlights panel's fields (as the
 * compact layout would list them). Objects not listed show their name only.
 */
export interface HighlightField {
    /** Field path relative to the object (`Owner.Name`). */
    path: string;
    label: string;
    /** Lookup whose record the value links to (`ParentId`). */
    linkField?: string;
}

export interface ObjectPresentation {
    label: string;
    icon: string;
    nameField: string;
    highlights: HighlightField[];
}

const OBJECTS: Readonly<Record<string, ObjectPresentation>> = {
    Account: {
        label: 'Account',
        icon: 'standard:account',
        nameField: 'Name',
        highlights: [
            { path: 'Industry', label: 'Industry' },
            { path: 'Type', label: 'Type' },
            { path: 'Owner.Name', label: 'Account Owner', linkField: 'OwnerId' },
            { path: 'Parent.Name', label: 'Parent Account', linkField: 'ParentId' }
        ]
    },
    Contact: {
        label: 'Contact',
        icon: 'standard:contact',
        nameField: 'Name',
        highlights: [
            { path: 'Title', label: 'Title' },
            { path: 'Account.Name', label: 'Account Name', linkField: 'AccountId' },
            { path: 'Email', label: 'Email' },
            { path: 'Phone', label: 'Phone' }
        ]
    },
    Opportunity: {
        label: 'Opportunity',
        icon: 'standard:opportunity',
        nameField: 'Name',
        highlights: [
            { path: 'Account.Name', label: 'Account Name', linkField: 'AccountId' },
            { path: 'StageName', label: 'Stage' },
            { path: 'Amount', label: 'Amount' },
            { path: 'CloseDate', label: 'Close Date' },
            { path: 'Owner.Name', label: 'Opportunity Owner', linkField: 'OwnerId' }
        ]
    },
    User: {
        label: 'User',
        icon: 'standard:user',
        nameField: 'Name',
        highlights: [
            { path: 'Title', label: 'Title' },
            { path: 'Email', label: 'Email' }
        ]
    },
    Product2: {
        label: 'Product',
        icon: 'standard:product',
        nameField: 'Name',
        highlights: [
            { path: 'ProductCode', label: 'Product Code' },
            { path: 'Family', label: 'Product Family' }
        ]
    },
    Account_Plan__c: {
        label: 'Account Plan',
        icon: 'standard:goals',
        nameField: 'Name',
        highlights: [
            { path: 'Account__r.Name', label: 'Account', linkField: 'Account__c' },
            { path: 'Status__c', label: 'Status' },
            { path: 'Period_Start__c', label: 'Period Start' },
            { path: 'Period_End__c', label: 'Period End' },
            { path: 'Owner.Name', label: 'Owner', linkField: 'OwnerId' }
        ]
    },
    Play__c: {
        label: 'Play',
        icon: 'standard:campaign',
        nameField: 'Name',
        highlights: [
            { path: 'Type__c', label: 'Type' },
            { path: 'Status__c', label: 'Status' },
            { path: 'Due_Date__c', label: 'Due Date' }
        ]
    }
};

/** Object API name by the key prefix of record Ids (for `/lightning/r/<id>/view`). */
const PREFIXES: Readonly<Record<string, string>> = {
    '001': 'Account',
    '003': 'Contact',
    '005': 'User',
    '006': 'Opportunity',
    '01t': 'Product2',
    a01: 'Account_Plan__c',
    a05: 'Play__c'
};

export function presentationOf(objectApiName: string): ObjectPresentation {
    return (
        OBJECTS[objectApiName] ?? {
            label: objectApiName,
            icon: 'standard:default',
            nameField: 'Name',
            highlights: []
        }
    );
}

export function objectOfId(recordId: string): string | undefined {
    return PREFIXES[recordId.slice(0, 3)];
}
