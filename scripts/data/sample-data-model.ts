/**
 * The sample data set's shape: one JSON file per object under data/, records keyed by stable local keys
 * (`Account:northwind`), reference fields holding those keys. Pure: no Node APIs, so the workbench can use it
 * in the browser with the JSON files imported directly. `scripts/data/sample-data.ts` reads the files from disk.
 */

/** Reference keys that resolve to org records rather than to sample records. */
export const STANDARD_PRICEBOOK_KEY = 'Pricebook2:standard';
/** Every `User:*` key stands for a member of the selling team (in an org: the user who loads the data). */
export const USER_KEY_PREFIX = 'User:';

interface KeyedRecord {
    /** Stable local key, `<SObject>:<slug>`, unique across the whole data set. */
    key: string;
}

export interface SampleUser extends KeyedRecord {
    FirstName: string;
    LastName: string;
    Title: string;
    Email: string;
    ManagerId?: string;
}

export interface SampleAccount extends KeyedRecord {
    Name: string;
    ParentId?: string;
    Type: string;
    Industry: string;
    AnnualRevenue: number;
    NumberOfEmployees: number;
    BillingCity: string;
    BillingCountry: string;
    Phone: string;
    Website: string;
    Description: string;
    OwnerId: string;
}

export interface SampleContact extends KeyedRecord {
    FirstName: string;
    LastName: string;
    Title: string;
    Department: string;
    Email: string;
    Phone: string;
    AccountId: string;
    ReportsToId?: string;
    MailingCity: string;
    MailingCountry: string;
    OwnerId: string;
}

export interface SampleProduct extends KeyedRecord {
    Name: string;
    ProductCode: string;
    Family: string;
    Description: string;
    IsActive: boolean;
}

export interface SamplePricebookEntry extends KeyedRecord {
    Pricebook2Id: string;
    Product2Id: string;
    /** Read-only in an org (the product's code); identifies the entry when the loader looks for it. */
    ProductCode: string;
    UnitPrice: number;
    IsActive: boolean;
    UseStandardPrice: boolean;
}

export interface SampleOpportunity extends KeyedRecord {
    Name: string;
    AccountId: string;
    Type: string;
    StageName: string;
    CloseDate: string;
    Amount: number;
    Probability: number;
    /** Read-only in an org (derived from the stage); carried for readers without an org. */
    IsClosed: boolean;
    /** Read-only in an org (derived from the stage); carried for readers without an org. */
    IsWon: boolean;
    NextStep?: string;
    Description?: string;
    Pricebook2Id: string;
    OwnerId: string;
}

export interface SampleOpportunityLineItem extends KeyedRecord {
    OpportunityId: string;
    PricebookEntryId: string;
    Product2Id: string;
    Quantity: number;
    UnitPrice: number;
}

export interface SampleAccountPlan extends KeyedRecord {
    Name: string;
    Account__c: string;
    OwnerId: string;
    Status__c: string;
    Period_Start__c: string;
    Period_End__c: string;
    Score_Current_Revenue__c?: number;
    Score_Growth_Potential__c?: number;
    Score_Strategic_Fit__c?: number;
    Score_Competitive_Position__c?: number;
    Score_Relationship_Depth__c?: number;
    Primary_Competitor__c?: string;
    Competitive_Position__c?: string;
    Competitive_Notes__c?: string;
    Renewal_Date__c?: string;
    Renewal_Risk__c?: string;
    Renewal_Risk_Reason__c?: string;
    Review_Cadence_Days__c: number;
    Last_Reviewed_Date__c?: string;
    Last_Reviewed_By__c?: string;
    /** Revenue roll-ups as PortfolioRollupBatch writes them (Active and Draft plans), for the anchor date. */
    Won_Last_12_Months__c?: number;
    Won_Prior_12_Months__c?: number;
    Open_Pipeline__c?: number;
    Expansion_Pipeline__c?: number;
    Rollups_Calculated_At__c?: string;
}

export interface SamplePlanObjective extends KeyedRecord {
    Name: string;
    Account_Plan__c: string;
    Owner__c: string;
    Measure__c: string;
    Target__c: string;
    Due_Date__c: string;
    Status__c: string;
    Sort_Order__c: number;
}

export interface SampleStakeholder extends KeyedRecord {
    Account_Plan__c: string;
    Contact__c?: string;
    Placeholder_Name__c?: string;
    Placeholder_Title__c?: string;
    Reports_To__c?: string;
    Buying_Role__c: string;
    Influence__c: string;
    Stance__c: string;
    Relationship_Strength__c: number;
    Relationship_Owner__c: string;
    Is_Executive__c: boolean;
    Business_Unit__c: string;
    Last_Engaged_Date__c?: string;
    Notes__c?: string;
}

export interface SampleStakeholderRelationship extends KeyedRecord {
    Account_Plan__c: string;
    From_Stakeholder__c: string;
    To_Stakeholder__c: string;
    Type__c: string;
    Strength__c: string;
    Notes__c?: string;
}

export interface SamplePlay extends KeyedRecord {
    Name: string;
    Account_Plan__c: string;
    Type__c: string;
    Owner__c: string;
    Start_Date__c: string;
    Due_Date__c: string;
    Status__c: string;
    Estimated_Value__c: number;
    Opportunity__c?: string;
    Product__c?: string;
    Business_Unit__c?: string;
    Next_Step__c?: string;
}

export interface SampleWhitespaceCell extends KeyedRecord {
    Account_Plan__c: string;
    Product__c: string;
    Business_Unit__c: string;
    Status__c: string;
    Competitor__c?: string;
    Potential_Value__c?: number;
    Note__c?: string;
}

export interface SampleTask extends KeyedRecord {
    Subject: string;
    Status: string;
    Priority: string;
    ActivityDate: string;
    WhoId?: string;
    WhatId: string;
    OwnerId: string;
    Description?: string;
}

export interface SampleEvent extends KeyedRecord {
    Subject: string;
    StartDateTime: string;
    EndDateTime: string;
    WhoId?: string;
    WhatId: string;
    OwnerId: string;
    Location?: string;
    Description?: string;
}

/** Every table of the data set, by name. */
export interface SampleTables {
    users: SampleUser[];
    accounts: SampleAccount[];
    contacts: SampleContact[];
    products: SampleProduct[];
    pricebookEntries: SamplePricebookEntry[];
    opportunities: SampleOpportunity[];
    opportunityLineItems: SampleOpportunityLineItem[];
    accountPlans: SampleAccountPlan[];
    planObjectives: SamplePlanObjective[];
    stakeholders: SampleStakeholder[];
    stakeholderRelationships: SampleStakeholderRelationship[];
    plays: SamplePlay[];
    whitespaceCells: SampleWhitespaceCell[];
    tasks: SampleTask[];
    events: SampleEvent[];
}

export type SampleTableName = keyof SampleTables;

/** How one table is stored and which of its fields hold keys or dates (for resolving and date shifting). */
export interface SampleTableSpec {
    file: string;
    sobject: string;
    /** Field that identifies a record in an org, so that later load phases can find it again. */
    naturalKey?: string;
    /** Id prefix of the fake Salesforce Ids handed out to records when the data set is loaded. */
    idPrefix: string;
    references: readonly string[];
    dates: readonly string[];
    datetimes: readonly string[];
}

export const SAMPLE_TABLES: Readonly<Record<SampleTableName, SampleTableSpec>> = {
    users: {
        file: 'users.json',
        sobject: 'User',
        idPrefix: '005',
        references: ['ManagerId'],
        dates: [],
        datetimes: []
    },
    accounts: {
        file: 'accounts.json',
        sobject: 'Account',
        naturalKey: 'Name',
        idPrefix: '001',
        references: ['ParentId', 'OwnerId'],
        dates: [],
        datetimes: []
    },
    contacts: {
        file: 'contacts.json',
        sobject: 'Contact',
        naturalKey: 'Email',
        idPrefix: '003',
        references: ['AccountId', 'ReportsToId', 'OwnerId'],
        dates: [],
        datetimes: []
    },
    products: {
        file: 'products.json',
        sobject: 'Product2',
        naturalKey: 'ProductCode',
        idPrefix: '01t',
        references: [],
        dates: [],
        datetimes: []
    },
    pricebookEntries: {
        file: 'pricebook-entries.json',
        sobject: 'PricebookEntry',
        naturalKey: 'ProductCode',
        idPrefix: '01u',
        references: ['Pricebook2Id', 'Product2Id'],
        dates: [],
        datetimes: []
    },
    opportunities: {
        file: 'opportunities.json',
        sobject: 'Opportunity',
        naturalKey: 'Name',
        idPrefix: '006',
        references: ['AccountId', 'Pricebook2Id', 'OwnerId'],
        dates: ['CloseDate'],
        datetimes: []
    },
    opportunityLineItems: {
        file: 'opportunity-line-items.json',
        sobject: 'OpportunityLineItem',
        idPrefix: '00k',
        references: ['OpportunityId', 'PricebookEntryId', 'Product2Id'],
        dates: [],
        datetimes: []
    },
    accountPlans: {
        file: 'account-plans.json',
        sobject: 'Account_Plan__c',
        naturalKey: 'Name',
        idPrefix: 'a01',
        references: ['Account__c', 'OwnerId', 'Last_Reviewed_By__c'],
        dates: ['Period_Start__c', 'Period_End__c', 'Renewal_Date__c', 'Last_Reviewed_Date__c'],
        datetimes: ['Rollups_Calculated_At__c']
    },
    planObjectives: {
        file: 'plan-objectives.json',
        sobject: 'Plan_Objective__c',
        idPrefix: 'a02',
        references: ['Account_Plan__c', 'Owner__c'],
        dates: ['Due_Date__c'],
        datetimes: []
    },
    stakeholders: {
        file: 'stakeholders.json',
        sobject: 'Stakeholder__c',
        idPrefix: 'a03',
        references: [
            'Account_Plan__c',
            'Contact__c',
            'Reports_To__c',
            'Relationship_Owner__c',
            'Business_Unit__c'
        ],
        dates: ['Last_Engaged_Date__c'],
        datetimes: []
    },
    stakeholderRelationships: {
        file: 'stakeholder-relationships.json',
        sobject: 'Stakeholder_Relationship__c',
        idPrefix: 'a04',
        references: ['Account_Plan__c', 'From_Stakeholder__c', 'To_Stakeholder__c'],
        dates: [],
        datetimes: []
    },
    plays: {
        file: 'plays.json',
        sobject: 'Play__c',
        naturalKey: 'Name',
        idPrefix: 'a05',
        references: ['Account_Plan__c', 'Owner__c', 'Opportunity__c', 'Product__c', 'Business_Unit__c'],
        dates: ['Start_Date__c', 'Due_Date__c'],
        datetimes: []
    },
    whitespaceCells: {
        file: 'whitespace-cells.json',
        sobject: 'Whitespace_Cell__c',
        idPrefix: 'a06',
        references: ['Account_Plan__c', 'Product__c', 'Business_Unit__c'],
        dates: [],
        datetimes: []
    },
    tasks: {
        file: 'tasks.json',
        sobject: 'Task',
        idPrefix: '00T',
        references: ['WhoId', 'WhatId', 'OwnerId'],
        dates: ['ActivityDate'],
        datetimes: []
    },
    events: {
        file: 'events.json',
        sobject: 'Event',
        idPrefix: '00U',
        references: ['WhoId', 'WhatId', 'OwnerId'],
        dates: [],
        datetimes: ['StartDateTime', 'EndDateTime']
    }
};

/** Table names in load order (every reference points to a table earlier in this list, or to its own). */
export const SAMPLE_TABLE_ORDER: readonly SampleTableName[] = [
    'users',
    'accounts',
    'contacts',
    'products',
    'pricebookEntries',
    'opportunities',
    'opportunityLineItems',
    'accountPlans',
    'planObjectives',
    'stakeholders',
    'stakeholderRelationships',
    'plays',
    'whitespaceCells',
    'tasks',
    'events'
];

/** One data file as stored under data/: the object, its natural key and its records. */
export interface SampleFile<T> {
    sobject: string;
    naturalKey?: string;
    records: T[];
}

export interface SampleManifestPhase {
    name: string;
    label: string;
    files: { file: string }[];
}

/** data/manifest.json: the date the data is written against, and how it loads into an org. */
export interface SampleManifest {
    anchorDate: string;
    description: string;
    phases: SampleManifestPhase[];
}

/**
 * Days to move every date so that the data looks as fresh on `today` as on the anchor date. Whole weeks, so
 * meetings stay on weekdays; the Apex loader computes the same figure.
 */
export function shiftDaysFor(anchorDate: string, today: string): number {
    const days = Math.round(
        (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${anchorDate}T00:00:00Z`)) / 86_400_000
    );
    const weeks = Math.trunc((days >= 0 ? days + 3 : days - 3) / 7);
    return weeks === 0 ? 0 : weeks * 7;
}

const DAY_MS = 86_400_000;

export function shiftDate(isoDate: string, days: number): string {
    return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function shiftDatetime(isoDatetime: string, days: number): string {
    return new Date(Date.parse(isoDatetime) + days * DAY_MS).toISOString();
}

/** A loaded record: its fields with references as fake Salesforce Ids, dates shifted to `today`. */
export type Loaded<T> = T & { Id: string; attributes: { type: string } };

export type LoadedTables = { [K in SampleTableName]: Loaded<SampleTables[K][number]>[] };

export type AnyLoadedRecord = LoadedTables[SampleTableName][number];

export interface SampleData extends LoadedTables {
    anchorDate: string;
    /** The date the data was shifted to. */
    today: string;
    shiftDays: number;
    /** Every record by its (fake) Id. */
    byId: ReadonlyMap<string, AnyLoadedRecord>;
    /** Id of the record with a local key (`Account:northwind`). */
    idOf: (key: string) => string;
}

/** Deterministic 18-character fake Id: the object's key prefix, a sequence number and a fixed suffix. */
export function fakeId(prefix: string, sequence: number): string {
    return `${prefix}${String(sequence).padStart(12, '0')}AAA`;
}

function requireId(ids: ReadonlyMap<string, string>, key: string, where: string): string {
    const id = ids.get(key);
    if (id === undefined) {
        throw new Error(`sample data: ${where} refers to unknown key '${key}'`);
    }
    return id;
}

/**
 * Turns the raw tables into loaded records: fake Ids, references resolved to those Ids, dates shifted so that
 * the data is as fresh on `today` as it was on the anchor date.
 */
export function resolveSampleData(manifest: SampleManifest, tables: SampleTables, today: string): SampleData {
    const shiftDays = shiftDaysFor(manifest.anchorDate, today);
    const ids = new Map<string, string>([[STANDARD_PRICEBOOK_KEY, fakeId('01s', 1)]]);
    for (const name of SAMPLE_TABLE_ORDER) {
        tables[name].forEach((record, index) => {
            if (ids.has(record.key)) {
                throw new Error(`sample data: duplicate key '${record.key}'`);
            }
            ids.set(record.key, fakeId(SAMPLE_TABLES[name].idPrefix, index + 1));
        });
    }
    const byId = new Map<string, AnyLoadedRecord>();
    const loaded = {} as Record<SampleTableName, AnyLoadedRecord[]>;
    for (const name of SAMPLE_TABLE_ORDER) {
        const spec = SAMPLE_TABLES[name];
        loaded[name] = (tables[name] as KeyedRecord[]).map((record) => {
            const out: Record<string, unknown> = { ...record };
            for (const field of spec.references) {
                const value = out[field];
                if (typeof value === 'string') {
                    out[field] = requireId(ids, value, `${record.key}.${field}`);
                }
            }
            for (const field of spec.dates) {
                const value = out[field];
                if (typeof value === 'string') {
                    out[field] = shiftDate(value, shiftDays);
                }
            }
            for (const field of spec.datetimes) {
                const value = out[field];
                if (typeof value === 'string') {
                    out[field] = shiftDatetime(value, shiftDays);
                }
            }
            const id = requireId(ids, record.key, record.key);
            const result = {
                ...out,
                Id: id,
                attributes: { type: spec.sobject }
            } as unknown as AnyLoadedRecord;
            byId.set(id, result);
            return result;
        });
    }
    return {
        ...(loaded as unknown as LoadedTables),
        anchorDate: manifest.anchorDate,
        today,
        shiftDays,
        byId,
        idOf: (key: string) => requireId(ids, key, 'idOf')
    };
}
