/**
 * `getRecord` for `lightning/uiRecordApi`: the UI API record representation of one record with the
 * requested fields, relationships nested (`Account.Owner.Name` → `fields.Owner.value.fields.Name`). Display
 * values follow the UI API: null for text, formatted numbers, currency and dates, the related record's name
 * for lookups. Unknown custom fields in `fields` fail as they do in an org; `optionalFields` are skipped.
 */
import { projectObjects } from '../../../test/formulas/schemaSource';
import type { RecordStore, SObjectRecord } from '../store/record-store';
import { uiApiError, type PlatformErrorShape } from './platform-errors';

export interface FieldValueNode {
    value: unknown;
    displayValue: string | null;
}

export interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValueNode>;
    childRelationships: Record<string, never>;
    lastModifiedById: string | null;
    lastModifiedDate: string | null;
    recordTypeId: null;
    recordTypeInfo: null;
    systemModstamp: string | null;
}

export interface GetRecordRequest {
    recordId: string;
    fields: string[];
    optionalFields: string[];
}

/** Standard fields whose UI API type matters for display values. */
const STANDARD_TYPES: Readonly<Record<string, string>> = {
    AnnualRevenue: 'Currency',
    Amount: 'Currency',
    UnitPrice: 'Currency',
    TotalPrice: 'Currency',
    ExpectedRevenue: 'Currency',
    CloseDate: 'Date',
    ActivityDate: 'Date',
    Birthdate: 'Date',
    CreatedDate: 'DateTime',
    LastModifiedDate: 'DateTime',
    StartDateTime: 'DateTime',
    EndDateTime: 'DateTime',
    Industry: 'Picklist',
    Type: 'Picklist',
    StageName: 'Picklist',
    Rating: 'Picklist',
    Family: 'Picklist',
    Status: 'Picklist',
    Priority: 'Picklist',
    LeadSource: 'Picklist'
};

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 18 });
const date = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'short', timeStyle: 'short' });

class FieldError extends Error {}

function fieldTypeOf(sobject: string, field: string): string | undefined {
    return projectObjects().get(sobject)?.fields.get(field)?.type ?? STANDARD_TYPES[field];
}

function displayValueOf(sobject: string, field: string, value: unknown): string | null {
    if (value === null || value === undefined) {
        return null;
    }
    const type = fieldTypeOf(sobject, field);
    if (typeof value === 'number') {
        if (type === 'Currency') {
            return currency.format(value);
        }
        if (type === 'Percent') {
            return `${number.format(value)}%`;
        }
        return number.format(value);
    }
    if (typeof value === 'string' && (type === 'Date' || (!type && /^\d{4}-\d{2}-\d{2}$/.test(value)))) {
        return date.format(new Date(`${value}T00:00:00Z`));
    }
    if (typeof value === 'string' && type === 'DateTime') {
        return dateTime.format(new Date(value));
    }
    if (type === 'Picklist') {
        return typeof value === 'string' ? value : JSON.stringify(value);
    }
    return null;
}

/** The lookup field behind a relationship name: `Owner` → `OwnerId`, `Plan__r` → `Plan__c`. */
function lookupFieldOf(record: SObjectRecord, relationship: string): string | undefined {
    if (relationship.endsWith('__r')) {
        return `${relationship.slice(0, -3)}__c`;
    }
    const candidate = `${relationship}Id`;
    return Object.hasOwn(record, candidate) || fieldTypeOf(record.attributes.type, candidate)
        ? candidate
        : undefined;
}

function nameOf(record: SObjectRecord | undefined): string | null {
    const name = record?.Name ?? record?.Subject;
    return typeof name === 'string' ? name : null;
}

function emptyRepresentation(record: SObjectRecord): RecordRepresentation {
    const modified = typeof record.LastModifiedDate === 'string' ? record.LastModifiedDate : null;
    return {
        apiName: record.attributes.type,
        id: record.Id,
        fields: {},
        childRelationships: {},
        lastModifiedById: typeof record.LastModifiedById === 'string' ? record.LastModifiedById : null,
        lastModifiedDate: modified,
        recordTypeId: null,
        recordTypeInfo: null,
        systemModstamp: modified
    };
}

function addPath(
    store: RecordStore,
    target: RecordRepresentation,
    record: SObjectRecord,
    path: string[],
    optional: boolean
): void {
    const [head = '', ...rest] = path;
    const sobject = record.attributes.type;
    if (rest.length === 0) {
        if (head.endsWith('__c') && !projectObjects().get(sobject)?.fields.has(head)) {
            if (optional) {
                return;
            }
            throw new FieldError(`No such column '${head}' on entity '${sobject}'.`);
        }
        const value = record[head] ?? null;
        target.fields[head] = { value, displayValue: displayValueOf(sobject, head, value) };
        return;
    }
    const lookup = lookupFieldOf(record, head);
    if (!lookup) {
        if (optional) {
            return;
        }
        throw new FieldError(`No such relationship '${head}' on entity '${sobject}'.`);
    }
    const related = store.get(typeof record[lookup] === 'string' ? record[lookup] : undefined);
    if (!related) {
        target.fields[head] = { value: null, displayValue: null };
        return;
    }
    const existing = target.fields[head]?.value as RecordRepresentation | undefined;
    const nested = existing ?? emptyRepresentation(related);
    addPath(store, nested, related, rest, optional);
    target.fields[head] = { value: nested, displayValue: nameOf(related) };
}

/** The record representation, or the UI API error a component would get. */
export function getRecord(
    store: RecordStore,
    request: GetRecordRequest
): { ok: true; record: RecordRepresentation } | { ok: false; error: PlatformErrorShape } {
    const record = store.get(request.recordId);
    if (!record) {
        return { ok: false, error: uiApiError(404, 'NOT_FOUND', 'The requested resource does not exist') };
    }
    const representation = emptyRepresentation(record);
    try {
        for (const [list, optional] of [
            [request.fields, false],
            [request.optionalFields, true]
        ] as const) {
            for (const qualified of list) {
                const [objectApiName, ...path] = qualified.split('.');
                if (objectApiName !== record.attributes.type || path.length === 0) {
                    if (optional) {
                        continue;
                    }
                    throw new FieldError(
                        `The field ${qualified} does not belong to a ${record.attributes.type} record.`
                    );
                }
                addPath(store, representation, record, path, optional);
            }
        }
    } catch (error) {
        if (error instanceof FieldError) {
            return { ok: false, error: uiApiError(400, 'INVALID_FIELD', error.message) };
        }
        throw error;
    }
    return { ok: true, record: representation };
}
