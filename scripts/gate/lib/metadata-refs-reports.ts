import { type ParsedDocument } from './metadata-inventory';
import {
    checkComponent,
    checkObject,
    findDocument,
    isForeign,
    label,
    type RefContext,
    RULE_MISSING,
    withoutNamespace
} from './metadata-ref-context';
import { checkFolder } from './metadata-refs-folders';
import { type FieldLookup, refLabel } from './metadata-schema-lookup';
import { childElements, childText, descendants, type XmlElement } from './metadata-xml-tree';
import {
    reportColumnReferences,
    reportGroupings,
    reportOwnNames,
    reportSummaries,
    STANDARD_REPORT_TYPES,
    summaryFormulaColumns
} from './report-columns';
import {
    columnKey,
    readReportTypeLayout,
    resolveLayoutField,
    type ReportTypeLayout
} from './report-type-layout';
import { suggest } from './schema-paths';

/** Summaries that only numbers take (Min and Max also take dates, Unique anything). */
const NUMERIC_SUMMARIES = new Set(['Sum', 'Average', 'Median']);
/** Custom field types a numeric summary accepts (formula fields count by their result type). */
const NUMERIC_TYPES = new Set(['Number', 'Currency', 'Percent', 'Summary']);

/** `, but Account_Plan__c has no field Tier_c (did you mean Tier__c?)` for a failed lookup. */
function whyMissing(result: FieldLookup): string {
    if (result.ok) {
        return '';
    }
    const hint = result.suggestion ? ` (did you mean ${result.suggestion}?)` : '';
    const what =
        result.kind === 'field' ? 'field' : result.kind === 'relationship' ? 'relationship' : 'object';
    return result.kind === 'object'
        ? `, but object ${result.segment} does not exist${hint}`
        : `, but ${result.on} has no ${what} ${result.segment}${hint}`;
}

/** Report types: base object, joins (child relationships, nested) and every section column's field. */
export function checkReportTypeReferences(ctx: RefContext, doc: ParsedDocument): void {
    const layout = readReportTypeLayout(ctx.schema, doc);
    if (!checkObject(ctx, doc, layout.baseElement, layout.baseObject, 'is based on') || !layout.baseObject) {
        return;
    }
    for (const join of layout.brokenJoins) {
        ctx.report(
            doc,
            join.element,
            RULE_MISSING,
            `${label(doc)} joins ${join.from}.${join.relationship}, but ${refLabel(join.on)} has no child relationship ${join.relationship}`
        );
    }
    const seen = new Set<string>();
    for (const column of layout.columns) {
        const key = columnKey(column.table, column.field);
        if (seen.has(key)) {
            ctx.report(
                doc,
                column.element,
                RULE_MISSING,
                `${label(doc)} lists ${column.table}.${column.field} twice: each column may appear once`
            );
        }
        seen.add(key);
        const table = layout.tables.get(column.table.toLowerCase());
        if (!table) {
            const paths = [...layout.tables.values()].map((t) => t.path);
            ctx.report(
                doc,
                column.tableElement ?? column.element,
                RULE_MISSING,
                `${label(doc)} shows ${column.field} of table ${column.table}, which is not one of its tables (${paths.join(', ')})`
            );
        } else if (table.ref) {
            const result = resolveLayoutField(ctx.schema, table.ref, column.field);
            if (!result.ok) {
                const hint = result.suggestion ? ` (did you mean ${result.suggestion}?)` : '';
                const detail =
                    result.kind === 'field' && !column.field.includes('.')
                        ? `, which does not exist${hint}`
                        : whyMissing(result);
                ctx.report(
                    doc,
                    column.element,
                    RULE_MISSING,
                    `${label(doc)} shows ${column.table}.${column.field}${detail}`
                );
            }
        }
    }
}

/** Checks every column reference of a report against its custom report type's tables, fields and layout. */
function checkCustomReportTypeColumns(
    ctx: RefContext,
    doc: ParsedDocument,
    typeName: string,
    layout: ReportTypeLayout
): void {
    const own = reportOwnNames(doc.root);
    for (const ref of reportColumnReferences(doc.root)) {
        if (own.has(ref.value.toLowerCase())) {
            continue;
        }
        const dollar = ref.value.lastIndexOf('$');
        if (dollar <= 0) {
            ctx.report(
                doc,
                ref.element,
                RULE_MISSING,
                `${label(doc)} ${ref.verb} ${ref.value}, which is not a column of report type ${typeName}: its columns read Table$Field (${layout.baseObject}$Name)`
            );
            continue;
        }
        const tableName = ref.value.slice(0, dollar);
        const field = ref.value.slice(dollar + 1);
        const table = layout.tables.get(tableName.toLowerCase());
        if (!table) {
            const paths = [...layout.tables.values()].map((t) => t.path);
            ctx.report(
                doc,
                ref.element,
                RULE_MISSING,
                `${label(doc)} ${ref.verb} ${ref.value}, but report type ${typeName} has no table ${tableName} (its tables: ${paths.join(', ')})`
            );
            continue;
        }
        const result = table.ref ? resolveLayoutField(ctx.schema, table.ref, field) : { ok: true as const };
        if (!result.ok) {
            ctx.report(
                doc,
                ref.element,
                RULE_MISSING,
                `${label(doc)} ${ref.verb} ${ref.value}${whyMissing(result)}`
            );
        } else if (!layout.columnKeys.has(columnKey(tableName, field))) {
            ctx.report(
                doc,
                ref.element,
                RULE_MISSING,
                `${label(doc)} ${ref.verb} ${ref.value}, which report type ${typeName} does not offer: add ${field} of table ${table.path} to a section of ${typeName}.reportType-meta.xml`
            );
        }
    }
    // Summary formulas name columns with a dot: `Account_Plan__c.Won_Last_12_Months__c:SUM`.
    const dotted = new Set(layout.columns.map((c) => `${c.table}.${c.field}`.toLowerCase()));
    for (const aggregate of childElements(doc.root, 'aggregates')) {
        const formula = childElements(aggregate, 'calculatedFormula')[0];
        const name = childText(aggregate, 'developerName') ?? '';
        for (const { column, fn } of summaryFormulaColumns(formula?.text ?? '')) {
            if (formula && !dotted.has(column.toLowerCase())) {
                ctx.report(
                    doc,
                    formula,
                    RULE_MISSING,
                    `${label(doc)} (summary formula ${name}) takes ${column}:${fn}, which is not a column of report type ${typeName} (formulas write Table.Field)`
                );
            }
        }
    }
    checkSummaryTypes(ctx, doc, layout);
}

/** A numeric summary (`Sum`, `Average`, `Median`) on a custom field that is not a number. */
function checkSummaryTypes(ctx: RefContext, doc: ParsedDocument, layout: ReportTypeLayout): void {
    for (const column of childElements(doc.root, 'columns')) {
        const field = childText(column, 'field') ?? '';
        const dollar = field.lastIndexOf('$');
        const table = layout.tables.get(field.slice(0, Math.max(dollar, 0)).toLowerCase());
        if (dollar <= 0 || table?.ref?.kind !== 'object') {
            continue;
        }
        const facts = ctx.inventory.field(table.ref.object.name, field.slice(dollar + 1));
        for (const element of childElements(column, 'aggregateTypes')) {
            if (facts && NUMERIC_SUMMARIES.has(element.text) && !NUMERIC_TYPES.has(facts.type)) {
                ctx.report(
                    doc,
                    element,
                    RULE_MISSING,
                    `${label(doc)} takes the ${element.text} of ${field}, a ${facts.type} field: only number, currency and percent fields have one`
                );
            }
        }
    }
}

/** Report-internal consistency: grouped fields are not also columns; the chart groups by groupings and charts summaries. */
function checkReportShape(ctx: RefContext, doc: ParsedDocument): void {
    const groupings = reportGroupings(doc.root);
    for (const element of descendants(doc.root, ['columns', 'field'])) {
        if (groupings.has(element.text.toLowerCase())) {
            ctx.report(
                doc,
                element,
                RULE_MISSING,
                `${label(doc)} groups by ${element.text} and also lists it as a column: remove the column, the grouping shows it`
            );
        }
    }
    const chart = childElements(doc.root, 'chart')[0];
    for (const element of [
        ...childElements(chart, 'groupingColumn'),
        ...childElements(chart, 'secondaryGroupingColumn')
    ]) {
        if (!groupings.has(element.text.toLowerCase())) {
            ctx.report(
                doc,
                element,
                RULE_MISSING,
                `${label(doc)} (chart) groups by ${element.text}, which is not one of the report's groupings`
            );
        }
    }
    for (const summary of childElements(chart, 'chartSummaries')) {
        checkSummaryReference(ctx, doc, summary, doc, `${label(doc)} (chart)`);
    }
}

/**
 * A chart or dashboard summary (`<aggregate>Sum</aggregate><column>X</column>`) must name the record
 * count, a summary formula, or a column the source report summarises that way.
 */
export function checkSummaryReference(
    ctx: RefContext,
    doc: ParsedDocument,
    summary: XmlElement,
    source: ParsedDocument,
    who: string
): void {
    const columnElement = childElements(summary, 'column')[0];
    const column = columnElement?.text ?? '';
    const aggregate = childText(summary, 'aggregate');
    const own = reportOwnNames(source.root);
    if (!columnElement || own.has(column.toLowerCase())) {
        return;
    }
    const summaries = reportSummaries(source.root).get(column.toLowerCase());
    const inReport = source === doc ? '' : ` of report ${source.name}`;
    if (!summaries) {
        ctx.report(
            doc,
            columnElement,
            RULE_MISSING,
            `${who} summarises ${column}, which is not a column${inReport}`
        );
    } else if (!aggregate || !summaries.has(aggregate)) {
        const found = [...summaries].join(', ') || 'none';
        ctx.report(
            doc,
            columnElement,
            RULE_MISSING,
            `${who} takes the ${aggregate ?? '(missing <aggregate>)'} of ${column}, but the column${inReport} is summarised by ${found}: add <aggregateTypes>${aggregate ?? 'Sum'}</aggregateTypes> to it`
        );
    }
}

/**
 * Reports: their folder; the report type (a custom `Name__c` of the project, an object report type
 * `CustomEntity$Object__c` or a known standard one); for custom report types every column, grouping,
 * filter, sort, date filter, chart and summary formula column against the report type's tables, fields
 * and layout; the chart against the report's groupings and summaries.
 */
export function checkReportReferences(ctx: RefContext, doc: ParsedDocument): void {
    checkFolder(ctx, doc);
    checkReportShape(ctx, doc);
    const element = childElements(doc.root, 'reportType')[0];
    const value = element?.text ?? '';
    if (!element || !value || isForeign(ctx, value.replace(/^.*\$/, ''))) {
        return;
    }
    if (value.startsWith('CustomEntity$')) {
        for (const objectName of value.split('$').slice(1)) {
            checkObject(ctx, doc, element, objectName, 'reports on');
        }
        return;
    }
    if (/^[A-Za-z][A-Za-z0-9_]*__c$/.test(value)) {
        const typeName = withoutNamespace(ctx, value).slice(0, -3);
        const typeDoc = findDocument(ctx, 'ReportType', typeName);
        if (!typeDoc) {
            checkComponent(ctx, doc, element, 'ReportType', typeName, 'uses');
            return;
        }
        checkCustomReportTypeColumns(ctx, doc, typeName, readReportTypeLayout(ctx.schema, typeDoc));
        return;
    }
    if (STANDARD_REPORT_TYPES.has(value.toLowerCase())) {
        return;
    }
    const hint = suggest(value.replace(/__c$/i, ''), ctx.inventory.list('ReportType'));
    ctx.report(
        doc,
        element,
        RULE_MISSING,
        `${label(doc)} uses report type ${value}, which is neither a custom report type of the project (Name__c), an object report type (CustomEntity$Object__c) nor a standard report type the gate knows${hint ? ` (did you mean ${hint}__c?)` : ''}`
    );
}
