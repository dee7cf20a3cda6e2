import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import getPortfolio from '@salesforce/apex/PortfolioController.getPortfolio';
import recalculateRollups from '@salesforce/apex/PortfolioController.recalculateRollups';
import { formatLabel } from 'c/labelFormat';
import { reduceErrors } from 'c/serverErrors';
import { tierLabel } from 'c/tierGuidance';
import {
    activeFilterCount,
    BLANK,
    computeKpis,
    filterRows,
    kamSummaries,
    localIsoDate,
    NO_FILTERS,
    ownerOptions,
    sortRows,
    tierDistribution,
    toScope,
    type KamSummary,
    type KpiOptions,
    type PortfolioFilters,
    type PortfolioKpis,
    type PortfolioRow,
    type PortfolioScope,
    type SortOrder,
    type SortRanks,
    type TierBucket
} from 'c/portfolioView';
import {
    DEFAULT_SORT,
    headerViews,
    nextSort,
    rowView,
    type HeaderView,
    type RowView
} from 'c/portfolioTable';
import type { TierSelectDetail } from 'c/portfolioTiers';
import type { KamSelectDetail } from 'c/portfolioKams';
import titleLabel from '@salesforce/label/c.Portfolio_Title';
import subtitleLabel from '@salesforce/label/c.Portfolio_Subtitle';
import loadingLabel from '@salesforce/label/c.Portfolio_Loading';
import loadErrorLabel from '@salesforce/label/c.Portfolio_Load_Error';
import retryLabel from '@salesforce/label/c.Portfolio_Retry';
import refreshLabel from '@salesforce/label/c.Portfolio_Refresh';
import figuresAsOfLabel from '@salesforce/label/c.Portfolio_Figures_As_Of';
import figuresNeverLabel from '@salesforce/label/c.Portfolio_Figures_Never';
import recalculateLabel from '@salesforce/label/c.Portfolio_Recalculate';
import recalculateStartedLabel from '@salesforce/label/c.Portfolio_Recalculate_Started';
import recalculateStartedMessage from '@salesforce/label/c.Portfolio_Recalculate_Started_Message';
import recalculateFailedLabel from '@salesforce/label/c.Portfolio_Recalculate_Failed';
import truncatedLabel from '@salesforce/label/c.Portfolio_Truncated';
import scopeLabel from '@salesforce/label/c.Portfolio_Scope';
import scopeMineLabel from '@salesforce/label/c.Portfolio_Scope_Mine';
import scopeTeamLabel from '@salesforce/label/c.Portfolio_Scope_My_Team';
import scopeAllLabel from '@salesforce/label/c.Portfolio_Scope_All';
import scopeFallbackLabel from '@salesforce/label/c.Portfolio_Scope_Fallback';
import filtersLabel from '@salesforce/label/c.Portfolio_Filters';
import searchLabel from '@salesforce/label/c.Portfolio_Search';
import searchPlaceholderLabel from '@salesforce/label/c.Portfolio_Search_Placeholder';
import tierFilterLabel from '@salesforce/label/c.Portfolio_Filter_Tier';
import freshnessFilterLabel from '@salesforce/label/c.Portfolio_Filter_Freshness';
import kamFilterLabel from '@salesforce/label/c.Portfolio_Filter_Kam';
import anyLabel from '@salesforce/label/c.Portfolio_Filter_Any';
import notReviewedLabel from '@salesforce/label/c.Portfolio_Filter_Not_Reviewed';
import flagsLabel from '@salesforce/label/c.Portfolio_Filter_Flags';
import flagSingleThreadedLabel from '@salesforce/label/c.Portfolio_Flag_Single_Threaded';
import flagRenewalAtRiskLabel from '@salesforce/label/c.Portfolio_Flag_Renewal_At_Risk';
import flagStaleLabel from '@salesforce/label/c.Portfolio_Flag_Stale';
import clearFiltersLabel from '@salesforce/label/c.Portfolio_Clear_Filters';
import clearFiltersCountLabel from '@salesforce/label/c.Portfolio_Clear_Filters_Count';
import showingLabel from '@salesforce/label/c.Portfolio_Showing';
import showMoreLabel from '@salesforce/label/c.Portfolio_Show_More';
import tableCaptionLabel from '@salesforce/label/c.Portfolio_Table_Caption';
import singleThreadedBadgeLabel from '@salesforce/label/c.Portfolio_Badge_Single_Threaded';
import atRiskBadgeLabel from '@salesforce/label/c.Portfolio_Badge_At_Risk';
import noFigureLabel from '@salesforce/label/c.Portfolio_No_Figure';
import emptyTitleLabel from '@salesforce/label/c.Portfolio_Empty_Title';
import emptyBodyLabel from '@salesforce/label/c.Portfolio_Empty_Body';
import noMatchTitleLabel from '@salesforce/label/c.Portfolio_No_Match_Title';
import noMatchBodyLabel from '@salesforce/label/c.Portfolio_No_Match_Body';

/** Combobox value for "any" (a combobox cannot select the empty value). */
const ANY = '__any__';
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 2000;

/** The server's per-plan flags the filters offer. */
type FlagKey = 'singleThreaded' | 'renewalAtRisk' | 'stale';
const FLAGS: readonly FlagKey[] = ['singleThreaded', 'renewalAtRisk', 'stale'];
const FLAG_LABELS: Readonly<Record<FlagKey, string>> = {
    singleThreaded: flagSingleThreadedLabel,
    renewalAtRisk: flagRenewalAtRiskLabel,
    stale: flagStaleLabel
};

interface FlagOption {
    value: FlagKey;
    label: string;
    checked: boolean;
}

interface ComboboxOption {
    label: string;
    value: string;
}

/** A positive whole number from a design attribute (App Builder may hand over text); `fallback` otherwise. */
function positiveInteger(value: unknown, fallback: number, max: number): number {
    const number = Math.floor(Number(value));
    return Number.isFinite(number) && number > 0 ? Math.min(number, max) : fallback;
}

/** What a wire provisions: first `{ data: undefined, error: undefined }`, then data or an error. */
interface Wired<T> {
    data: T | undefined;
    error: unknown;
}

/** A refresh shows its failure through the wire; nothing is left to handle. */
const ignoreReported = (): void => undefined;

/**
 * The manager's key-account portfolio, on a Lightning app page: every current plan in scope with its health
 * and freshness, relationship depth and single-threaded risk, renewal and revenue figures — as KPI tiles, a
 * tier distribution, a breakdown by KAM and a sortable table. Loads the scope (mine, my team, all) in one Apex
 * call; filtering, search and sorting then happen instantly in the browser over the loaded rows
 * (c/portfolioView). Every per-plan value and flag is the server's; nothing here decides one.
 */
export default class Portfolio extends NavigationMixin(LightningElement) {
    /** Title of the page header; the default title when blank (an App Builder setting). */
    @api cardTitle: string | undefined;
    /** Scope on opening: MINE, MY_TEAM or ALL (an App Builder setting). */
    @api defaultScope: string | undefined;
    /** Rows shown before "Show more" (an App Builder setting). */
    @api pageSize: number | string | undefined;
    /** Most plans loaded; the server's default when blank, never more than 2,000 (an App Builder setting). */
    @api maxRows: number | string | undefined;

    portfolio: Apex.Portfolio | undefined;
    /** What getPortfolio loads; set on connecting, so that the App Builder settings apply. */
    query: Apex.PortfolioQuery | undefined;
    loading = true;
    loadError: unknown;
    recalculating = false;
    scope: PortfolioScope = 'MY_TEAM';
    filters: PortfolioFilters = NO_FILTERS;
    sort: SortOrder = DEFAULT_SORT;
    visibleCount = DEFAULT_PAGE_SIZE;

    // What the template shows, recomputed when the rows, filters or order change.
    filteredCount = 0;
    visibleRows: RowView[] = [];
    headers: HeaderView[] = headerViews(DEFAULT_SORT);
    kpis: PortfolioKpis | undefined;
    tiers: TierBucket[] = [];
    kams: KamSummary[] = [];
    kamOptions: ComboboxOption[] = [];

    private wiredValue: Wired<Apex.Portfolio> | undefined;
    private rowViews = new Map<string, RowView>();
    /** Every loaded row in the order on screen: each sort starts from the previous order (ties keep it). */
    private orderedRows: PortfolioRow[] = [];
    private filteredRows: PortfolioRow[] = [];

    labels = {
        subtitle: subtitleLabel,
        loadError: loadErrorLabel,
        retry: retryLabel,
        refresh: refreshLabel,
        figuresAsOf: figuresAsOfLabel,
        figuresNever: figuresNeverLabel,
        recalculate: recalculateLabel,
        scope: scopeLabel,
        scopeFallback: scopeFallbackLabel,
        filters: filtersLabel,
        search: searchLabel,
        searchPlaceholder: searchPlaceholderLabel,
        tier: tierFilterLabel,
        freshness: freshnessFilterLabel,
        kam: kamFilterLabel,
        flags: flagsLabel,
        tableCaption: tableCaptionLabel,
        singleThreaded: singleThreadedBadgeLabel,
        atRisk: atRiskBadgeLabel,
        noFigure: noFigureLabel,
        emptyTitle: emptyTitleLabel,
        emptyBody: emptyBodyLabel,
        noMatchTitle: noMatchTitleLabel,
        noMatchBody: noMatchBodyLabel,
        clearFilters: clearFiltersLabel
    };

    scopeOptions: ComboboxOption[] = [
        { label: scopeMineLabel, value: 'MINE' },
        { label: scopeTeamLabel, value: 'MY_TEAM' },
        { label: scopeAllLabel, value: 'ALL' }
    ];

    override connectedCallback(): void {
        // Moving the component on the page reconnects it: keep the scope the user chose.
        if (!this.query) {
            this.scope = toScope(this.defaultScope);
            this.visibleCount = this.rowsPerPage;
            this.query = this.queryFor(this.scope);
        }
    }

    // ---- what the template shows ----

    get heading(): string {
        return this.cardTitle?.trim() || titleLabel;
    }

    get rowsPerPage(): number {
        return positiveInteger(this.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    }

    get currencyCode(): string {
        return this.portfolio?.currencyCode ?? 'USD';
    }

    get renewalHorizonDays(): number {
        return this.portfolio?.settings?.renewalHorizonDays ?? 0;
    }

    get hasPortfolio(): boolean {
        return Boolean(this.portfolio);
    }

    get showLoadError(): boolean {
        return Boolean(this.loadError) && !this.loading;
    }

    get totalCount(): number {
        return this.portfolio?.rows.length ?? 0;
    }

    get isEmpty(): boolean {
        return Boolean(this.portfolio) && this.totalCount === 0;
    }

    get hasRows(): boolean {
        return this.totalCount > 0;
    }

    get noMatch(): boolean {
        return this.hasRows && this.filteredCount === 0;
    }

    get hasMatches(): boolean {
        return this.filteredCount > 0;
    }

    get scopeFellBack(): boolean {
        return !this.loading && Boolean(this.portfolio) && this.portfolio?.scope !== this.scope;
    }

    get truncatedText(): string {
        return this.portfolio?.truncated ? formatLabel(truncatedLabel, this.totalCount) : '';
    }

    get figuresAsOf(): string | null {
        return this.portfolio?.rollupsCalculatedAt ?? null;
    }

    get canRecalculate(): boolean {
        return this.portfolio?.canRecalculate === true;
    }

    get busy(): boolean {
        return this.loading || this.recalculating;
    }

    get spinnerText(): string {
        return loadingLabel;
    }

    get tierOptions(): ComboboxOption[] {
        const tiers = this.portfolio?.tierOptions ?? [];
        return [
            { label: anyLabel, value: ANY },
            ...tiers.map((option) => ({ label: option.label, value: option.value })),
            { label: tierLabel(null), value: BLANK }
        ];
    }

    get freshnessOptions(): ComboboxOption[] {
        const values = this.portfolio?.freshnessOptions ?? [];
        return [
            { label: anyLabel, value: ANY },
            ...values.map((option) => ({ label: option.label, value: option.value })),
            { label: notReviewedLabel, value: BLANK }
        ];
    }

    get tierValue(): string {
        return this.filters.tier || ANY;
    }

    get freshnessValue(): string {
        return this.filters.freshness || ANY;
    }

    get kamValue(): string {
        return this.filters.ownerId || ANY;
    }

    get flagOptions(): FlagOption[] {
        return FLAGS.map((value) => ({ value, label: FLAG_LABELS[value], checked: this.filters[value] }));
    }

    get filterCount(): number {
        return activeFilterCount(this.filters);
    }

    get hasFilters(): boolean {
        return this.filterCount > 0;
    }

    get clearFiltersText(): string {
        return this.hasFilters ? formatLabel(clearFiltersCountLabel, this.filterCount) : clearFiltersLabel;
    }

    get clearFiltersDisabled(): boolean {
        return !this.hasFilters;
    }

    get showingText(): string {
        return formatLabel(showingLabel, this.filteredCount, this.totalCount);
    }

    get moreCount(): number {
        return Math.min(this.rowsPerPage, Math.max(0, this.filteredCount - this.visibleRows.length));
    }

    get hasMore(): boolean {
        return this.moreCount > 0;
    }

    get showMoreText(): string {
        return formatLabel(showMoreLabel, this.moreCount);
    }

    // ---- loading ----

    private queryFor(scope: PortfolioScope): Apex.PortfolioQuery {
        const maxRows = positiveInteger(this.maxRows, 0, MAX_PAGE_SIZE);
        return { scope, includeArchived: false, maxRows: maxRows > 0 ? maxRows : null };
    }

    /** One cacheable call per scope; a new scope is a new call, a scope seen before comes from the cache. */
    // @ts-expect-error -- types/apex declares getPortfolio as the imperative function only, not as the wire adapter
    // a cacheable method also is; the wired value is typed here.
    @wire(getPortfolio, { query: '$query' })
    wiredPortfolio(value: Wired<Apex.Portfolio>): void {
        this.wiredValue = value;
        if (value.data) {
            this.loadError = undefined;
            this.show(value.data);
            this.loading = false;
        } else if (value.error) {
            // Rows of another scope (or older ones) must not pass for the answer.
            this.portfolio = undefined;
            this.loadError = value.error;
            this.loading = false;
        }
    }

    private show(portfolio: Apex.Portfolio): void {
        const rows = portfolio.rows ?? [];
        this.portfolio = { ...portfolio, rows };
        const context = {
            planObjectApiName: PLAN_OBJECT.objectApiName,
            currencyCode: this.currencyCode,
            tierOptions: portfolio.tierOptions ?? []
        };
        this.rowViews = new Map(rows.map((row) => [row.planId, rowView(row, context)]));
        this.orderedRows = sortRows(sortRows(rows, DEFAULT_SORT), this.sort, this.ranks());
        this.kamOptions = [{ label: anyLabel, value: ANY }, ...ownerOptions(rows)];
        // A KAM no longer in the rows cannot stay selected.
        if (this.filters.ownerId && !rows.some((row) => row.ownerId === this.filters.ownerId)) {
            this.filters = { ...this.filters, ownerId: '' };
        }
        this.recompute();
    }

    /** Asks the server again for the scope on screen (after a recalculation, or to retry a failed load). */
    private async reload(): Promise<void> {
        if (!this.wiredValue) {
            return;
        }
        this.loading = true;
        try {
            await refreshApex(this.wiredValue);
        } finally {
            this.loading = false;
        }
    }

    handleRetry(): void {
        this.reload().catch(ignoreReported);
    }

    handleRefresh(): void {
        this.reload().catch(ignoreReported);
    }

    // ---- filters and order ----

    private kpiOptions(): KpiOptions {
        return { today: localIsoDate(new Date()), renewalHorizonDays: this.renewalHorizonDays };
    }

    /** Tiers and freshness sort in their defined order. */
    private ranks(): SortRanks {
        return {
            tier: (this.portfolio?.tierOptions ?? []).map((option) => option.value),
            freshness: (this.portfolio?.freshnessOptions ?? []).map((option) => option.value)
        };
    }

    /** Filters and sums the rows (in the order on screen); shows the first page. */
    private recompute(): void {
        const portfolio = this.portfolio;
        if (!portfolio) {
            return;
        }
        const options = this.kpiOptions();
        const filtered = filterRows(this.orderedRows, this.filters);
        this.filteredRows = filtered;
        this.filteredCount = filtered.length;
        this.kpis = computeKpis(filtered, options);
        this.tiers = tierDistribution(filtered, portfolio.tierOptions ?? [], tierLabel(null));
        // The breakdown shows every KAM the other filters leave, so that one can be picked and unpicked.
        this.kams = kamSummaries(filterRows(portfolio.rows, { ...this.filters, ownerId: '' }), options);
        this.headers = headerViews(this.sort);
        this.visibleCount = this.rowsPerPage;
        this.showVisible();
    }

    private showVisible(): void {
        this.visibleRows = this.filteredRows
            .slice(0, this.visibleCount)
            .map((row) => this.rowViews.get(row.planId))
            .filter((view): view is RowView => Boolean(view));
    }

    private setFilters(changes: Partial<PortfolioFilters>): void {
        this.filters = { ...this.filters, ...changes };
        this.recompute();
    }

    handleScopeChange(event: CustomEvent<{ value: string }>): void {
        const scope = toScope(event.detail.value, this.scope);
        if (scope !== this.scope) {
            this.scope = scope;
            this.loading = true;
            this.query = this.queryFor(scope);
        }
    }

    handleSearch(event: CustomEvent<{ value: string }>): void {
        this.setFilters({ search: event.detail.value ?? '' });
    }

    handleTierChange(event: CustomEvent<{ value: string }>): void {
        this.setFilters({ tier: event.detail.value === ANY ? '' : event.detail.value });
    }

    handleFreshnessChange(event: CustomEvent<{ value: string }>): void {
        this.setFilters({ freshness: event.detail.value === ANY ? '' : event.detail.value });
    }

    handleKamChange(event: CustomEvent<{ value: string }>): void {
        this.setFilters({ ownerId: event.detail.value === ANY ? '' : event.detail.value });
    }

    handleFlagChange(event: CustomEvent<{ checked: boolean }>): void {
        const flag = FLAGS.find((candidate) => candidate === (event.target as HTMLElement).dataset.flag);
        if (flag) {
            this.setFilters({ [flag]: event.detail.checked });
        }
    }

    /** A tier of the distribution toggles the tier filter. */
    handleTierSelect(event: CustomEvent<TierSelectDetail>): void {
        const tier = event.detail.tier;
        this.setFilters({ tier: this.filters.tier === tier ? '' : tier });
    }

    /** A KAM of the breakdown toggles the KAM filter. */
    handleKamSelect(event: CustomEvent<KamSelectDetail>): void {
        const ownerId = event.detail.ownerId;
        this.setFilters({ ownerId: this.filters.ownerId === ownerId ? '' : ownerId });
    }

    handleClearFilters(): void {
        this.filters = NO_FILTERS;
        this.recompute();
        this.template?.querySelector<HTMLElement>('.search')?.focus();
    }

    handleSort(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key ?? '';
        this.sort = nextSort(this.sort, key);
        this.orderedRows = sortRows(this.orderedRows, this.sort, this.ranks());
        this.recompute();
    }

    handleShowMore(): void {
        this.visibleCount += this.rowsPerPage;
        this.showVisible();
    }

    // ---- navigation ----

    /**
     * Account and plan links open the record page in Lightning (their href serves a new tab or window). One
     * listener on the table body serves every row's links.
     */
    handleRecordClick(event: MouseEvent): void {
        const link = (event.target as Element | null)?.closest<HTMLElement>('a[data-record-id]');
        if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) {
            return;
        }
        event.preventDefault();
        const objectApiName = link.dataset.object === 'plan' ? PLAN_OBJECT.objectApiName : 'Account';
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: link.dataset.recordId, objectApiName, actionName: 'view' }
        });
    }

    // ---- recalculation ----

    async handleRecalculate(): Promise<void> {
        if (this.recalculating) {
            return;
        }
        this.recalculating = true;
        try {
            const result = await recalculateRollups();
            this.toast(
                recalculateStartedLabel,
                formatLabel(recalculateStartedMessage, result.jobId),
                'success'
            );
        } catch (error) {
            this.toast(recalculateFailedLabel, reduceErrors(error).join(' '), 'error');
        } finally {
            this.recalculating = false;
        }
    }

    private toast(title: string, message: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
