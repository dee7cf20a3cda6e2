import fs from 'node:fs';
import path from 'node:path';
import { type SchemaField, type SchemaObject } from './project-schema';
import { ANY_TARGET, commonChildRelationships, POLYMORPHIC_TARGET } from './standard-schema';

/**
 * What a name or relationship resolves to: one object, several candidates (a polymorphic relationship
 * resolves against the `Name` pseudo-object plus any declared targets), or something the schema cannot
 * verify (generic SObject, other namespace, derived `__History` object) where everything is accepted.
 */
export type ObjectRef =
    | { kind: 'object'; object: SchemaObject }
    | { kind: 'poly'; label: string; candidates: SchemaObject[] }
    | { kind: 'any'; label: string };

/** Outcome of resolving a dotted field path. */
export type PathResult =
    | { ok: true }
    | { ok: false; kind: 'field' | 'relationship'; segment: string; on: string; suggestion?: string };

/** Fields any custom object may have depending on org settings (multi-currency). */
const OPTIONAL_CUSTOM_FIELDS = new Set(['currencyisocode']);
/** Suffixes of objects the platform derives from a custom object (`Widget__History`...). */
const DERIVED_SUFFIXES = ['__share', '__history', '__feed', '__changeevent', '__tag', '__hd'];
/** Relationships SOQL offers on every object. */
const UNIVERSAL_RELATIONSHIPS = new Map([['userrecordaccess', 'UserRecordAccess']]);

/** Label of a resolved object for messages. */
export function refLabel(ref: ObjectRef): string {
    return ref.kind === 'object' ? ref.object.name : ref.label;
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment), for suggestions. */
function distance(a: string, b: string): number {
    const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
    );
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    return rows[a.length][b.length];
}

/** The closest of `candidates` to `name` (case-insensitive) when it is plausibly a typo. */
export function suggest(name: string, candidates: Iterable<string>): string | undefined {
    const target = name.toLowerCase();
    const limit = target.length <= 4 ? 1 : target.length <= 8 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - target.length) > limit) {
            continue;
        }
        const d = distance(target, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

/**
 * Resolves SOQL names (objects, fields, relationship paths, child relationships) against a schema,
 * case-insensitively and tolerating namespaces: the project's own prefix is stripped, names in another
 * namespace (`pkg__Thing__c`) belong to installed packages and are accepted unchecked.
 */
export class SchemaResolver {
    private readonly relationships = new WeakMap<SchemaObject, Map<string, SchemaField>>();
    private commonChildren: Map<string, string> | undefined;
    private readonly namespace: string;

    /**
     * @param schema merged schema (`loadSchema`), keys lower-case.
     * @param standard the standard schema, used to learn child relationships every object has.
     * @param namespace the project's namespace prefix ('' when none).
     */
    constructor(
        private readonly schema: Map<string, SchemaObject>,
        private readonly standard: Map<string, SchemaObject>,
        namespace: string
    ) {
        this.namespace = namespace.toLowerCase();
    }

    /** Reads the namespace from `sfdx-project.json` ('' when none). */
    static projectNamespace(projectDir: string): string {
        const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8')) as {
            namespace?: string;
        };
        return config.namespace ?? '';
    }

    /** Lower-case name without the project's own namespace prefix. */
    private local(name: string): string {
        const lower = name.toLowerCase();
        const prefix = `${this.namespace}__`;
        if (this.namespace && lower.startsWith(prefix) && lower.slice(prefix.length).includes('__')) {
            return lower.slice(prefix.length);
        }
        return lower;
    }

    /** `name` without the project's own namespace prefix, case kept (for suggestions). */
    private unprefixed(name: string): string {
        return name.slice(name.length - this.local(name).length);
    }

    /** True for a name in another package's namespace (`pkg__Thing__c`), which cannot be checked. */
    private isForeign(name: string): boolean {
        return (this.local(name).match(/__/g) ?? []).length >= 2;
    }

    private isCustomObject(object: SchemaObject): boolean {
        return /__(c|mdt|e|b|x)$/i.test(object.name);
    }

    /** Every object name, for suggestions. */
    objectNames(): string[] {
        return [...this.schema.values()].map((o) => o.name);
    }

    /** Resolves an object name (FROM, TYPEOF WHEN); undefined when it does not exist. */
    object(name: string): ObjectRef | undefined {
        const key = this.local(name);
        const found = this.schema.get(key) ?? this.schema.get(name.toLowerCase());
        if (found) {
            return { kind: 'object', object: found };
        }
        if (this.isForeign(name)) {
            return { kind: 'any', label: name };
        }
        const suffix = DERIVED_SUFFIXES.find((s) => key.endsWith(s));
        if (suffix && this.schema.has(`${key.slice(0, -suffix.length)}__c`)) {
            return { kind: 'any', label: name };
        }
        return undefined;
    }

    private targetRef(targets: string[], label: string): ObjectRef {
        if (targets.length === 0 || targets.some((t) => t === ANY_TARGET)) {
            return { kind: 'any', label };
        }
        if (targets.length === 1 && targets[0] !== POLYMORPHIC_TARGET) {
            const single = this.object(targets[0]);
            return single ?? { kind: 'any', label };
        }
        const candidates: SchemaObject[] = [];
        for (const name of [POLYMORPHIC_TARGET, ...targets]) {
            const ref = this.object(name);
            if (ref?.kind === 'object' && !candidates.includes(ref.object)) {
                candidates.push(ref.object);
            } else if (!ref || ref.kind === 'any') {
                return { kind: 'any', label };
            }
        }
        return { kind: 'poly', label: POLYMORPHIC_TARGET, candidates };
    }

    /** Parent relationships of an object by lower-case path name (`account__r`, `owner`). */
    private relationshipIndex(object: SchemaObject): Map<string, SchemaField> {
        let index = this.relationships.get(object);
        if (!index) {
            index = new Map();
            for (const field of object.fields.values()) {
                if (field.relationshipName) {
                    const custom = /__c$/i.test(field.name);
                    index.set(`${field.relationshipName}${custom ? '__r' : ''}`.toLowerCase(), field);
                }
            }
            this.relationships.set(object, index);
        }
        return index;
    }

    private relationshipOn(object: SchemaObject, name: string): ObjectRef | undefined {
        const key = this.local(name);
        const field =
            this.relationshipIndex(object).get(key) ?? this.relationshipIndex(object).get(name.toLowerCase());
        if (field) {
            return this.targetRef(field.referenceTo, field.relationshipName ?? name);
        }
        if (object.name.toLowerCase() === 'account' && key.endsWith('__pr')) {
            const contact = this.schema.get('contact');
            return contact ? this.relationshipOn(contact, `${key.slice(0, -4)}__r`) : undefined;
        }
        const universal = UNIVERSAL_RELATIONSHIPS.get(key);
        if (universal) {
            return this.targetRef([universal], universal);
        }
        // The jar types some reference fields of setup views as plain strings (FlowDefinitionView's
        // TriggerObjectOrEventId): an `<Name>Id` field means `<Name>` is a relationship, target unknown.
        if (!key.includes('__') && object.fields.has(`${key}id`)) {
            return { kind: 'any', label: name };
        }
        return undefined;
    }

    private hasField(object: SchemaObject, name: string): boolean {
        const key = this.local(name);
        if (object.fields.has(key) || object.fields.has(name.toLowerCase())) {
            return true;
        }
        if (this.isCustomObject(object) && OPTIONAL_CUSTOM_FIELDS.has(key)) {
            return true;
        }
        if (object.name.toLowerCase() === 'account' && key.endsWith('__pc')) {
            const contact = this.schema.get('contact');
            return contact !== undefined && this.hasField(contact, `${key.slice(0, -4)}__c`);
        }
        return false;
    }

    /** Resolves one relationship step from `ref`; undefined when `ref` has no such relationship. */
    relationship(ref: ObjectRef, name: string): ObjectRef | undefined {
        if (ref.kind === 'any' || this.isForeign(name)) {
            return { kind: 'any', label: name };
        }
        const objects = ref.kind === 'object' ? [ref.object] : ref.candidates;
        for (const object of objects) {
            const found = this.relationshipOn(object, name);
            if (found) {
                return found;
            }
        }
        return undefined;
    }

    /** True when `ref` has the field `name` (or cannot be verified). */
    field(ref: ObjectRef, name: string): boolean {
        if (ref.kind === 'any' || this.isForeign(name)) {
            return true;
        }
        const objects = ref.kind === 'object' ? [ref.object] : ref.candidates;
        return objects.some((object) => this.hasField(object, name));
    }

    /** Resolves a dotted path (`Account__r.Owner.Name`) from `ref`. */
    path(ref: ObjectRef, segments: string[]): PathResult {
        let current = ref;
        for (let i = 0; i < segments.length - 1; i++) {
            const next = this.relationship(current, segments[i]);
            if (!next) {
                return {
                    ok: false,
                    kind: 'relationship',
                    segment: segments[i],
                    on: refLabel(current),
                    suggestion: suggest(this.unprefixed(segments[i]), this.relationshipNames(current))
                };
            }
            current = next;
        }
        const last = segments[segments.length - 1];
        if (this.field(current, last)) {
            return { ok: true };
        }
        return {
            ok: false,
            kind: 'field',
            segment: last,
            on: refLabel(current),
            suggestion: suggest(this.unprefixed(last), this.fieldNames(current))
        };
    }

    /** Resolves a child relationship (`Contacts`, `Widgets__r`) of `ref`; undefined when unknown. */
    childRelationship(ref: ObjectRef, name: string): ObjectRef | undefined {
        if (ref.kind !== 'object' || this.isForeign(name)) {
            return { kind: 'any', label: name };
        }
        const key = this.local(name);
        const rel =
            ref.object.childRelationships.get(key) ?? ref.object.childRelationships.get(name.toLowerCase());
        if (rel) {
            return this.targetRef([rel.childObject], rel.name);
        }
        if (this.isCustomObject(ref.object)) {
            this.commonChildren ??= commonChildRelationships(this.standard);
            const common = this.commonChildren.get(key);
            if (common) {
                return this.targetRef([common], name);
            }
        }
        return undefined;
    }

    /** Field names of a resolved object, for suggestions. */
    fieldNames(ref: ObjectRef): string[] {
        const objects = ref.kind === 'object' ? [ref.object] : ref.kind === 'poly' ? ref.candidates : [];
        return objects.flatMap((o) => [...o.fields.values()].map((f) => f.name));
    }

    /** Relationship path names of a resolved object, for suggestions. */
    relationshipNames(ref: ObjectRef): string[] {
        const objects = ref.kind === 'object' ? [ref.object] : ref.kind === 'poly' ? ref.candidates : [];
        return objects.flatMap((o) =>
            [...this.relationshipIndex(o).values()].map((f) =>
                /__c$/i.test(f.name) ? `${f.relationshipName}__r` : (f.relationshipName ?? f.name)
            )
        );
    }

    /** Child relationship names of a resolved object, for suggestions. */
    childRelationshipNames(ref: ObjectRef): string[] {
        return ref.kind === 'object' ? [...ref.object.childRelationships.values()].map((r) => r.name) : [];
    }
}
