/**
 * The sample data uses the objects and fields that exist: every field is in the org schema (standard objects)
 * or in force-app's object metadata (Keystone objects); custom values fit their field's type, length, scale,
 * restricted picklist and required flag; no formula, roll-up or auto-number field is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSchema } from '../../scripts/gate/lib/standard-schema';
import { SAMPLE_TABLE_ORDER, SAMPLE_TABLES } from '../../scripts/data/sample-data';
import { tables } from './sample-data-helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const OBJECTS = path.join(ROOT, 'force-app', 'main', 'default', 'objects');

interface CustomFieldRule {
    type: string;
    required: boolean;
    length?: number;
    precision?: number;
    scale?: number;
    restricted?: string[];
    computed: boolean;
}

const tag = (xml: string, name: string): string | undefined =>
    new RegExp(`<${name}>\\s*([^<]*?)\\s*</${name}>`).exec(xml)?.[1];

/** The rules of a Keystone custom field, read from its metadata. */
function customField(object: string, field: string): CustomFieldRule | undefined {
    const file = path.join(OBJECTS, object, 'fields', `${field}.field-meta.xml`);
    if (!fs.existsSync(file)) {
        return undefined;
    }
    const xml = fs.readFileSync(file, 'utf8');
    const type = tag(xml, 'type') ?? '';
    const valueSet = /<valueSet>([\s\S]*)<\/valueSet>/.exec(xml)?.[1];
    const restricted =
        valueSet && tag(valueSet, 'restricted') === 'true'
            ? [...valueSet.matchAll(/<value>\s*<fullName>([^<]*)<\/fullName>/g)].map((m) => m[1])
            : undefined;
    const number = (name: string): number | undefined => {
        const value = tag(xml, name);
        return value === undefined ? undefined : Number(value);
    };
    return {
        type,
        required: tag(xml, 'required') === 'true' || type === 'MasterDetail',
        length: number('length'),
        precision: number('precision'),
        scale: number('scale'),
        restricted,
        computed: xml.includes('<formula>') || ['Summary', 'AutoNumber'].includes(type)
    };
}

/** Length of a custom object's Name field (Text names only). */
function nameLength(object: string): number | undefined {
    const xml = fs.readFileSync(path.join(OBJECTS, object, `${object}.object-meta.xml`), 'utf8');
    const nameField = /<nameField>([\s\S]*?)<\/nameField>/.exec(xml)?.[1] ?? '';
    return tag(nameField, 'type') === 'Text' ? 80 : undefined;
}

/** What is wrong with one value of a custom field, or undefined. */
function problem(rule: CustomFieldRule, value: unknown): string | undefined {
    if (rule.computed) {
        return 'is computed by the platform and cannot be written';
    }
    if (typeof value === 'string') {
        if (rule.length !== undefined && value.length > rule.length) {
            return `is longer than ${rule.length}`;
        }
        if (rule.restricted && !rule.restricted.includes(value)) {
            return `'${value}' is not one of ${rule.restricted.join(', ')}`;
        }
    }
    if (typeof value === 'number' && rule.precision !== undefined) {
        const digits = rule.precision - (rule.scale ?? 0);
        if (Math.abs(value) >= 10 ** digits || !Number.isInteger(value * 10 ** (rule.scale ?? 0))) {
            return `${value} does not fit Number(${rule.precision}, ${rule.scale ?? 0})`;
        }
    }
    return undefined;
}

/** Fields the data carries for readers without an org; an org computes them and the loader skips them. */
const READ_ONLY_CARRIED = new Set([
    'Opportunity.IsClosed',
    'Opportunity.IsWon',
    'PricebookEntry.ProductCode'
]);

describe('sample data against the schema', () => {
    const schema = loadSchema(ROOT);

    it.each(SAMPLE_TABLE_ORDER.map((name) => [name]))('%s uses fields that exist', (name) => {
        const sobject = SAMPLE_TABLES[name].sobject;
        const fields = new Set<string>();
        for (const record of tables[name] as unknown as Record<string, unknown>[]) {
            Object.keys(record).forEach((field) => fields.add(field));
        }
        fields.delete('key');
        const known = schema.get(sobject.toLowerCase())?.fields;
        expect([...fields].filter((field) => !known?.has(field.toLowerCase()))).toEqual([]);
        const declared = [
            ...SAMPLE_TABLES[name].references,
            ...SAMPLE_TABLES[name].dates,
            ...SAMPLE_TABLES[name].datetimes
        ];
        expect(declared.filter((field) => !known?.has(field.toLowerCase()))).toEqual([]);
    });

    it.each(
        SAMPLE_TABLE_ORDER.filter((name) => SAMPLE_TABLES[name].sobject.endsWith('__c')).map((name) => [name])
    )('%s fits the Keystone field definitions', (name) => {
        const sobject = SAMPLE_TABLES[name].sobject;
        const problems: string[] = [];
        const records = tables[name] as unknown as Record<string, unknown>[];
        const fields = new Set(records.flatMap((record) => Object.keys(record)));
        for (const field of fields) {
            if (field === 'key' || field === 'OwnerId') {
                continue;
            }
            if (field === 'Name') {
                const limit = nameLength(sobject);
                records
                    .filter((r) => limit === undefined || String(r.Name).length > limit)
                    .forEach((r) => problems.push(`${String(r.key)}.Name does not fit the Name field`));
                continue;
            }
            const rule = customField(sobject, field);
            if (!rule) {
                problems.push(`${sobject}.${field} has no field metadata`);
                continue;
            }
            for (const record of records) {
                const issue = record[field] === undefined ? undefined : problem(rule, record[field]);
                if (issue) {
                    problems.push(`${String(record.key)}.${field} ${issue}`);
                }
            }
        }
        const required = fs
            .readdirSync(path.join(OBJECTS, sobject, 'fields'))
            .map((file) => file.replace('.field-meta.xml', ''))
            .filter((field) => customField(sobject, field)?.required);
        for (const record of records) {
            required
                .filter((field) => record[field] === undefined)
                .forEach((field) => problems.push(`${String(record.key)} lacks the required ${field}`));
        }
        expect(problems).toEqual([]);
    });

    it('writes no read-only standard field except the ones the loader knows to skip', () => {
        const carried = new Set<string>();
        for (const name of SAMPLE_TABLE_ORDER) {
            for (const record of tables[name] as unknown as Record<string, unknown>[]) {
                for (const field of [
                    'IsClosed',
                    'IsWon',
                    'TotalPrice',
                    'ForecastCategory',
                    'ExpectedRevenue'
                ]) {
                    if (field in record) {
                        carried.add(`${SAMPLE_TABLES[name].sobject}.${field}`);
                    }
                }
            }
        }
        expect([...carried].filter((field) => !READ_ONLY_CARRIED.has(field))).toEqual([]);
    });
});
