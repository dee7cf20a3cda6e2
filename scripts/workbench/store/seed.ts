/**
 * The records the workbench starts from: the project's sample data (data/*.json through
 * scripts/data/sample-data.ts), dated as if it had been loaded today, as records an org would hold.
 */
import { loadSampleData, SAMPLE_TABLE_ORDER, type SampleData } from '../../data/sample-data';
import { evaluateField, type FieldValue } from '../../../test/formulas/formulaHarness';
import { STATE_FORMAT, type SObjectRecord, type StoreState } from './record-store';

/** Objects whose `Name` the platform composes from first and last name. */
const PERSON_OBJECTS = new Set(['Contact', 'User']);

function asRecord(loaded: Record<string, unknown>, loadedAt: string, loadedBy: string): SObjectRecord {
    // Audit fields as an org sets them when the data is loaded: now, by the user who loads it.
    const record = {
        CreatedDate: loadedAt,
        CreatedById: loadedBy,
        LastModifiedDate: loadedAt,
        LastModifiedById: loadedBy,
        ...loaded
    } as unknown as SObjectRecord;
    // The local key is how the sample files refer to each other; an org record has no such field.
    delete record.key;
    if (PERSON_OBJECTS.has(record.attributes.type)) {
        record.Name = [record.FirstName, record.LastName]
            .filter((part) => typeof part === 'string' && part)
            .join(' ');
    }
    return record;
}

/**
 * What the Stakeholder__c and Stakeholder_Relationship__c triggers set when the sample data is inserted into
 * an org: version 0, and for a stakeholder the stored score, which is the value of the Relationship_Score__c
 * formula on the day of loading (evaluated from the deployed formula, as the trigger does with
 * Formula.recalculateFormulas).
 */
function asInsertedByTrigger(record: SObjectRecord, today: string): void {
    const type = record.attributes.type;
    if (type !== 'Stakeholder__c' && type !== 'Stakeholder_Relationship__c') {
        return;
    }
    record.Version__c = 0;
    if (type === 'Stakeholder__c') {
        const fields: Record<string, FieldValue> = {};
        for (const [name, value] of Object.entries(record)) {
            if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
                fields[name] = value;
            }
        }
        record.Relationship_Score_Snapshot__c = evaluateField('Stakeholder__c', 'Relationship_Score__c', {
            record: fields,
            today
        });
    }
}

/** Today's date where the workbench runs, `YYYY-MM-DD`. */
export function localToday(): string {
    const now = new Date();
    const offset = now.getTimezoneOffset() * 60_000;
    return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

/** The key accounts of the demo: accounts with an account plan, in the order of their first plan. */
export function keyAccountIds(records: readonly SObjectRecord[]): string[] {
    const ids: string[] = [];
    for (const record of records) {
        const accountId = record.attributes.type === 'Account_Plan__c' ? record.Account__c : undefined;
        if (typeof accountId === 'string' && !ids.includes(accountId)) {
            ids.push(accountId);
        }
    }
    return ids;
}

/** The seed state from the sample data: the demo runs as the owner of the first key account. */
export function sampleDataState(today: string = localToday()): StoreState {
    const data: SampleData = loadSampleData({ today });
    const tables = SAMPLE_TABLE_ORDER.flatMap((table) => data[table] as unknown as Record<string, unknown>[]);
    const firstPlan = data.accountPlans[0];
    const demoAccount = data.accounts.find((account) => account.Id === firstPlan?.Account__c);
    const userId = demoAccount?.OwnerId ?? data.users[0]?.Id ?? '';
    const loadedAt = `${today}T08:00:00.000Z`;
    const records = tables.map((loaded) => asRecord(loaded, loadedAt, userId));
    for (const record of records) {
        asInsertedByTrigger(record, today);
    }
    return { format: STATE_FORMAT, seed: { source: 'data/ (sample data)', today }, userId, records };
}
