import { createElement } from 'lwc';
import WhitespaceLegend, { type StatusChangeDetail } from 'c/whitespaceLegend';
import type { CellStatus } from 'c/whitespaceModel';
import countsJson from './data/counts.json';

type LegendElement = HTMLElement & {
    counts?: Partial<Record<CellStatus, number>>;
    selected?: CellStatus[];
};

function mount(props: Partial<LegendElement> = {}): { element: LegendElement; changes: CellStatus[][] } {
    const element = createElement('c-whitespace-legend', { is: WhitespaceLegend }) as LegendElement;
    Object.assign(element, { counts: countsJson, ...props });
    const changes: CellStatus[][] = [];
    element.addEventListener('statuschange', (event) =>
        changes.push((event as CustomEvent<StatusChangeDetail>).detail.statuses)
    );
    document.body.appendChild(element);
    return { element, changes };
}

const flush = (): Promise<void> => Promise.resolve();
const buttons = (element: HTMLElement): HTMLButtonElement[] =>
    Array.from(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[data-status]') ?? []);
const button = (element: HTMLElement, status: CellStatus): HTMLButtonElement =>
    buttons(element).find((candidate) => candidate.dataset.status === status) as HTMLButtonElement;

describe('c-whitespace-legend', () => {
    it('lists every status in precedence order with its swatch, label and count (data state)', async () => {
        const { element } = mount();
        await flush();
        expect(buttons(element).map((b) => b.dataset.status)).toEqual([
            'won',
            'pipeline',
            'competitor',
            'notFit',
            'targeted',
            'open'
        ]);
        const won = button(element, 'won');
        expect(won.textContent).toContain('c.Whitespace_Status_Won');
        expect(won.querySelector('.ws-legend-count')?.textContent).toBe('2');
        expect(won.querySelector('.ws-swatch')?.className).toContain('ws-won');
        expect(won.getAttribute('aria-pressed')).toBe('false');
        expect(element.shadowRoot?.querySelector('.ws-show-all')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('presses and releases statuses, in precedence order', async () => {
        const { element, changes } = mount({ selected: ['open'] });
        await flush();
        expect(button(element, 'open').getAttribute('aria-pressed')).toBe('true');
        button(element, 'won').click();
        button(element, 'open').click();
        expect(changes).toEqual([['won', 'open'], []]);
    });

    it('shows all again on request', async () => {
        const { element, changes } = mount({ selected: ['notFit', 'targeted'] });
        await flush();
        element.shadowRoot?.querySelector<HTMLButtonElement>('.ws-show-all')?.click();
        expect(changes).toEqual([[]]);
        await expect(element).toBeAccessible();
    });

    it('counts zero without counts (empty state)', async () => {
        const { element, changes } = mount({ counts: undefined, selected: undefined });
        await flush();
        expect(buttons(element).map((b) => b.querySelector('.ws-legend-count')?.textContent)).toEqual([
            '0',
            '0',
            '0',
            '0',
            '0',
            '0'
        ]);
        button(element, 'pipeline').click();
        expect(changes).toEqual([['pipeline']]);
    });
});
