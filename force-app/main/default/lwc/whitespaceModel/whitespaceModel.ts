/**
 * What the whitespace grid shows, computed from what the server returns: the aggregated opportunity facts
 * per product × business unit cell and the KAM's annotations (Whitespace_Cell__c). The server aggregates;
 * this module classifies, totals, filters and sorts. Pure module: no DOM, no labels.
 *
 * ## Cell status — the one rule (docs/data-model.md, "Whitespace cell status")
 *
 * Several things can be true of one cell; the first that applies decides its status:
 *
 * 1. `won` — at least one won opportunity sold the row's product to the column's unit (line items of wins
 *    closed on or after the grid's `wonSince`), or the opportunity the KAM linked to the cell is won.
 * 2. `pipeline` — at least one open opportunity is selling it there, or the linked opportunity is open.
 * 3. `competitor` — annotated Competitor Held.
 * 4. `notFit` — annotated Not a Fit.
 * 5. `targeted` — annotated Targeted.
 * 6. `open` — none of the above: open whitespace.
 *
 * Why this order: live CRM facts beat opinions. A won deal is the strongest evidence there is, so it beats
 * an open deal (the open one is then expansion on a customer we already serve, still counted in the pipeline
 * totals). An open deal beats every annotation: a deal in progress where the KAM noted "competitor held" is
 * a displacement attempt, one noted "not a fit" proves the note wrong, one noted "targeted" is the target
 * being worked — in each case the deal is what the KAM acts on next. An annotation hidden by a live fact is
 * kept and shown in the cell's detail (`overridden`), never dropped. Among annotations (one picklist value
 * per cell, so normally only one applies) a named competitor is the most specific fact about the market,
 * "not a fit" closes the cell, and "targeted" is an intention; the order also breaks the tie should two
 * annotations ever reach one cell, so the result never depends on the order the server lists them in.
 * A cell counts as won or in pipeline by its opportunity counts, not amounts: a deal without an amount is
 * still a deal. A linked opportunity that is not among the cell's line items (typically one without products)
 * adds its count and amount to the cell's figures; one that is already there is not counted twice; a lost one
 * (or a win before `wonSince`) adds nothing.
 *
 * ## Totals and coverage
 *
 * Per row, per column and for the whole grid: `won` (sum of won amounts), `pipeline` (sum of open amounts,
 * including open deals in won cells), `potential` (the KAM's potential values on cells not yet won or in
 * pipeline and not ruled out — targeted and competitor held: the value still to capture, never counted twice
 * with the pipeline), and `coverage` — won cells as a whole percentage of the cells that are a fit (every
 * cell except those classified Not a Fit); null when no cell is a fit.
 *
 * ## Cost
 *
 * `buildGrid` indexes facts, annotations and linked opportunities once (O(F + A + O)) and classifies each of the R × C cells once, in
 * constant time: O(R × C + F + A + O). `gridView` is O(R × C) plus the sorts (O(R log R + C log C)).
 */

/** The status of a cell, in precedence order (see the module comment). */
export type CellStatus = 'won' | 'pipeline' | 'competitor' | 'notFit' | 'targeted' | 'open';

/** Every status, first the one that wins. */
export const STATUS_PRECEDENCE: readonly CellStatus[] = [
    'won',
    'pipeline',
    'competitor',
    'notFit',
    'targeted',
    'open'
];

/** Whitespace_Cell__c.Status__c values and the status each gives a cell. */
export const ANNOTATION_STATUS_VALUES = {
    competitor: 'Competitor Held',
    notFit: 'Not a Fit',
    targeted: 'Targeted'
} as const;

export type AnnotationStatusValue = (typeof ANNOTATION_STATUS_VALUES)[keyof typeof ANNOTATION_STATUS_VALUES];

const STATUS_OF_ANNOTATION: Readonly<Record<string, CellStatus>> = {
    [ANNOTATION_STATUS_VALUES.competitor]: 'competitor',
    [ANNOTATION_STATUS_VALUES.notFit]: 'notFit',
    [ANNOTATION_STATUS_VALUES.targeted]: 'targeted'
};

const RANK: Readonly<Record<CellStatus, number>> = {
    won: 0,
    pipeline: 1,
    competitor: 2,
    notFit: 3,
    targeted: 4,
    open: 5
};

/** A grid row: a product, or a product family. */
export interface RowInput {
    key: string;
    label: string;
    family?: string | null;
}

/** A grid column: a business unit. */
export interface ColumnInput {
    key: string;
    label: string;
}

/** What the server aggregated from opportunities for one cell. */
export interface FactInput {
    rowKey: string;
    columnKey: string;
    wonAmount?: number | null;
    wonCount?: number | null;
    openAmount?: number | null;
    openCount?: number | null;
}

/** What the KAM recorded about one cell. */
export interface AnnotationInput {
    rowKey: string;
    columnKey: string;
    status?: string | null;
    potentialValue?: number | null;
    /** The opportunity the KAM linked to the cell. */
    opportunityId?: string | null;
}

/** An opportunity the grid knows (the linked ones are always among them). */
export interface OpportunityInput {
    id: string;
    amount?: number | null;
    closeDate?: string | null;
    isWon: boolean;
    isClosed: boolean;
    /** The column its account is in. */
    columnKey?: string | null;
    /** The rows of its line items. */
    rowKeys?: readonly string[] | null;
}

export interface GridInput<
    R extends RowInput = RowInput,
    C extends ColumnInput = ColumnInput,
    F extends FactInput = FactInput,
    A extends AnnotationInput = AnnotationInput
> {
    rows: readonly R[];
    columns: readonly C[];
    facts?: readonly F[] | null;
    annotations?: readonly A[] | null;
    opportunities?: readonly OpportunityInput[] | null;
    /** Wins count from this close date on (ISO date); a linked win closed earlier is history. */
    wonSince?: string | null;
}

export interface CellModel<F extends FactInput = FactInput, A extends AnnotationInput = AnnotationInput> {
    /** `cellKey(rowKey, columnKey)`. */
    key: string;
    rowKey: string;
    columnKey: string;
    /** Position in the server's row and column order. */
    rowIndex: number;
    columnIndex: number;
    status: CellStatus;
    wonAmount: number;
    wonCount: number;
    openAmount: number;
    openCount: number;
    /** The annotation's potential value; null when none was given. */
    potentialValue: number | null;
    fact: F | null;
    annotation: A | null;
    /** The annotation's linked opportunity, when the grid lists it. */
    linkedOpportunity: OpportunityInput | null;
    /** An annotation exists but a live fact (won, pipeline) decides the status. */
    overridden: boolean;
}

export interface GridModel<
    R extends RowInput = RowInput,
    C extends ColumnInput = ColumnInput,
    F extends FactInput = FactInput,
    A extends AnnotationInput = AnnotationInput
> {
    rows: readonly R[];
    columns: readonly C[];
    /** Row-major: `cells[rowIndex][columnIndex]`. */
    cells: readonly (readonly CellModel<F, A>[])[];
}

/** The key of a cell. Keys are Salesforce Ids or values of a field; `|` keeps the two parts apart. */
export function cellKey(rowKey: string, columnKey: string): string {
    return `${rowKey}|${columnKey}`;
}

/** A count from the server: a positive finite number, else 0. */
function count(value: number | null | undefined): number {
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** An amount from the server: a finite number, else 0. */
function amount(value: number | null | undefined): number {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The status an annotation gives a cell on its own; null when it names no known status. */
export function annotationStatus(annotation: AnnotationInput | null | undefined): CellStatus | null {
    return annotation?.status ? (STATUS_OF_ANNOTATION[annotation.status] ?? null) : null;
}

/** The one classification rule: the status of a cell with these facts and this annotation. */
export function classifyCell(
    fact: FactInput | null | undefined,
    annotation: AnnotationInput | null | undefined
): CellStatus {
    if (fact && count(fact.wonCount) > 0) {
        return 'won';
    }
    if (fact && count(fact.openCount) > 0) {
        return 'pipeline';
    }
    return annotationStatus(annotation) ?? 'open';
}

/** Whether status `a` beats status `b`. */
export function outranks(a: CellStatus, b: CellStatus): boolean {
    return RANK[a] < RANK[b];
}

/** Whether an opportunity counts as a win of the grid, as an open deal, or not at all (lost, or an old win). */
function dealKind(opportunity: OpportunityInput, wonSince: string | null): 'won' | 'open' | null {
    if (!opportunity.isClosed) {
        return 'open';
    }
    const recent = !wonSince || !opportunity.closeDate || opportunity.closeDate >= wonSince;
    return opportunity.isWon && recent ? 'won' : null;
}

/**
 * The cell's figures with its linked opportunity added, unless its line items already put it in the cell
 * (same column, a line item of the row).
 */
function withLinked(
    fact: FactInput | null,
    linked: OpportunityInput,
    rowKey: string,
    columnKey: string,
    wonSince: string | null
): FactInput | null {
    const kind = dealKind(linked, wonSince);
    if (!kind || (linked.columnKey === columnKey && (linked.rowKeys ?? []).includes(rowKey))) {
        return fact;
    }
    const base: FactInput = fact ?? { rowKey, columnKey };
    if (kind === 'won') {
        return {
            ...base,
            wonCount: count(base.wonCount) + 1,
            wonAmount: amount(base.wonAmount) + amount(linked.amount)
        };
    }
    return {
        ...base,
        openCount: count(base.openCount) + 1,
        openAmount: amount(base.openAmount) + amount(linked.amount)
    };
}

/** Adds one fact to another (should the server ever send two for one cell). */
function mergeFacts<F extends FactInput>(first: F, second: F): F {
    return {
        ...first,
        wonAmount: amount(first.wonAmount) + amount(second.wonAmount),
        wonCount: count(first.wonCount) + count(second.wonCount),
        openAmount: amount(first.openAmount) + amount(second.openAmount),
        openCount: count(first.openCount) + count(second.openCount)
    };
}

/** Items by row key, then column key; two items of one cell are combined. */
function byCell<T extends { rowKey: string; columnKey: string }>(
    items: readonly T[] | null | undefined,
    combine: (known: T, next: T) => T
): Map<string, Map<string, T>> {
    const index = new Map<string, Map<string, T>>();
    for (const item of items ?? []) {
        let row = index.get(item.rowKey);
        if (!row) {
            row = new Map<string, T>();
            index.set(item.rowKey, row);
        }
        const known = row.get(item.columnKey);
        row.set(item.columnKey, known ? combine(known, item) : item);
    }
    return index;
}

/** Of two annotations of one cell, the one whose status wins (the first on a tie). */
function strongerAnnotation<A extends AnnotationInput>(first: A, second: A): A {
    const a = annotationStatus(first) ?? 'open';
    const b = annotationStatus(second) ?? 'open';
    return outranks(b, a) ? second : first;
}

/**
 * Classifies every cell of the grid: rows × columns in the server's order. Facts and annotations whose row or
 * column is not in the grid are ignored. Linear in the number of cells, facts and annotations.
 */
export function buildGrid<
    R extends RowInput,
    C extends ColumnInput,
    F extends FactInput,
    A extends AnnotationInput
>(input: GridInput<R, C, F, A>): GridModel<R, C, F, A> {
    // Indexed by row, then column: the lookups reuse the grid's own key strings (hashed once each).
    const facts = byCell(input.facts, mergeFacts);
    const annotations = byCell(input.annotations, strongerAnnotation);
    const linkedIds = new Set<string>();
    for (const annotation of input.annotations ?? []) {
        if (annotation.opportunityId) {
            linkedIds.add(annotation.opportunityId);
        }
    }
    const linkedOpportunities = new Map<string, OpportunityInput>();
    for (const opportunity of input.opportunities ?? []) {
        if (linkedIds.has(opportunity.id)) {
            linkedOpportunities.set(opportunity.id, opportunity);
        }
    }
    const wonSince = input.wonSince ?? null;
    const cells: CellModel<F, A>[][] = new Array<CellModel<F, A>[]>(input.rows.length);
    for (let r = 0; r < input.rows.length; r++) {
        const row = input.rows[r];
        const rowFacts = facts.get(row.key);
        const rowAnnotations = annotations.get(row.key);
        const line: CellModel<F, A>[] = new Array<CellModel<F, A>>(input.columns.length);
        for (let c = 0; c < input.columns.length; c++) {
            const column = input.columns[c];
            const key = cellKey(row.key, column.key);
            const fact = rowFacts?.get(column.key) ?? null;
            const annotation = rowAnnotations?.get(column.key) ?? null;
            const linked = annotation?.opportunityId
                ? (linkedOpportunities.get(annotation.opportunityId) ?? null)
                : null;
            const figures = linked ? withLinked(fact, linked, row.key, column.key, wonSince) : fact;
            const status = classifyCell(figures, annotation);
            const potential = annotation?.potentialValue;
            line[c] = {
                key,
                rowKey: row.key,
                columnKey: column.key,
                rowIndex: r,
                columnIndex: c,
                status,
                wonAmount: amount(figures?.wonAmount),
                wonCount: count(figures?.wonCount),
                openAmount: amount(figures?.openAmount),
                openCount: count(figures?.openCount),
                potentialValue:
                    typeof potential === 'number' && Number.isFinite(potential) ? potential : null,
                fact,
                annotation,
                linkedOpportunity: linked,
                overridden: annotation !== null && (status === 'won' || status === 'pipeline')
            };
        }
        cells[r] = line;
    }
    return { rows: input.rows, columns: input.columns, cells };
}

// ---- totals and coverage ----

export interface Totals {
    won: number;
    pipeline: number;
    potential: number;
    /** Cells counted. */
    cells: number;
    /** Cells that are a fit (all but Not a Fit). */
    fitCells: number;
    wonCells: number;
    /** Won cells as a whole percentage of fit cells; null when no cell is a fit. */
    coverage: number | null;
}

/** Whether a cell's potential value counts in the potential total (targeted and competitor held cells). */
export function countsAsPotential(status: CellStatus): boolean {
    return status === 'targeted' || status === 'competitor';
}

interface Accumulator {
    won: number;
    pipeline: number;
    potential: number;
    cells: number;
    fitCells: number;
    wonCells: number;
}

const emptyAccumulator = (): Accumulator => ({
    won: 0,
    pipeline: 0,
    potential: 0,
    cells: 0,
    fitCells: 0,
    wonCells: 0
});

function add(sum: Accumulator, cell: CellModel): void {
    const status = cell.status;
    sum.won += cell.wonAmount;
    sum.pipeline += cell.openAmount;
    if (
        (status === 'targeted' || status === 'competitor') &&
        cell.potentialValue !== null &&
        cell.potentialValue > 0
    ) {
        sum.potential += cell.potentialValue;
    }
    sum.cells += 1;
    if (status !== 'notFit') {
        sum.fitCells += 1;
    }
    if (status === 'won') {
        sum.wonCells += 1;
    }
}

function merge(sum: Accumulator, part: Accumulator): void {
    sum.won += part.won;
    sum.pipeline += part.pipeline;
    sum.potential += part.potential;
    sum.cells += part.cells;
    sum.fitCells += part.fitCells;
    sum.wonCells += part.wonCells;
}

/** Coverage: won cells as a whole percentage of fit cells (rounded half up); null when none is a fit. */
export function coveragePercent(wonCells: number, fitCells: number): number | null {
    return fitCells > 0 ? Math.round((wonCells * 100) / fitCells) : null;
}

function finish(sum: Accumulator): Totals {
    return { ...sum, coverage: coveragePercent(sum.wonCells, sum.fitCells) };
}

/** The totals of any set of cells. */
export function totalsOf(cells: Iterable<CellModel>): Totals {
    const sum = emptyAccumulator();
    for (const cell of cells) {
        add(sum, cell);
    }
    return finish(sum);
}

// ---- filters, sorting and the view ----

export type SortKey = 'default' | 'label' | 'won' | 'pipeline' | 'potential' | 'coverage';
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
    by: SortKey;
    direction: SortDirection;
}

export interface ViewOptions {
    /** Cells with these statuses match; empty or absent: every cell matches. */
    statuses?: readonly CellStatus[] | null;
    /** Only rows of this product family; blank: every row. */
    family?: string | null;
    rowSort?: SortOrder | null;
    columnSort?: SortOrder | null;
}

export interface CellView<F extends FactInput = FactInput, A extends AnnotationInput = AnnotationInput> {
    cell: CellModel<F, A>;
    /** Whether the status filter selects the cell (the grid dims the others). */
    matches: boolean;
}

export interface RowView<
    R extends RowInput = RowInput,
    F extends FactInput = FactInput,
    A extends AnnotationInput = AnnotationInput
> {
    row: R;
    /** Position in the server's order. */
    index: number;
    /** The row's cells in the visible columns, in column order. */
    cells: CellView<F, A>[];
    /** Totals over the whole row (every column, whatever the status filter). */
    totals: Totals;
}

export interface ColumnView<C extends ColumnInput = ColumnInput> {
    column: C;
    index: number;
    /** Totals over the column's cells in the rows the family filter keeps. */
    totals: Totals;
}

export interface GridView<
    R extends RowInput = RowInput,
    C extends ColumnInput = ColumnInput,
    F extends FactInput = FactInput,
    A extends AnnotationInput = AnnotationInput
> {
    rows: RowView<R, F, A>[];
    columns: ColumnView<C>[];
    /** Totals over the rows the family filter keeps, every column. */
    totals: Totals;
    /** Cells per status over the rows the family filter keeps (for the legend). */
    statusCounts: Record<CellStatus, number>;
    /** Rows and columns the filters hide. */
    hiddenRows: number;
    hiddenColumns: number;
}

const emptyCounts = (): Record<CellStatus, number> => ({
    won: 0,
    pipeline: 0,
    competitor: 0,
    notFit: 0,
    targeted: 0,
    open: 0
});

/** The product families of the rows, in first-seen order, without blanks. */
export function familiesOf(rows: readonly RowInput[]): string[] {
    const seen = new Set<string>();
    for (const row of rows) {
        const family = row.family?.trim();
        if (family) {
            seen.add(family);
        }
    }
    return [...seen];
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** What a row or column is sorted by. */
function sortValue(totals: Totals, by: SortKey): number {
    switch (by) {
        case 'won':
            return totals.won;
        case 'pipeline':
            return totals.pipeline;
        case 'potential':
            return totals.potential;
        case 'coverage':
            return totals.coverage ?? -1;
        default:
            return 0;
    }
}

/**
 * Orders rows or columns: by label (natural order, case-insensitive) or by a total, in the given direction;
 * ties keep label order, then the server's order, so sorting is stable and never depends on the input order
 * beyond that. `default` keeps the server's order.
 */
export function sortEntries<T extends { index: number; totals: Totals }>(
    entries: readonly T[],
    labelOf: (entry: T) => string,
    order: SortOrder | null | undefined
): T[] {
    const by = order?.by ?? 'default';
    const sign = order?.direction === 'desc' ? -1 : 1;
    const sorted = [...entries];
    if (by === 'default') {
        return sorted.sort((a, b) => sign * (a.index - b.index));
    }
    return sorted.sort((a, b) => {
        if (by !== 'label') {
            const difference = sortValue(a.totals, by) - sortValue(b.totals, by);
            if (difference !== 0) {
                return sign * difference;
            }
        }
        const byLabel = collator.compare(labelOf(a), labelOf(b));
        if (byLabel !== 0) {
            return by === 'label' ? sign * byLabel : byLabel;
        }
        return a.index - b.index;
    });
}

/**
 * What the grid shows with these options. The family filter keeps the rows of one family; the status filter
 * keeps the rows and columns that hold at least one matching cell and marks the others' cells as not
 * matching. Totals and coverage are those of whole rows and columns (within the family filter): the status
 * filter is a lens for finding cells, it never changes a figure.
 */
export function gridView<
    R extends RowInput,
    C extends ColumnInput,
    F extends FactInput,
    A extends AnnotationInput
>(grid: GridModel<R, C, F, A>, options: ViewOptions = {}): GridView<R, C, F, A> {
    const family = options.family?.trim() || null;
    const wanted = options.statuses && options.statuses.length > 0 ? new Set(options.statuses) : null;
    const columnCount = grid.columns.length;
    const columnSums = Array.from({ length: columnCount }, emptyAccumulator);
    const columnMatches = new Array<boolean>(columnCount).fill(wanted === null);
    const grand = emptyAccumulator();
    const statusCounts = emptyCounts();
    const keptRows: { index: number; totals: Totals; matches: boolean }[] = [];

    for (let r = 0; r < grid.rows.length; r++) {
        if (family !== null && (grid.rows[r].family?.trim() ?? '') !== family) {
            continue;
        }
        const line = grid.cells[r];
        const rowSum = emptyAccumulator();
        let rowMatches = wanted === null;
        for (let c = 0; c < columnCount; c++) {
            const cell = line[c];
            add(rowSum, cell);
            add(columnSums[c], cell);
            statusCounts[cell.status] += 1;
            if (wanted !== null && wanted.has(cell.status)) {
                rowMatches = true;
                columnMatches[c] = true;
            }
        }
        merge(grand, rowSum);
        keptRows.push({ index: r, totals: finish(rowSum), matches: rowMatches });
    }

    const matchingRows = keptRows.filter((row) => row.matches);
    const columns = sortEntries(
        grid.columns
            .map((column, index) => ({ column, index, totals: finish(columnSums[index]) }))
            .filter((entry) => columnMatches[entry.index] && matchingRows.length > 0),
        (entry) => entry.column.label,
        options.columnSort
    );
    const rows = sortEntries(matchingRows, (entry) => grid.rows[entry.index].label, options.rowSort).map(
        (entry): RowView<R, F, A> => {
            const line = grid.cells[entry.index];
            return {
                row: grid.rows[entry.index],
                index: entry.index,
                totals: entry.totals,
                cells: columns.map((column) => {
                    const cell = line[column.index];
                    return { cell, matches: wanted === null || wanted.has(cell.status) };
                })
            };
        }
    );
    return {
        rows,
        columns,
        totals: finish(grand),
        statusCounts,
        hiddenRows: grid.rows.length - rows.length,
        hiddenColumns: columnCount - columns.length
    };
}
