import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { GateSetupError } from './finding';
import { findJava, javaLibDir } from './java';
import {
    loadProjectSchema,
    type SchemaChildRelationship,
    type SchemaField,
    type SchemaObject
} from './project-schema';

/** Bump when the cache layout or the extraction rules change, so old caches are rebuilt. */
const CACHE_FORMAT = 1;
const EXTRACTOR = path.join(__dirname, 'ExtractStandardSchema.java');

/**
 * Target recorded in `referenceTo` for a polymorphic relationship (Task.What, Task.Owner): SOQL resolves
 * it against the `Name` pseudo-object.
 */
export const POLYMORPHIC_TARGET = 'Name';
/** Target recorded in `referenceTo` for a relationship typed as a generic SObject: anything resolves. */
export const ANY_TARGET = 'SObject';

/** Member of an SObject class as the extractor prints it: name, kind (s/r/a/o), type. */
type RawMember = [string, string, string];

interface RawDump {
    objects: Record<string, RawMember[]>;
}

/** Cached field: name, type, then for lookups the target and the relationship name. */
type CachedField = [string, string] | [string, string, string, string];

interface CachedObject {
    /** Fields. */
    f: CachedField[];
    /** Child relationships: name, child object. */
    c: [string, string][];
}

interface CacheFile {
    format: number;
    jar: string;
    size: number;
    objects: Record<string, CachedObject>;
}

/**
 * Child relationships the platform has but the sobject-types jar lacks (its metadata objects are partial):
 * [parent, relationship, child object].
 */
const MISSING_CHILD_RELATIONSHIPS: [string, string, string][] = [
    ['EntityDefinition', 'Fields', 'FieldDefinition']
];

const memo = new Map<string, Map<string, SchemaObject>>();

/** The sobject-types jar shipped with apex-ls in the PMD engine package. */
function sobjectTypesJar(): string {
    const dir = javaLibDir();
    const jar = fs.existsSync(dir)
        ? fs.readdirSync(dir).find((f) => /^sobject-types-.*\.jar$/.test(f))
        : undefined;
    if (!jar) {
        throw new GateSetupError(
            `No sobject-types-*.jar in ${dir}: reinstall the dev dependencies ('npm ci') so @salesforce/code-analyzer-pmd-engine ships its java-lib.`
        );
    }
    return path.join(dir, jar);
}

/** Turns the extractor's raw member lists into fields (lookups carry target + relationship) and child lists. */
function toCachedObject(members: RawMember[]): CachedObject {
    const byName = new Map(members.map((m) => [m[0].toLowerCase(), m]));
    const relationships = new Map<string, { target: string; relationship: string }>();
    const compound: RawMember[] = [];
    const children: [string, string][] = [];
    for (const [name, kind, type] of members) {
        const lower = name.toLowerCase();
        const isSObjectRef = kind === 'r' || (kind === 'o' && type === 'SObject');
        if (isSObjectRef) {
            const idField = lower.endsWith('__r') ? `${lower.slice(0, -3)}__c` : `${lower}id`;
            if (byName.has(idField)) {
                relationships.set(idField, { target: kind === 'r' ? type : ANY_TARGET, relationship: name });
            } else {
                // Compound fields (BillingAddress: Address, Location: Location) are selectable, not navigable.
                compound.push([name, kind, type]);
            }
        } else if (kind === 'a' || (kind === 'o' && type === 'SObject[]')) {
            children.push([name, kind === 'a' ? type : ANY_TARGET]);
        }
    }
    const fields: CachedField[] = [];
    for (const [name, kind, type] of members) {
        if (kind === 's' || (kind === 'o' && type !== 'SObject' && type !== 'SObject[]')) {
            const rel = relationships.get(name.toLowerCase());
            fields.push(rel ? [name, type, rel.target, rel.relationship] : [name, type]);
        }
    }
    for (const [name, , type] of compound) {
        fields.push([name, type]);
    }
    return { f: fields, c: children };
}

/** Runs the Java extractor over the jar and returns the cache content. */
function extract(jar: string, size: number): CacheFile {
    const java = findJava();
    const standardTypes = fs
        .readdirSync(path.dirname(jar))
        .filter((f) => /^standard-types-.*\.jar$/.test(f))
        .map((f) => path.join(path.dirname(jar), f));
    const run = spawnSync(java, [EXTRACTOR, jar, ...standardTypes], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
    });
    if (run.error || run.status !== 0) {
        throw new GateSetupError(
            `Extracting the standard SObject schema from ${path.basename(jar)} failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.trim().split('\n')[0] ?? ''}`
        );
    }
    const raw = JSON.parse(run.stdout) as RawDump;
    const objects: Record<string, CachedObject> = {};
    for (const [name, members] of Object.entries(raw.objects)) {
        objects[name] = toCachedObject(members);
    }
    return { format: CACHE_FORMAT, jar: path.basename(jar), size, objects };
}

function fromCache(cache: CacheFile): Map<string, SchemaObject> {
    const schema = new Map<string, SchemaObject>();
    for (const [name, obj] of Object.entries(cache.objects)) {
        const fields = new Map<string, SchemaField>();
        for (const [fieldName, type, target, relationship] of obj.f) {
            fields.set(fieldName.toLowerCase(), {
                name: fieldName,
                type,
                referenceTo: target === undefined ? [] : [target],
                relationshipName: relationship
            });
        }
        const childRelationships = new Map<string, SchemaChildRelationship>();
        for (const [relName, childObject] of obj.c) {
            childRelationships.set(relName.toLowerCase(), { name: relName, childObject });
        }
        schema.set(name.toLowerCase(), { name, fields, childRelationships });
    }
    for (const [parent, relName, childObject] of MISSING_CHILD_RELATIONSHIPS) {
        const obj = schema.get(parent.toLowerCase());
        if (obj && !obj.childRelationships.has(relName.toLowerCase())) {
            obj.childRelationships.set(relName.toLowerCase(), { name: relName, childObject });
        }
    }
    return schema;
}

function readCache(file: string, jar: string, size: number): CacheFile | undefined {
    if (!fs.existsSync(file)) {
        return undefined;
    }
    try {
        const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheFile;
        return cache.format === CACHE_FORMAT && cache.jar === path.basename(jar) && cache.size === size
            ? cache
            : undefined;
    } catch {
        return undefined;
    }
}

/**
 * Standard objects (API 65 as shipped in apex-ls's `sobject-types` jar) with their fields, lookup
 * relationships and child relationships, keyed by lower-case object name.
 *
 * The first call extracts the jar with a Java 17 single-file program (a few seconds) and caches the
 * result as `<projectDir>/.gate/standard-schema-<jar>.json`, keyed by the jar's name and size; later calls
 * read the cache. Relationship fields record `referenceTo: [target]` and `relationshipName` (`Parent`);
 * polymorphic ones target {@link POLYMORPHIC_TARGET} and generic ones {@link ANY_TARGET}.
 * The returned map is shared: do not mutate it (use {@link loadSchema} for a merged copy).
 * @throws GateSetupError when Java or the jar is missing or the extraction fails.
 */
export function loadStandardSchema(projectDir: string): Map<string, SchemaObject> {
    const jar = sobjectTypesJar();
    const size = fs.statSync(jar).size;
    const cacheFile = path.join(projectDir, '.gate', `standard-schema-${path.basename(jar, '.jar')}.json`);
    const memoKey = `${cacheFile}:${size}`;
    const known = memo.get(memoKey);
    if (known) {
        return known;
    }
    let cache = readCache(cacheFile, jar, size);
    if (!cache) {
        cache = extract(jar, size);
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(cache));
        fs.renameSync(tmp, cacheFile);
    }
    const schema = fromCache(cache);
    memo.set(memoKey, schema);
    return schema;
}

/** Merges a project object into a copy of the standard one: custom fields and relationships are added. */
function mergeObject(standard: SchemaObject, project: SchemaObject): SchemaObject {
    const fields = new Map(standard.fields);
    for (const [key, field] of project.fields) {
        // A retrieved standard field (no `__` suffix) carries less than the jar does: keep the jar's version.
        if (!fields.has(key) || key.includes('__')) {
            fields.set(key, field);
        }
    }
    const childRelationships = new Map(standard.childRelationships);
    for (const [key, rel] of project.childRelationships) {
        childRelationships.set(key, rel);
    }
    return { name: standard.name, fields, childRelationships, file: project.file };
}

/**
 * The whole schema the project's code can see: standard objects ({@link loadStandardSchema}) merged with
 * the objects and fields defined in the project's package directories (`loadProjectSchema`). A standard
 * object the project extends (custom fields on Account) has both its standard and its custom fields.
 * Keys are lower-case object names.
 */
export function loadSchema(projectDir: string): Map<string, SchemaObject> {
    const merged = new Map(loadStandardSchema(projectDir));
    for (const [key, obj] of loadProjectSchema(projectDir)) {
        const standard = merged.get(key);
        merged.set(key, standard ? mergeObject(standard, obj) : obj);
    }
    return merged;
}

/**
 * Child relationship names that many standard objects share because a polymorphic lookup points at them
 * (`Tasks`, `Notes`, `ProcessInstances`, `Histories`...). Custom objects have them too without declaring
 * them. Maps lower-case name → child object, or {@link ANY_TARGET} when the child object varies per parent
 * (`Histories` → `<Object>History`).
 */
export function commonChildRelationships(standard: Map<string, SchemaObject>): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const obj of standard.values()) {
        for (const [key, rel] of obj.childRelationships) {
            const targets = counts.get(key) ?? new Map<string, number>();
            targets.set(rel.childObject, (targets.get(rel.childObject) ?? 0) + 1);
            counts.set(key, targets);
        }
    }
    const common = new Map<string, string>();
    for (const [key, targets] of counts) {
        const total = [...targets.values()].reduce((a, b) => a + b, 0);
        if (total < 15) {
            continue;
        }
        const [topTarget, topCount] = [...targets.entries()].sort((a, b) => b[1] - a[1])[0];
        common.set(key, topCount / total >= 0.9 ? topTarget : ANY_TARGET);
    }
    return common;
}
