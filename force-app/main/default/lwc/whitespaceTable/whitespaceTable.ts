import { LightningElement, api } from 'lwc';
import type { CellStatus, GridView, Totals } from 'c/whitespaceModel';
import { clampPosition, nextPosition, samePosition, type GridPosition } from 'c/whitespaceNavigation';
import { compactAmount, percent, STATUS_CLASSES, STATUS_LABELS } from 'c/whitespaceFormat';
import totalLabel from '@salesforce/label/c.Whitespace_Total';
import wonLabel from '@salesforce/label/c.Whitespace_Total_Won';
import pipelineLabel from '@salesforce/label/c.Whitespace_Total_Pipeline';
import potentialLabel from '@salesforce/label/c.Whitespace_Total_Potential';
import coverageLabel from '@salesforce/label/c.Whitespace_Total_Coverage';
import hintLabel from '@salesforce/label/c.Whitespace_Grid_Hint';
import coverageHelpLabel from '@salesforce/label/c.Whitespace_Total_Coverage_Help';

export type WhitespaceView = GridView<
    Apex.WhitespaceRow,
    Apex.WhitespaceColumn,
    Apex.WhitespaceFact,
    Apex.WhitespaceAnnotation
>;

/** Detail of `cellselect`: the cell the user opened. */
export interface CellSelectDetail {
    key: string;
    rowKey: string;
    columnKey: string;
}

/**
 * Column widths (rem). The table lays out with `table-layout: fixed` from these widths: the browser never
 * measures thousands of cells' contents to size the columns.
 */
const ROW_HEADER_WIDTH = 14;
const UNIT_WIDTH = 8;
const TOTAL_WIDTH = 6.5;

/**
 * Rows are rendered in a window around the scroll position: the rows in view and OVERSCAN rows either side,
 * with spacers for the rest, so the browser lays out a few dozen rows instead of every product. Until the
 * table has been measured (and where nothing is laid out), rows are taken to be ROW_HEIGHT px high and
 * VIEWPORT_ROWS of them in view.
 */
const OVERSCAN = 8;
const ROW_HEIGHT = 44;
const VIEWPORT_ROWS = 14;

type Metric = 'won' | 'pipeline' | 'potential' | 'coverage';
const METRICS: readonly Metric[] = ['won', 'pipeline', 'potential', 'coverage'];
const METRIC_LABELS: Readonly<Record<Metric, string>> = {
    won: wonLabel,
    pipeline: pipelineLabel,
    potential: potentialLabel,
    coverage: coverageLabel
};

interface DisplayCell {
    key: string;
    className: string;
    /** The status label, then the amount on a second line (one text node: `white-space: pre-line`). */
    text: string;
}

interface DisplayTotal {
    key: string;
    value: string;
}

interface DisplayRow {
    key: string;
    position: number;
    /** `aria-rowindex`: 1 is the header row. */
    rowIndex: number;
    label: string;
    family: string;
    cells: DisplayCell[];
    totals: DisplayTotal[];
}

interface DisplayColumn {
    key: string;
    label: string;
}

interface FooterRow {
    key: string;
    position: number;
    rowIndex: number;
    label: string;
    cells: DisplayTotal[];
}

/** What the template shows, built once per view and currency. */
interface Display {
    view: WhitespaceView | undefined;
    currencyCode: string;
    columns: DisplayColumn[];
    rows: DisplayRow[];
    footer: FooterRow[];
    /** Position of each data cell by key. */
    positions: Map<string, GridPosition>;
}

/** Built displays, outside the component's reactive state (they are computed while rendering). */
const displays = new WeakMap<object, Display>();

/** The figure a cell shows under its status: what the status is about. */
function cellAmount(
    status: CellStatus,
    cell: { wonAmount: number; openAmount: number; potentialValue: number | null },
    currency: string
): string {
    switch (status) {
        case 'won':
            return compactAmount(cell.wonAmount, currency);
        case 'pipeline':
            return compactAmount(cell.openAmount, currency);
        case 'competitor':
        case 'targeted':
            return compactAmount(cell.potentialValue, currency);
        default:
            return '';
    }
}

/** The display rows of a view. */
function buildDisplay(view: WhitespaceView | undefined, currency: string): Display {
    const display: Display = {
        view,
        currencyCode: currency,
        columns: [],
        rows: [],
        footer: [],
        positions: new Map()
    };
    if (!view || view.rows.length === 0 || view.columns.length === 0) {
        return display;
    }
    display.columns = view.columns.map((entry) => ({ key: entry.column.key, label: entry.column.label }));
    display.rows = view.rows.map((rowView, r) => ({
        key: rowView.row.key,
        position: r,
        rowIndex: r + 2,
        label: rowView.row.label,
        family: rowView.row.family ?? '',
        cells: rowView.cells.map((cellView, c): DisplayCell => {
            const cell = cellView.cell;
            display.positions.set(cell.key, { row: r, column: c });
            const amount = cellAmount(cell.status, cell, currency);
            return {
                key: cell.key,
                className: `ws-cell ${STATUS_CLASSES[cell.status]}${cellView.matches ? '' : ' ws-dim'}`,
                text: amount ? `${STATUS_LABELS[cell.status]}\n${amount}` : STATUS_LABELS[cell.status]
            };
        }),
        totals: METRICS.map((metric) => ({
            key: metric,
            value: metricValue(rowView.totals, metric, currency)
        }))
    }));
    display.footer = METRICS.map((metric, f) => ({
        key: metric,
        position: view.rows.length + f,
        rowIndex: view.rows.length + f + 2,
        label: METRIC_LABELS[metric],
        cells: [
            ...view.columns.map((entry) => ({
                key: entry.column.key,
                value: metricValue(entry.totals, metric, currency)
            })),
            ...METRICS.map((other) => ({
                key: other,
                value: other === metric ? metricValue(view.totals, metric, currency) : ''
            }))
        ]
    }));
    return display;
}

function metricValue(totals: Totals, metric: Metric, currency: string): string {
    return metric === 'coverage' ? percent(totals.coverage) : compactAmount(totals[metric], currency, true);
}

/**
 * The whitespace grid's table: products × business units with row totals (won, pipeline, potential,
 * coverage) and column totals below, sticky headers, and keyboard navigation as a WAI-ARIA grid (one cell in
 * the tab order; arrow keys, Home/End, Ctrl+Home/End, Page Up/Down; Enter or Space opens a cell). Markup is
 * kept lean — one `td` with two spans per cell, no component per cell — and the roving tab stop and the
 * selected cell are set on the elements directly, so moving around never re-renders thousands of cells.
 */
export default class WhitespaceTable extends LightningElement {
    /** Name of the grid for screen readers. */
    @api caption = '';
    /** Header of the row header column (Product or Product family). */
    @api rowHeaderLabel = '';

    labels = { total: totalLabel, hint: hintLabel, coverageHelp: coverageHelpLabel };
    metricHeaders = METRICS.map((metric) => ({ key: metric, label: METRIC_LABELS[metric] }));

    private viewValue: WhitespaceView | undefined;
    private currencyCodeValue = 'USD';
    private selectedKeyValue: string | null = null;
    private active: GridPosition | null = null;
    private tabStop: HTMLElement | null = null;
    private selectedElement: HTMLElement | null = null;

    /** First row of the rendering window (reactive: the window moves as the table scrolls). */
    windowStart = 0;
    rowHeight = ROW_HEIGHT;
    viewportRows = VIEWPORT_ROWS;
    private focusAfterRender = false;
    private measured = false;

    /** What to show: the model's view of the grid (rows, columns, cells, totals). */
    @api
    get view(): WhitespaceView | undefined {
        return this.viewValue;
    }
    set view(value: WhitespaceView | undefined) {
        this.viewValue = value;
    }

    /** Currency of every amount. */
    @api
    get currencyCode(): string {
        return this.currencyCodeValue;
    }
    set currencyCode(value: string) {
        this.currencyCodeValue = value || 'USD';
    }

    /** The cell open in the panel (aria-selected). */
    @api
    get selectedKey(): string | null {
        return this.selectedKeyValue;
    }
    set selectedKey(value: string | null) {
        this.selectedKeyValue = value ?? null;
        this.applySelection();
    }

    /** Moves the tab stop to a cell and focuses it (after the panel closes, focus returns to its cell). */
    @api
    focusCell(key: string): void {
        const position = this.display.positions.get(key);
        if (position) {
            this.moveTo(position, true);
        }
    }

    /** The display of the current view and currency: built once for each, whenever first asked for. */
    get display(): Display {
        const known = displays.get(this);
        if (known && known.view === this.viewValue && known.currencyCode === this.currencyCodeValue) {
            return known;
        }
        const display = buildDisplay(this.viewValue, this.currencyCodeValue);
        displays.set(this, display);
        return display;
    }

    /** The table's width: the sum of its fixed column widths. */
    get tableStyle(): string {
        const units = this.display.columns.length;
        return `width: ${ROW_HEADER_WIDTH + UNIT_WIDTH * units + TOTAL_WIDTH * METRICS.length}rem`;
    }

    /** The rows rendered now: [start, end) of the display's rows. */
    private get range(): { start: number; end: number } {
        const total = this.display.rows.length;
        const size = this.viewportRows + 2 * OVERSCAN;
        const start = Math.max(0, Math.min(this.windowStart, total - size));
        return { start, end: Math.min(total, start + size) };
    }

    get visibleRows(): DisplayRow[] {
        const { start, end } = this.range;
        return this.display.rows.slice(start, end);
    }

    get topSpace(): string {
        return this.range.start > 0 ? `height: ${this.range.start * this.rowHeight}px` : '';
    }

    get bottomSpace(): string {
        const after = this.display.rows.length - this.range.end;
        return after > 0 ? `height: ${after * this.rowHeight}px` : '';
    }

    get spacerColumns(): number {
        return this.display.columns.length + METRICS.length + 1;
    }

    /** `aria-rowcount`: every row, rendered or not (header, products, totals). */
    get rowCount(): number {
        return this.display.rows.length + this.display.footer.length + 1;
    }

    private get size(): { rows: number; columns: number } {
        const { rows, columns, footer } = this.display;
        return {
            rows: rows.length === 0 ? 0 : rows.length + footer.length,
            columns: columns.length === 0 ? 0 : columns.length + METRICS.length
        };
    }

    override renderedCallback(): void {
        this.measure();
        const focus = this.focusAfterRender;
        this.focusAfterRender = false;
        this.placeTabStop(focus);
        this.applySelection();
    }

    /** The real row height and rows in view, measured once the table is laid out (it forces a layout). */
    private measure(): void {
        if (this.measured) {
            return;
        }
        const row = this.template?.querySelector<HTMLElement>('tbody tr[data-row]');
        const scroller = this.template?.querySelector<HTMLElement>('.ws-scroll');
        const height = row?.offsetHeight ?? 0;
        this.measured = height > 0;
        if (height > 0 && height !== this.rowHeight) {
            this.rowHeight = height;
        }
        const inView =
            scroller && scroller.clientHeight > 0 ? Math.ceil(scroller.clientHeight / this.rowHeight) : 0;
        if (inView > 0 && inView !== this.viewportRows) {
            this.viewportRows = inView;
        }
    }

    /** Moves the rendering window with the scroll position. */
    handleScroll(event: Event): void {
        const scroller = event.currentTarget as HTMLElement;
        const start = Math.max(0, Math.floor(scroller.scrollTop / this.rowHeight) - OVERSCAN);
        if (start !== this.windowStart) {
            this.windowStart = start;
        }
    }

    /** Brings a product row into the rendering window (and into view); false when it was not rendered. */
    private ensureRendered(row: number): boolean {
        const { start, end } = this.range;
        if (row >= this.display.rows.length || (row >= start && row < end)) {
            return true;
        }
        const top = Math.max(0, row - Math.floor(this.viewportRows / 2));
        this.windowStart = Math.max(0, top - OVERSCAN);
        const scroller = this.template?.querySelector<HTMLElement>('.ws-scroll');
        if (scroller) {
            scroller.scrollTop = top * this.rowHeight;
        }
        return false;
    }

    // ---- finding cells ----

    /** Cells are found by position: the row's `data-row`, then the column (after the row header). */
    private cellAt(position: GridPosition): HTMLElement | null {
        const row = this.template?.querySelector<HTMLTableRowElement>(`tr[data-row="${position.row}"]`);
        return (row?.cells[position.column + 1] as HTMLElement | undefined) ?? null;
    }

    private positionOf(cell: HTMLTableCellElement): GridPosition | null {
        const row = cell.closest('tr')?.dataset.row;
        return row === undefined ? null : { row: Number(row), column: cell.cellIndex - 1 };
    }

    /** The grid cell (`td`) an event happened in, or null outside one. */
    private cellOf(target: EventTarget | null): HTMLTableCellElement | null {
        return (target as Element | null)?.closest?.<HTMLTableCellElement>('td') ?? null;
    }

    // ---- the roving tab stop ----

    private placeTabStop(focus: boolean): void {
        this.active = clampPosition(this.active, this.size);
        let element = this.active ? this.cellAt(this.active) : null;
        if (this.active && !element) {
            // Scrolled out of the window: the tab stop moves to the same column of the first row rendered.
            this.active = { row: this.range.start, column: this.active.column };
            element = this.cellAt(this.active);
        }
        if (element !== this.tabStop) {
            this.tabStop?.removeAttribute('tabindex');
            element?.setAttribute('tabindex', '0');
            this.tabStop = element;
        }
        if (focus) {
            element?.focus();
        }
    }

    private moveTo(position: GridPosition, focus: boolean): void {
        this.active = position;
        if (this.ensureRendered(position.row)) {
            this.placeTabStop(focus);
        } else {
            this.focusAfterRender = focus;
        }
    }

    private applySelection(): void {
        const position = this.selectedKeyValue
            ? this.display.positions.get(this.selectedKeyValue)
            : undefined;
        const element = position ? this.cellAt(position) : null;
        if (element === this.selectedElement) {
            return;
        }
        this.selectedElement?.removeAttribute('aria-selected');
        element?.setAttribute('aria-selected', 'true');
        this.selectedElement = element;
    }

    // ---- events ----

    handleKeyDown(event: KeyboardEvent): void {
        const cell = this.cellOf(event.target);
        if (!cell) {
            return;
        }
        if (event.key === 'Enter' || event.key === ' ') {
            if (cell.dataset.cell) {
                event.preventDefault();
                this.open(cell);
            }
            return;
        }
        const from = this.positionOf(cell) ?? this.active;
        const next = nextPosition(from, event, this.size);
        if (!next) {
            return;
        }
        event.preventDefault();
        if (!samePosition(next, from)) {
            this.moveTo(next, true);
        }
    }

    handleClick(event: MouseEvent): void {
        const cell = this.cellOf(event.target);
        const position = cell ? this.positionOf(cell) : null;
        if (!cell || !position) {
            return;
        }
        this.moveTo(position, true);
        if (cell.dataset.cell) {
            this.open(cell);
        }
    }

    private open(cell: HTMLTableCellElement): void {
        const position = this.positionOf(cell);
        const model = position ? this.viewValue?.rows[position.row]?.cells[position.column]?.cell : undefined;
        if (!model) {
            return;
        }
        this.dispatchEvent(
            new CustomEvent<CellSelectDetail>('cellselect', {
                detail: { key: model.key, rowKey: model.rowKey, columnKey: model.columnKey }
            })
        );
    }
}
