import fs from 'node:fs';
import path from 'node:path';
import {
    type ApexParserRuleContext,
    BoundExpressionContext,
    FieldNameContext,
    type FromNameListContext,
    type GroupByClauseContext,
    type OrderByClauseContext,
    QueryContext,
    type SelectEntryContext,
    SoqlIdContext,
    type SubFieldEntryContext,
    SubQueryContext,
    TypeOfContext,
    type WhereClauseContext
} from '@apexdevtools/apex-parser';
import { apexSources } from '../lib/files';
import { type Finding, formatFinding } from '../lib/finding';
import { type ObjectRef, refLabel, SchemaResolver, suggest } from '../lib/schema-paths';
import { extractSoql, findContexts } from '../lib/soql-queries';
import { loadSchema, loadStandardSchema } from '../lib/standard-schema';

/** The object a (sub-)query reads and the names that may prefix its field paths. */
interface Scope {
    ref: ObjectRef;
    /** Lower-case object name / alias → what it stands for (`FROM Contact c, c.Account a`). */
    aliases: Map<string, ObjectRef>;
    /** How messages name the query: `FROM Widget__c`, `sub-query FROM Widgets__r`. */
    label: string;
}

type Clause = 'SELECT' | 'WHERE' | 'GROUP BY' | 'HAVING' | 'ORDER BY' | 'TYPEOF';

/** Walks the queries of one file and collects findings. */
class SoqlChecker {
    readonly findings: Finding[] = [];

    constructor(
        private readonly resolver: SchemaResolver,
        private readonly file: string
    ) {}

    private report(ctx: ApexParserRuleContext, rule: string, message: string): void {
        this.findings.push({ file: this.file, line: ctx.start.line, rule, message });
    }

    private segments(ctx: FieldNameContext): string[] {
        return ctx.soqlId_list().map((id) => id.getText());
    }

    /** Checks a top-level or semi-join query: its FROM names an object. */
    checkQuery(query: QueryContext | SubQueryContext, kind: '' | 'semi-join ' = ''): void {
        const scope = this.topScope(query.fromNameList(), kind);
        if (!scope) {
            return;
        }
        this.checkBody(query, scope);
    }

    private topScope(from: FromNameListContext | null, kind: string): Scope | undefined {
        const first = from?.fieldName(0);
        if (!from || !first) {
            return undefined;
        }
        const name = this.segments(first).join('.');
        const ref = this.resolver.object(name);
        if (!ref) {
            const hint = suggest(name, this.resolver.objectNames());
            this.report(
                first,
                'soql-unknown-object',
                `Unknown object ${name} in SOQL ${kind}FROM${hint ? `: did you mean ${hint}?` : ''}`
            );
            return undefined;
        }
        return this.withAliases(from, ref, `${kind}FROM ${refLabel(ref)}`);
    }

    /** Records the FROM alias (`FROM Contact c`) and relationship aliases (`, c.Account a`). */
    private withAliases(from: FromNameListContext, ref: ObjectRef, label: string): Scope {
        const aliases = new Map<string, ObjectRef>();
        const first = from.fieldName(0);
        const firstSegments = first ? this.segments(first) : [];
        aliases.set(firstSegments[firstSegments.length - 1].toLowerCase(), ref);
        aliases.set(refLabel(ref).toLowerCase(), ref);
        const scope: Scope = { ref, aliases, label };
        // fromNameList: fieldName soqlId? (COMMA fieldName soqlId?)* - pair each alias with its name.
        // A name that does not resolve is reported once; its alias then accepts anything (no follow-ups).
        let named: ObjectRef = ref;
        for (const child of from.children ?? []) {
            if (child instanceof FieldNameContext) {
                if (child !== first) {
                    const segs = this.segments(child);
                    named = this.resolveRelationshipPath(scope, segs, child) ?? {
                        kind: 'any',
                        label: segs.join('.')
                    };
                    aliases.set(segs[segs.length - 1].toLowerCase(), named);
                }
            } else if (child instanceof SoqlIdContext) {
                aliases.set(child.getText().toLowerCase(), named);
            }
        }
        return scope;
    }

    /** Follows a relationship-only path (`c.Account`) from the scope; reports when `report` is given. */
    private resolveRelationshipPath(
        scope: Scope,
        segs: string[],
        report?: FieldNameContext
    ): ObjectRef | undefined {
        const [start, rest] = this.start(scope, segs);
        let current = start;
        for (const seg of rest) {
            const next = this.resolver.relationship(current, seg);
            if (!next) {
                if (report) {
                    this.report(
                        report,
                        'soql-unknown-relationship',
                        `Unknown relationship ${seg} on ${refLabel(current)} in SOQL ${scope.label}`
                    );
                }
                return undefined;
            }
            current = next;
        }
        return current;
    }

    /** Strips a leading object name / alias (`w.Name`, `Contact.FirstName`) unless it is a relationship. */
    private start(scope: Scope, segs: string[]): [ObjectRef, string[]] {
        if (segs.length > 1) {
            const aliased = scope.aliases.get(segs[0].toLowerCase());
            if (aliased && !this.resolver.relationship(scope.ref, segs[0])) {
                return [aliased, segs.slice(1)];
            }
        }
        return [scope.ref, segs];
    }

    /** Checks one field path in the scope. */
    private checkField(scope: Scope, ctx: FieldNameContext, clause: Clause, aliases: Set<string>): void {
        const segs = this.segments(ctx);
        if (segs.length === 0 || (segs.length === 1 && aliases.has(segs[0].toLowerCase()))) {
            return;
        }
        const [ref, rest] = this.start(scope, segs);
        const result = this.resolver.path(ref, rest);
        if (result.ok) {
            return;
        }
        const written = segs.join('.');
        const where = `in SOQL (${scope.label}, ${clause})`;
        const pathNote = rest.length > 1 ? ` (path ${written})` : '';
        const hint = result.suggestion ? `: did you mean ${result.suggestion}?` : '';
        if (result.kind === 'relationship') {
            this.report(
                ctx,
                'soql-unknown-relationship',
                `Unknown relationship ${result.segment} on ${result.on}${pathNote} ${where}${hint}`
            );
        } else {
            const poly =
                result.on === 'Name' && rest.length > 1 && !result.suggestion
                    ? ' (a polymorphic relationship only exposes the Name object fields; use TYPEOF)'
                    : '';
            this.report(
                ctx,
                'soql-unknown-field',
                `Unknown field ${result.on}.${result.segment}${pathNote} ${where}${hint}${poly}`
            );
        }
    }

    /** Field paths below `root`, not inside sub-queries, TYPEOF or Apex bind expressions. */
    private fieldsIn(root: ApexParserRuleContext | null): FieldNameContext[] {
        return root
            ? findContexts(root, FieldNameContext, [SubQueryContext, TypeOfContext, BoundExpressionContext])
            : [];
    }

    private checkBody(query: QueryContext | SubQueryContext, scope: Scope): void {
        const entries: (SelectEntryContext | SubFieldEntryContext)[] =
            query instanceof QueryContext
                ? (query.selectList()?.selectEntry_list() ?? [])
                : (query.subFieldList()?.subFieldEntry_list() ?? []);
        const selectAliases = new Set<string>();
        for (const entry of entries) {
            const alias = entry.soqlId();
            if (alias) {
                selectAliases.add(alias.getText().toLowerCase());
            }
        }
        const none = new Set<string>();
        for (const entry of entries) {
            const sub = entry.subQuery();
            const typeOf = entry.typeOf();
            if (sub) {
                this.checkChildQuery(sub, scope);
            } else if (typeOf) {
                this.checkTypeOf(typeOf, scope);
            } else {
                for (const field of this.fieldsIn(entry)) {
                    this.checkField(scope, field, 'SELECT', none);
                }
            }
        }
        const where: WhereClauseContext | null = query.whereClause();
        for (const field of this.fieldsIn(where)) {
            this.checkField(scope, field, 'WHERE', none);
        }
        if (where) {
            for (const semiJoin of findContexts(where, SubQueryContext, [BoundExpressionContext])) {
                this.checkQuery(semiJoin, 'semi-join ');
            }
        }
        if (query instanceof QueryContext) {
            const groupBy: GroupByClauseContext | null = query.groupByClause();
            for (const field of this.fieldsIn(groupBy?.fieldGroupByList() ?? null)) {
                this.checkField(scope, field, 'GROUP BY', selectAliases);
            }
            for (const field of this.fieldsIn(groupBy?.logicalExpression() ?? null)) {
                this.checkField(scope, field, 'HAVING', selectAliases);
            }
        }
        const orderBy: OrderByClauseContext | null = query.orderByClause();
        for (const field of this.fieldsIn(orderBy)) {
            this.checkField(scope, field, 'ORDER BY', selectAliases);
        }
    }

    /** `(SELECT ... FROM Contacts)`: FROM names a child relationship of the outer object. */
    private checkChildQuery(sub: SubQueryContext, outer: Scope): void {
        const from = sub.fromNameList();
        const nameCtx = from?.fieldName(0);
        if (!from || !nameCtx) {
            return;
        }
        let segs = this.segments(nameCtx);
        if (segs.length > 1 && outer.aliases.has(segs[0].toLowerCase())) {
            segs = segs.slice(1);
        }
        const name = segs.join('.');
        const ref = this.resolver.childRelationship(outer.ref, name);
        if (!ref) {
            const hint = suggest(name, this.resolver.childRelationshipNames(outer.ref));
            this.report(
                nameCtx,
                'soql-unknown-child-relationship',
                `Unknown child relationship ${name} on ${refLabel(outer.ref)} in SOQL sub-query (${outer.label})${hint ? `: did you mean ${hint}?` : ''}`
            );
            return;
        }
        const label = `sub-query FROM ${name}${ref.kind === 'object' ? ` (${ref.object.name})` : ''}`;
        this.checkBody(sub, this.withAliases(from, ref, label));
    }

    /** `TYPEOF What WHEN Account THEN Phone ELSE Name END`: best effort, WHEN branches only. */
    private checkTypeOf(typeOf: TypeOfContext, scope: Scope): void {
        const relCtx = typeOf.fieldName();
        const relSegs = relCtx ? this.segments(relCtx) : [];
        if (relSegs.length !== 1) {
            return;
        }
        if (!this.resolver.relationship(scope.ref, relSegs[0])) {
            this.report(
                relCtx,
                'soql-unknown-relationship',
                `Unknown relationship ${relSegs[0]} on ${refLabel(scope.ref)} in SOQL TYPEOF (${scope.label})`
            );
            return;
        }
        for (const when of typeOf.whenClause_list()) {
            const typeCtx = when.fieldName();
            const typeName = typeCtx ? this.segments(typeCtx).join('.') : '';
            const ref = typeName ? this.resolver.object(typeName) : undefined;
            if (!ref) {
                if (typeName) {
                    this.report(
                        typeCtx,
                        'soql-unknown-object',
                        `Unknown object ${typeName} in SOQL TYPEOF WHEN (${scope.label})`
                    );
                }
                continue;
            }
            const branch: Scope = {
                ref,
                aliases: new Map(),
                label: `${scope.label}, TYPEOF ${relSegs[0]} WHEN ${typeName}`
            };
            for (const field of when.fieldNameList()?.fieldName_list() ?? []) {
                this.checkField(branch, field, 'TYPEOF', new Set());
            }
        }
    }
}

/**
 * SOQL field check: parses every `.cls` and `.trigger` of the project's package directories with
 * `@apexdevtools/apex-parser` and resolves each inline query (`[SELECT ...]`) against the schema the
 * project sees (standard objects of API 65 merged with the project's objects and fields): the FROM
 * object; every field in SELECT, WHERE, GROUP BY, HAVING and ORDER BY, including inside functions;
 * relationship paths; child sub-queries; semi-joins; TYPEOF branches. Bind variables, aliases and
 * names in other namespaces are ignored. Reports unknown objects, fields, relationships and child
 * relationships with file and line; a file the parser cannot read is reported once.
 */
export async function checkSoqlFields(projectDir: string): Promise<Finding[]> {
    const sources = apexSources(projectDir);
    if (sources.length === 0) {
        return [];
    }
    const resolver = new SchemaResolver(
        loadSchema(projectDir),
        loadStandardSchema(projectDir),
        SchemaResolver.projectNamespace(projectDir)
    );
    const findings: Finding[] = [];
    for (const file of sources) {
        const source = fs.readFileSync(file, 'utf8');
        const { queries, syntaxErrors } = extractSoql(source, file.endsWith('.trigger'));
        if (syntaxErrors.length > 0) {
            const first = syntaxErrors[0];
            findings.push({
                file,
                line: first.line,
                rule: 'soql-apex-syntax',
                message: `Cannot check the SOQL of ${path.basename(file)}: Apex syntax error at line ${first.line}:${first.column}: ${first.message}`
            });
            continue;
        }
        const checker = new SoqlChecker(resolver, file);
        for (const query of queries) {
            checker.checkQuery(query);
        }
        findings.push(...checker.findings);
    }
    const seen = new Set<string>();
    return findings.filter((f) => {
        const key = `${f.file}:${f.line}:${f.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

if (require.main === module) {
    // Stand-alone use: `npx tsx scripts/gate/checks/soql-fields.ts [projectDir]`.
    const projectDir = path.resolve(process.argv[2] ?? '.');
    checkSoqlFields(projectDir).then(
        (findings) => {
            for (const finding of findings) {
                console.log(formatFinding(finding, projectDir));
            }
            console.log(`soql-fields: ${findings.length} finding(s)`);
            process.exitCode = findings.length > 0 ? 1 : 0;
        },
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : String(error));
            process.exitCode = 2;
        }
    );
}
