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
    position: number;
    className: string;
    status: string;
    amount: string;
}

interface DisplayTotal {
    key: string;
    position: number;
    value: string;
}

interface DisplayRow {
    key: string;
    position: number;
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
    label: string;
    cells: DisplayTotal[];
}

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

    columns: DisplayColumn[] = [];
    rows: DisplayRow[] = [];
    footer: FooterRow[] = [];
    labels = { total: totalLabel, hint: hintLabel, coverageHelp: coverageHelpLabel };
    metricHeaders = METRICS.map((metric) => ({ key: metric, label: METRIC_LABELS[metric] }));

    private viewValue: WhitespaceView | undefined;
    private currencyCodeValue = 'USD';
    private selectedKeyValue: string | null = null;
    /** Position of each data cell by key. */
    private positions = new Map<string, GridPosition>();
    private active: GridPosition | null = null;
    private tabStop: HTMLElement | null = null;
    private selectedElement: HTMLElement | null = null;

    /** What to show: the model's view of the grid (rows, columns, cells, totals). */
    @api
    get view(): WhitespaceView | undefined {
        return this.viewValue;
    }
    set view(value: WhitespaceView | undefined) {
        this.viewValue = value;
        this.build();
    }

    /** Currency of every amount. */
    @api
    get currencyCode(): string {
        return this.currencyCodeValue;
    }
    set currencyCode(value: string) {
        this.currencyCodeValue = value || 'USD';
        this.build();
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
        const position = this.positions.get(key);
        if (position) {
            this.moveTo(position, true);
        }
    }

    get totalColumns(): number {
        return METRICS.length;
    }

    private get size(): { rows: number; columns: number } {
        return {
            rows: this.rows.length === 0 ? 0 : this.rows.length + this.footer.length,
            columns: this.columns.length === 0 ? 0 : this.columns.length + METRICS.length
        };
    }

    /** Turns the view into display rows once per view (not on every render). */
    private build(): void {
        const view = this.viewValue;
        const currency = this.currencyCodeValue;
        this.positions = new Map();
        if (!view || view.rows.length === 0 || view.columns.length === 0) {
            this.columns = [];
            this.rows = [];
            this.footer = [];
            return;
        }
        const columnCount = view.columns.length;
        this.columns = view.columns.map((entry) => ({ key: entry.column.key, label: entry.column.label }));
        this.rows = view.rows.map((rowView, r) => {
            const cells = rowView.cells.map((cellView, c): DisplayCell => {
                const cell = cellView.cell;
                this.positions.set(cell.key, { row: r, column: c });
                return {
                    key: cell.key,
                    position: c,
                    className: `ws-cell ${STATUS_CLASSES[cell.status]}${cellView.matches ? '' : ' ws-dim'}`,
                    status: STATUS_LABELS[cell.status],
                    amount: cellAmount(cell.status, cell, currency)
                };
            });
            return {
                key: rowView.row.key,
                position: r,
                label: rowView.row.label,
                family: rowView.row.family ?? '',
                cells,
                totals: METRICS.map((metric, m) => ({
                    key: metric,
                    position: columnCount + m,
                    value: metricValue(rowView.totals, metric, currency)
                }))
            };
        });
        this.footer = METRICS.map((metric, f) => ({
            key: metric,
            position: view.rows.length + f,
            label: METRIC_LABELS[metric],
            cells: [
                ...view.columns.map((entry, c) => ({
                    key: entry.column.key,
                    position: c,
                    value: metricValue(entry.totals, metric, currency)
                })),
                ...METRICS.map((other, m) => ({
                    key: other,
                    position: columnCount + m,
                    value: other === metric ? metricValue(view.totals, metric, currency) : ''
                }))
            ]
        }));
    }

    override renderedCallback(): void {
        this.placeTabStop(false);
        this.applySelection();
    }

    // ---- finding cells ----

    private cellAt(position: GridPosition): HTMLElement | null {
        const row = this.template?.querySelector(`tr[data-row="${position.row}"]`);
        return row?.querySelector<HTMLElement>(`[data-col="${position.column}"]`) ?? null;
    }

    private positionOf(element: HTMLElement): GridPosition | null {
        const row = element.closest('tr')?.dataset.row;
        const column = element.dataset.col;
        return row === undefined || column === undefined
            ? null
            : { row: Number(row), column: Number(column) };
    }

    /** The grid cell an event happened in (or null outside one). */
    private cellOf(target: EventTarget | null): HTMLElement | null {
        return (target as Element | null)?.closest?.<HTMLElement>('[data-col]') ?? null;
    }

    // ---- the roving tab stop ----

    private placeTabStop(focus: boolean): void {
        this.active = clampPosition(this.active, this.size);
        const element = this.active ? this.cellAt(this.active) : null;
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
        this.placeTabStop(focus);
    }

    private applySelection(): void {
        const position = this.selectedKeyValue ? this.positions.get(this.selectedKeyValue) : undefined;
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

    private open(cell: HTMLElement): void {
        const key = cell.dataset.cell ?? '';
        const row = this.viewValue?.rows[Number(cell.closest('tr')?.dataset.row)];
        const column = row?.cells[Number(cell.dataset.col)]?.cell;
        if (!column) {
            return;
        }
        this.dispatchEvent(
            new CustomEvent<CellSelectDetail>('cellselect', {
                detail: { key, rowKey: column.rowKey, columnKey: column.columnKey }
            })
        );
    }
}
