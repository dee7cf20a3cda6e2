import { createElement } from 'lwc';
import WhitespaceTable, { type CellSelectDetail, type WhitespaceView } from 'c/whitespaceTable';
import { buildGrid, gridView } from 'c/whitespaceModel';
import gridJson from './data/grid.json';

const GRID = gridJson as unknown as Apex.WhitespaceGrid;
const VIEW: WhitespaceView = gridView(buildGrid(GRID));
const [P1, P2] = GRID.rows.map((row) => row.key);
const [U1, , U3] = GRID.columns.map((column) => column.key);

type TableElement = HTMLElement & {
    view?: WhitespaceView;
    currencyCode?: string;
    caption?: string;
    rowHeaderLabel?: string;
    selectedKey?: string | null;
    focusCell(key: string): void;
};

function mount(props: Partial<TableElement> = {}): TableElement {
    const element = createElement('c-whitespace-table', { is: WhitespaceTable }) as TableElement;
    Object.assign(element, {
        caption: 'Products by business unit at Northwind',
        rowHeaderLabel: 'Product',
        currencyCode: 'EUR',
        view: VIEW,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const all = (element: HTMLElement, selector: string): HTMLElement[] =>
    Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
const cell = (element: HTMLElement, row: number, column: number): HTMLElement => {
    const found = element.shadowRoot?.querySelector<HTMLTableRowElement>(`tr[data-row="${row}"]`)?.cells[
        column + 1
    ];
    if (!found) {
        throw new Error(`no cell ${row}, ${column}`);
    }
    return found;
};
const tabStops = (element: HTMLElement): HTMLElement[] => all(element, '[tabindex="0"]');
const press = (target: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(event);
    return event;
};

// Accessibility audits of a table with hundreds of cells take seconds on 2 cores.
jest.setTimeout(30_000);

describe('c-whitespace-table', () => {
    it('shows every product × unit with its status as text, totals per row and per unit (data state)', async () => {
        const element = mount();
        await flush();
        const table = element.shadowRoot?.querySelector('table');
        expect(table?.getAttribute('role')).toBe('grid');
        expect(table?.getAttribute('aria-label')).toBe('Products by business unit at Northwind');
        const headers = all(element, 'thead th').map((th) => th.textContent?.trim());
        expect(headers).toEqual([
            'Product',
            'Northwind Industrial Group',
            'Northwind Logistics',
            'Northwind Energy',
            'c.Whitespace_Total_Won',
            'c.Whitespace_Total_Pipeline',
            'c.Whitespace_Total_Potential',
            'c.Whitespace_Total_Coverage'
        ]);
        const cells = all(element, '[data-cell]');
        expect(cells).toHaveLength(12);
        const won = cell(element, 0, 0);
        expect(won.dataset.cell).toBe(`${P1}|${U1}`);
        expect(won.getAttribute('role')).toBe('gridcell');
        expect(won.className).toContain('ws-won');
        // One text node: the status, then the amount on its own line.
        expect(won.textContent).toBe('c.Whitespace_Status_Won\n€120K');
        expect(won.childNodes).toHaveLength(1);
        // Pipeline shows its open amount; open whitespace shows no amount.
        expect(cell(element, 1, 0).textContent).toBe('c.Whitespace_Status_Pipeline\n€30K');
        expect(cell(element, 0, 2).textContent).toBe('c.Whitespace_Status_Open');
        // Targeted shows the potential value.
        expect(cell(element, 1, 1).textContent).toBe('c.Whitespace_Status_Targeted\n€90K');
        // Row totals: won, pipeline, potential, coverage.
        expect(cell(element, 0, 3).textContent?.trim()).toMatch(/120/);
        expect(cell(element, 0, 6).textContent?.trim()).toMatch(/33/);
        // Footer rows: totals per unit, the grid total where a row meets its own figure.
        const footer = all(element, 'tfoot tr');
        expect(footer).toHaveLength(4);
        expect(cell(element, 4, 0).textContent?.trim()).toMatch(/120/);
        expect(cell(element, 4, 3).textContent?.trim()).toMatch(/165/);
        expect(cell(element, 4, 4).textContent?.trim()).toBe('');
        expect(cell(element, 7, 6).textContent?.trim()).toMatch(/18/);
        await expect(element).toBeAccessible();
    });

    it('dims the cells the status filter does not select', async () => {
        const element = mount({ view: gridView(buildGrid(GRID), { statuses: ['won'] }) });
        await flush();
        expect(cell(element, 0, 0).className).not.toContain('ws-dim');
        expect(cell(element, 0, 1).className).toContain('ws-dim');
        await expect(element).toBeAccessible();
    });

    it('has one tab stop, moved by the arrow keys, Home, End and Page keys', async () => {
        const element = mount();
        await flush();
        expect(tabStops(element)).toEqual([cell(element, 0, 0)]);
        const event = press(cell(element, 0, 0), 'ArrowRight');
        expect(event.defaultPrevented).toBe(true);
        expect(tabStops(element)).toEqual([cell(element, 0, 1)]);
        expect(element.shadowRoot?.activeElement).toBe(cell(element, 0, 1));
        press(cell(element, 0, 1), 'ArrowDown');
        expect(tabStops(element)).toEqual([cell(element, 1, 1)]);
        press(cell(element, 1, 1), 'End');
        expect(tabStops(element)).toEqual([cell(element, 1, 6)]);
        press(cell(element, 1, 6), 'Home');
        expect(tabStops(element)).toEqual([cell(element, 1, 0)]);
        press(cell(element, 1, 0), 'End', { ctrlKey: true });
        expect(tabStops(element)).toEqual([cell(element, 7, 6)]);
        press(cell(element, 7, 6), 'PageUp');
        expect(tabStops(element)).toEqual([cell(element, 0, 6)]);
        press(cell(element, 0, 6), 'Home', { ctrlKey: true });
        expect(tabStops(element)).toEqual([cell(element, 0, 0)]);
        // At an edge the key is still the grid's (no page scroll), and nothing moves.
        const edge = press(cell(element, 0, 0), 'ArrowUp');
        expect(edge.defaultPrevented).toBe(true);
        expect(tabStops(element)).toEqual([cell(element, 0, 0)]);
        // Other keys are left alone.
        expect(press(cell(element, 0, 0), 'a').defaultPrevented).toBe(false);
    });

    it('opens a cell with Enter, Space or a click, not a totals cell', async () => {
        const element = mount();
        const opened: CellSelectDetail[] = [];
        element.addEventListener('cellselect', (event) =>
            opened.push((event as CustomEvent<CellSelectDetail>).detail)
        );
        await flush();
        press(cell(element, 1, 0), 'Enter');
        press(cell(element, 0, 2), ' ');
        cell(element, 1, 2).click();
        press(cell(element, 1, 3), 'Enter');
        cell(element, 5, 1).click();
        expect(opened).toEqual([
            { key: `${P2}|${U1}`, rowKey: P2, columnKey: U1 },
            { key: `${P1}|${U3}`, rowKey: P1, columnKey: U3 },
            { key: `${P2}|${U3}`, rowKey: P2, columnKey: U3 }
        ]);
        // A click moves the tab stop, even on a totals cell.
        expect(tabStops(element)).toEqual([cell(element, 5, 1)]);
        // Clicks outside the cells do nothing.
        element.shadowRoot?.querySelector<HTMLElement>('thead th')?.click();
        expect(opened).toHaveLength(3);
    });

    it('marks the open cell as selected and gives it focus on request', async () => {
        const element = mount({ selectedKey: `${P2}|${U1}` });
        await flush();
        expect(cell(element, 1, 0).getAttribute('aria-selected')).toBe('true');
        element.selectedKey = `${P1}|${U3}`;
        expect(cell(element, 1, 0).hasAttribute('aria-selected')).toBe(false);
        expect(cell(element, 0, 2).getAttribute('aria-selected')).toBe('true');
        element.focusCell(`${P2}|${U3}`);
        expect(element.shadowRoot?.activeElement).toBe(cell(element, 1, 2));
        element.focusCell('unknown|key');
        expect(element.shadowRoot?.activeElement).toBe(cell(element, 1, 2));
        element.selectedKey = null;
        expect(all(element, '[aria-selected]')).toEqual([]);
    });

    it('keeps the tab stop inside a grid that shrank', async () => {
        const element = mount();
        await flush();
        cell(element, 3, 2).click();
        element.view = gridView(buildGrid(GRID), { family: 'Automation' });
        await flush();
        expect(tabStops(element)).toHaveLength(1);
        expect(tabStops(element)[0]).toBe(cell(element, 3, 2));
        expect(all(element, 'tbody tr')).toHaveLength(2);
    });

    it('formats amounts in the grid currency', async () => {
        const element = mount({ currencyCode: 'USD' });
        await flush();
        expect(cell(element, 0, 0).textContent).toMatch(/\$120K$/);
        element.currencyCode = 'EUR';
        await flush();
        expect(cell(element, 0, 0).textContent).toMatch(/€120K$/);
        element.currencyCode = '';
        await flush();
        expect(cell(element, 0, 0).textContent).toMatch(/\$120K$/);
    });

    describe('a long grid', () => {
        const rows: Apex.WhitespaceRow[] = Array.from({ length: 100 }, (_, i) => ({
            key: `p${i}`,
            label: `Product ${i}`,
            family: null,
            productId: null,
            productCode: null
        }));
        const fact: Apex.WhitespaceFact = {
            ...GRID.facts[0],
            rowKey: 'p99',
            columnKey: U1,
            wonCount: 1,
            wonAmount: 5000,
            openCount: 0,
            openAmount: 0
        };
        const LONG: WhitespaceView = gridView(
            buildGrid({
                rows,
                columns: GRID.columns,
                facts: [fact],
                annotations: [] as Apex.WhitespaceAnnotation[]
            })
        );
        const rendered = (element: HTMLElement): number[] =>
            all(element, 'tbody tr[data-row]').map((row) => Number(row.dataset.row));
        const spacers = (element: HTMLElement): string[] =>
            all(element, 'tr.ws-spacer td').map((td) => td.getAttribute('style') ?? '');

        it('renders a window of rows with spacers for the rest, and counts every row for screen readers', async () => {
            const element = mount({ view: LONG });
            await flush();
            expect(rendered(element)).toEqual(Array.from({ length: 30 }, (_, i) => i));
            expect(spacers(element)).toEqual(['height: 3080px']);
            expect(all(element, 'tr.ws-spacer')[0].getAttribute('aria-hidden')).toBe('true');
            expect(element.shadowRoot?.querySelector('table')?.getAttribute('aria-rowcount')).toBe('105');
            expect(all(element, 'tbody tr[data-row]')[0].getAttribute('aria-rowindex')).toBe('2');
            expect(all(element, 'tfoot tr')[0].getAttribute('aria-rowindex')).toBe('102');
            await expect(element).toBeAccessible();
        });

        it('moves the window as the table scrolls, and the tab stop along with it', async () => {
            const element = mount({ view: LONG });
            await flush();
            const scroller = element.shadowRoot?.querySelector<HTMLElement>('.ws-scroll') as HTMLElement;
            scroller.scrollTop = 50 * 44;
            scroller.dispatchEvent(new CustomEvent('scroll'));
            await flush();
            expect(rendered(element)[0]).toBe(42);
            expect(rendered(element)).toHaveLength(30);
            expect(spacers(element)).toEqual(['height: 1848px', 'height: 1232px']);
            expect(tabStops(element)).toEqual([cell(element, 42, 0)]);
            scroller.scrollTop = 50 * 44;
            scroller.dispatchEvent(new CustomEvent('scroll'));
            await flush();
            expect(rendered(element)[0]).toBe(42);
        });

        it('brings a row into the window when the keyboard goes there', async () => {
            const element = mount({ view: LONG });
            await flush();
            press(cell(element, 0, 0), 'End', { ctrlKey: true });
            await flush();
            // The last cell of the grid is in the totals, always rendered.
            expect(element.shadowRoot?.activeElement).toBe(cell(element, 103, 6));
            press(cell(element, 103, 6), 'Home', { ctrlKey: true });
            await flush();
            expect(element.shadowRoot?.activeElement).toBe(cell(element, 0, 0));
            element.focusCell(`p99|${U1}`);
            await flush();
            expect(rendered(element)).toContain(99);
            expect(element.shadowRoot?.activeElement).toBe(cell(element, 99, 0));
            expect(cell(element, 99, 0).textContent).toBe('c.Whitespace_Status_Won\n€5K');
            expect(tabStops(element)).toEqual([cell(element, 99, 0)]);
            const scroller = element.shadowRoot?.querySelector<HTMLElement>('.ws-scroll') as HTMLElement;
            expect(scroller.scrollTop).toBe(92 * 44);
        });
    });

    it('renders no cells without a view (empty state)', async () => {
        const element = mount({ view: undefined });
        await flush();
        expect(all(element, '[data-cell]')).toEqual([]);
        expect(all(element, 'tfoot tr')).toEqual([]);
        press(element.shadowRoot?.querySelector('table') as HTMLElement, 'ArrowDown');
        expect(tabStops(element)).toEqual([]);
        await expect(element).toBeAccessible();
    });
});
