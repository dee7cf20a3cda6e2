import fs from 'node:fs';
import path from 'node:path';
import type * as TypeScriptApi from 'typescript';
import type { LiteralTypeNode, StringLiteral, TypeLiteralNode, TypeNode } from 'typescript';

/** How one element of a Metadata API complex type is declared in the WSDL-derived typings. */
export interface ModelProperty {
    /** `string`, `boolean`, `number`, `Date`, `any`, or the name of an enum or complex type of the model. */
    type: string;
    /** The element may repeat (`X[]` in the typings, `maxOccurs="unbounded"` in the WSDL). */
    isArray: boolean;
    /** Declared with `?` (`minOccurs="0"`). */
    optional: boolean;
}

/** A complex type with its own and inherited elements (`Metadata & { ... }` is flattened). */
export interface ModelType {
    /** The type it extends (`Metadata`, `MetadataWithContent`, `FlowNode` ...), when any. */
    base?: string;
    properties: Record<string, ModelProperty>;
}

/** Metadata API schema as far as `@salesforce/types/lib/metadata.d.ts` describes it. */
export interface MetadataModel {
    /** Cache key: size and mtime of the typings it was built from. */
    key: string;
    types: Record<string, ModelType>;
    /** String-literal unions: enum name -> allowed values. */
    enums: Record<string, string[]>;
}

/** Bump when the JSON shape or the extraction rules change, so stale caches are rebuilt. */
const MODEL_FORMAT = 1;
const PRIMITIVES: Record<string, string> = {
    string: 'string',
    boolean: 'boolean',
    number: 'number',
    any: 'any'
};

/** Absolute path of the Metadata API typings shipped by `@salesforce/types`. */
export function metadataTypingsPath(): string {
    // The package exports `./metadata` (lib/metadata.js); the typings sit beside it.
    return path.join(path.dirname(require.resolve('@salesforce/types/metadata')), 'metadata.d.ts');
}

type TypeScript = typeof TypeScriptApi;

interface RawAlias {
    kind: 'object' | 'enum' | 'alias';
    base?: string;
    /** For `alias`: the aliased primitive or type name. */
    target?: string;
    values?: string[];
    properties?: Record<string, ModelProperty>;
}

function propertyType(ts: TypeScript, node: TypeNode): { type: string; isArray: boolean } {
    if (ts.isArrayTypeNode(node)) {
        return { type: propertyType(ts, node.elementType).type, isArray: true };
    }
    if (ts.isTypeReferenceNode(node)) {
        return { type: node.typeName.getText(), isArray: false };
    }
    const keyword = node.getText();
    return { type: PRIMITIVES[keyword] ?? 'any', isArray: false };
}

function readMembers(ts: TypeScript, literal: TypeLiteralNode): Record<string, ModelProperty> {
    const properties: Record<string, ModelProperty> = {};
    for (const member of literal.members) {
        if (ts.isPropertySignature(member) && member.type) {
            const { type, isArray } = propertyType(ts, member.type);
            properties[member.name.getText()] = {
                type,
                isArray,
                optional: member.questionToken !== undefined
            };
        }
    }
    return properties;
}

function readAlias(ts: TypeScript, node: TypeNode): RawAlias {
    if (ts.isTypeLiteralNode(node)) {
        return { kind: 'object', properties: readMembers(ts, node) };
    }
    if (ts.isIntersectionTypeNode(node)) {
        const base = node.types.find(ts.isTypeReferenceNode);
        const literal = node.types.find(ts.isTypeLiteralNode);
        return {
            kind: 'object',
            base: base?.typeName.getText(),
            properties: literal ? readMembers(ts, literal) : {}
        };
    }
    if (
        ts.isUnionTypeNode(node) &&
        node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
    ) {
        return {
            kind: 'enum',
            values: node.types.map((t) => ((t as LiteralTypeNode).literal as StringLiteral).text)
        };
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
        return { kind: 'enum', values: [node.literal.text] };
    }
    if (ts.isTypeReferenceNode(node)) {
        return { kind: 'alias', target: node.typeName.getText() };
    }
    return { kind: 'alias', target: PRIMITIVES[node.getText()] ?? 'any' };
}

/**
 * Builds the model from the typings with the TypeScript parser (no type checker): every
 * `export type X = ...` becomes a complex type (inheritance flattened), an enum, or an alias that
 * is resolved away (`ReportFolder = Folder`, `ActionPlanTemplateType = string`).
 */
export function buildMetadataModel(typingsFile: string, key = ''): MetadataModel {
    // Loaded lazily: the compiler is only needed when the cache is cold.
    const ts = require('typescript') as TypeScript;
    const source = ts.createSourceFile(
        typingsFile,
        fs.readFileSync(typingsFile, 'utf8'),
        ts.ScriptTarget.ES2022,
        true
    );
    const raw = new Map<string, RawAlias>();
    for (const statement of source.statements) {
        if (ts.isTypeAliasDeclaration(statement)) {
            raw.set(statement.name.text, readAlias(ts, statement.type));
        }
    }

    // Resolve an alias chain to a primitive, an enum name or an object-type name.
    const resolve = (name: string, seen = new Set<string>()): string => {
        const entry = raw.get(name);
        if (!entry || entry.kind !== 'alias' || !entry.target || seen.has(name)) {
            return entry || name in PRIMITIVES || name === 'Date' ? name : 'any';
        }
        seen.add(name);
        return resolve(entry.target, seen);
    };

    const enums: Record<string, string[]> = {};
    for (const [name, entry] of raw) {
        if (entry.kind === 'enum' && entry.values) {
            enums[name] = entry.values;
        }
    }

    const flattened = new Map<string, ModelType>();
    const flatten = (name: string, seen = new Set<string>()): ModelType => {
        const done = flattened.get(name);
        if (done) {
            return done;
        }
        const entry = raw.get(name);
        const own: Record<string, ModelProperty> = {};
        for (const [prop, spec] of Object.entries(entry?.properties ?? {})) {
            own[prop] = { ...spec, type: resolve(spec.type) };
        }
        let inherited: Record<string, ModelProperty> = {};
        if (entry?.base && !seen.has(entry.base)) {
            seen.add(name);
            inherited = flatten(resolve(entry.base), seen).properties;
        }
        const result: ModelType = { base: entry?.base, properties: { ...inherited, ...own } };
        flattened.set(name, result);
        return result;
    };

    const types: Record<string, ModelType> = {};
    for (const [name, entry] of raw) {
        if (entry.kind === 'object') {
            types[name] = flatten(name);
        }
    }
    for (const [name, entry] of raw) {
        if (entry.kind === 'alias') {
            const target = resolve(name);
            if (types[target]) {
                types[name] = types[target];
            } else if (enums[target]) {
                enums[name] = enums[target];
            }
        }
    }
    return { key, types, enums };
}

/**
 * The Metadata API model, built from `@salesforce/types` or read from the JSON cache in
 * `<projectDir>/.gate/` (keyed by the typings' size and mtime; building takes about a second).
 */
export function loadMetadataModel(projectDir: string): MetadataModel {
    const typings = metadataTypingsPath();
    const stat = fs.statSync(typings);
    const key = `v${MODEL_FORMAT}:${stat.size}:${Math.trunc(stat.mtimeMs)}`;
    const cacheFile = path.join(projectDir, '.gate', 'metadata-model.json');
    try {
        const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as MetadataModel;
        if (cached.key === key) {
            return cached;
        }
    } catch {
        // No cache or an unreadable one: rebuild below.
    }
    const model = buildMetadataModel(typings, key);
    try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(cacheFile, JSON.stringify(model));
    } catch {
        // A read-only project still gets checked, just without the cache.
    }
    return model;
}
