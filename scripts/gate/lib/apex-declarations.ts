import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { listFiles } from './files';

/** Prefix of the modules through which components import Apex methods. */
export const APEX_MODULE_PREFIX = '@salesforce/apex/';

/** One `declare module '@salesforce/apex/Cls.method'` block. */
export interface ApexModuleDeclaration {
    /** The module name without the prefix, e.g. `WidgetController.getWidgets` (namespace removed). */
    target: string;
    className: string;
    methodName: string;
    file: string;
    line: number;
    sourceFile: ts.SourceFile;
    /** The default-exported function, when the module has one. */
    fn?: ts.FunctionDeclaration;
}

/** A named type declared in some namespace of the declaration files. */
export interface TsNamedType {
    /** Full dotted name, e.g. `Apex.WidgetDto` or `Apex.Outer.Inner`. */
    fullName: string;
    /** Namespace path the declaration sits in (names inside it resolve from there). */
    scope: string[];
    file: string;
    line: number;
    sourceFile: ts.SourceFile;
    node: ts.InterfaceDeclaration | ts.TypeAliasDeclaration;
}

/** Everything the `.d.ts` files under `types/apex/` declare that the contract check reads. */
export interface ApexDeclarations {
    modules: ApexModuleDeclaration[];
    /** Interfaces by full name; an interface declared several times (merged) has several entries. */
    interfaces: Map<string, TsNamedType[]>;
    aliases: Map<string, TsNamedType>;
    /** Module names under the prefix that are not `Cls.method` (or `ns.Cls.method`). */
    malformed: { name: string; file: string; line: number }[];
}

/** 1-based line of a node. */
export function tsLine(node: ts.Node, sourceFile: ts.SourceFile): number {
    return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

function isExportDefault(node: ts.Node): boolean {
    const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
    return (
        !!modifiers &&
        modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) &&
        modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
    );
}

/** The function a module exports as default: `export default function f()` or `function f(); export default f;`. */
function defaultFunction(body: ts.ModuleBlock): ts.FunctionDeclaration | undefined {
    const functions = body.statements.filter(ts.isFunctionDeclaration);
    const direct = functions.find(isExportDefault);
    if (direct) {
        return direct;
    }
    const assignment = body.statements.find(ts.isExportAssignment);
    if (assignment && ts.isIdentifier(assignment.expression)) {
        const name = assignment.expression.text;
        return functions.find((f) => f.name?.text === name);
    }
    return undefined;
}

function readStatements(
    statements: readonly ts.Statement[],
    scope: string[],
    file: string,
    sourceFile: ts.SourceFile,
    namespace: string,
    out: ApexDeclarations
): void {
    for (const statement of statements) {
        if (ts.isModuleDeclaration(statement)) {
            readModule(statement, scope, file, sourceFile, namespace, out);
        } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
            const fullName = [...scope, statement.name.text].join('.');
            const entry: TsNamedType = {
                fullName,
                scope,
                file,
                line: tsLine(statement, sourceFile),
                sourceFile,
                node: statement
            };
            if (ts.isInterfaceDeclaration(statement)) {
                out.interfaces.set(fullName, [...(out.interfaces.get(fullName) ?? []), entry]);
            } else {
                out.aliases.set(fullName, entry);
            }
        }
    }
}

function readModule(
    decl: ts.ModuleDeclaration,
    scope: string[],
    file: string,
    sourceFile: ts.SourceFile,
    namespace: string,
    out: ApexDeclarations
): void {
    if (ts.isStringLiteral(decl.name)) {
        const name = decl.name.text;
        if (!name.startsWith(APEX_MODULE_PREFIX)) {
            return;
        }
        const line = tsLine(decl, sourceFile);
        let parts = name.slice(APEX_MODULE_PREFIX.length).split('.');
        if (parts.length === 3 && namespace && parts[0].toLowerCase() === namespace.toLowerCase()) {
            parts = parts.slice(1);
        }
        if (parts.length !== 2 || parts.some((p) => !/^\w+$/.test(p))) {
            out.malformed.push({ name, file, line });
            return;
        }
        const body = decl.body && ts.isModuleBlock(decl.body) ? decl.body : undefined;
        out.modules.push({
            target: parts.join('.'),
            className: parts[0],
            methodName: parts[1],
            file,
            line,
            sourceFile,
            fn: body ? defaultFunction(body) : undefined
        });
        return;
    }
    const isGlobal = decl.name.text === 'global' && (decl.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
    const inner = isGlobal ? [] : [...scope, decl.name.text];
    if (!decl.body) {
        return;
    }
    if (ts.isModuleDeclaration(decl.body)) {
        readModule(decl.body, inner, file, sourceFile, namespace, out);
    } else if (ts.isModuleBlock(decl.body)) {
        readStatements(decl.body.statements, inner, file, sourceFile, namespace, out);
    }
}

/** The namespace prefix in `sfdx-project.json` (empty when none). */
export function projectNamespace(projectDir: string): string {
    const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8')) as {
        namespace?: string;
    };
    return config.namespace ?? '';
}

/** Reads every `.d.ts` below `<projectDir>/types/apex/` (syntax only, nothing is type-checked). */
export function loadApexDeclarations(projectDir: string): ApexDeclarations {
    const out: ApexDeclarations = { modules: [], interfaces: new Map(), aliases: new Map(), malformed: [] };
    const namespace = projectNamespace(projectDir);
    for (const file of listFiles(path.join(projectDir, 'types', 'apex'), (f) => f.endsWith('.d.ts'))) {
        const sourceFile = ts.createSourceFile(
            file,
            fs.readFileSync(file, 'utf8'),
            ts.ScriptTarget.Latest,
            true
        );
        readStatements(sourceFile.statements, [], file, sourceFile, namespace, out);
    }
    return out;
}

/** Resolves a type name written inside namespace `scope` to the full name of a declared interface or alias. */
export function resolveTsName(decls: ApexDeclarations, written: string, scope: string[]): string | undefined {
    for (let i = scope.length; i >= 0; i--) {
        const candidate = [...scope.slice(0, i), written].join('.');
        if (decls.interfaces.has(candidate) || decls.aliases.has(candidate)) {
            return candidate;
        }
    }
    return undefined;
}
