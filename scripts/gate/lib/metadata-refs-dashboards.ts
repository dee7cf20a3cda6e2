import { type ParsedDocument } from './metadata-inventory';
import { checkComponent, findDocument, label, type RefContext, RULE_MISSING } from './metadata-ref-context';
import { checkFolder } from './metadata-refs-folders';
import { checkSummaryReference } from './metadata-refs-reports';
import { childElements, childText, descendants, type XmlElement } from './metadata-xml-tree';
import { reportGroupings, reportOwnNames, reportSummaries } from './report-columns';

/** The dashboard components of a Lightning (grid) or Classic (three sections) dashboard. */
function dashboardComponents(root: XmlElement): XmlElement[] {
    return [
        ...descendants(root, ['dashboardGridLayout', 'dashboardGridComponents', 'dashboardComponent']),
        ...['leftSection', 'middleSection', 'rightSection'].flatMap((s) =>
            descendants(root, [s, 'components'])
        )
    ];
}

/** Checks what one dashboard component reads from its source report. */
function checkComponentColumns(
    ctx: RefContext,
    doc: ParsedDocument,
    component: XmlElement,
    source: ParsedDocument
): void {
    const title =
        childText(component, 'header') ??
        childText(component, 'title') ??
        childText(component, 'componentType');
    const who = `${label(doc)} (component "${title ?? ''}")`;
    const groupings = reportGroupings(source.root);
    for (const element of childElements(component, 'groupingColumn')) {
        if (!groupings.has(element.text.toLowerCase())) {
            ctx.report(
                doc,
                element,
                RULE_MISSING,
                `${who} groups by ${element.text}, which report ${source.name} does not group by`
            );
        }
    }
    for (const summary of childElements(component, 'chartSummary')) {
        checkSummaryReference(ctx, doc, summary, source, who);
    }
    // Table components name report columns with a dot (`Account_Plan__c.Tier__c`) where the report writes `$`.
    const dotted = (name: string): string => name.replace(/\$/g, '.').toLowerCase();
    const own = reportOwnNames(source.root);
    const details = new Set([...reportSummaries(source.root).keys()].map(dotted));
    const grouped = new Set([...groupings].map(dotted));
    const tableColumns = [
        ...descendants(component, ['flexComponentProperties', 'flexTableColumn']).map((c) => ({
            element: childElements(c, 'reportColumn')[0],
            kind: childText(c, 'type') ?? 'detail'
        })),
        ...descendants(component, ['flexComponentProperties', 'flexTableSortInfo', 'sortColumn']).map(
            (element) => ({ element, kind: 'any' })
        ),
        ...descendants(component, ['dashboardTableColumn', 'column']).map((element) => ({
            element,
            kind: 'any'
        }))
    ];
    for (const { element, kind } of tableColumns) {
        const name = dotted(element?.text ?? '');
        if (!element || kind === 'aggregate' || own.has(name)) {
            continue;
        }
        const known =
            kind === 'detail'
                ? details.has(name)
                : kind === 'grouping'
                  ? grouped.has(name)
                  : details.has(name) || grouped.has(name);
        if (!known) {
            ctx.report(
                doc,
                element,
                RULE_MISSING,
                `${who} shows ${element.text}, which is not a ${kind === 'grouping' ? 'grouping' : 'column'} of report ${source.name}`
            );
        }
    }
}

/** Dashboards: their folder, the source report of every component (`Folder/Report`) and the columns each component reads from it. */
export function checkDashboardReferences(ctx: RefContext, doc: ParsedDocument): void {
    checkFolder(ctx, doc);
    for (const component of dashboardComponents(doc.root)) {
        const element = childElements(component, 'report')[0];
        if (!element?.text) {
            continue;
        }
        checkComponent(ctx, doc, element, 'Report', element.text, 'shows');
        const source = findDocument(ctx, 'Report', element.text);
        if (source) {
            checkComponentColumns(ctx, doc, component, source);
        }
    }
}
