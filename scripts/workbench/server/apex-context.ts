/**
 * What an in-memory Apex call can read besides the records: labels, custom metadata records and picklist
 * values, all from the metadata that deploys (force-app).
 */
import fs from 'node:fs';
import { customMetadataRecord, projectObjects } from '../../../test/formulas/schemaSource';
import type { ApexContext } from '../../../workbench/apex/support/context';
import { readCustomLabels } from '../build/labels';
import type { WorkbenchPaths } from '../paths';

const NUMBER_TYPES = new Set(['Number', 'Currency', 'Percent']);

/** The labels file as last read, kept until the file changes (an Apex call may read thousands of labels). */
let labelCache: { file: string; modified: number; labels: ReadonlyMap<string, string> } | undefined;

function currentLabels(file: string): ReadonlyMap<string, string> {
    const modified = fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
    if (labelCache?.file !== file || labelCache.modified !== modified) {
        labelCache = { file, modified, labels: readCustomLabels(file) };
    }
    return labelCache.labels;
}

export function label(paths: WorkbenchPaths, name: string): string {
    const value = currentLabels(paths.labelsFile).get(name);
    if (value === undefined) {
        throw new Error(`System.Label.${name} does not exist in CustomLabels.labels-meta.xml`);
    }
    return value;
}

function customMetadata(type: string, record: string): Record<string, string | number | boolean | null> {
    const fields = projectObjects().get(`${type}__mdt`)?.fields;
    const out: Record<string, string | number | boolean | null> = {};
    for (const [name, value] of customMetadataRecord(type, record)) {
        const fieldType = fields?.get(name)?.type ?? 'Text';
        if (value === null) {
            out[name] = null;
        } else if (NUMBER_TYPES.has(fieldType)) {
            out[name] = Number(value);
        } else if (fieldType === 'Checkbox') {
            out[name] = value === 'true';
        } else {
            out[name] = value;
        }
    }
    return out;
}

function picklistValues(objectApiName: string, fieldApiName: string): { label: string; value: string }[] {
    const field = projectObjects().get(objectApiName)?.fields.get(fieldApiName);
    if (!field) {
        throw new Error(`${objectApiName}.${fieldApiName} is not a field in force-app`);
    }
    return field.picklistValues.map((value) => ({ label: value, value }));
}

/** The parts of an Apex call's context that do not change between calls. */
export function metadataContext(
    paths: WorkbenchPaths
): Pick<ApexContext, 'label' | 'customMetadata' | 'picklistValues'> {
    return {
        label: (name) => label(paths, name),
        customMetadata,
        picklistValues
    };
}
