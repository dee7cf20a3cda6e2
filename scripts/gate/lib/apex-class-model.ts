import fs from 'node:fs';
import {
    ApexErrorListener,
    ApexParserFactory,
    type ClassBodyDeclarationContext,
    type ClassDeclarationContext,
    type ModifierContext,
    type TypeRefContext
} from '@apexdevtools/apex-parser';
import { apexSources } from './files';

/**
 * A type as it reaches JavaScript through Lightning serialization. `scalar` covers the primitives
 * (String/Id/Date… → string, Integer/Decimal… → number, Boolean → boolean, Object → unknown);
 * `enum` is a project enum (serialized as its name); `dto` is a project class; `object` is anything
 * else (SObjects such as `Account` or `Foo__c`, `SObject`, project interfaces, other system types).
 */
export type ApexType =
    | { kind: 'void' }
    | { kind: 'scalar'; ts: 'string' | 'number' | 'boolean' | 'unknown' }
    | { kind: 'enum'; name: string }
    | { kind: 'list'; element: ApexType }
    | { kind: 'map'; keyIsNumber: boolean; value: ApexType }
    | { kind: 'dto'; name: string }
    | { kind: 'object'; name: string };

/** A type reference as written in source, before name resolution. */
export interface ApexTypeSyntax {
    /** Dotted parts, e.g. `Map` with arguments, or `Outer`, `Inner`. */
    parts: { name: string; args: ApexTypeSyntax[] }[];
    /** Number of `[]` suffixes. */
    arrayDims: number;
    /** Source text without whitespace, e.g. `List<WidgetDto>`. */
    text: string;
}

export interface ApexTypedName {
    name: string;
    type: ApexTypeSyntax;
    line: number;
}

export interface ApexMethodInfo {
    name: string;
    line: number;
    isStatic: boolean;
    isAuraEnabled: boolean;
    /** `private` or `protected` (not callable from a component). */
    isHidden: boolean;
    /** Absent for `void`. */
    returnType?: ApexTypeSyntax;
    params: ApexTypedName[];
}

export interface ApexClassInfo {
    /** `Outer` for a top-level class, `Outer.Inner` for an inner class (as declared, case kept). */
    name: string;
    kind: 'class' | 'enum' | 'interface';
    file: string;
    line: number;
    /** Top-level class name (the class itself when top-level). */
    outer: string;
    isTopLevel: boolean;
    /** `@IsTest` on the class or its outer class. */
    isTest: boolean;
    /** Declared `private` or `protected`. */
    isHidden: boolean;
    /** Non-static `@AuraEnabled` fields and properties declared on the class itself. */
    fields: ApexTypedName[];
    methods: ApexMethodInfo[];
    superType?: ApexTypeSyntax;
}

/** A file that could not be parsed. */
export interface ApexParseProblem {
    file: string;
    line: number;
    message: string;
}

/** Every class, inner class, enum and interface of the project's `.cls` files, by lower-case full name. */
export interface ApexClassIndex {
    classes: Map<string, ApexClassInfo>;
    problems: ApexParseProblem[];
}

class CollectingErrorListener extends ApexErrorListener {
    readonly errors: { line: number; message: string }[] = [];

    apexSyntaxError(line: number, _column: number, msg: string): void {
        this.errors.push({ line, message: msg });
    }
}

function annotationNames(modifiers: ModifierContext[]): string[] {
    const names: string[] = [];
    for (const modifier of modifiers) {
        const annotation = modifier.annotation();
        if (annotation) {
            names.push(annotation.id().getText().toLowerCase());
        }
    }
    return names;
}

function hasKeyword(modifiers: ModifierContext[], keyword: string): boolean {
    return modifiers.some((m) => !m.annotation() && m.getText().toLowerCase() === keyword);
}

function typeSyntax(ref: TypeRefContext): ApexTypeSyntax {
    const parts = ref.typeName_list().map((typeName) => {
        const keyword = typeName.LIST()
            ? 'List'
            : typeName.SET()
              ? 'Set'
              : typeName.MAP()
                ? 'Map'
                : undefined;
        const name = keyword ?? typeName.id().getText();
        const typeArguments = typeName.typeArguments();
        const args = typeArguments ? typeArguments.typeList().typeRef_list().map(typeSyntax) : [];
        return { name, args };
    });
    const subscripts = ref.arraySubscripts();
    return { parts, arrayDims: subscripts ? subscripts.LBRACK_list().length : 0, text: ref.getText() };
}

function readMember(decl: ClassBodyDeclarationContext, info: ApexClassInfo, visit: VisitClass): void {
    const member = decl.memberDeclaration();
    if (!member) {
        return;
    }
    const modifiers = decl.modifier_list();
    const annotations = annotationNames(modifiers);
    const isAuraEnabled = annotations.includes('auraenabled');
    const isStatic = hasKeyword(modifiers, 'static');
    const line = decl.start.line;
    const method = member.methodDeclaration();
    const field = member.fieldDeclaration();
    const property = member.propertyDeclaration();
    const inner = member.classDeclaration();
    const innerEnum = member.enumDeclaration();
    const innerInterface = member.interfaceDeclaration();
    if (method) {
        const list = method.formalParameters().formalParameterList();
        const returnRef = method.VOID() ? undefined : method.typeRef();
        info.methods.push({
            name: method.id().getText(),
            line: method.id().start.line,
            isStatic,
            isAuraEnabled,
            isHidden: hasKeyword(modifiers, 'private') || hasKeyword(modifiers, 'protected'),
            returnType: returnRef ? typeSyntax(returnRef) : undefined,
            params: (list ? list.formalParameter_list() : []).map((p) => ({
                name: p.id().getText(),
                type: typeSyntax(p.typeRef()),
                line: p.start.line
            }))
        });
    } else if (field && isAuraEnabled && !isStatic) {
        const type = typeSyntax(field.typeRef());
        for (const declarator of field.variableDeclarators().variableDeclarator_list()) {
            info.fields.push({ name: declarator.id().getText(), type, line: declarator.start.line });
        }
    } else if (property && isAuraEnabled && !isStatic) {
        info.fields.push({
            name: property.id().getText(),
            type: typeSyntax(property.typeRef()),
            line: property.id().start.line
        });
    } else if (inner) {
        visit(inner, modifiers, info);
    } else if (innerEnum || innerInterface) {
        const id = (innerEnum ?? innerInterface).id().getText();
        visit(null, modifiers, info, { name: id, kind: innerEnum ? 'enum' : 'interface', line });
    }
}

type VisitClass = (
    cls: ClassDeclarationContext | null,
    modifiers: ModifierContext[],
    outer: ApexClassInfo | null,
    other?: { name: string; kind: 'enum' | 'interface'; line: number }
) => void;

function readFile(file: string, index: ApexClassIndex): void {
    const source = fs.readFileSync(file, 'utf8');
    const listener = new CollectingErrorListener();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    const unit = parser.compilationUnit();
    if (listener.errors.length > 0) {
        const first = listener.errors[0];
        index.problems.push({
            file,
            line: first.line,
            message: first.message.replace(/ expecting \{[^}]*\}/, '')
        });
        return;
    }
    const visit: VisitClass = (cls, modifiers, outer, other) => {
        const simpleName = other ? other.name : cls ? cls.id().getText() : '';
        const annotations = annotationNames(modifiers);
        const extendsRef = cls && cls.EXTENDS() ? cls.typeRef() : null;
        const info: ApexClassInfo = {
            name: outer ? `${outer.name}.${simpleName}` : simpleName,
            kind: other ? other.kind : 'class',
            file,
            line: other ? other.line : cls ? cls.start.line : 1,
            outer: outer ? outer.name : simpleName,
            isTopLevel: !outer,
            isTest:
                (outer?.isTest ?? false) ||
                annotations.includes('istest') ||
                hasKeyword(modifiers, 'testmethod'),
            isHidden: hasKeyword(modifiers, 'private') || hasKeyword(modifiers, 'protected'),
            fields: [],
            methods: [],
            superType: extendsRef ? typeSyntax(extendsRef) : undefined
        };
        index.classes.set(info.name.toLowerCase(), info);
        if (cls) {
            for (const decl of cls.classBody().classBodyDeclaration_list()) {
                readMember(decl, info, visit);
            }
        }
    };
    const top = unit.typeDeclaration();
    const modifiers = top.modifier_list();
    const topClass = top.classDeclaration();
    const topEnum = top.enumDeclaration();
    const topInterface = top.interfaceDeclaration();
    if (topClass) {
        visit(topClass, modifiers, null);
    } else if (topEnum || topInterface) {
        const decl = topEnum ?? topInterface;
        visit(null, modifiers, null, {
            name: decl.id().getText(),
            kind: topEnum ? 'enum' : 'interface',
            line: decl.start.line
        });
    }
}

/** Parses every `.cls` file in the project's package directories. Syntax errors become `problems`. */
export function loadApexClasses(projectDir: string): ApexClassIndex {
    const index: ApexClassIndex = { classes: new Map(), problems: [] };
    for (const file of apexSources(projectDir).filter((f) => f.endsWith('.cls'))) {
        readFile(file, index);
    }
    return index;
}

const SCALARS: Record<string, 'string' | 'number' | 'boolean' | 'unknown'> = {
    string: 'string',
    id: 'string',
    date: 'string',
    datetime: 'string',
    time: 'string',
    blob: 'string',
    integer: 'number',
    long: 'number',
    decimal: 'number',
    double: 'number',
    boolean: 'boolean',
    object: 'unknown'
};

const NUMERIC = new Set(['integer', 'long', 'decimal', 'double']);

/** Finds the project class a (possibly qualified) name means inside the top-level class `outer`. */
export function findApexClass(
    index: ApexClassIndex,
    dottedName: string,
    outer: string
): ApexClassInfo | undefined {
    const key = dottedName.toLowerCase();
    return index.classes.get(`${outer.toLowerCase()}.${key}`) ?? index.classes.get(key);
}

/** Resolves a written type to its serialized shape, looking names up from inside top-level class `outer`. */
export function resolveApexType(index: ApexClassIndex, syntax: ApexTypeSyntax, outer: string): ApexType {
    if (syntax.arrayDims > 0) {
        const element = resolveApexType(index, { ...syntax, arrayDims: syntax.arrayDims - 1 }, outer);
        return { kind: 'list', element };
    }
    let parts = syntax.parts;
    if (parts.length > 1 && parts[0].name.toLowerCase() === 'system') {
        parts = parts.slice(1);
    }
    if (parts.length === 1) {
        const { name, args } = parts[0];
        const lower = name.toLowerCase();
        if ((lower === 'list' || lower === 'set') && args.length === 1) {
            return { kind: 'list', element: resolveApexType(index, args[0], outer) };
        }
        if (lower === 'map' && args.length === 2) {
            const keyName = args[0].parts.map((p) => p.name.toLowerCase()).join('.');
            return {
                kind: 'map',
                keyIsNumber: NUMERIC.has(keyName),
                value: resolveApexType(index, args[1], outer)
            };
        }
    }
    const dotted = parts.map((p) => p.name).join('.');
    const found = findApexClass(index, dotted, outer);
    if (found) {
        if (found.kind === 'enum') {
            return { kind: 'enum', name: found.name };
        }
        return found.kind === 'class'
            ? { kind: 'dto', name: found.name }
            : { kind: 'object', name: found.name };
    }
    const scalar = parts.length === 1 ? SCALARS[dotted.toLowerCase()] : undefined;
    return scalar ? { kind: 'scalar', ts: scalar } : { kind: 'object', name: dotted };
}

/** A serialized field together with the class that declares it (names in its type resolve from there). */
export interface ApexSerializedField {
    owner: ApexClassInfo;
    field: ApexTypedName;
}

/** The `@AuraEnabled` fields of a class including those it inherits from project superclasses. */
export function serializedFields(index: ApexClassIndex, cls: ApexClassInfo): ApexSerializedField[] {
    const chain: ApexClassInfo[] = [];
    let current: ApexClassInfo | undefined = cls;
    while (current && !chain.includes(current)) {
        chain.unshift(current);
        current = current.superType
            ? findApexClass(index, current.superType.parts.map((p) => p.name).join('.'), current.outer)
            : undefined;
    }
    return chain.flatMap((owner) => owner.fields.map((field) => ({ owner, field })));
}
