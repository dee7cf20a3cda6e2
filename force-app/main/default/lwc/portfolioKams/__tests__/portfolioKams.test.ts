import { createElement } from 'lwc';
import PortfolioKams from 'c/portfolioKams';
import { kamSummaries, type KamSummary } from 'c/portfolioView';
import portfolioJson from './data/portfolio.json';

const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const SUMMARIES = kamSummaries(PORTFOLIO.rows, { today: '2026-11-20', renewalHorizonDays: 120 });

type KamsElement = HTMLElement & {
    summaries?: KamSummary[];
    currencyCode?: string;
    selectedOwnerId?: string;
};
type Child = HTMLElement & Record<string, unknown>;

async function mount(props: Partial<KamsElement>): Promise<KamsElement> {
    const element = createElement('c-portfolio-kams', { is: PortfolioKams }) as KamsElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    await Promise.resolve();
    return element;
}

const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const cells = (element: HTMLElement, selector: string): string[] =>
    $$(element, selector).map((cell) => cell.textContent?.trim() ?? '');

describe('c-portfolio-kams', () => {
    it('lists each KAM with their figures (data state)', async () => {
        const element = await mount({ summaries: SUMMARIES, currencyCode: 'USD' });
        expect(cells(element, '.kam-button')).toEqual([
            'Ava Brooks',
            'Jonas Weber',
            'Marcus Lee',
            'Priya Natarajan'
        ]);
        expect(cells(element, '.plan-count')).toEqual(['2', '2', '2', '2']);
        expect(cells(element, '.stale-count')).toEqual(['0', '0', '1', '1']);
        expect(cells(element, '.single-threaded-count')).toEqual(['0', '1', '1', '1']);
        expect(cells(element, '.at-risk-count')).toEqual(['0', '1', '1', '0']);
        expect(cells(element, '.nrr')).toEqual(['125%', '114%', '85%', '']);
        const open = $$(element, '.open-pipeline lightning-formatted-number');
        expect(open.map((number) => number.value)).toEqual([840_000, 370_000, 350_000, 90_000]);
        expect(open.every((number) => number.currencyCode === 'USD')).toBe(true);
        expect($$(element, '.kam-button').map((button) => button.getAttribute('aria-pressed'))).toEqual([
            'false',
            'false',
            'false',
            'false'
        ]);
        await expect(element).toBeAccessible();
    });

    it('leaves out figures nobody has yet', async () => {
        const blank = SUMMARIES.map((summary) => ({
            ...summary,
            kpis: { ...summary.kpis, openPipeline: null, wonLast12Months: null }
        }));
        const element = await mount({ summaries: blank });
        expect($$(element, 'lightning-formatted-number')).toHaveLength(0);
    });

    it('shows nothing without KAMs (empty state)', async () => {
        const element = await mount({ summaries: [] });
        expect($$(element, 'table')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('filters by a KAM and marks the chosen one', async () => {
        const element = await mount({ summaries: SUMMARIES, selectedOwnerId: '005000000000002AAA' });
        const chosen: string[] = [];
        element.addEventListener('kamselect', (event) => {
            chosen.push((event as CustomEvent<{ ownerId: string }>).detail.ownerId);
        });
        const buttons = $$(element, '.kam-button');
        expect(buttons[2]?.getAttribute('aria-pressed')).toBe('true');
        expect(buttons[2]?.closest('tr')?.className).toBe('slds-is-selected');
        buttons[0]?.click();
        expect(chosen).toEqual(['005000000000001AAA']);
    });
});
