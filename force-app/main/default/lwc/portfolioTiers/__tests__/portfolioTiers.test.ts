import { createElement } from 'lwc';
import PortfolioTiers from 'c/portfolioTiers';
import { BLANK, tierDistribution, type TierBucket } from 'c/portfolioView';
import portfolioJson from './data/portfolio.json';

const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const TIERS = tierDistribution(PORTFOLIO.rows, PORTFOLIO.tierOptions, 'Not tiered');

type TiersElement = HTMLElement & { tiers?: TierBucket[]; selectedTier?: string };
type Child = HTMLElement & Record<string, unknown>;

async function mount(props: Partial<TiersElement>): Promise<TiersElement> {
    const element = createElement('c-portfolio-tiers', { is: PortfolioTiers }) as TiersElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    await Promise.resolve();
    return element;
}

const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const pressed = (element: HTMLElement): (string | null)[] =>
    $$(element, '.tier-button').map((button) => button.getAttribute('aria-pressed'));

describe('c-portfolio-tiers', () => {
    it('shows a bar per tier with its plans and share (data state)', async () => {
        const element = await mount({ tiers: TIERS });
        expect($$(element, '.tier-button').map((button) => button.textContent?.trim())).toEqual([
            'Tier 1',
            'Tier 2',
            'Tier 3',
            'Not tiered'
        ]);
        expect($$(element, '.bar-fill').map((bar) => bar.style.width)).toEqual(['38%', '25%', '25%', '13%']);
        expect($$(element, '.tier-count').map((count) => count.textContent)).toEqual([
            'c.Portfolio_Tier_Count',
            'c.Portfolio_Tier_Count',
            'c.Portfolio_Tier_Count',
            'c.Portfolio_Tier_Count'
        ]);
        expect($$(element, '.tier-button')[0]?.title).toBe('c.Portfolio_Tier_Filter');
        expect(pressed(element)).toEqual(['false', 'false', 'false', 'false']);
        await expect(element).toBeAccessible();
    });

    it('shows nothing without tiers (empty state)', async () => {
        const element = await mount({ tiers: [] });
        expect($$(element, '.tiers')).toHaveLength(0);
        const bare = await mount({});
        expect($$(bare, '.tiers')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('filters by a tier and marks the chosen one', async () => {
        const element = await mount({ tiers: TIERS, selectedTier: BLANK });
        const chosen: string[] = [];
        element.addEventListener('tierselect', (event) => {
            chosen.push((event as CustomEvent<{ tier: string }>).detail.tier);
        });
        expect(pressed(element)).toEqual(['false', 'false', 'false', 'true']);
        const buttons = $$(element, '.tier-button');
        buttons[1]?.click();
        buttons[3]?.click();
        expect(chosen).toEqual(['Tier 2', BLANK]);
    });
});
