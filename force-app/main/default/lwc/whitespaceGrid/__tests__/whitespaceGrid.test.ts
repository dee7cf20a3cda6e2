import { createElement } from 'lwc';
import WhitespaceGrid from 'c/whitespaceGrid';
import LightningConfirm from 'lightning/confirm';
import getWhitespace from '@salesforce/apex/WhitespaceController.getWhitespace';
import saveCell from '@salesforce/apex/WhitespaceController.saveCell';
import clearCell from '@salesforce/apex/WhitespaceController.clearCell';
import linkOpportunity from '@salesforce/apex/WhitespaceController.linkOpportunity';
import createPlay from '@salesforce/apex/WhitespaceController.createPlay';
import type { WhitespaceView } from 'c/whitespaceTable';
import type { CellDetailView } from 'c/whitespaceCellDetail';
import type { CellConflictView, EditorNotice } from 'c/whitespaceAnnotationEditor';
import type { CellDraft, PlayDraft } from 'c/whitespaceValidation';
import gridJson from './data/grid.json';
import noProductsJson from './data/noProducts.json';
import noUnitsJson from './data/noUnits.json';
import noPlanJson from './data/noPlan.json';
import archivedJson from './data/archivedPlan.json';
import viewerJson from './data/viewerTruncated.json';
import familiesJson from './data/families.json';
import cellSavedJson from './data/cellSaved.json';
import cellCreatedJson from './data/cellCreated.json';
import cellInvalidJson from './data/cellInvalid.json';
import cellConflictJson from './data/cellConflict.json';
import cellNotFoundJson from './data/cellNotFound.json';
import cellNoAccessJson from './data/cellNoAccess.json';
import cellClearedJson from './data/cellCleared.json';
import cellLinkedJson from './data/cellLinked.json';
import playSavedJson from './data/playSaved.json';
import playInvalidJson from './data/playInvalid.json';
import playNoAccessJson from './data/playNoAccess.json';
import apexError from './data/apexError.json';

jest.mock('@salesforce/apex/WhitespaceController.getWhitespace', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WhitespaceController.saveCell', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WhitespaceController.clearCell', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WhitespaceController.linkOpportunity', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WhitespaceController.createPlay', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = Object.assign(
        (Base: new () => object) =>
            class extends Base {
                [Navigate](pageReference: unknown): void {
                    mockNavigate(pageReference);
                }
                [GenerateUrl](): Promise<string> {
                    return Promise.resolve('');
                }
            },
        { Navigate, GenerateUrl }
    );
    return { NavigationMixin };
});

type Grid = Apex.WhitespaceGrid;
type CellResult = Apex.WhitespaceCellResult;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const GRID = gridJson as unknown as Grid;
const ACCOUNT_ID = GRID.accountId;
const [P1, P2, P3] = GRID.rows.map((row) => row.key);
const [U1, U2, U3] = GRID.columns.map((column) => column.key);
const key = (row: string, column: string): string => `${row}|${column}`;

const mocked = <T extends (...args: never[]) => unknown>(fn: T): jest.MockedFunction<T> =>
    fn as jest.MockedFunction<T>;
const getWhitespaceMock = mocked(getWhitespace);
const saveCellMock = mocked(saveCell);
const clearCellMock = mocked(clearCell);
const linkMock = mocked(linkOpportunity);
const createPlayMock = mocked(createPlay);
const confirmMock = (LightningConfirm as unknown as { open: jest.Mock }).open;

interface ToastDetail {
    title: string;
    message: string;
    variant: string;
}
type GridElement = HTMLElement & { recordId?: string; cardTitle?: string };
type Child = HTMLElement & Record<string, unknown>;

function settle(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 6; i += 1) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

async function mount(grid: Grid | { error: unknown } = GRID, props: Partial<GridElement> = {}) {
    if ('error' in grid) {
        getWhitespaceMock.mockRejectedValueOnce(grid.error);
    } else {
        getWhitespaceMock.mockResolvedValueOnce(copy(grid));
    }
    const element = createElement('c-whitespace-grid', { is: WhitespaceGrid }) as GridElement;
    Object.assign(element, { recordId: ACCOUNT_ID, ...props });
    const toasts: ToastDetail[] = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push((event as CustomEvent<ToastDetail>).detail)
    );
    document.body.appendChild(element);
    await settle();
    return { element, toasts };
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const must = (element: HTMLElement, selector: string): Child => {
    const found = $(element, selector);
    if (!found) {
        throw new Error(`nothing at ${selector}`);
    }
    return found;
};
const table = (element: HTMLElement): Child => must(element, 'c-whitespace-table');
const viewOf = (element: HTMLElement): WhitespaceView => table(element).view as WhitespaceView;
const rowKeys = (element: HTMLElement): string[] => viewOf(element).rows.map((row) => row.row.key);
const statusAt = (element: HTMLElement, row: string, column: string): string | undefined =>
    viewOf(element)
        .rows.find((candidate) => candidate.row.key === row)
        ?.cells.find((cell) => cell.cell.columnKey === column)?.cell.status;
const detail = (element: HTMLElement): CellDetailView =>
    must(element, 'c-whitespace-cell-detail').detail as CellDetailView;
const editor = (element: HTMLElement): Child => must(element, 'c-whitespace-annotation-editor');
const playForm = (element: HTMLElement): Child => must(element, 'c-whitespace-play-form');

async function fire(target: HTMLElement, type: string, payload?: unknown): Promise<void> {
    target.dispatchEvent(new CustomEvent(type, { detail: payload }));
    await settle();
}

async function openCell(element: HTMLElement, row: string, column: string): Promise<void> {
    await fire(table(element), 'cellselect', { key: key(row, column), rowKey: row, columnKey: column });
}

async function annotate(element: HTMLElement, row: string, column: string): Promise<void> {
    await openCell(element, row, column);
    await fire(must(element, 'c-whitespace-cell-detail'), 'annotate');
}

async function editCell(element: HTMLElement, field: string, value: unknown): Promise<void> {
    await fire(editor(element), 'fieldchange', { field, value });
}

// Accessibility audits of the whole grid (table, legend, panel, base components) take seconds on 2 cores.
jest.setTimeout(30_000);

describe('c-whitespace-grid', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('loads the account grid in one call and shows it classified (data state)', async () => {
            const { element } = await mount();
            expect(getWhitespaceMock).toHaveBeenCalledTimes(1);
            expect(getWhitespaceMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID, planId: null });
            expect(must(element, 'lightning-card').title).toBe('c.Whitespace_Title');
            expect(rowKeys(element)).toEqual(GRID.rows.map((row) => row.key));
            expect(viewOf(element).columns).toHaveLength(3);
            expect(statusAt(element, P1, U1)).toBe('won');
            expect(statusAt(element, P2, U1)).toBe('pipeline');
            expect(table(element).caption).toBe('c.Whitespace_Grid_Caption');
            expect(table(element).rowHeaderLabel).toBe('c.Whitespace_Header_Product');
            expect(table(element).currencyCode).toBe('EUR');
            expect(must(element, 'c-whitespace-legend').counts).toEqual({
                won: 2,
                pipeline: 2,
                competitor: 1,
                notFit: 1,
                targeted: 1,
                open: 5
            });
            expect($(element, '.no-plan')).toBeNull();
            expect($(element, '.read-only-notice')).toBeNull();
            expect($(element, '.truncated')).toBeNull();
            expect(element.shadowRoot?.querySelectorAll('c-whitespace-table')).toHaveLength(1);
            await expect(element).toBeAccessible();
        });

        it('renders a cell element for every product × unit, each with its status as text', async () => {
            const { element } = await mount();
            const cells = table(element).shadowRoot?.querySelectorAll('[data-cell]') ?? [];
            expect(cells).toHaveLength(12);
            expect(cells[0].textContent).toContain('c.Whitespace_Status_Won');
        });

        it('uses the title set in App Builder', async () => {
            const { element } = await mount(GRID, { cardTitle: '  Cross-sell map ' });
            expect(must(element, 'lightning-card').title).toBe('Cross-sell map');
        });

        it('shows a spinner while loading', async () => {
            getWhitespaceMock.mockReturnValueOnce(new Promise(() => undefined));
            const element = createElement('c-whitespace-grid', { is: WhitespaceGrid }) as GridElement;
            element.recordId = ACCOUNT_ID;
            document.body.appendChild(element);
            await settle();
            expect(must(element, 'lightning-spinner').alternativeText).toBe('c.Whitespace_Loading');
            expect($(element, '.ws-body')?.getAttribute('aria-busy')).toBe('true');
            expect($(element, 'c-whitespace-table')).toBeNull();
        });

        it('shows the load error with a retry that loads again (error state)', async () => {
            const { element } = await mount({ error: apexError });
            const panel = must(element, 'c-error-panel');
            expect(panel.errors).toEqual(apexError);
            expect(panel.friendlyMessage).toBe('c.Whitespace_Error_Load_Failed');
            expect($(element, 'c-whitespace-table')).toBeNull();
            await expect(element).toBeAccessible();
            getWhitespaceMock.mockResolvedValueOnce(copy(GRID));
            must(element, '.retry').click();
            await settle();
            expect(getWhitespaceMock).toHaveBeenCalledTimes(2);
            expect($(element, 'c-error-panel')).toBeNull();
            expect(rowKeys(element)).toHaveLength(4);
        });

        it('refreshes on request and keeps the open cell', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            getWhitespaceMock.mockResolvedValueOnce(copy(GRID));
            must(element, '.refresh').click();
            await settle();
            expect(getWhitespaceMock).toHaveBeenCalledTimes(2);
            expect(detail(element).key).toBe(key(P1, U1));
        });

        it('closes the open cell when a refresh no longer has it', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            const smaller = copy(GRID);
            smaller.rows = smaller.rows.slice(1);
            getWhitespaceMock.mockResolvedValueOnce(smaller);
            must(element, '.refresh').click();
            await settle();
            expect($(element, 'c-whitespace-cell-detail')).toBeNull();
        });

        it('loads again for another account, and not when reconnected', async () => {
            const { element } = await mount();
            getWhitespaceMock.mockResolvedValueOnce(copy(GRID));
            element.recordId = '001000000000009AAA';
            await settle();
            expect(getWhitespaceMock).toHaveBeenLastCalledWith({
                accountId: '001000000000009AAA',
                planId: null
            });
            document.body.removeChild(element);
            document.body.appendChild(element);
            await settle();
            expect(getWhitespaceMock).toHaveBeenCalledTimes(2);
        });

        it('does not load without an account', async () => {
            const element = createElement('c-whitespace-grid', { is: WhitespaceGrid });
            document.body.appendChild(element);
            await settle();
            expect(getWhitespaceMock).not.toHaveBeenCalled();
        });
    });

    describe('empty and read-only states', () => {
        it('says there are no products to show (empty state)', async () => {
            const { element } = await mount(noProductsJson as unknown as Grid);
            expect(must(element, '.no-products').textContent).toContain(
                'c.Whitespace_Empty_No_Products_Title'
            );
            expect($(element, 'c-whitespace-table')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('says there are no business units to show (empty state)', async () => {
            const { element } = await mount(noUnitsJson as unknown as Grid);
            expect(must(element, '.no-units').textContent).toContain('c.Whitespace_Empty_No_Units_Title');
            expect($(element, '.no-products')).toBeNull();
            expect($(element, 'c-whitespace-table')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows live data without a plan, and only the actions that need no plan', async () => {
            const { element } = await mount(noPlanJson as unknown as Grid);
            expect(must(element, '.no-plan').textContent).toContain('c.Whitespace_No_Plan');
            expect(statusAt(element, P1, U1)).toBe('won');
            await openCell(element, P1, U1);
            const panel = must(element, 'c-whitespace-cell-detail');
            expect(panel.canEdit).toBe(false);
            expect(panel.canCreatePlay).toBe(false);
            expect(panel.canCreateOpportunity).toBe(true);
            await fire(panel, 'annotate');
            await fire(panel, 'createplay');
            expect($(element, 'c-whitespace-annotation-editor')).toBeNull();
            expect($(element, 'c-whitespace-play-form')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('is read-only on an archived plan (read-only state)', async () => {
            const { element } = await mount(archivedJson as unknown as Grid);
            expect(must(element, '.read-only-notice').textContent).toContain(
                'c.Whitespace_Read_Only_Archived'
            );
            await openCell(element, P2, U1);
            expect(must(element, 'c-whitespace-cell-detail').canEdit).toBe(false);
            expect(detail(element).annotation?.competitor).toBe('Acme Robotics');
            await expect(element).toBeAccessible();
        });

        it('is read-only for a user who may not edit, and says when data was cut', async () => {
            const { element } = await mount(viewerJson as unknown as Grid);
            expect(must(element, '.read-only-notice').textContent).toContain(
                'c.Whitespace_Read_Only_No_Access'
            );
            expect(must(element, '.truncated').textContent).toContain('c.Whitespace_Truncated');
            await openCell(element, P1, U1);
            const panel = must(element, 'c-whitespace-cell-detail');
            expect([panel.canEdit, panel.canCreateOpportunity, panel.canCreatePlay]).toEqual([
                false,
                false,
                false
            ]);
        });

        it('reads a grid of product families by account-field values', async () => {
            const { element } = await mount(familiesJson as unknown as Grid);
            expect(table(element).rowHeaderLabel).toBe('c.Whitespace_Header_Family');
            expect(table(element).currencyCode).toBe('USD');
            expect($(element, '.family-filter')).toBeNull();
            expect(statusAt(element, 'Automation', 'EMEA')).toBe('won');
            await openCell(element, 'Automation', 'EMEA');
            await fire(must(element, 'c-whitespace-cell-detail'), 'createopportunity');
            // A field-value column has no account: the new opportunity is the key account's.
            const state = (mockNavigate.mock.calls[0][0] as { state: { defaultFieldValues: string } }).state;
            expect(state.defaultFieldValues).toContain(`AccountId=${ACCOUNT_ID}`);
        });
    });

    describe('filters and sorting', () => {
        it('keeps the products of one family and announces what is shown', async () => {
            const { element } = await mount();
            const filter = must(element, '.family-filter');
            expect(filter.options).toEqual([
                { value: '', label: 'c.Whitespace_Filter_All_Families' },
                { value: 'Automation', label: 'Automation' },
                { value: 'Services', label: 'Services' }
            ]);
            await fire(filter, 'change', { value: 'Services' });
            expect(rowKeys(element)).toEqual([GRID.rows[2].key, GRID.rows[3].key]);
            expect(must(element, '.announcement').textContent).toBe('c.Whitespace_Announce_Shown');
        });

        it('filters by the statuses pressed in the legend, and Show all brings everything back', async () => {
            const { element } = await mount();
            await fire(must(element, 'c-whitespace-legend'), 'statuschange', { statuses: ['notFit'] });
            expect(rowKeys(element)).toEqual([GRID.rows[3].key]);
            expect(must(element, 'c-whitespace-legend').selected).toEqual(['notFit']);
            await fire(must(element, '.family-filter'), 'change', { value: 'Automation' });
            expect($(element, 'c-whitespace-table')).toBeNull();
            expect(must(element, '.no-match').textContent).toContain('c.Whitespace_No_Match');
            await expect(element).toBeAccessible();
            must(element, '.show-all').click();
            await settle();
            expect(rowKeys(element)).toHaveLength(4);
            expect(must(element, 'c-whitespace-legend').selected).toEqual([]);
        });

        it('sorts products and units by a figure, highest first, or by name', async () => {
            const { element } = await mount();
            await fire(must(element, '.row-sort'), 'change', { value: 'potential' });
            expect(rowKeys(element)).toEqual([P2, GRID.rows[3].key, P1, P3]);
            await fire(must(element, '.row-sort'), 'change', { value: 'label' });
            expect(viewOf(element).rows.map((row) => row.row.label)[0]).toBe('Conveyor Control Unit');
            await fire(must(element, '.column-sort'), 'change', { value: 'won' });
            expect(viewOf(element).columns.map((column) => column.column.key)).toEqual([U1, U3, U2]);
        });
    });

    describe('the cell panel', () => {
        it('opens a cell with its figures, opportunities and annotation', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            expect(table(element).selectedKey).toBe(key(P1, U1));
            const view = detail(element);
            expect(view).toMatchObject({
                key: key(P1, U1),
                title: 'c.Whitespace_Detail_Title',
                statusLabel: 'c.Whitespace_Status_Won',
                statusClass: 'ws-won',
                wonCount: 2,
                openCount: 1,
                annotation: null,
                overridden: false
            });
            expect(view.wonAmount).toMatch(/120,000/);
            expect(view.lastWon).toMatch(/2026/);
            expect(view.opportunities.map((opportunity) => opportunity.id)).toEqual([
                '006000000000003AAA',
                '006000000000001AAA',
                '006000000000002AAA'
            ]);
            expect(view.linkOptions.map((option) => option.value)).toEqual([
                '006000000000003AAA',
                '006000000000005AAA'
            ]);
            await expect(element).toBeAccessible();
        });

        it('shows an annotation that live opportunities override', async () => {
            const { element } = await mount();
            await openCell(element, P2, U1);
            expect(detail(element)).toMatchObject({
                statusLabel: 'c.Whitespace_Status_Pipeline',
                overridden: true,
                annotation: { status: 'Competitor Held', competitor: 'Acme Robotics', linkedId: null }
            });
        });

        it('opens a cell from the table itself', async () => {
            const { element } = await mount();
            const cell = table(element).shadowRoot?.querySelector<HTMLElement>(
                `[data-cell="${key(P3, U3)}"]`
            );
            cell?.click();
            await settle();
            expect(detail(element).key).toBe(key(P3, U3));
        });

        it('does nothing when the open cell is opened again', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            await openCell(element, P1, U1);
            expect(confirmMock).not.toHaveBeenCalled();
            expect(detail(element).key).toBe(key(P1, U1));
        });

        it('closes and gives focus back to the cell', async () => {
            const { element } = await mount();
            await openCell(element, P1, U2);
            const focusCell = jest.spyOn(
                table(element) as unknown as { focusCell(k: string): void },
                'focusCell'
            );
            await fire(must(element, 'c-whitespace-cell-detail'), 'close');
            expect($(element, 'c-whitespace-cell-detail')).toBeNull();
            expect(table(element).selectedKey).toBeNull();
            expect(focusCell).toHaveBeenCalledWith(key(P1, U2));
        });

        it('opens an opportunity of the cell', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            await fire(must(element, 'c-whitespace-cell-detail'), 'openrecord', {
                recordId: '006000000000001AAA'
            });
            expect(mockNavigate).toHaveBeenCalledWith({
                type: 'standard__recordPage',
                attributes: {
                    recordId: '006000000000001AAA',
                    objectApiName: 'Opportunity',
                    actionName: 'view'
                }
            });
        });

        it('creates an opportunity prefilled for the unit and product', async () => {
            const { element } = await mount();
            await openCell(element, P3, U2);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createopportunity');
            expect(mockNavigate).toHaveBeenCalledTimes(1);
            const reference = mockNavigate.mock.calls[0][0] as {
                type: string;
                attributes: Record<string, string>;
                state: Record<string, string>;
            };
            expect(reference.type).toBe('standard__objectPage');
            expect(reference.attributes).toEqual({ objectApiName: 'Opportunity', actionName: 'new' });
            expect(reference.state.defaultFieldValues).toContain(`AccountId=${U2}`);
            expect(reference.state.defaultFieldValues).toContain(
                'Name=c.Whitespace_Opportunity_Default_Name'
            );
        });
    });

    describe('annotating a cell', () => {
        it('edits the annotation with instant checks and saves it', async () => {
            const { element, toasts } = await mount();
            await annotate(element, P2, U1);
            expect(editor(element).heading).toBe('c.Whitespace_Editor_Title');
            expect(editor(element).draft).toEqual({
                status: 'Competitor Held',
                competitor: 'Acme Robotics',
                potentialValue: 60000,
                note: 'Incumbent since 2022'
            });
            expect(editor(element).statusOptions).toEqual(GRID.picklists.cellStatus);
            await editCell(element, 'competitor', null);
            expect(editor(element).errors).toEqual({ competitor: 'c.Whitespace_Error_Competitor_Required' });
            await editCell(element, 'competitor', 'Acme Robotics');
            await editCell(element, 'potentialValue', 75000);
            await editCell(element, 'note', 'Contract ends 2027');
            expect(editor(element).errors).toEqual({});
            saveCellMock.mockResolvedValueOnce(copy(cellSavedJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect(saveCellMock).toHaveBeenCalledWith({
                request: {
                    planId: GRID.plan?.id,
                    rowKey: P2,
                    columnKey: U1,
                    cellId: 'a05000000000001AAA',
                    expectedVersion: 3,
                    status: 'Competitor Held',
                    competitor: 'Acme Robotics',
                    potentialValue: 75000,
                    note: 'Contract ends 2027'
                }
            });
            expect(toasts).toEqual([
                {
                    title: 'c.Whitespace_Toast_Saved',
                    message: 'c.Whitespace_Detail_Title',
                    variant: 'success'
                }
            ]);
            expect($(element, 'c-whitespace-annotation-editor')).toBeNull();
            expect(detail(element).annotation?.note).toBe('Contract ends 2027');
        });

        it('annotates an open cell and the grid reclassifies it', async () => {
            const { element } = await mount();
            expect(statusAt(element, P3, U1)).toBe('open');
            await annotate(element, P3, U1);
            expect(editor(element).draft).toEqual({
                status: null,
                competitor: null,
                potentialValue: null,
                note: null
            });
            await editCell(element, 'status', 'Targeted');
            await editCell(element, 'potentialValue', 40000);
            saveCellMock.mockResolvedValueOnce(copy(cellCreatedJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect(saveCellMock.mock.calls[0][0].request).toMatchObject({
                cellId: null,
                expectedVersion: null
            });
            expect(statusAt(element, P3, U1)).toBe('targeted');
            expect(must(element, 'c-whitespace-legend').counts).toMatchObject({ targeted: 2, open: 4 });
        });

        it('refuses to save what the checks refuse, without a call, and focuses the problem', async () => {
            const { element } = await mount();
            await annotate(element, P3, U1);
            const focusFirstError = jest.spyOn(
                editor(element) as unknown as { focusFirstError(): boolean },
                'focusFirstError'
            );
            await editCell(element, 'potentialValue', -5);
            await fire(editor(element), 'save');
            expect(saveCellMock).not.toHaveBeenCalled();
            expect(editor(element).errors).toEqual({
                status: 'c.Keystone_Error_Field_Required',
                potentialValue: 'c.Whitespace_Error_Value_Negative'
            });
            expect((editor(element).notice as EditorNotice).title).toBe('c.Whitespace_Fix_Errors');
            expect(focusFirstError).toHaveBeenCalled();
            await editCell(element, 'status', 'Targeted');
            await editCell(element, 'potentialValue', 5);
            expect(editor(element).notice).toBeNull();
        });

        it('keeps the entries and shows the server messages when the save is refused', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await editCell(element, 'note', 'My words');
            saveCellMock.mockResolvedValueOnce(copy(cellInvalidJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect((editor(element).draft as CellDraft).note).toBe('My words');
            expect(editor(element).errors).toEqual({
                competitor: 'Name the competitor that holds this cell.'
            });
            expect((editor(element).notice as EditorNotice).messages).toEqual([
                'This opportunity is closed. Link an open opportunity.'
            ]);
            await expect(element).toBeAccessible();
            // Changing the field clears the server's message there.
            await editCell(element, 'competitor', 'Globex');
            expect(editor(element).errors).toEqual({});
        });

        it('keeps the entries when the save fails unexpectedly', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await editCell(element, 'note', 'Unsaved thought');
            saveCellMock.mockRejectedValueOnce(apexError);
            await fire(editor(element), 'save');
            expect(must(element, '.call-error c-error-panel').errors).toEqual(apexError);
            expect((editor(element).draft as CellDraft).note).toBe('Unsaved thought');
        });

        it('shows a refusal without field messages (no access)', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            saveCellMock.mockResolvedValueOnce(copy(cellNoAccessJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect(editor(element).notice).toEqual({
                title: 'c.Whitespace_Error_Save_Failed',
                messages: [cellNoAccessJson.message]
            });
        });

        it('on a conflict shows what is saved now; saving mine sends the current version', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await editCell(element, 'note', 'Mine');
            saveCellMock.mockResolvedValueOnce(copy(cellConflictJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect(editor(element).conflict).toEqual<CellConflictView>({
                deleted: false,
                known: true,
                message: cellConflictJson.message,
                status: 'Not a Fit',
                competitor: '',
                potential: '',
                note: 'Decided by procurement'
            });
            expect((editor(element).draft as CellDraft).note).toBe('Mine');
            await expect(element).toBeAccessible();
            saveCellMock.mockResolvedValueOnce(copy(cellSavedJson) as unknown as CellResult);
            await fire(editor(element), 'keepmine');
            expect(saveCellMock).toHaveBeenCalledTimes(2);
            expect(saveCellMock.mock.calls[1][0].request).toMatchObject({ expectedVersion: 5, note: 'Mine' });
            expect($(element, 'c-whitespace-annotation-editor')).toBeNull();
        });

        it('on a conflict can take the saved version instead', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await editCell(element, 'note', 'Mine');
            saveCellMock.mockResolvedValueOnce(copy(cellConflictJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            await fire(editor(element), 'taketheirs');
            expect(editor(element).conflict).toBeNull();
            expect(editor(element).draft).toEqual({
                status: 'Not a Fit',
                competitor: null,
                potentialValue: null,
                note: 'Decided by procurement'
            });
        });

        it('when the annotation was deleted meanwhile, saving mine creates it again', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            saveCellMock.mockResolvedValueOnce(copy(cellNotFoundJson) as unknown as CellResult);
            await fire(editor(element), 'save');
            expect((editor(element).conflict as CellConflictView).deleted).toBe(true);
            saveCellMock.mockResolvedValueOnce(copy(cellSavedJson) as unknown as CellResult);
            await fire(editor(element), 'keepmine');
            expect(saveCellMock.mock.calls[1][0].request).toMatchObject({
                cellId: null,
                expectedVersion: null
            });
        });

        it('on a conflict the server cannot name, saving mine lets the server resolve it', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            const unnamed = { ...copy(cellConflictJson), current: null } as unknown as CellResult;
            saveCellMock.mockResolvedValueOnce(unnamed);
            await fire(editor(element), 'save');
            expect(editor(element).conflict).toMatchObject({ deleted: false, known: false });
            saveCellMock.mockResolvedValueOnce(copy(cellConflictJson) as unknown as CellResult);
            await fire(editor(element), 'keepmine');
            expect(saveCellMock.mock.calls[1][0].request).toMatchObject({
                cellId: null,
                expectedVersion: null
            });
            expect(editor(element).conflict).toMatchObject({ known: true, note: 'Decided by procurement' });
        });

        it('cancels back to the cell', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await fire(editor(element), 'cancel');
            expect($(element, 'c-whitespace-annotation-editor')).toBeNull();
            expect(detail(element).key).toBe(key(P2, U1));
        });

        it('asks before another cell discards the entries', async () => {
            const { element } = await mount();
            await annotate(element, P2, U1);
            await editCell(element, 'note', 'Half written');
            confirmMock.mockResolvedValueOnce(false);
            await openCell(element, P1, U1);
            expect(confirmMock).toHaveBeenCalledTimes(1);
            expect((editor(element).draft as CellDraft).note).toBe('Half written');
            confirmMock.mockResolvedValueOnce(true);
            await openCell(element, P1, U1);
            expect($(element, 'c-whitespace-annotation-editor')).toBeNull();
            expect(detail(element).key).toBe(key(P1, U1));
        });
    });

    describe('clearing and linking', () => {
        it('removes an annotation after confirmation', async () => {
            const { element, toasts } = await mount();
            await openCell(element, GRID.rows[3].key, U2);
            confirmMock.mockResolvedValueOnce(true);
            clearCellMock.mockResolvedValueOnce(copy(cellClearedJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'clear');
            expect(clearCellMock).toHaveBeenCalledWith({ cellId: 'a05000000000005AAA', expectedVersion: 1 });
            expect(statusAt(element, GRID.rows[3].key, U2)).toBe('open');
            expect(toasts[0].title).toBe('c.Whitespace_Toast_Cleared');
        });

        it('keeps the annotation when the user does not confirm', async () => {
            const { element } = await mount();
            await openCell(element, GRID.rows[3].key, U2);
            confirmMock.mockResolvedValueOnce(false);
            await fire(must(element, 'c-whitespace-cell-detail'), 'clear');
            expect(clearCellMock).not.toHaveBeenCalled();
        });

        it('reports a conflict on removal and shows what is saved now', async () => {
            const { element } = await mount();
            await openCell(element, P2, U1);
            confirmMock.mockResolvedValueOnce(true);
            clearCellMock.mockResolvedValueOnce(copy(cellConflictJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'clear');
            expect(must(element, '.panel-notice').textContent).toContain(cellConflictJson.message);
            expect(detail(element).annotation?.status).toBe('Not a Fit');
            await expect(element).toBeAccessible();
        });

        it('links an open opportunity of the unit', async () => {
            const { element, toasts } = await mount();
            await openCell(element, P2, U2);
            linkMock.mockResolvedValueOnce(copy(cellLinkedJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'link', {
                opportunityId: '006000000000007AAA'
            });
            expect(linkMock).toHaveBeenCalledWith({
                request: {
                    planId: GRID.plan?.id,
                    rowKey: P2,
                    columnKey: U2,
                    cellId: 'a05000000000003AAA',
                    expectedVersion: 2,
                    opportunityId: '006000000000007AAA'
                }
            });
            expect(toasts[0].title).toBe('c.Whitespace_Toast_Linked');
            expect(detail(element).annotation?.linkedName).toBe('Energy robotics study');
        });

        it('unlinks, and shows a refused link at the panel', async () => {
            const { element, toasts } = await mount();
            await openCell(element, P3, U2);
            linkMock.mockResolvedValueOnce(copy(cellInvalidJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'link', {
                opportunityId: '006000000000001AAA'
            });
            expect(linkMock.mock.calls[0][0].request).toMatchObject({ cellId: null, expectedVersion: null });
            expect(must(element, '.panel-notice').textContent).toContain('This opportunity is closed.');
            linkMock.mockResolvedValueOnce(copy(cellClearedJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'link', { opportunityId: null });
            expect(toasts[0].title).toBe('c.Whitespace_Toast_Unlinked');
            expect($(element, '.panel-notice')).toBeNull();
        });

        it('shows an unexpected failure of a link', async () => {
            const { element } = await mount();
            await openCell(element, P3, U2);
            linkMock.mockRejectedValueOnce(apexError);
            await fire(must(element, 'c-whitespace-cell-detail'), 'link', {
                opportunityId: '006000000000001AAA'
            });
            expect(must(element, '.call-error c-error-panel').errors).toEqual(apexError);
        });

        it('forgets an annotation deleted meanwhile', async () => {
            const { element } = await mount();
            await openCell(element, GRID.rows[3].key, U2);
            confirmMock.mockResolvedValueOnce(true);
            clearCellMock.mockResolvedValueOnce(copy(cellNotFoundJson) as unknown as CellResult);
            await fire(must(element, 'c-whitespace-cell-detail'), 'clear');
            expect(detail(element).annotation).toBeNull();
        });
    });

    describe('starting a play', () => {
        it('prefills a cross-sell play for an open cell and creates it', async () => {
            const { element, toasts } = await mount();
            await openCell(element, P2, U2);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createplay');
            expect(playForm(element).heading).toBe('c.Whitespace_Play_Heading');
            expect(playForm(element).draft).toEqual<PlayDraft>({
                name: 'c.Whitespace_Play_Default_Name',
                type: 'Cross-sell',
                estimatedValue: 90000,
                dueDate: null,
                opportunityId: null
            });
            expect(playForm(element).typeOptions).toEqual(GRID.picklists.playType);
            expect((playForm(element).opportunityOptions as { value: string }[]).map((o) => o.value)).toEqual(
                ['006000000000004AAA']
            );
            await fire(playForm(element), 'fieldchange', { field: 'name', value: 'Robotics for Logistics' });
            await fire(playForm(element), 'fieldchange', { field: 'dueDate', value: '2999-12-31' });
            createPlayMock.mockResolvedValueOnce(copy(playSavedJson) as unknown as Apex.WhitespacePlayResult);
            await fire(playForm(element), 'save');
            expect(createPlayMock).toHaveBeenCalledWith({
                request: {
                    planId: GRID.plan?.id,
                    rowKey: P2,
                    columnKey: U2,
                    name: 'Robotics for Logistics',
                    type: 'Cross-sell',
                    estimatedValue: 90000,
                    dueDate: '2999-12-31',
                    opportunityId: null
                }
            });
            expect(toasts).toEqual([
                {
                    title: 'c.Whitespace_Toast_Play_Created',
                    message: 'Robotics for Logistics',
                    variant: 'success'
                }
            ]);
            expect($(element, 'c-whitespace-play-form')).toBeNull();
            expect(detail(element).key).toBe(key(P2, U2));
        });

        it('prefills an expansion play where the unit already buys the product', async () => {
            const { element } = await mount();
            await openCell(element, P1, U1);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createplay');
            expect((playForm(element).draft as PlayDraft).type).toBe('Expansion');
            await fire(playForm(element), 'cancel');
            expect($(element, 'c-whitespace-play-form')).toBeNull();
        });

        it('checks the play before creating it, and keeps it when the server refuses', async () => {
            const { element } = await mount();
            await openCell(element, P2, U2);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createplay');
            await fire(playForm(element), 'fieldchange', { field: 'name', value: null });
            await fire(playForm(element), 'fieldchange', { field: 'dueDate', value: '2000-01-01' });
            expect(playForm(element).errors).toEqual({
                name: 'c.Keystone_Error_Field_Required',
                dueDate: 'c.Whitespace_Error_Due_Date_Past'
            });
            await fire(playForm(element), 'save');
            expect(createPlayMock).not.toHaveBeenCalled();
            expect((playForm(element).notice as EditorNotice).title).toBe('c.Whitespace_Fix_Errors');
            await fire(playForm(element), 'fieldchange', { field: 'name', value: 'x'.repeat(80) });
            await fire(playForm(element), 'fieldchange', { field: 'dueDate', value: null });
            expect(playForm(element).notice).toBeNull();
            createPlayMock.mockResolvedValueOnce(
                copy(playInvalidJson) as unknown as Apex.WhitespacePlayResult
            );
            await fire(playForm(element), 'save');
            expect(playForm(element).errors).toEqual({
                name: 'Use 80 characters or fewer.',
                opportunityId: playInvalidJson.fieldErrors[1].message
            });
            expect((playForm(element).notice as EditorNotice).messages).toEqual([
                'The plan owner is inactive.'
            ]);
            expect((playForm(element).draft as PlayDraft).name).toBe('x'.repeat(80));
            await expect(element).toBeAccessible();
        });

        it('keeps the play when creating it fails or is not allowed', async () => {
            const { element } = await mount();
            await openCell(element, P2, U2);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createplay');
            createPlayMock.mockRejectedValueOnce(apexError);
            await fire(playForm(element), 'save');
            expect(must(element, '.call-error c-error-panel').errors).toEqual(apexError);
            createPlayMock.mockResolvedValueOnce(
                copy(playNoAccessJson) as unknown as Apex.WhitespacePlayResult
            );
            await fire(playForm(element), 'save');
            expect((playForm(element).notice as EditorNotice).messages).toEqual([playNoAccessJson.message]);
            expect((playForm(element).draft as PlayDraft).type).toBe('Cross-sell');
        });

        it('asks before another cell discards a play being written', async () => {
            const { element } = await mount();
            await openCell(element, P2, U2);
            await fire(must(element, 'c-whitespace-cell-detail'), 'createplay');
            await fire(playForm(element), 'fieldchange', { field: 'name', value: 'Draft play' });
            confirmMock.mockResolvedValueOnce(false);
            await openCell(element, P1, U1);
            expect((playForm(element).draft as PlayDraft).name).toBe('Draft play');
        });
    });
});
