import fs from 'node:fs';
import path from 'node:path';
import { listFiles, packageDirectories } from './files';
import { readXml, children, text } from './xml';

/** A field as the checks need it: API name, type and, for lookups, what it points to. */
export interface SchemaField {
    name: string;
    type: string;
    /** Target object(s) of a lookup / master-detail (`referenceTo`). */
    referenceTo: string[];
    /**
     * Name of the parent relationship used in paths, without `__r` for custom fields: `Account` for the
     * custom lookup `Account__c` (path `Account__r.Name`), `Owner` for `OwnerId` (path `Owner.Name`).
     */
    relationshipName?: string;
    /** For a custom lookup: the `relationshipName` of its metadata, i.e. the child relationship on the parent. */
    childRelationshipName?: string;
}

/** A child relationship of an object: `(SELECT ... FROM <name>)`. */
export interface SchemaChildRelationship {
    name: string;
    childObject: string;
}

export interface SchemaObject {
    name: string;
    /** Fields by lower-case API name. */
    fields: Map<string, SchemaField>;
    /** Child relationships by lower-case relationship name (custom ones end in `__r`). */
    childRelationships: Map<string, SchemaChildRelationship>;
    /** Source file that defines the object (absent for objects only extended with fields). */
    file?: string;
}

/** Fields every custom object has without declaring them. */
const CUSTOM_OBJECT_SYSTEM_FIELDS: SchemaField[] = [
    { name: 'Id', type: 'Id', referenceTo: [] },
    { name: 'Name', type: 'Text', referenceTo: [] },
    { name: 'OwnerId', type: 'Lookup', referenceTo: ['User', 'Group'], relationshipName: 'Owner' },
    { name: 'CreatedById', type: 'Lookup', referenceTo: ['User'], relationshipName: 'CreatedBy' },
    { name: 'CreatedDate', type: 'DateTime', referenceTo: [] },
    { name: 'LastModifiedById', type: 'Lookup', referenceTo: ['User'], relationshipName: 'LastModifiedBy' },
    { name: 'LastModifiedDate', type: 'DateTime', referenceTo: [] },
    { name: 'SystemModstamp', type: 'DateTime', referenceTo: [] },
    { name: 'IsDeleted', type: 'Checkbox', referenceTo: [] },
    { name: 'LastActivityDate', type: 'Date', referenceTo: [] },
    { name: 'LastViewedDate', type: 'DateTime', referenceTo: [] },
    { name: 'LastReferencedDate', type: 'DateTime', referenceTo: [] },
    { name: 'RecordTypeId', type: 'Lookup', referenceTo: ['RecordType'], relationshipName: 'RecordType' }
];

/** Fields every custom metadata type record has. */
const CUSTOM_METADATA_SYSTEM_FIELDS: SchemaField[] = [
    { name: 'Id', type: 'Id', referenceTo: [] },
    { name: 'DeveloperName', type: 'Text', referenceTo: [] },
    { name: 'MasterLabel', type: 'Text', referenceTo: [] },
    { name: 'Label', type: 'Text', referenceTo: [] },
    { name: 'QualifiedApiName', type: 'Text', referenceTo: [] },
    { name: 'NamespacePrefix', type: 'Text', referenceTo: [] },
    { name: 'Language', type: 'Text', referenceTo: [] },
    { name: 'SystemModstamp', type: 'DateTime', referenceTo: [] }
];

/** Fields every custom setting has: no owner or record type; hierarchy settings add `SetupOwnerId`. */
function customSettingSystemFields(settingsType: string): SchemaField[] {
    const fields = CUSTOM_OBJECT_SYSTEM_FIELDS.filter(
        (f) =>
            !['OwnerId', 'RecordTypeId', 'LastActivityDate', 'LastViewedDate', 'LastReferencedDate'].includes(
                f.name
            )
    );
    if (settingsType === 'Hierarchy') {
        fields.push({
            name: 'SetupOwnerId',
            type: 'Lookup',
            referenceTo: ['Organization', 'Profile', 'User'],
            relationshipName: 'SetupOwner'
        });
    }
    return fields;
}

function emptyObject(name: string): SchemaObject {
    return { name, fields: new Map(), childRelationships: new Map() };
}

/** Custom field types that create a `Field__r` relationship to another object. */
const RELATIONSHIP_TYPES = new Set([
    'Lookup',
    'MasterDetail',
    'Hierarchy',
    'MetadataRelationship',
    'ExternalLookup',
    'IndirectLookup'
]);

function isCustom(objectName: string): boolean {
    return /__(c|mdt|e|b|x)$/i.test(objectName);
}

/**
 * Reads every object and field defined in the project's package directories (source format:
 * `objects/<Object>/<Object>.object-meta.xml` and `objects/<Object>/fields/<Field>.field-meta.xml`).
 * Standard objects appear here only with the custom fields the project adds to them.
 */
export function loadProjectSchema(projectDir: string): Map<string, SchemaObject> {
    const objects = new Map<string, SchemaObject>();
    const get = (name: string): SchemaObject => {
        const key = name.toLowerCase();
        let obj = objects.get(key);
        if (!obj) {
            obj = emptyObject(name);
            objects.set(key, obj);
        }
        return obj;
    };
    const lookups: { parent: string; child: string; relationshipName: string }[] = [];

    for (const dir of packageDirectories(projectDir)) {
        for (const file of listFiles(dir, (f) => f.endsWith('.object-meta.xml'))) {
            const name = path.basename(file, '.object-meta.xml');
            const obj = get(name);
            obj.file = file;
            if (isCustom(name)) {
                const settingsType = name.endsWith('__c')
                    ? text(children(readXml(file), 'CustomObject')[0], 'customSettingsType')
                    : undefined;
                const system = name.endsWith('__mdt')
                    ? CUSTOM_METADATA_SYSTEM_FIELDS
                    : settingsType
                      ? customSettingSystemFields(settingsType)
                      : CUSTOM_OBJECT_SYSTEM_FIELDS;
                for (const f of system) {
                    obj.fields.set(f.name.toLowerCase(), f);
                }
            }
        }
        for (const file of listFiles(dir, (f) => f.endsWith('.field-meta.xml'))) {
            const objectName = path.basename(path.dirname(path.dirname(file)));
            const xml = readXml(file);
            const field = children(xml, 'CustomField')[0];
            const name = text(field, 'fullName') ?? path.basename(file, '.field-meta.xml');
            const type = text(field, 'type') ?? '';
            const referenceTo = children(field, 'referenceTo').map((node) => {
                const value: unknown = typeof node === 'string' ? node : node['#text'];
                return typeof value === 'string' ? value : '';
            });
            const relationshipName = text(field, 'relationshipName');
            const obj = get(objectName);
            obj.fields.set(name.toLowerCase(), {
                name,
                type,
                referenceTo: type === 'Hierarchy' && referenceTo.length === 0 ? [objectName] : referenceTo,
                relationshipName: RELATIONSHIP_TYPES.has(type) ? name.replace(/__c$/i, '') : undefined,
                childRelationshipName: relationshipName ?? undefined
            });
            if (RELATIONSHIP_TYPES.has(type) && relationshipName) {
                const targets = type === 'Hierarchy' ? [objectName] : referenceTo;
                for (const parent of targets) {
                    lookups.push({ parent, child: objectName, relationshipName: `${relationshipName}__r` });
                }
            }
        }
    }
    // A detail of a master-detail relationship has no owner of its own: access follows the master.
    for (const obj of objects.values()) {
        if ([...obj.fields.values()].some((f) => f.type === 'MasterDetail')) {
            obj.fields.delete('ownerid');
        }
    }
    for (const { parent, child, relationshipName } of lookups) {
        get(parent).childRelationships.set(relationshipName.toLowerCase(), {
            name: relationshipName,
            childObject: child
        });
    }
    return objects;
}

/** True when `file` exists and is a regular file (helper for cross-file checks). */
export function fileExists(file: string): boolean {
    return fs.existsSync(file) && fs.statSync(file).isFile();
}
