/**
 * `lightning/uiRecordApi`: `getRecord` as a wire adapter over the workbench's records (`POST /ui-api/record`),
 * with the record representation of the UI API (`{ apiName, id, fields: { Name: { value, displayValue } } }`,
 * relationships nested), plus the helpers that read it. Like Lightning Data Service, wired records are cached
 * and only `notifyRecordUpdateAvailable` refetches them after an Apex save.
 */
import type { RecordRepresentation } from 'lightning/uiRecordApi';
import type { WireAdapterConstructor } from 'lwc';
import { postJson } from './transport';
import { cachedWireAdapter, refreshWhere } from './wire-cache';

type FieldReference = string | { objectApiName?: string; fieldApiName?: string };

interface GetRecordConfig {
    recordId?: string;
    fields?: FieldReference | FieldReference[];
    optionalFields?: FieldReference | FieldReference[];
}

/** `Account.Name` from a schema reference or a string. */
function qualifiedName(field: FieldReference): string {
    if (typeof field === 'string') {
        return field;
    }
    return `${field.objectApiName ?? ''}.${field.fieldApiName ?? ''}`;
}

function namesOf(fields: FieldReference | FieldReference[] | undefined): string[] {
    if (fields === undefined) {
        return [];
    }
    return (Array.isArray(fields) ? fields : [fields]).map(qualifiedName).sort();
}

function recordKey(recordId: string, fields: string[], optionalFields: string[]): string {
    return `record:${recordId}:${JSON.stringify([fields, optionalFields])}`;
}

const GetRecordAdapter = cachedWireAdapter<GetRecordConfig>((config) => {
    const recordId = config?.recordId;
    if (!recordId) {
        return undefined;
    }
    const fields = namesOf(config.fields);
    const optionalFields = namesOf(config.optionalFields);
    return {
        key: recordKey(recordId, fields, optionalFields),
        fetch: () => postJson('/ui-api/record', { recordId, fields, optionalFields })
    };
});

/** What a `getRecord` wire provisions. */
export interface WiredRecord {
    data: RecordRepresentation | undefined;
    error: unknown;
}

export const getRecord: WireAdapterConstructor<GetRecordConfig, WiredRecord> =
    GetRecordAdapter as unknown as WireAdapterConstructor<GetRecordConfig, WiredRecord>;

interface FieldValueNode {
    value: unknown;
    displayValue: string | null;
}

interface RecordNode {
    fields?: Record<string, FieldValueNode | undefined>;
}

/** The field node at `Owner.Name` (relative to the record's object) in a record representation. */
function fieldNode(record: unknown, field: unknown): FieldValueNode | undefined {
    const name = qualifiedName(field as FieldReference);
    const path = name.split('.').slice(1);
    let current = record as RecordNode | undefined;
    let node: FieldValueNode | undefined;
    for (const [index, part] of path.entries()) {
        node = current?.fields?.[part];
        if (index < path.length - 1) {
            current = node?.value as RecordNode | undefined;
        }
    }
    return node;
}

export function getFieldValue(record: unknown, field: unknown): unknown {
    return fieldNode(record, field)?.value;
}

export function getFieldDisplayValue(record: unknown, field: unknown): string | null {
    // As in the UI API, plain text has no display value (null); numbers, dates, picklists and lookups do.
    return fieldNode(record, field)?.displayValue ?? null;
}

/** Refetches every wired record among `items` and pushes the fresh values to their components. */
export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    const ids = new Set(items.map((item) => item.recordId));
    return refreshWhere((key) => key.startsWith('record:') && ids.has(key.split(':')[1] ?? ''));
}
