import { createElement } from 'lwc';
import WhitespaceCellDetail, { type CellDetailView } from 'c/whitespaceCellDetail';
import detailJson from './data/detail.json';
import emptyDetailJson from './data/emptyDetail.json';

const DETAIL = detailJson as CellDetailView;
const EMPTY = emptyDetailJson as CellDetailView;
type DetailElement = HTMLElement & {
    detail?: CellDetailView;
    canEdit?: boolean;
    canCreateOpportunity?: boolean;
    canCreatePlay?: boolean;
    busy?: boolean;
    focusHeading(): void;
};
type Child = HTMLElement & Record<string, unknown>;

function mount(props: Partial<DetailElement> = {}) {
    const element = createElement('c-whitespace-cell-detail', { is: WhitespaceCellDetail }) as DetailElement;
    Object.assign(element, {
        detail: DETAIL,
        canEdit: true,
        canCreateOpportunity: true,
        canCreatePlay: true,
        ...props
    });
    const events: { type: string; detail: unknown }[] = [];
    for (const type of [
        'close',
        'annotate',
        'clear',
        'link',
        'createopportunity',
        'createplay',
        'openrecord'
    ]) {
        element.addEventListener(type, (event) =>
            events.push({ type, detail: (event as CustomEvent).detail })
        );
    }
    document.body.appendChild(element);
    return { element, events };
}

const flush = (): Promise<void> => Promise.resolve();
const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const text = (element: HTMLElement): string => element.shadowRoot?.textContent ?? '';

describe('c-whitespace-cell-detail', () => {
    it('shows the cell: status, figures, opportunities, the overridden annotation (data state)', async () => {
        const { element } = mount();
        await flush();
        expect($(element, 'h2')?.textContent?.trim()).toBe(DETAIL.title);
        expect($(element, '.ws-pipeline')?.textContent).toBe('In pipeline');
        expect($(element, '.open-amount')?.textContent).toBe('€30,000.00');
        expect($(element, '.potential')?.textContent).toBe('€60,000.00');
        expect(text(element)).toContain('Won since Jul 1, 2025');
        expect($(element, '.open-record')?.textContent?.trim()).toBe('Robotic cell pilot');
        expect($(element, '.overridden')?.textContent).toBe('c.Whitespace_Detail_Overridden');
        expect($(element, '.annotation')?.textContent).toContain('Acme Robotics');
        expect($(element, '.linked')?.textContent).toBe('Robotic cell pilot');
        expect(($(element, '.annotate') as Child).label).toBe('c.Whitespace_Action_Edit');
        expect($(element, '.clear')).not.toBeNull();
        expect($(element, '.unlink')).not.toBeNull();
        expect(($(element, '.link-choice') as Child).options).toEqual(DETAIL.linkOptions);
        await expect(element).toBeAccessible();
    });

    it('shows an empty cell, with nothing to link (empty state)', async () => {
        const { element } = mount({ detail: EMPTY });
        await flush();
        expect($(element, '.no-opportunities')?.textContent).toBe('c.Whitespace_Detail_No_Opportunities');
        expect($(element, '.no-annotation')?.textContent).toBe('c.Whitespace_Detail_No_Annotation');
        expect($(element, '.no-link-options')?.textContent).toBe('c.Whitespace_Link_None');
        expect(($(element, '.annotate') as Child).label).toBe('c.Whitespace_Action_Annotate');
        expect($(element, '.clear')).toBeNull();
        expect($(element, '.unlink')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers only what the user may do (read-only state)', async () => {
        const { element } = mount({ canEdit: false, canCreateOpportunity: false, canCreatePlay: false });
        await flush();
        for (const action of [
            '.annotate',
            '.clear',
            '.create-opportunity',
            '.create-play',
            '.link-choice',
            '.unlink'
        ]) {
            expect($(element, action)).toBeNull();
        }
        expect($(element, '.annotation')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('renders nothing without a cell', async () => {
        const { element } = mount({ detail: undefined });
        await flush();
        expect($(element, 'section')).toBeNull();
    });

    it('sends each action as an event', async () => {
        const { element, events } = mount();
        await flush();
        for (const selector of [
            '.close',
            '.annotate',
            '.clear',
            '.create-opportunity',
            '.create-play',
            '.unlink'
        ]) {
            ($(element, selector) as Child).click();
        }
        ($(element, '.open-record') as Child).click();
        expect(events).toEqual([
            { type: 'close', detail: null },
            { type: 'annotate', detail: null },
            { type: 'clear', detail: null },
            { type: 'createopportunity', detail: null },
            { type: 'createplay', detail: null },
            { type: 'link', detail: { opportunityId: null } },
            { type: 'openrecord', detail: { recordId: '006000000000005AAA' } }
        ]);
    });

    it('links the chosen opportunity, and only once one is chosen', async () => {
        const { element, events } = mount();
        await flush();
        const link = $(element, '.link') as Child;
        expect(link.disabled).toBe(true);
        link.click();
        expect(events).toEqual([]);
        ($(element, '.link-choice') as Child).dispatchEvent(
            new CustomEvent('change', { detail: { value: '006000000000003AAA' } })
        );
        await flush();
        expect(link.disabled).toBe(false);
        link.click();
        expect(events).toEqual([{ type: 'link', detail: { opportunityId: '006000000000003AAA' } }]);
        await flush();
        expect(link.disabled).toBe(true);
    });

    it('disables changes while busy and focuses its heading on request', async () => {
        const { element } = mount({ busy: true });
        await flush();
        expect(($(element, '.annotate') as Child).disabled).toBe(true);
        expect(($(element, '.create-play') as Child).disabled).toBe(true);
        element.focusHeading();
        expect(element.shadowRoot?.activeElement).toBe($(element, 'h2'));
    });
});
