/**
 * Resolves `@salesforce/schema/...` imports the way a deploy does: custom objects and custom fields must
 * exist in force-app (a typo fails the build, as it fails a deploy); standard fields are taken as written.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SchemaReference {
    objectApiName: string;
    fieldApiName?: string;
}

const isCustom = (name: string): boolean => /__(c|r|mdt|e|x|b)$/.test(name);

function customFieldExists(objectsDir: string, objectApiName: string, fieldApiName: string): boolean {
    return fs.existsSync(path.join(objectsDir, objectApiName, 'fields', `${fieldApiName}.field-meta.xml`));
}

/**
 * The reference an import names (`Account`, `Account.Name`, `Stakeholder__c.Contact__r.Name`).
 * @throws Error when it names a custom object or field that force-app does not define.
 */
export function resolveSchemaReference(objectsDir: string, specifier: string): SchemaReference {
    const [objectApiName, ...fieldPath] = specifier.split('.');
    if (!objectApiName) {
        throw new Error(`@salesforce/schema/${specifier}: no object named`);
    }
    if (isCustom(objectApiName) && !fs.existsSync(path.join(objectsDir, objectApiName))) {
        throw new Error(
            `@salesforce/schema/${specifier}: object ${objectApiName} is not defined in force-app`
        );
    }
    if (fieldPath.length === 0) {
        return { objectApiName };
    }
    const first = fieldPath[0] ?? '';
    const firstField = first.endsWith('__r') ? `${first.slice(0, -3)}__c` : first;
    if (isCustom(firstField) && !customFieldExists(objectsDir, objectApiName, firstField)) {
        throw new Error(
            `@salesforce/schema/${specifier}: field ${objectApiName}.${firstField} is not defined in force-app`
        );
    }
    return { objectApiName, fieldApiName: fieldPath.join('.') };
}
