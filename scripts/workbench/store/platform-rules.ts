// formulon's typings are the formula tests' ambient declaration file, which has no module to import.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../test/formulas/formulon.d.ts" />
/**
 * What the platform evaluates from metadata on its own, evaluated here from the very metadata that deploys
 * so that the workbench never holds a second copy of a rule:
 * - formula fields, computed when a record is read (with the formula harness of test/formulas, which reads
 *   each formula from force-app and evaluates it with formulon);
 * - roll-up summary fields (COUNT/SUM/MIN/MAX with filter items: equals, not equal and numeric comparisons),
 *   computed when a record is read;
 * - validation rules, evaluated on every insert and update: a refused write fails the whole call with the
 *   DML error a component would receive (field errors on the rule's error field, page errors otherwise).
 * A formula the harness cannot evaluate for some record is left blank and reported once on the console.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
    evaluateField,
    evaluateRule,
    type FieldValue,
    type Fields
} from '../../../test/formulas/formulaHarness';
import { projectObjects } from '../../../test/formulas/schemaSource';
import { DmlException } from '../../../workbench/apex/support/exceptions';
import type { SObjectRecord } from './record-store';

/** Read access to the stored records, without derived fields. */
export interface RawRecords {
    get(id: string): Readonly<SObjectRecord> | undefined;
    query(
        sobject: string,
        where: (record: Readonly<SObjectRecord>) => boolean
    ): readonly Readonly<SObjectRecord>[];
}

interface RollUpFilter {
    field: string;
    operation: string;
    value: string;
}

interface RollUp {
    field: string;
    childObject: string;
    foreignKey: string;
    operation: string;
    summarizedField?: string;
    filters: RollUpFilter[];
}

interface SummaryNode {
    summaryForeignKey?: string;
    summaryOperation?: string;
    summarizedField?: string;
    summaryFilterItems?: { field?: string; operation?: string; value?: string }[];
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => name === 'summaryFilterItems'
});

/** Roll-up summary definitions by parent object (`summaryForeignKey`, `summaryOperation`, filter items). */
function readRollUps(objectsDir: string): Map<string, RollUp[]> {
    const byParent = new Map<string, RollUp[]>();
    for (const info of projectObjects().values()) {
        for (const field of info.fields.values()) {
            if (field.type !== 'Summary') {
                continue;
            }
            const file = path.join(objectsDir, info.name, 'fields', `${field.name}.field-meta.xml`);
            const node = (parser.parse(fs.readFileSync(file, 'utf8')) as { CustomField: SummaryNode })
                .CustomField;
            const [childObject = '', foreignKey = ''] = (node.summaryForeignKey ?? '').split('.');
            const filters = (node.summaryFilterItems ?? []).map((item) => ({
                field: (item.field ?? '').split('.')[1] ?? '',
                operation: item.operation ?? 'equals',
                value: item.value ?? ''
            }));
            const summarized = node.summarizedField?.split('.')[1];
            const list = byParent.get(info.name) ?? [];
            list.push({
                field: field.name,
                childObject,
                foreignKey,
                operation: node.summaryOperation ?? 'count',
                summarizedField: summarized,
                filters
            });
            byParent.set(info.name, list);
        }
    }
    return byParent;
}

function filterMatches(record: Readonly<SObjectRecord>, filter: RollUpFilter): boolean {
    const value = record[filter.field];
    const text =
        typeof value === 'boolean'
            ? value
                ? 'True'
                : 'False'
            : value === null || value === undefined
              ? ''
              : String(value as string | number);
    const expected = filter.value.split(',').map((v) => v.trim().toLowerCase());
    const equal = expected.includes(text.toLowerCase());
    // Comparisons are numeric (Number, Currency, Percent fields); a blank value matches none of them.
    const compared = typeof value === 'number' ? value - Number(filter.value) : Number.NaN;
    switch (filter.operation) {
        case 'equals':
            return equal;
        case 'notEqual':
            return !equal;
        case 'lessThan':
            return compared < 0;
        case 'greaterThan':
            return compared > 0;
        case 'lessOrEqual':
            return compared <= 0;
        case 'greaterOrEqual':
            return compared >= 0;
        default:
            throw new Error(`roll-up filter operation ${filter.operation} is not supported by the workbench`);
    }
}

/** `X__r.Field` references in a formula. */
function crossObjectReferences(formula: string): string[] {
    return [...new Set(formula.match(/\b\w+__r\.\w+\b/g) ?? [])];
}

function fieldValue(value: unknown): FieldValue {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : null;
}

export class PlatformRules {
    private readonly rollUps: Map<string, RollUp[]>;
    private readonly reported = new Set<string>();

    constructor(
        objectsDir: string,
        readonly today: () => string
    ) {
        this.rollUps = readRollUps(objectsDir);
    }

    /** The record with its roll-up summaries and formula fields computed. */
    derive(record: SObjectRecord, raw: RawRecords, depth = 0): SObjectRecord {
        const info = projectObjects().get(record.attributes.type);
        if (!info) {
            return record;
        }
        for (const rollUp of this.rollUps.get(info.name) ?? []) {
            record[rollUp.field] = this.rollUpValue(rollUp, record.Id, raw, depth);
        }
        const input = this.inputOf(record, raw, depth);
        for (const field of info.fields.values()) {
            if (field.formula === undefined) {
                continue;
            }
            try {
                record[field.name] = evaluateField(info.name, field.name, input);
            } catch (error) {
                record[field.name] = null;
                this.reportOnce(`${info.name}.${field.name}`, error);
            }
        }
        return record;
    }

    /**
     * Evaluates the validation rules of the record's object for an insert (no `before`) or an update.
     * @throws DmlException when a rule refuses the write
     */
    validate(after: SObjectRecord, before: SObjectRecord | undefined, raw: RawRecords): void {
        const info = projectObjects().get(after.attributes.type);
        if (!info || info.rules.size === 0) {
            return;
        }
        const record = this.inputOf(this.derive({ ...after }, raw), raw, 0).record ?? {};
        const prior = before
            ? (this.inputOf(this.derive({ ...before }, raw), raw, 0).record ?? {})
            : undefined;
        const fieldErrors: Record<string, string[]> = {};
        const pageErrors: string[] = [];
        for (const rule of info.rules.values()) {
            if (!rule.active) {
                continue;
            }
            let refused = false;
            try {
                refused = evaluateRule(info.name, rule.name, { today: this.today(), record, prior });
            } catch (error) {
                this.reportOnce(`${info.name} rule ${rule.name}`, error);
            }
            if (refused && rule.errorDisplayField) {
                fieldErrors[rule.errorDisplayField] = [
                    ...(fieldErrors[rule.errorDisplayField] ?? []),
                    rule.errorMessage
                ];
            } else if (refused) {
                pageErrors.push(rule.errorMessage);
            }
        }
        if (pageErrors.length > 0 || Object.keys(fieldErrors).length > 0) {
            throw new DmlException(fieldErrors, pageErrors);
        }
    }

    private rollUpValue(rollUp: RollUp, parentId: string, raw: RawRecords, depth: number): number | null {
        const childInfo = projectObjects().get(rollUp.childObject);
        // Children are derived only when a filter reads one of their formula fields.
        const needsDerived =
            depth === 0 && rollUp.filters.some((f) => childInfo?.fields.get(f.field)?.formula !== undefined);
        const children = raw
            .query(rollUp.childObject, (child) => child[rollUp.foreignKey] === parentId)
            .map((child) =>
                needsDerived ? this.derive({ ...child } as SObjectRecord, raw, depth + 1) : child
            )
            .filter((child) => rollUp.filters.every((filter) => filterMatches(child, filter)));
        if (rollUp.operation === 'count') {
            return children.length;
        }
        const values = children
            .map((child) => child[rollUp.summarizedField ?? ''])
            .filter((v): v is number => typeof v === 'number');
        if (rollUp.operation === 'sum') {
            return values.reduce((sum, v) => sum + v, 0);
        }
        if (values.length === 0) {
            return null;
        }
        return rollUp.operation === 'min' ? Math.min(...values) : Math.max(...values);
    }

    /** The harness's input: the record's own fields and the cross-object values its formulas read. */
    private inputOf(
        record: SObjectRecord,
        raw: RawRecords,
        depth: number
    ): { today: string; record: Fields } {
        const info = projectObjects().get(record.attributes.type);
        const fields: Record<string, FieldValue> = {};
        for (const [name, value] of Object.entries(record)) {
            if (name !== 'attributes' && info?.fields.get(name)?.formula === undefined) {
                fields[name] = fieldValue(value);
            }
        }
        const formulas = [...(info?.fields.values() ?? [])].map((f) => f.formula ?? '');
        const rules = [...(info?.rules.values() ?? [])].map((r) => r.formula);
        for (const reference of crossObjectReferences([...formulas, ...rules].join('\n'))) {
            const [relationship = '', field = ''] = reference.split('.');
            const parentId = record[`${relationship.slice(0, -3)}__c`];
            const parent = typeof parentId === 'string' ? raw.get(parentId) : undefined;
            const parentInfo = parent ? projectObjects().get(parent.attributes.type) : undefined;
            const computed =
                parentInfo?.fields.get(field)?.formula !== undefined ||
                parentInfo?.fields.get(field)?.type === 'Summary';
            const source =
                parent && computed && depth === 0
                    ? this.derive({ ...parent } as SObjectRecord, raw, depth + 1)
                    : parent;
            fields[reference] = fieldValue(source?.[field]);
        }
        return { today: this.today(), record: fields };
    }

    private reportOnce(what: string, error: unknown): void {
        if (!this.reported.has(what)) {
            this.reported.add(what);
            console.warn(
                `workbench: ${what} could not be evaluated: ${error instanceof Error ? error.message : String(error)}`
            );
        }
    }
}
