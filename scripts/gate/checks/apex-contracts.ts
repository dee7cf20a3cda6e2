/*
 * Apex ⇄ TypeScript contract check.
 *
 * Convention checked (types/apex/ holds hand-written mirrors of the Apex the components call):
 * - Every public/global `@AuraEnabled` static method `Cls.method` of a top-level, non-test Apex class has,
 *   in `types/apex/<Cls>.d.ts`, `declare module '@salesforce/apex/Cls.method' { export default function
 *   method(params: { a: T; b: U }): Promise<R>; }` (no parameters: `method(): Promise<R>`). Parameter names
 *   must equal the Apex names exactly (Apex binds them by name) and types must follow the mapping below.
 * - Every project class reachable from a contract (return or parameter type, then transitively through its
 *   `@AuraEnabled` fields and properties, including inherited ones) has an interface in
 *   `declare namespace Apex { … }` in some .d.ts under types/apex/. Inner classes use a nested namespace:
 *   Apex `Outer.Inner` ↔ `declare namespace Apex { namespace Outer { interface Inner { … } } }`, referred to
 *   as `Apex.Outer.Inner`. Any other interface `Apex.X` named after a project class is checked too.
 * - Mapping: String/Id/Date/Datetime/Time/Blob → string; Integer/Long/Decimal/Double → number;
 *   Boolean → boolean; Object → unknown; List<X>/Set<X>/X[] → X[] or Array<X>; Map<K,X> → Record<string, X>
 *   (or `{ [key: string]: X }`); project enum → string (or a union of string literals); project class →
 *   Apex.<Name>; SObjects and other types → Record<string, unknown>, object, an object literal type or any
 *   named interface; void → Promise<void>. `| null` / `| undefined` / `?` are allowed everywhere because
 *   Apex values can be null; literal types may narrow string/number/boolean.
 *
 * A finding points at the TypeScript declaration when one exists (the mirror is what must follow Apex) and
 * names the Apex file and line in its message; otherwise (no declaration, no interface) it points at Apex.
 */
import path from 'node:path';
import ts from 'typescript';
import {
    loadApexClasses,
    resolveApexType,
    serializedFields,
    type ApexClassIndex,
    type ApexClassInfo,
    type ApexMethodInfo,
    type ApexType,
    type ApexTypedName
} from '../lib/apex-class-model';
import {
    APEX_MODULE_PREFIX,
    loadApexDeclarations,
    resolveTsName,
    tsLine,
    type ApexDeclarations,
    type ApexModuleDeclaration
} from '../lib/apex-declarations';
import { APEX_TS_NAMESPACE, ApexTsTypeMatcher, entityNameText, expectedTs } from '../lib/apex-ts-types';
import type { Finding } from '../lib/finding';
import { formatFinding } from '../lib/finding';
import { pairNames } from '../lib/name-pairing';

/** A property of a TypeScript object type, with what is needed to check and locate it. */
interface TsMember {
    name: string;
    type?: ts.TypeNode;
    /** The type as written, for messages. */
    typeText: string;
    scope: string[];
    file: string;
    line: number;
}

/** An `@AuraEnabled` entry point as components see it. */
interface ApexContract {
    cls: ApexClassInfo;
    method: ApexMethodInfo;
}

function memberName(name: ts.PropertyName, sourceFile: ts.SourceFile): string {
    return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
        ? name.text
        : name.getText(sourceFile);
}

function apexTypeText(param: ApexTypedName): string {
    return `${param.type.text} ${param.name}`;
}

function collectDtoNames(type: ApexType, out: string[]): void {
    if (type.kind === 'dto') {
        out.push(type.name);
    } else if (type.kind === 'list') {
        collectDtoNames(type.element, out);
    } else if (type.kind === 'map') {
        collectDtoNames(type.value, out);
    }
}

class ApexContractChecker {
    readonly findings: Finding[] = [];
    private readonly matcher: ApexTsTypeMatcher;
    /** Lower-case names of classes whose file did not parse (their declarations are not called stale). */
    private readonly unparsedClasses: Set<string>;

    constructor(
        private readonly projectDir: string,
        private readonly index: ApexClassIndex,
        private readonly decls: ApexDeclarations
    ) {
        this.matcher = new ApexTsTypeMatcher(decls);
        this.unparsedClasses = new Set(
            index.problems.map((p) => path.basename(p.file, '.cls').toLowerCase())
        );
    }

    private rel(file: string): string {
        return path.relative(this.projectDir, file).split(path.sep).join('/');
    }

    private where(file: string, line: number): string {
        return `${this.rel(file)} line ${line}`;
    }

    private add(file: string, line: number, rule: string, message: string): void {
        this.findings.push({ file: this.rel(file), line, rule, message });
    }

    private resolve(cls: ApexClassInfo, typed: ApexTypedName): ApexType {
        return resolveApexType(this.index, typed.type, cls.outer);
    }

    private returnType(contract: ApexContract): ApexType {
        const { cls, method } = contract;
        return method.returnType
            ? resolveApexType(this.index, method.returnType, cls.outer)
            : { kind: 'void' };
    }

    /** The declaration the convention expects for a contract, as a one-line snippet. */
    private expectedDeclaration(contract: ApexContract): string {
        const { cls, method } = contract;
        const params = method.params.map((p) => `${p.name}: ${expectedTs(this.resolve(cls, p))}`).join('; ');
        const signature = params ? `params: { ${params} }` : '';
        return (
            `declare module '${APEX_MODULE_PREFIX}${cls.name}.${method.name}' { export default function ` +
            `${method.name}(${signature}): Promise<${expectedTs(this.returnType(contract))}>; }`
        );
    }

    /** Public/global `@AuraEnabled` static methods of top-level, non-test classes, by lower-case `Cls.method`. */
    collectContracts(): Map<string, ApexContract> {
        const contracts = new Map<string, ApexContract>();
        for (const cls of this.index.classes.values()) {
            if (!cls.isTopLevel || cls.kind !== 'class' || cls.isTest || cls.isHidden) {
                continue;
            }
            for (const method of cls.methods) {
                const key = `${cls.name}.${method.name}`.toLowerCase();
                if (method.isAuraEnabled && method.isStatic && !method.isHidden && !contracts.has(key)) {
                    contracts.set(key, { cls, method });
                }
            }
        }
        return contracts;
    }

    /** Why a declared module has no contract behind it. */
    private staleReason(decl: ApexModuleDeclaration): string {
        const cls = this.index.classes.get(decl.className.toLowerCase());
        if (!cls || cls.kind !== 'class') {
            return `there is no Apex class ${decl.className} in the project`;
        }
        const at = `(${this.where(cls.file, cls.line)})`;
        if (cls.isTest) {
            return `${cls.name} is a test class ${at}`;
        }
        if (cls.isHidden) {
            return `${cls.name} is not public or global ${at}`;
        }
        const method = cls.methods.find((m) => m.name.toLowerCase() === decl.methodName.toLowerCase());
        if (!method) {
            return `${cls.name} has no method ${decl.methodName} ${at}`;
        }
        const mAt = `(${this.where(cls.file, method.line)})`;
        if (!method.isAuraEnabled) {
            return `${cls.name}.${method.name} is not @AuraEnabled ${mAt}`;
        }
        if (!method.isStatic) {
            return `${cls.name}.${method.name} is not static ${mAt}`;
        }
        return `${cls.name}.${method.name} is private or protected ${mAt}`;
    }

    /** Checks the declarations against the contracts in both directions. */
    checkContracts(contracts: Map<string, ApexContract>): void {
        const declared = new Map<string, ApexModuleDeclaration>();
        for (const decl of this.decls.modules) {
            const key = decl.target.toLowerCase();
            const first = declared.get(key);
            if (first) {
                this.add(
                    decl.file,
                    decl.line,
                    'apex-contract-duplicate',
                    `'${APEX_MODULE_PREFIX}${decl.target}' is declared twice (first at ${this.where(first.file, first.line)}); keep one`
                );
                continue;
            }
            declared.set(key, decl);
            const contract = contracts.get(key);
            if (!contract && this.unparsedClasses.has(decl.className.toLowerCase())) {
                continue;
            }
            if (!contract) {
                this.add(
                    decl.file,
                    decl.line,
                    'apex-contract-stale',
                    `'${APEX_MODULE_PREFIX}${decl.target}' is declared but ${this.staleReason(decl)}; ` +
                        'remove the declaration or restore the method'
                );
            } else {
                this.checkDeclaration(contract, decl);
            }
        }
        for (const [key, contract] of contracts) {
            if (!declared.has(key)) {
                const { cls, method } = contract;
                this.add(
                    cls.file,
                    method.line,
                    'apex-contract-missing',
                    `${cls.name}.${method.name} is @AuraEnabled but types/apex/ has no declaration for it; add ` +
                        `to types/apex/${cls.name}.d.ts: ${this.expectedDeclaration(contract)}`
                );
            }
        }
        for (const bad of this.decls.malformed) {
            this.add(
                bad.file,
                bad.line,
                'apex-contract-shape',
                `module name '${bad.name}' is not '${APEX_MODULE_PREFIX}<Class>.<method>'`
            );
        }
    }

    private checkDeclaration(contract: ApexContract, decl: ApexModuleDeclaration): void {
        const { cls, method } = contract;
        const label = `${cls.name}.${method.name}`;
        const apexAt = this.where(cls.file, method.line);
        if (decl.target !== label) {
            this.add(
                decl.file,
                decl.line,
                'apex-contract-name',
                `'${APEX_MODULE_PREFIX}${decl.target}' differs in case from Apex ${label} (${apexAt}); ` +
                    `write '${APEX_MODULE_PREFIX}${label}'`
            );
        }
        if (path.basename(decl.file) !== `${cls.name}.d.ts`) {
            this.add(
                decl.file,
                decl.line,
                'apex-contract-location',
                `the declaration of ${label} belongs in types/apex/${cls.name}.d.ts`
            );
        }
        const fn = decl.fn;
        if (!fn) {
            this.add(
                decl.file,
                decl.line,
                'apex-contract-shape',
                `'${APEX_MODULE_PREFIX}${decl.target}' has no 'export default function ${method.name}(…)'; ` +
                    `expected ${this.expectedDeclaration(contract)}`
            );
            return;
        }
        this.checkParams(contract, decl, fn);
        this.checkReturn(contract, decl, fn);
    }

    private checkParams(
        contract: ApexContract,
        decl: ApexModuleDeclaration,
        fn: ts.FunctionDeclaration
    ): void {
        const { cls, method } = contract;
        const label = `${cls.name}.${method.name}`;
        const apexAt = this.where(cls.file, method.line);
        const fnLine = tsLine(fn, decl.sourceFile);
        const apexSignature = `${label}(${method.params.map(apexTypeText).join(', ')})`;
        if (fn.parameters.length > 1) {
            this.add(
                decl.file,
                fnLine,
                'apex-contract-shape',
                `${label} is declared with ${fn.parameters.length} parameters; an Apex call takes one object of ` +
                    `named parameters: ${this.expectedDeclaration(contract)}`
            );
            return;
        }
        let members: TsMember[] = [];
        const param = fn.parameters[0];
        if (param) {
            const found = param.type
                ? this.objectMembers(param.type, [], decl.sourceFile, decl.file)
                : undefined;
            if (!found) {
                this.add(
                    decl.file,
                    tsLine(param, decl.sourceFile),
                    'apex-contract-shape',
                    `the parameter of ${label} must be an object type of named parameters ` +
                        `(e.g. { a: string }); expected ${this.expectedDeclaration(contract)}`
                );
                return;
            }
            members = found;
        }
        const pairing = pairNames(
            method.params,
            members,
            (p) => p.name,
            (m) => m.name
        );
        for (const [apex, tsMember] of pairing.matched) {
            const expected = this.resolve(cls, apex);
            if (!tsMember.type || !this.matcher.matches(expected, tsMember.type, tsMember.scope)) {
                this.add(
                    tsMember.file,
                    tsMember.line,
                    'apex-contract-param',
                    `parameter '${apex.name}' of ${label}: Apex declares ${apex.type.text} (TS ${expectedTs(expected)}) ` +
                        `but the declaration says ${tsMember.typeText} (${apexAt})`
                );
            }
        }
        for (const [apex, tsMember] of pairing.renamed) {
            this.add(
                tsMember.file,
                tsMember.line,
                'apex-contract-param',
                `Apex parameter ${label}(${apex.name}) has no TS counterpart; TS parameter '${tsMember.name}' has no ` +
                    `Apex counterpart (Apex binds parameters by name; ${apexAt}, Apex signature ${apexSignature})`
            );
        }
        for (const apex of pairing.apexOnly) {
            this.add(
                decl.file,
                fnLine,
                'apex-contract-param',
                `the declaration of ${label} lacks parameter '${apex.name}: ${expectedTs(this.resolve(cls, apex))}' ` +
                    `(Apex signature ${apexSignature}, ${apexAt})`
            );
        }
        for (const tsMember of pairing.tsOnly) {
            this.add(
                tsMember.file,
                tsMember.line,
                'apex-contract-param',
                `TS parameter '${tsMember.name}' of ${label} has no Apex counterpart ` +
                    `(Apex signature ${apexSignature}, ${apexAt})`
            );
        }
    }

    private checkReturn(
        contract: ApexContract,
        decl: ApexModuleDeclaration,
        fn: ts.FunctionDeclaration
    ): void {
        const { cls, method } = contract;
        const label = `${cls.name}.${method.name}`;
        const expected = this.returnType(contract);
        const apexReturn = method.returnType ? method.returnType.text : 'void';
        const line = tsLine(fn.type ?? fn, decl.sourceFile);
        const promised =
            fn.type &&
            ts.isTypeReferenceNode(fn.type) &&
            entityNameText(fn.type.typeName) === 'Promise' &&
            fn.type.typeArguments?.length === 1
                ? fn.type.typeArguments[0]
                : undefined;
        if (!promised || !this.matcher.matches(expected, promised, [])) {
            const actual = fn.type ? fn.type.getText(decl.sourceFile) : 'no return type';
            this.add(
                decl.file,
                line,
                'apex-contract-return',
                `return type of ${label}: Apex returns ${apexReturn} (TS Promise<${expectedTs(expected)}>) but the ` +
                    `declaration says ${actual} (${this.where(cls.file, method.line)})`
            );
        }
    }

    /** Properties of an object literal type or of a declared interface it names; undefined for other types. */
    private objectMembers(
        node: ts.TypeNode,
        scope: string[],
        sourceFile: ts.SourceFile,
        file: string
    ): TsMember[] | undefined {
        if (ts.isTypeLiteralNode(node)) {
            return node.members.filter(ts.isPropertySignature).map((m) => ({
                name: memberName(m.name, sourceFile),
                type: m.type,
                typeText: m.type ? m.type.getText(sourceFile) : 'no type',
                scope,
                file,
                line: tsLine(m, sourceFile)
            }));
        }
        if (ts.isTypeReferenceNode(node) && !node.typeArguments) {
            const resolved = resolveTsName(this.decls, entityNameText(node.typeName), scope);
            if (resolved && this.decls.interfaces.has(resolved)) {
                return this.interfaceMembers(resolved, new Set());
            }
            const alias = resolved ? this.decls.aliases.get(resolved) : undefined;
            if (alias && ts.isTypeAliasDeclaration(alias.node)) {
                return this.objectMembers(alias.node.type, alias.scope, alias.sourceFile, alias.file);
            }
        }
        return undefined;
    }

    /** Properties of a declared interface, merged over its declarations and the interfaces it extends. */
    private interfaceMembers(fullName: string, seen: Set<string>): TsMember[] {
        if (seen.has(fullName)) {
            return [];
        }
        seen.add(fullName);
        const byName = new Map<string, TsMember>();
        for (const entry of this.decls.interfaces.get(fullName) ?? []) {
            const node = entry.node;
            if (!ts.isInterfaceDeclaration(node)) {
                continue;
            }
            for (const clause of node.heritageClauses ?? []) {
                for (const base of clause.types) {
                    const written = base.expression.getText(entry.sourceFile);
                    const resolved = resolveTsName(this.decls, written, entry.scope);
                    for (const inherited of resolved ? this.interfaceMembers(resolved, seen) : []) {
                        byName.set(inherited.name, inherited);
                    }
                }
            }
            for (const member of node.members.filter(ts.isPropertySignature)) {
                const name = memberName(member.name, entry.sourceFile);
                byName.set(name, {
                    name,
                    type: member.type,
                    typeText: member.type ? member.type.getText(entry.sourceFile) : 'no type',
                    scope: entry.scope,
                    file: entry.file,
                    line: tsLine(member, entry.sourceFile)
                });
            }
        }
        return [...byName.values()];
    }

    /** Walks the project classes reachable from the contracts and checks each against its interface. */
    checkDtos(contracts: Map<string, ApexContract>): void {
        const usedBy = new Map<string, string>();
        const queue: string[] = [];
        const enqueue = (type: ApexType, user: string): void => {
            const names: string[] = [];
            collectDtoNames(type, names);
            for (const name of names) {
                if (!usedBy.has(name)) {
                    usedBy.set(name, user);
                    queue.push(name);
                }
            }
        };
        for (const contract of contracts.values()) {
            const user = `${contract.cls.name}.${contract.method.name}`;
            enqueue(this.returnType(contract), user);
            for (const param of contract.method.params) {
                enqueue(this.resolve(contract.cls, param), user);
            }
        }
        while (queue.length > 0) {
            const name = queue.shift() as string;
            const cls = this.index.classes.get(name.toLowerCase());
            if (!cls) {
                continue;
            }
            for (const { owner, field } of serializedFields(this.index, cls)) {
                enqueue(this.resolve(owner, field), `${cls.name}.${field.name}`);
            }
            this.checkDto(cls, usedBy.get(name) ?? '');
        }
        for (const fullName of this.decls.interfaces.keys()) {
            if (!fullName.startsWith(`${APEX_TS_NAMESPACE}.`)) {
                continue;
            }
            const cls = this.index.classes.get(fullName.slice(APEX_TS_NAMESPACE.length + 1).toLowerCase());
            if (cls && cls.kind === 'class' && !cls.isTest && !usedBy.has(cls.name)) {
                if (`${APEX_TS_NAMESPACE}.${cls.name}` === fullName) {
                    this.checkDto(cls, '');
                }
            }
        }
    }

    private checkDto(cls: ApexClassInfo, user: string): void {
        const tsName = `${APEX_TS_NAMESPACE}.${cls.name}`;
        const entries = this.decls.interfaces.get(tsName);
        if (!entries) {
            const inner = cls.name.split('.');
            const where =
                inner.length > 1
                    ? `declare namespace ${APEX_TS_NAMESPACE} { namespace ${inner[0]} { interface ${inner[1]} { … } } }`
                    : `declare namespace ${APEX_TS_NAMESPACE} { interface ${cls.name} { … } }`;
            const flat =
                this.decls.interfaces.has(`${APEX_TS_NAMESPACE}.${inner.join('_')}`) && inner.length > 1
                    ? ` (${APEX_TS_NAMESPACE}.${inner.join('_')} exists, but inner classes use a nested namespace)`
                    : '';
            this.add(
                cls.file,
                cls.line,
                'apex-dto-missing',
                `Apex class ${cls.name} is used by ${user} but has no TS interface ${tsName}${flat}; add ${where} ` +
                    `under types/apex/`
            );
            return;
        }
        const first = entries[0];
        const fields = serializedFields(this.index, cls);
        const members = this.interfaceMembers(tsName, new Set());
        const pairing = pairNames(
            fields,
            members,
            (f) => f.field.name,
            (m) => m.name
        );
        for (const [{ owner, field }, member] of pairing.matched) {
            const expected = this.resolve(owner, field);
            if (!member.type || !this.matcher.matches(expected, member.type, member.scope)) {
                this.add(
                    member.file,
                    member.line,
                    'apex-dto-field',
                    `${tsName}.${member.name}: Apex ${owner.name}.${field.name} is ${field.type.text} ` +
                        `(TS ${expectedTs(expected)}) but the interface says ${member.typeText} ` +
                        `(${this.where(owner.file, field.line)})`
                );
            }
        }
        for (const [{ owner, field }, member] of pairing.renamed) {
            this.add(
                member.file,
                member.line,
                'apex-dto-field',
                `Apex ${owner.name}.${field.name} has no TS counterpart; TS ${tsName}.${member.name} has no Apex ` +
                    `counterpart (renamed on one side? ${this.where(owner.file, field.line)})`
            );
        }
        for (const { owner, field } of pairing.apexOnly) {
            this.add(
                first.file,
                first.line,
                'apex-dto-field',
                `Apex ${owner.name}.${field.name} has no TS counterpart in ${tsName}; add ` +
                    `'${field.name}: ${expectedTs(this.resolve(owner, field))} | null' (${this.where(owner.file, field.line)})`
            );
        }
        for (const member of pairing.tsOnly) {
            this.add(
                member.file,
                member.line,
                'apex-dto-field',
                `TS ${tsName}.${member.name} has no Apex counterpart: ${cls.name} has no @AuraEnabled field or ` +
                    `property '${member.name}' (${this.where(cls.file, cls.line)})`
            );
        }
    }

    reportParseProblems(): void {
        for (const problem of this.index.problems) {
            this.add(
                problem.file,
                problem.line,
                'apex-contract-parse',
                `cannot parse Apex (${problem.message}); its contracts and DTOs were not checked`
            );
        }
    }
}

/**
 * Checks that the TypeScript declarations under `types/apex/` match the project's `@AuraEnabled` Apex:
 * one `@salesforce/apex/Cls.method` module per method with the same parameter names and mapped types,
 * and one `Apex.<Class>` interface per class reachable from those methods with the same fields.
 * Returns an empty array when every contract matches.
 */
export async function checkApexContracts(projectDir: string): Promise<Finding[]> {
    const checker = new ApexContractChecker(
        projectDir,
        loadApexClasses(projectDir),
        loadApexDeclarations(projectDir)
    );
    checker.reportParseProblems();
    const contracts = checker.collectContracts();
    checker.checkContracts(contracts);
    checker.checkDtos(contracts);
    return checker.findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

if (require.main === module) {
    const projectDir = path.resolve(process.argv[2] ?? '.');
    checkApexContracts(projectDir).then(
        (findings) => {
            for (const finding of findings) {
                console.log(formatFinding(finding, projectDir));
            }
            console.log(`apex-contracts: ${findings.length} finding(s)`);
            process.exitCode = findings.length > 0 ? 1 : 0;
        },
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : String(error));
            process.exitCode = 2;
        }
    );
}
