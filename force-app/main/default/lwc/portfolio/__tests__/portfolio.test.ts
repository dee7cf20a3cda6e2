import { createElement } from 'lwc';
import Portfolio from 'c/portfolio';
import { refreshApex } from '@salesforce/apex';
import getPortfolio from '@salesforce/apex/PortfolioController.getPortfolio';
import recalculateRollups from '@salesforce/apex/PortfolioController.recalculateRollups';
import type { createApexTestWireAdapter as MockCreateApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
import { BLANK, type PortfolioKpis, type TierBucket } from 'c/portfolioView';
import portfolioJson from './data/portfolio.json';
import emptyJson from './data/emptyPortfolio.json';
import recalculationJson from './data/recalculation.json';
import apexError from './data/apexError.json';

jest.mock(
    '@salesforce/apex/PortfolioController.getPortfolio',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual<{
            createApexTestWireAdapter: typeof MockCreateApexTestWireAdapter;
        }>('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/PortfolioController.recalculateRollups', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

// Today, for the renewals KPI: the payload's renewal dates are around it.
jest.mock('c/portfolioView', () => ({
    ...jest.requireActual<Record<string, unknown>>('c/portfolioView'),
    localIsoDate: () => '2026-11-20'
}));

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

type WireAdapter = ReturnType<typeof MockCreateApexTestWireAdapter>;
const portfolioWire = getPortfolio as unknown as WireAdapter;
const recalculateMock = recalculateRollups as jest.MockedFunction<typeof recalculateRollups>;
const refreshApexMock = refreshApex as jest.MockedFunction<typeof refreshApex>;

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const EMPTY = emptyJson as unknown as Apex.Portfolio;

interface ToastDetail {
    title: string;
    message: string;
    variant: string;
}
type PortfolioElement = HTMLElement & {
    cardTitle?: string;
    defaultScope?: string;
    pageSize?: number | string;
    maxRows?: number | string;
};
type Child = HTMLElement & Record<string, unknown>;

function settle(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 6; i += 1) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

/** Mounts the portfolio; `answer` is what the wire provisions (a portfolio, `{ error }`, or nothing yet). */
async function mount(
    answer: Apex.Portfolio | { error: unknown } | null = PORTFOLIO,
    props: Partial<PortfolioElement> = {}
) {
    const element = createElement('c-portfolio', { is: Portfolio }) as PortfolioElement;
    Object.assign(element, props);
    const toasts: ToastDetail[] = [];
    element.addEventListener('lightning__showtoast', (event) => {
        toasts.push((event as CustomEvent<ToastDetail>).detail);
    });
    document.body.appendChild(element);
    await settle();
    await provide(answer);
    return { element, toasts };
}

async function provide(answer: Apex.Portfolio | { error: unknown } | null): Promise<void> {
    if (answer && 'error' in answer) {
        const error = answer.error as { body: unknown; status: number; statusText: string };
        portfolioWire.error(error.body, error.status, error.statusText);
    } else if (answer) {
        portfolioWire.emit(copy(answer));
    }
    await settle();
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const must = (element: HTMLElement, selector: string): Child => {
    const found = $(element, selector);
    if (!found) {
        throw new Error(`nothing at ${selector}`);
    }
    return found;
};

/** The account names of the rows in the table, in order. */
const accounts = (element: HTMLElement): string[] =>
    $$(element, 'tr[data-plan-id] .account-link').map((link) => link.textContent ?? '');
const summary = (element: HTMLElement): Child => must(element, 'c-portfolio-summary');
const kpis = (element: HTMLElement): PortfolioKpis => summary(element).kpis as PortfolioKpis;

async function change(element: HTMLElement, selector: string, value: unknown): Promise<void> {
    must(element, selector).dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await settle();
}

async function check(element: HTMLElement, flag: string, checked: boolean): Promise<void> {
    must(element, `.flag[data-flag="${flag}"]`).dispatchEvent(
        new CustomEvent('change', { detail: { checked } })
    );
    await settle();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    must(element, selector).click();
    await settle();
}

describe('c-portfolio', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('asks for the team’s plans in one call and shows a spinner until they arrive', async () => {
            const { element } = await mount(null);
            expect(portfolioWire.getLastConfig()).toEqual({
                query: { scope: 'MY_TEAM', includeArchived: false, maxRows: null }
            });
            expect(must(element, 'lightning-spinner').alternativeText).toBe('c.Portfolio_Loading');
            expect($(element, '.body')?.getAttribute('aria-busy')).toBe('true');
            expect($(element, 'table.plans')).toBeNull();
            await provide(PORTFOLIO);
            expect($(element, 'lightning-spinner')).toBeNull();
            expect($(element, '.body')?.getAttribute('aria-busy')).toBe('false');
        });

        it('shows every plan with its figures (data state)', async () => {
            const { element } = await mount();
            expect(must(element, '.heading').textContent).toBe('c.Portfolio_Title');
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(8);
            // Sorted by account name at first.
            expect(accounts(element)).toEqual([
                'Blue Ridge Utilities',
                'Élan Logistique',
                'Halvorsen Maritime',
                'Kestrel Mining Corporation',
                'Meridian Foods Group',
                'Northwind Industrial Group',
                'Orbit Telecom',
                'Sakura Precision Works'
            ]);
            expect(kpis(element)).toEqual(
                expect.objectContaining({
                    planCount: 8,
                    staleCount: 2,
                    singleThreadedCount: 3,
                    renewalAtRiskCount: 2,
                    upcomingRenewalCount: 4,
                    openPipeline: 1_650_000,
                    expansionPipeline: 800_000,
                    wonLast12Months: 3_500_000
                })
            );
            expect(summary(element).currencyCode).toBe('USD');
            expect(summary(element).renewalHorizonDays).toBe(120);
            expect(
                (must(element, 'c-portfolio-tiers').tiers as TierBucket[]).map((tier) => tier.count)
            ).toEqual([3, 2, 2, 1]);
            const kams = must(element, 'c-portfolio-kams');
            expect((kams.summaries as { ownerName: string }[]).map((kam) => kam.ownerName)).toEqual([
                'Ava Brooks',
                'Jonas Weber',
                'Marcus Lee',
                'Priya Natarajan'
            ]);
            expect(must(element, '.showing').textContent).toBe('c.Portfolio_Showing');
            expect(must(element, '.figures-as-of lightning-formatted-date-time').value).toBe(
                '2026-11-20T02:00:00.000Z'
            );
            expect($(element, '.recalculate')).toBeNull();
            expect($(element, '.scope-fallback')).toBeNull();
            expect($(element, '.truncated')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows each row’s badges from the server’s flags and its money in the portfolio currency', async () => {
            const { element } = await mount({ ...copy(PORTFOLIO), currencyCode: 'EUR' });
            const row = must(element, 'tr[data-plan-id="a01000000000004AAA"]');
            expect(row.querySelector('.account-link')?.textContent).toBe('Blue Ridge Utilities');
            expect(row.querySelector('.freshness .slds-badge')?.className).toBe(
                'slds-badge slds-theme_error'
            );
            expect(row.querySelector('.freshness .slds-badge')?.textContent).toBe(
                'c.Keystone_Plan_Freshness_Stale'
            );
            expect(row.querySelector('.single-threaded')?.textContent).toBe(
                'c.Portfolio_Badge_Single_Threaded'
            );
            expect(row.querySelector('.at-risk')?.textContent).toBe('c.Portfolio_Badge_At_Risk');
            expect(row.querySelector('.open-pipeline')?.textContent).toBe('€50,000');
            expect(row.querySelector('.won')?.textContent).toBe('€200,000');
            expect(row.querySelector('.nrr')?.textContent).toBe('57%');
            // No flag, no badge; a figure never calculated, no number.
            const northwind = must(element, 'tr[data-plan-id="a01000000000001AAA"]');
            expect(northwind.querySelector('.single-threaded')).toBeNull();
            expect(northwind.querySelector('.at-risk')).toBeNull();
            const elan = must(element, 'tr[data-plan-id="a01000000000007AAA"]');
            expect(elan.querySelector('.nrr')?.textContent).toBe('');
            expect($$(element, '.single-threaded')).toHaveLength(3);
            expect($$(element, '.at-risk')).toHaveLength(2);
        });

        it('says when the figures were never calculated', async () => {
            // Apex leaves out null properties.
            const { rollupsCalculatedAt, ...never } = copy(PORTFOLIO);
            expect(rollupsCalculatedAt).not.toBeNull();
            const { element } = await mount(never as Apex.Portfolio);
            expect(must(element, '.figures-as-of').textContent).toBe('c.Portfolio_Figures_Never');
        });

        it('warns when more plans matched than were loaded', async () => {
            const { element } = await mount({ ...copy(PORTFOLIO), truncated: true });
            expect(must(element, '.truncated').textContent).toBe('c.Portfolio_Truncated');
        });

        it('uses the App Builder settings: title, scope, rows per page and most plans loaded', async () => {
            const { element } = await mount(PORTFOLIO, {
                cardTitle: 'Strategic accounts',
                defaultScope: 'ALL',
                pageSize: '3',
                maxRows: 50
            });
            expect(must(element, '.heading').textContent).toBe('Strategic accounts');
            expect(portfolioWire.getLastConfig()).toEqual({
                query: { scope: 'ALL', includeArchived: false, maxRows: 50 }
            });
            expect(must(element, '.scope').value).toBe('ALL');
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(3);
            expect(must(element, '.show-more').label).toBe('c.Portfolio_Show_More');
            await click(element, '.show-more');
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(6);
            await click(element, '.show-more');
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(8);
            expect($(element, '.show-more')).toBeNull();
        });

        it('ignores settings it cannot use', async () => {
            await mount(PORTFOLIO, { defaultScope: 'EVERYONE', pageSize: 'many', maxRows: -4 });
            expect(portfolioWire.getLastConfig()).toEqual({
                query: { scope: 'MY_TEAM', includeArchived: false, maxRows: null }
            });
        });

        it('keeps the scope when the page moves it (reconnect)', async () => {
            const { element } = await mount();
            await change(element, '.scope', 'ALL');
            document.body.removeChild(element);
            document.body.appendChild(element);
            await settle();
            expect(portfolioWire.getLastConfig()).toEqual({
                query: { scope: 'ALL', includeArchived: false, maxRows: null }
            });
        });
    });

    describe('empty and error states', () => {
        it('says there are no plans in the scope (empty state)', async () => {
            const { element } = await mount(EMPTY);
            expect($(element, '.empty-state')).not.toBeNull();
            expect($(element, 'table.plans')).toBeNull();
            expect($(element, 'c-portfolio-summary')).toBeNull();
            expect($(element, '.search')).toBeNull();
            // The scope can still be widened.
            expect($(element, '.scope')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows the error and retries (error state)', async () => {
            const { element } = await mount({ error: apexError });
            const panel = must(element, '.load-error c-error-panel');
            expect(panel.friendlyMessage).toBe('c.Portfolio_Load_Error');
            expect((panel.errors as { body: unknown }).body).toEqual(apexError.body);
            expect($(element, 'table.plans')).toBeNull();
            await expect(element).toBeAccessible();

            await click(element, '.retry');
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            await provide(PORTFOLIO);
            expect($(element, '.load-error')).toBeNull();
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(8);
        });

        it('refreshes the scope on screen', async () => {
            const { element } = await mount();
            let finish: () => void = () => undefined;
            refreshApexMock.mockReturnValueOnce(
                new Promise<void>((resolve) => {
                    finish = resolve;
                })
            );
            await click(element, '.refresh');
            expect(refreshApexMock).toHaveBeenCalledTimes(1);
            expect((refreshApexMock.mock.calls[0]?.[0] as { data: Apex.Portfolio }).data.rows).toHaveLength(
                8
            );
            expect($(element, 'lightning-spinner')).not.toBeNull();
            finish();
            await settle();
            expect($(element, 'lightning-spinner')).toBeNull();
        });
    });

    describe('filtering (instant, in the browser)', () => {
        it('filters by tier, and the KPIs follow the rows', async () => {
            const { element } = await mount();
            const tiers = must(element, '.tier-filter');
            expect((tiers.options as { value: string }[]).map((option) => option.value)).toEqual([
                '__any__',
                'Tier 1',
                'Tier 2',
                'Tier 3',
                BLANK
            ]);
            await change(element, '.tier-filter', 'Tier 1');
            expect(accounts(element)).toEqual([
                'Kestrel Mining Corporation',
                'Northwind Industrial Group',
                'Orbit Telecom'
            ]);
            expect(kpis(element)).toEqual(
                expect.objectContaining({ planCount: 3, wonLast12Months: 2_750_000, renewalAtRiskCount: 1 })
            );
            expect(must(element, 'c-portfolio-tiers').selectedTier).toBe('Tier 1');
            expect(must(element, '.clear-filters').disabled).toBe(false);
            expect(must(element, '.clear-filters').label).toBe('c.Portfolio_Clear_Filters_Count');
            await change(element, '.tier-filter', '__any__');
            expect(accounts(element)).toHaveLength(8);
            expect(must(element, '.clear-filters').disabled).toBe(true);
        });

        it('filters by freshness, KAM and flags together', async () => {
            const { element } = await mount();
            await change(element, '.freshness-filter', 'Stale');
            expect(accounts(element)).toEqual(['Blue Ridge Utilities', 'Sakura Precision Works']);
            await change(element, '.kam-filter', '005000000000002AAA');
            expect(accounts(element)).toEqual(['Blue Ridge Utilities']);
            await change(element, '.kam-filter', '__any__');
            await change(element, '.freshness-filter', '__any__');
            await check(element, 'singleThreaded', true);
            expect(accounts(element)).toEqual([
                'Blue Ridge Utilities',
                'Halvorsen Maritime',
                'Sakura Precision Works'
            ]);
            expect(must(element, '.flag[data-flag="singleThreaded"]').checked).toBe(true);
            await check(element, 'renewalAtRisk', true);
            expect(accounts(element)).toEqual(['Blue Ridge Utilities']);
            await check(element, 'singleThreaded', false);
            await check(element, 'renewalAtRisk', false);
            await check(element, 'stale', true);
            expect(accounts(element)).toEqual(['Blue Ridge Utilities', 'Sakura Precision Works']);
            expect(must(element, '.flag[data-flag="singleThreaded"]').checked).toBe(false);
            expect(kpis(element).staleCount).toBe(2);
            const kamOptions = must(element, '.kam-filter').options as { label: string }[];
            expect(kamOptions.map((option) => option.label)).toEqual([
                'c.Portfolio_Filter_Any',
                'Ava Brooks',
                'Jonas Weber',
                'Marcus Lee',
                'Priya Natarajan'
            ]);
        });

        it('searches account and KAM names', async () => {
            const { element } = await mount();
            await change(element, '.search', 'elan');
            expect(accounts(element)).toEqual(['Élan Logistique']);
            await change(element, '.search', 'priya');
            expect(accounts(element)).toEqual(['Meridian Foods Group', 'Sakura Precision Works']);
            await change(element, '.search', '');
            expect(accounts(element)).toHaveLength(8);
        });

        it('says when nothing matches and clears every filter in one click', async () => {
            const { element } = await mount();
            await change(element, '.search', 'zzz');
            await change(element, '.tier-filter', 'Tier 2');
            expect($(element, 'table.plans')).toBeNull();
            expect($(element, '.no-match')).not.toBeNull();
            expect(kpis(element).planCount).toBe(0);
            await expect(element).toBeAccessible();
            await click(element, '.no-match-clear');
            expect(accounts(element)).toHaveLength(8);
            expect(must(element, '.search').value).toBe('');
            expect(must(element, '.tier-filter').value).toBe('__any__');
            expect($(element, '.no-match')).toBeNull();
        });

        it('filters by a tier of the distribution and a KAM of the breakdown, and unfilters on a second click', async () => {
            const { element } = await mount();
            const select = async (selector: string, type: string, detail: unknown): Promise<void> => {
                must(element, selector).dispatchEvent(new CustomEvent(type, { detail }));
                await settle();
            };
            await select('c-portfolio-tiers', 'tierselect', { tier: BLANK });
            expect(accounts(element)).toEqual(['Sakura Precision Works']);
            await select('c-portfolio-tiers', 'tierselect', { tier: BLANK });
            expect(accounts(element)).toHaveLength(8);

            await select('c-portfolio-kams', 'kamselect', { ownerId: '005000000000003AAA' });
            expect(accounts(element)).toEqual(['Halvorsen Maritime', 'Orbit Telecom']);
            expect(must(element, 'c-portfolio-kams').selectedOwnerId).toBe('005000000000003AAA');
            expect(must(element, '.kam-filter').value).toBe('005000000000003AAA');
            // The breakdown keeps every KAM, so that another one can be chosen.
            expect((must(element, 'c-portfolio-kams').summaries as unknown[]).length).toBe(4);
            await select('c-portfolio-kams', 'kamselect', { ownerId: '005000000000003AAA' });
            expect(accounts(element)).toHaveLength(8);
        });
    });

    describe('sorting', () => {
        it('sorts by a column, the other way on a second click, with aria-sort on the header', async () => {
            const { element } = await mount();
            const header = (key: string): Child => must(element, `button.sort[data-key="${key}"]`);
            const ariaSort = (key: string): string | null =>
                header(key).closest('th')?.getAttribute('aria-sort') ?? null;
            expect(ariaSort('account')).toBe('ascending');
            expect(ariaSort('nrr')).toBe('none');

            await click(element, 'button.sort[data-key="nrr"]');
            expect(ariaSort('nrr')).toBe('descending');
            expect(ariaSort('account')).toBe('none');
            expect(accounts(element).slice(0, 3)).toEqual([
                'Northwind Industrial Group',
                'Orbit Telecom',
                'Halvorsen Maritime'
            ]);
            // Plans without the figure stay last, in the previous order.
            expect(accounts(element).slice(-3)).toEqual([
                'Élan Logistique',
                'Meridian Foods Group',
                'Sakura Precision Works'
            ]);
            await click(element, 'button.sort[data-key="nrr"]');
            expect(ariaSort('nrr')).toBe('ascending');
            expect(accounts(element)[0]).toBe('Blue Ridge Utilities');
            expect(accounts(element).slice(-1)).toEqual(['Sakura Precision Works']);

            // Ties keep the order on screen: sort by name, then by freshness.
            await click(element, 'button.sort[data-key="account"]');
            await click(element, 'button.sort[data-key="freshness"]');
            expect(accounts(element).slice(0, 3)).toEqual([
                'Kestrel Mining Corporation',
                'Northwind Industrial Group',
                'Orbit Telecom'
            ]);
            expect(must(element, 'th[aria-sort="ascending"] lightning-icon').alternativeText).toBe(
                'c.Portfolio_Sorted_Ascending'
            );
        });

        it('keeps the order while filtering', async () => {
            const { element } = await mount();
            await click(element, 'button.sort[data-key="openPipeline"]');
            await change(element, '.tier-filter', 'Tier 2');
            expect(accounts(element)).toEqual(['Halvorsen Maritime', 'Blue Ridge Utilities']);
        });
    });

    describe('scope', () => {
        it('loads another scope from the server, keeping the rows on screen until it arrives', async () => {
            const { element } = await mount();
            await change(element, '.scope', 'ALL');
            expect(portfolioWire.getLastConfig()).toEqual({
                query: { scope: 'ALL', includeArchived: false, maxRows: null }
            });
            expect($(element, 'lightning-spinner')).not.toBeNull();
            expect($$(element, 'tr[data-plan-id]')).toHaveLength(8);
            const all = copy(PORTFOLIO);
            all.scope = 'ALL';
            all.rows = all.rows.slice(0, 2);
            await provide(all);
            expect($(element, 'lightning-spinner')).toBeNull();
            expect(accounts(element)).toEqual(['Kestrel Mining Corporation', 'Northwind Industrial Group']);
            // The same scope again is no new request.
            await change(element, '.scope', 'ALL');
            expect($(element, 'lightning-spinner')).toBeNull();
        });

        it('drops a KAM filter the new scope has no plans for', async () => {
            const { element } = await mount();
            await change(element, '.kam-filter', '005000000000004AAA');
            await change(element, '.scope', 'MINE');
            const mine = copy(PORTFOLIO);
            mine.scope = 'MINE';
            mine.rows = mine.rows.filter((row) => row.ownerId === '005000000000001AAA');
            await provide(mine);
            expect(accounts(element)).toEqual(['Élan Logistique', 'Northwind Industrial Group']);
            expect(must(element, '.kam-filter').value).toBe('__any__');
        });

        it('says when My team shows the user’s own plans (no direct reports)', async () => {
            const { element } = await mount({ ...copy(PORTFOLIO), scope: 'MINE' });
            expect(must(element, '.scope-fallback').textContent).toBe('c.Portfolio_Scope_Fallback');
        });

        it('shows a failed scope as an error, not the previous scope’s rows', async () => {
            const { element } = await mount();
            await change(element, '.scope', 'ALL');
            await provide({ error: apexError });
            expect($(element, '.load-error')).not.toBeNull();
            expect($(element, 'table.plans')).toBeNull();
        });
    });

    describe('recalculation', () => {
        const ADMIN = { ...PORTFOLIO, canRecalculate: true };

        it('starts the roll-up job and names it in a toast', async () => {
            const { element, toasts } = await mount(ADMIN);
            recalculateMock.mockResolvedValueOnce(copy(recalculationJson));
            await click(element, '.recalculate');
            expect(recalculateMock).toHaveBeenCalledTimes(1);
            expect(toasts).toEqual([
                {
                    title: 'c.Portfolio_Recalculate_Started',
                    message: 'c.Portfolio_Recalculate_Started_Message',
                    variant: 'success'
                }
            ]);
            expect(must(element, '.recalculate').disabled).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('explains a recalculation that could not start', async () => {
            const { element, toasts } = await mount(ADMIN);
            recalculateMock.mockRejectedValueOnce({ body: { message: 'Only Keystone admins can do this.' } });
            await click(element, '.recalculate');
            expect(toasts).toEqual([
                {
                    title: 'c.Portfolio_Recalculate_Failed',
                    message: 'Only Keystone admins can do this.',
                    variant: 'error'
                }
            ]);
        });

        it('ignores a second click while the job starts', async () => {
            const { element } = await mount(ADMIN);
            recalculateMock.mockReturnValueOnce(new Promise(() => undefined));
            await click(element, '.recalculate');
            expect(must(element, '.recalculate').disabled).toBe(true);
            const component = must(element, '.recalculate');
            component.dispatchEvent(new CustomEvent('click'));
            await settle();
            expect(recalculateMock).toHaveBeenCalledTimes(1);
        });
    });

    describe('navigation', () => {
        it('opens the account and the plan through Lightning navigation, with real links for new tabs', async () => {
            const { element } = await mount();
            const row = must(element, 'tr[data-plan-id="a01000000000001AAA"]');
            const account = row.querySelector<HTMLAnchorElement>('.account-link');
            const plan = row.querySelector<HTMLAnchorElement>('.plan-link');
            expect(account?.getAttribute('href')).toBe('/lightning/r/Account/001000000000001AAA/view');
            expect(plan?.getAttribute('href')).toBe('/lightning/r/Account_Plan__c/a01000000000001AAA/view');

            account?.click();
            expect(mockNavigate).toHaveBeenLastCalledWith({
                type: 'standard__recordPage',
                attributes: { recordId: '001000000000001AAA', objectApiName: 'Account', actionName: 'view' }
            });
            plan?.click();
            expect(mockNavigate).toHaveBeenLastCalledWith({
                type: 'standard__recordPage',
                attributes: {
                    recordId: 'a01000000000001AAA',
                    objectApiName: 'Account_Plan__c',
                    actionName: 'view'
                }
            });
        });

        it('does nothing on a click beside the links', async () => {
            const { element } = await mount();
            must(element, 'tr[data-plan-id] td.kam').click();
            expect(mockNavigate).not.toHaveBeenCalled();
        });

        it('leaves a modified click (new tab) to the browser', async () => {
            const { element } = await mount();
            const link = must(element, '.account-link');
            const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
            link.dispatchEvent(event);
            expect(mockNavigate).not.toHaveBeenCalled();
            expect(event.defaultPrevented).toBe(false);
        });
    });
});
