import ts from 'typescript';
import type { ApexType } from './apex-class-model';
import { resolveTsName, type ApexDeclarations } from './apex-declarations';

/** Namespace that holds the TypeScript mirrors of Apex classes. */
export const APEX_TS_NAMESPACE = 'Apex';

/** The TypeScript spelling the convention expects for an Apex type, e.g. `Apex.WidgetDto[]`. */
export function expectedTs(type: ApexType): string {
    switch (type.kind) {
        case 'void':
            return 'void';
        case 'scalar':
            return type.ts;
        case 'enum':
            return 'string';
        case 'list': {
            const element = expectedTs(type.element);
            return /^[\w.]+$/.test(element) ? `${element}[]` : `Array<${element}>`;
        }
        case 'map':
            return `Record<string, ${expectedTs(type.value)}>`;
        case 'dto':
            return `${APEX_TS_NAMESPACE}.${type.name}`;
        case 'object':
            return 'Record<string, unknown>';
    }
}

/** Text of an entity name such as `Apex.WidgetDto`. */
export function entityNameText(name: ts.EntityName): string {
    return ts.isIdentifier(name) ? name.text : `${entityNameText(name.left)}.${name.right.text}`;
}

function isNullish(node: ts.TypeNode): boolean {
    return (
        node.kind === ts.SyntaxKind.UndefinedKeyword ||
        (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)
    );
}

/** Union members with parentheses and nested unions flattened. */
function unionMembers(node: ts.TypeNode): ts.TypeNode[] {
    if (ts.isParenthesizedTypeNode(node)) {
        return unionMembers(node.type);
    }
    if (ts.isUnionTypeNode(node)) {
        return node.types.flatMap(unionMembers);
    }
    return [node];
}

function isLiteralOf(node: ts.TypeNode, kind: 'string' | 'number' | 'boolean'): boolean {
    if (!ts.isLiteralTypeNode(node)) {
        return false;
    }
    const literal = node.literal;
    if (kind === 'string') {
        return ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal);
    }
    if (kind === 'number') {
        return ts.isNumericLiteral(literal) || ts.isPrefixUnaryExpression(literal);
    }
    return literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword;
}

const KEYWORDS: Record<'string' | 'number' | 'boolean' | 'unknown', ts.SyntaxKind> = {
    string: ts.SyntaxKind.StringKeyword,
    number: ts.SyntaxKind.NumberKeyword,
    boolean: ts.SyntaxKind.BooleanKeyword,
    unknown: ts.SyntaxKind.UnknownKeyword
};

const CONTAINER_NAMES = new Set([
    'Array',
    'ReadonlyArray',
    'Promise',
    'Set',
    'Map',
    'ReadonlySet',
    'ReadonlyMap'
]);

/**
 * Matches TypeScript type nodes against Apex types by the convention's mapping. `null` and `undefined`
 * are allowed anywhere (Apex values may be null); narrowing a string/number/boolean to literals is allowed;
 * type aliases declared under `types/apex/` are followed.
 */
export class ApexTsTypeMatcher {
    constructor(private readonly decls: ApexDeclarations) {}

    /** True when `node` (written inside namespace `scope`) is a valid TypeScript mirror of `apex`. */
    matches(apex: ApexType, node: ts.TypeNode, scope: string[], depth = 0): boolean {
        if (depth > 20) {
            return false;
        }
        if (apex.kind === 'void') {
            return node.kind === ts.SyntaxKind.VoidKeyword || node.kind === ts.SyntaxKind.UndefinedKeyword;
        }
        const members = unionMembers(node).filter((m) => !isNullish(m));
        if (members.length === 1) {
            return this.matchesOne(apex, members[0], scope, depth);
        }
        if (members.length === 0) {
            return false;
        }
        const scalar = apex.kind === 'enum' ? 'string' : apex.kind === 'scalar' ? apex.ts : undefined;
        if (scalar === undefined || scalar === 'unknown') {
            return false;
        }
        return members.every((m) => m.kind === KEYWORDS[scalar] || isLiteralOf(m, scalar));
    }

    /**
     * Full name a type reference means. A name that resolves to nothing is taken as written (qualified by
     * its namespace), so a missing interface is reported once as missing rather than again at every use.
     */
    private referencedName(written: string, scope: string[]): string {
        const resolved = resolveTsName(this.decls, written, scope);
        if (resolved) {
            return resolved;
        }
        return written.startsWith(`${APEX_TS_NAMESPACE}.`) ? written : [...scope, written].join('.');
    }

    private alias(node: ts.TypeNode, scope: string[]): { type: ts.TypeNode; scope: string[] } | undefined {
        if (!ts.isTypeReferenceNode(node) || node.typeArguments) {
            return undefined;
        }
        const resolved = resolveTsName(this.decls, entityNameText(node.typeName), scope);
        const alias = resolved ? this.decls.aliases.get(resolved) : undefined;
        return alias && ts.isTypeAliasDeclaration(alias.node)
            ? { type: alias.node.type, scope: alias.scope }
            : undefined;
    }

    private matchesOne(apex: ApexType, node: ts.TypeNode, scope: string[], depth: number): boolean {
        const alias = this.alias(node, scope);
        if (alias) {
            return this.matches(apex, alias.type, alias.scope, depth + 1);
        }
        const refName = ts.isTypeReferenceNode(node) ? entityNameText(node.typeName) : undefined;
        const refArgs = ts.isTypeReferenceNode(node) ? (node.typeArguments ?? []) : [];
        switch (apex.kind) {
            case 'void':
                return false;
            case 'scalar':
                return (
                    node.kind === KEYWORDS[apex.ts] || (apex.ts !== 'unknown' && isLiteralOf(node, apex.ts))
                );
            case 'enum':
                return node.kind === ts.SyntaxKind.StringKeyword || isLiteralOf(node, 'string');
            case 'list': {
                if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) {
                    return this.matchesOne(apex, node.type, scope, depth + 1);
                }
                if (ts.isArrayTypeNode(node)) {
                    return this.matches(apex.element, node.elementType, scope, depth + 1);
                }
                return (
                    (refName === 'Array' || refName === 'ReadonlyArray') &&
                    refArgs.length === 1 &&
                    this.matches(apex.element, refArgs[0], scope, depth + 1)
                );
            }
            case 'map': {
                const keyOk = (key: ts.TypeNode): boolean =>
                    unionMembers(key).every(
                        (k) =>
                            k.kind === ts.SyntaxKind.StringKeyword ||
                            (apex.keyIsNumber && k.kind === ts.SyntaxKind.NumberKeyword)
                    );
                if (refName === 'Record' && refArgs.length === 2) {
                    return keyOk(refArgs[0]) && this.matches(apex.value, refArgs[1], scope, depth + 1);
                }
                if (ts.isTypeLiteralNode(node) && node.members.length === 1) {
                    const index = node.members[0];
                    return (
                        ts.isIndexSignatureDeclaration(index) &&
                        index.parameters.length === 1 &&
                        index.parameters[0].type !== undefined &&
                        keyOk(index.parameters[0].type) &&
                        this.matches(apex.value, index.type, scope, depth + 1)
                    );
                }
                return false;
            }
            case 'dto':
                return (
                    refName !== undefined &&
                    refArgs.length === 0 &&
                    this.referencedName(refName, scope) === `${APEX_TS_NAMESPACE}.${apex.name}`
                );
            case 'object':
                if (node.kind === ts.SyntaxKind.ObjectKeyword || ts.isTypeLiteralNode(node)) {
                    return true;
                }
                if (refName === 'Record') {
                    return refArgs.length === 2 && refArgs[0].kind === ts.SyntaxKind.StringKeyword;
                }
                return refName !== undefined && !CONTAINER_NAMES.has(refName);
        }
    }
}
