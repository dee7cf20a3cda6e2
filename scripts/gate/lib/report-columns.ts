import { childElements, descendants, type XmlElement } from './metadata-xml-tree';

/** A place where a report names one of its report type's columns, and how messages read it. */
export interface ColumnReference {
    element: XmlElement;
    value: string;
    /** `shows`, `groups by`, `filters on`... */
    verb: string;
}

/**
 * Standard report types a report may use besides custom (`Name__c`) and object (`CustomEntity$Object__c`)
 * report types. Their columns use internal names (`AMOUNT`, `ACCOUNT_NAME`) that are not checked. A
 * standard report type missing here is reported: add it after checking its name in an org (Reports →
 * New Report, or the Analytics REST API's `/analytics/reportTypes`).
 */
export const STANDARD_REPORT_TYPES = new Set(
    [
        'AccountList',
        'AccountContactRole',
        'AccountPartner',
        'AccountTeam',
        'AccountAsset',
        'ContactList',
        'ContactAsset',
        'Opportunity',
        'OpportunityHistory',
        'OpportunityProduct',
        'OpportunityPartner',
        'OpportunityCompetitor',
        'OpportunityContactRole',
        'LeadList',
        'CaseList',
        'Activity'
    ].map((name) => name.toLowerCase())
);

/** Names a report may use that are not report type columns: the record count and grand-summary contexts. */
const BUILT_IN_NAMES = new Set(['rowcount', 'grand_summary', 'row_grand_summary', 'column_grand_summary']);

/** Every place a report names a column: columns, groupings, filters, sort, date filter, chart, buckets, formula contexts. */
export function reportColumnReferences(root: XmlElement): ColumnReference[] {
    const refs: ColumnReference[] = [];
    const add = (elements: XmlElement[], verb: string): void => {
        for (const element of elements) {
            if (element.text) {
                refs.push({ element, value: element.text, verb });
            }
        }
    };
    add(descendants(root, ['columns', 'field']), 'shows');
    add(descendants(root, ['groupingsDown', 'field']), 'groups by');
    add(descendants(root, ['groupingsAcross', 'field']), 'groups by');
    add(descendants(root, ['filter', 'criteriaItems', 'column']), 'filters on');
    add(childElements(root, 'sortColumn'), 'sorts by');
    add(descendants(root, ['timeFrameFilter', 'dateColumn']), 'filters dates on');
    add(descendants(root, ['chart', 'groupingColumn']), 'charts by');
    add(descendants(root, ['chart', 'secondaryGroupingColumn']), 'charts by');
    add(descendants(root, ['chart', 'chartSummaries', 'column']), 'charts');
    add(descendants(root, ['buckets', 'sourceColumnName']), 'buckets');
    add(descendants(root, ['aggregates', 'downGroupingContext']), 'summarises at');
    add(descendants(root, ['aggregates', 'acrossGroupingContext']), 'summarises at');
    add(descendants(root, ['colorRanges', 'columnName']), 'colours');
    add(descendants(root, ['formattingRules', 'columnName']), 'formats');
    return refs;
}

/**
 * Lower-case names the report defines itself (summary formulas, bucket fields, row-level formulas) plus
 * the built-in ones (`RowCount`, `GRAND_SUMMARY`): references to them are not report type columns.
 */
export function reportOwnNames(root: XmlElement): Set<string> {
    const names = new Set(BUILT_IN_NAMES);
    for (const path of [
        ['aggregates', 'developerName'],
        ['buckets', 'developerName'],
        ['customDetailFormulas', 'developerName']
    ]) {
        for (const element of descendants(root, path)) {
            names.add(element.text.toLowerCase());
        }
    }
    return names;
}

/** Summary formula developer names (`FORMULA1`), lower-case. */
export function summaryFormulaNames(root: XmlElement): Set<string> {
    return new Set(descendants(root, ['aggregates', 'developerName']).map((e) => e.text.toLowerCase()));
}

/** Lower-case columns the report groups by (rows and, in a matrix, columns). */
export function reportGroupings(root: XmlElement): Set<string> {
    return new Set(
        [
            ...descendants(root, ['groupingsDown', 'field']),
            ...descendants(root, ['groupingsAcross', 'field'])
        ].map((e) => e.text.toLowerCase())
    );
}

/** Summaries of each column (`Sum`, `Average`...) by lower-case column name. */
export function reportSummaries(root: XmlElement): Map<string, Set<string>> {
    const summaries = new Map<string, Set<string>>();
    for (const column of childElements(root, 'columns')) {
        const field = childElements(column, 'field')[0]?.text;
        if (field) {
            summaries.set(
                field.toLowerCase(),
                new Set(childElements(column, 'aggregateTypes').map((e) => e.text))
            );
        }
    }
    return summaries;
}

/** Report formula summary functions: `Account_Plan__c.Won_Last_12_Months__c:SUM`. */
const SUMMARY_TOKEN = /([A-Za-z][\w$.]*):(SUM|AVG|MIN|MAX|UNIQUE)\b/g;

/** The columns a summary formula summarises, as written (`Table.Field`, dot form), with their function. */
export function summaryFormulaColumns(formula: string): { column: string; fn: string }[] {
    return [...formula.matchAll(SUMMARY_TOKEN)].map((m) => ({ column: m[1], fn: m[2] }));
}
