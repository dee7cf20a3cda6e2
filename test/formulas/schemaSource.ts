/**
 * Reads the object metadata the formula tests evaluate, straight from force-app: fields (type, formula,
 * precision, picklist values, lookup target), validation rules, and custom metadata records. Nothing is
 * copied: the formula a test evaluates is the text that deploys.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const SOURCE_ROOT = path.join(PROJECT_ROOT, 'force-app', 'main', 'default');

export interface FieldInfo {
    name: string;
    /** Metadata API field type: Number, Text, Picklist, Date, Summary, Lookup, MasterDetail... */
    type: string;
    formula?: string;
    treatBlanksAs?: string;
    precision?: number;
    scale?: number;
    length?: number;
    referenceTo?: string;
    picklistValues: string[];
    /** Picklists: whether only the listed values are accepted. */
    restricted: boolean;
    required: boolean;
    inlineHelpText?: string;
    description?: string;
    label?: string;
    securityClassification?: string;
    businessStatus?: string;
    complianceGroup?: string;
}

export interface RuleInfo {
    name: string;
    active: boolean;
    formula: string;
    errorDisplayField?: string;
    errorMessage: string;
    description?: string;
}

export interface ObjectInfo {
    name: string;
    fields: Map<string, FieldInfo>;
    rules: Map<string, RuleInfo>;
}

type XmlNode = Record<string, unknown>;

const ARRAY_PATHS = new Set(['CustomField.valueSet.valueSetDefinition.value', 'CustomMetadata.values']);

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath))
});

function readXml(file: string, root: string): XmlNode {
    const doc = parser.parse(fs.readFileSync(file, 'utf8')) as XmlNode;
    const node = doc[root];
    if (typeof node !== 'object' || node === null) {
        throw new Error(`${file}: expected a <${root}> document`);
    }
    return node as XmlNode;
}

function text(node: XmlNode, key: string): string | undefined {
    const value = node[key];
    if (value === undefined || value === null) {
        return undefined;
    }
    if (typeof value === 'string') {
        return value;
    }
    const inner = (value as XmlNode)['#text'];
    return typeof inner === 'string' ? inner : undefined;
}

function numberOf(node: XmlNode, key: string): number | undefined {
    const value = text(node, key);
    return value === undefined ? undefined : Number(value);
}

function filesIn(dir: string, suffix: string): string[] {
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => path.join(dir, f));
}

function readField(file: string): FieldInfo {
    const node = readXml(file, 'CustomField');
    const valueSet = node.valueSet as XmlNode | undefined;
    const definition = valueSet?.valueSetDefinition as XmlNode | undefined;
    const values = (definition?.value as XmlNode[] | undefined) ?? [];
    return {
        name: text(node, 'fullName') ?? path.basename(file, '.field-meta.xml'),
        type: text(node, 'type') ?? '',
        formula: text(node, 'formula'),
        treatBlanksAs: text(node, 'formulaTreatBlanksAs'),
        precision: numberOf(node, 'precision'),
        scale: numberOf(node, 'scale'),
        length: numberOf(node, 'length'),
        referenceTo: text(node, 'referenceTo'),
        picklistValues: values.map((v) => text(v, 'fullName') ?? ''),
        restricted: valueSet ? text(valueSet, 'restricted') === 'true' : false,
        required: text(node, 'required') === 'true',
        inlineHelpText: text(node, 'inlineHelpText'),
        description: text(node, 'description'),
        label: text(node, 'label'),
        securityClassification: text(node, 'securityClassification'),
        businessStatus: text(node, 'businessStatus'),
        complianceGroup: text(node, 'complianceGroup')
    };
}

function readRule(file: string): RuleInfo {
    const node = readXml(file, 'ValidationRule');
    return {
        name: text(node, 'fullName') ?? path.basename(file, '.validationRule-meta.xml'),
        active: text(node, 'active') === 'true',
        formula: text(node, 'errorConditionFormula') ?? '',
        errorDisplayField: text(node, 'errorDisplayField'),
        errorMessage: text(node, 'errorMessage') ?? '',
        description: text(node, 'description')
    };
}

let cache: Map<string, ObjectInfo> | undefined;

/** Every object folder of force-app with its fields and validation rules. */
export function projectObjects(): Map<string, ObjectInfo> {
    if (!cache) {
        cache = new Map();
        const objectsDir = path.join(SOURCE_ROOT, 'objects');
        for (const name of fs.readdirSync(objectsDir).sort()) {
            const dir = path.join(objectsDir, name);
            const fields = filesIn(path.join(dir, 'fields'), '.field-meta.xml').map(readField);
            const rules = filesIn(path.join(dir, 'validationRules'), '.validationRule-meta.xml').map(
                readRule
            );
            cache.set(name, {
                name,
                fields: new Map(fields.map((f) => [f.name, f])),
                rules: new Map(rules.map((r) => [r.name, r]))
            });
        }
    }
    return cache;
}

export function projectObject(name: string): ObjectInfo {
    const info = projectObjects().get(name);
    if (!info) {
        throw new Error(`force-app has no object ${name}`);
    }
    return info;
}

const metadataRecords = new Map<string, ReadonlyMap<string, string | null>>();

/**
 * The values of one custom metadata record (`customMetadata/<Type>.<Record>.md-meta.xml`), as text or null.
 * Read once per process, like the object metadata.
 */
export function customMetadataRecord(type: string, record: string): ReadonlyMap<string, string | null> {
    const key = `${type}.${record}`;
    let values = metadataRecords.get(key);
    if (!values) {
        values = readCustomMetadataRecord(type, record);
        metadataRecords.set(key, values);
    }
    return values;
}

function readCustomMetadataRecord(type: string, record: string): Map<string, string | null> {
    const file = path.join(SOURCE_ROOT, 'customMetadata', `${type}.${record}.md-meta.xml`);
    const node = readXml(file, 'CustomMetadata');
    const values = new Map<string, string | null>();
    for (const entry of (node.values as XmlNode[] | undefined) ?? []) {
        const field = text(entry, 'field');
        if (field) {
            const value = entry.value as XmlNode | string | undefined;
            const nil = typeof value === 'object' && value['@xsi:nil'] === 'true';
            values.set(field, nil ? null : (text(entry, 'value') ?? null));
        }
    }
    return values;
}
