import { GateSetupError } from './finding';
import { loadProjectSchema, type SchemaObject } from './project-schema';
import { type ObjectRef, type PathResult, refLabel, SchemaResolver, suggest } from './schema-paths';
import { loadSchema, loadStandardSchema } from './standard-schema';

/** Outcome of resolving `Object.path` for a metadata reference. */
export type FieldLookup =
    | PathResult
    | { ok: false; kind: 'object'; segment: string; on: string; suggestion?: string };

const CUSTOM_NAME = /__(c|mdt|e|b|x)$/i;

/** Standard fields of custom metadata types and platform events that the project schema does not list. */
const IMPLICIT_FIELDS: [string, Set<string>][] = [
    ['__mdt', new Set(['isprotected', 'createdbyid', 'createddate', 'lastmodifiedbyid', 'lastmodifieddate'])],
    ['__e', new Set(['replayid', 'eventuuid', 'createdbyid', 'createddate'])]
];

/** True for a custom object or field API name (`Widget__c`, `Setting__mdt`). */
export function isCustomName(name: string): boolean {
    return CUSTOM_NAME.test(name);
}

/**
 * Object and field lookups for metadata references. Uses the merged standard + project schema when the
 * standard one can be loaded (it needs Java); without it, standard objects and their standard fields
 * are accepted unchecked and only custom names are verified against the project.
 */
export class SchemaLookup {
    private constructor(
        private readonly resolver: SchemaResolver,
        /** False when only the project's objects are known. */
        readonly standardKnown: boolean
    ) {}

    /** Loads the schema of `projectDir`; falls back to project objects only when Java is unavailable. */
    static load(projectDir: string): SchemaLookup {
        const namespace = SchemaResolver.projectNamespace(projectDir);
        try {
            return new SchemaLookup(
                new SchemaResolver(loadSchema(projectDir), loadStandardSchema(projectDir), namespace),
                true
            );
        } catch (error) {
            if (!(error instanceof GateSetupError)) {
                throw error;
            }
            const empty = new Map<string, SchemaObject>();
            return new SchemaLookup(
                new SchemaResolver(loadProjectSchema(projectDir), empty, namespace),
                false
            );
        }
    }

    /** Resolves an object name; undefined when it certainly does not exist. */
    object(name: string): ObjectRef | undefined {
        const ref = this.resolver.object(name);
        // The project schema also lists the targets of its lookups; a target with neither a definition
        // nor fields exists only in that lookup's `referenceTo`.
        const phantom =
            ref?.kind === 'object' && ref.object.file === undefined && ref.object.fields.size === 0;
        if (ref && !phantom) {
            return ref;
        }
        return this.standardKnown || isCustomName(name) ? undefined : { kind: 'any', label: name };
    }

    /** Suggestion for a missing object name. */
    suggestObject(name: string): string | undefined {
        return suggest(
            name,
            this.resolver.objectNames().filter((n) => n.toLowerCase() !== name.toLowerCase())
        );
    }

    /** Resolves `objectName` then the dotted field path (`Size__c`, `Account__r.Name`) on it. */
    field(objectName: string, fieldPath: string): FieldLookup {
        const ref = this.object(objectName);
        if (!ref) {
            return {
                ok: false,
                kind: 'object',
                segment: objectName,
                on: objectName,
                suggestion: this.suggestObject(objectName)
            };
        }
        return this.fieldOn(ref, fieldPath);
    }

    /**
     * Resolves a dotted field path on a resolved object. A standard field missing from a standard object
     * is reported only when it looks like a typo of a known one: the extracted standard schema lacks
     * feature-dependent fields (`Contact.Pronouns`) and layout-only ones (`Task.Email`).
     */
    fieldOn(ref: ObjectRef, fieldPath: string): FieldLookup {
        const result = this.resolveField(ref, fieldPath);
        if (result.ok || result.kind !== 'field') {
            return result;
        }
        const objectName = refLabel(ref);
        const lastSegment = result.segment;
        if (!isCustomName(lastSegment)) {
            const implicit = IMPLICIT_FIELDS.find(([suffix]) => objectName.toLowerCase().endsWith(suffix));
            if (implicit?.[1].has(lastSegment.toLowerCase())) {
                return { ok: true };
            }
            if (!isCustomName(result.on) && result.suggestion === undefined) {
                return { ok: true };
            }
        }
        // Custom fields of `Activity` are fields of Task and Event.
        if (/^(task|event)$/i.test(result.on) && !fieldPath.includes('.')) {
            const activity = this.resolver.object('Activity');
            if (activity && this.resolver.path(activity, [fieldPath]).ok) {
                return { ok: true };
            }
        }
        return result;
    }

    private resolveField(ref: ObjectRef, fieldPath: string): FieldLookup {
        const segments = fieldPath.split('.');
        if (!this.standardKnown) {
            // Without the standard schema a standard object the project extends knows only its custom
            // fields, and paths can only be followed one step.
            const standardObject = ref.kind === 'object' && !isCustomName(ref.object.name);
            if (segments.length > 1) {
                return standardObject || this.relationship(ref, segments[0])
                    ? { ok: true }
                    : { ok: false, kind: 'relationship', segment: segments[0], on: refLabel(ref) };
            }
            if (standardObject && !isCustomName(segments[0])) {
                return { ok: true };
            }
        }
        return this.resolver.path(ref, segments);
    }

    /** Resolves a child relationship (`Widgets__r`) of an object; undefined when unknown. */
    childRelationship(ref: ObjectRef, name: string): ObjectRef | undefined {
        const found = this.resolver.childRelationship(ref, name);
        if (found) {
            return found;
        }
        const standard = ref.kind === 'object' && !isCustomName(ref.object.name);
        return !this.standardKnown && (standard || !/__r$/i.test(name))
            ? { kind: 'any', label: name }
            : undefined;
    }

    /** Resolves a parent relationship (`Account__r`, `Owner`) of an object; undefined when unknown. */
    relationship(ref: ObjectRef, name: string): ObjectRef | undefined {
        const found = this.resolver.relationship(ref, name);
        if (found) {
            return found;
        }
        const standard = ref.kind === 'object' && !isCustomName(ref.object.name);
        return !this.standardKnown && (standard || !/__r$/i.test(name))
            ? { kind: 'any', label: name }
            : undefined;
    }
}

/** Words for a failed lookup: `Widget__c.Sise__c, which does not exist (did you mean Size__c?)`. */
export function describeMissing(objectName: string, fieldPath: string, result: FieldLookup): string {
    if (result.ok) {
        return `${objectName}.${fieldPath}`;
    }
    const hint = result.suggestion ? ` (did you mean ${result.suggestion}?)` : '';
    if (result.kind === 'object') {
        return `${objectName}.${fieldPath}, but object ${objectName} does not exist${hint}`;
    }
    if (result.kind === 'relationship') {
        return `${objectName}.${fieldPath}, but ${result.on} has no relationship ${result.segment}${hint}`;
    }
    if (fieldPath.includes('.')) {
        return `${objectName}.${fieldPath}, but ${result.on} has no field ${result.segment}${hint}`;
    }
    return `${objectName}.${fieldPath}, which does not exist${hint}`;
}

export { refLabel };
export type { ObjectRef };
