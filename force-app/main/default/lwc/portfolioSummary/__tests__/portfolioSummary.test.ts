import { createElement } from 'lwc';
import PortfolioSummary from 'c/portfolioSummary';
import { computeKpis, type PortfolioKpis } from 'c/portfolioView';
import portfolioJson from './data/portfolio.json';

const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const KPIS = computeKpis(PORTFOLIO.rows, { today: '2026-11-20', renewalHorizonDays: 120 });

type SummaryElement = HTMLElement & {
    kpis?: PortfolioKpis;
    currencyCode?: string;
    renewalHorizonDays?: number;
};
type Child = HTMLElement & Record<string, unknown>;

async function mount(props: Partial<SummaryElement>): Promise<SummaryElement> {
    const element = createElement('c-portfolio-summary', { is: PortfolioSummary }) as SummaryElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    await Promise.resolve();
    return element;
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const text = (element: HTMLElement, selector: string): string => $(element, selector)?.textContent ?? '';

describe('c-portfolio-summary', () => {
    it('shows the KPI tiles (data state)', async () => {
        const element = await mount({
            kpis: KPIS,
            currencyCode: 'EUR',
            renewalHorizonDays: 120
        });
        expect(text(element, '.plan-count')).toBe('8');
        expect(text(element, '.single-threaded-count')).toBe('3');
        expect(text(element, '.renewals-at-risk-count')).toBe('2');
        expect(text(element, '.upcoming')).toBe('c.Portfolio_Kpi_Upcoming_Renewals');
        expect($$(element, '.freshness-parts li').map((part) => part.className)).toEqual([
            'slds-badge slds-theme_success freshness-Fresh',
            'slds-badge slds-theme_warning freshness-Due',
            'slds-badge slds-theme_error freshness-Stale',
            'slds-badge freshness-none'
        ]);
        const money = $$(element, '[data-kpi] lightning-formatted-number');
        expect(money.map((number) => number.value)).toEqual([1_650_000, 800_000, 3_500_000]);
        expect(money.every((number) => number.currencyCode === 'EUR')).toBe(true);
        expect(text(element, '.nrr-value')).toBe('105%');
        expect(text(element, '.nrr-help')).toBe('c.Portfolio_Kpi_Nrr_Help');
        await expect(element).toBeAccessible();
    });

    it('leaves out the freshness part of plans without one when there are none', async () => {
        const kpis = computeKpis(PORTFOLIO.rows.slice(0, 2), {
            today: '2026-11-20',
            renewalHorizonDays: 120
        });
        const element = await mount({ kpis });
        expect($$(element, '.freshness-parts li')).toHaveLength(3);
    });

    it('says which figures are not there rather than showing zero', async () => {
        const element = await mount({
            kpis: { ...KPIS, openPipeline: null, wonLast12Months: null, netRevenueRetention: null }
        });
        expect($$(element, '[data-kpi] lightning-formatted-number')).toHaveLength(1);
        expect($$(element, '[data-kpi] .slds-assistive-text').map((node) => node.textContent)).toEqual([
            'c.Portfolio_No_Figure',
            'c.Portfolio_No_Figure'
        ]);
        expect(text(element, '.nrr-value .slds-assistive-text')).toBe('c.Portfolio_No_Figure');
        expect(text(element, '.nrr-help')).toBe('c.Portfolio_Kpi_Nrr_No_Base');
        await expect(element).toBeAccessible();
    });

    it('shows nothing without figures (empty state)', async () => {
        const element = await mount({});
        expect(element.shadowRoot?.children).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});
