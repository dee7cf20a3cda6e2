/**
 * The manager's portfolio as view logic over the rows the server returned: filtering (tier, freshness, KAM,
 * flags, text search), sorting (any column, stable, blanks last), the KPIs of the rows on screen, the tier
 * distribution and the per-KAM summary. The per-plan values — tier, freshness, single-threaded, renewal at
 * risk, net revenue retention — are the server's formula values: this module reads and counts them, it never
 * decides them.
 * Pure module: no DOM, no platform imports.
 */

export type PortfolioRow = Apex.PortfolioPlanRow;

/** Which plans the server loads (a new call when it changes). */
export type PortfolioScope = Apex.PortfolioQuery['scope'];
export const SCOPES: readonly PortfolioScope[] = ['MINE', 'MY_TEAM', 'ALL'];

/** A valid scope from a design attribute or an event; `fallback` otherwise. */
export function toScope(value: unknown, fallback: PortfolioScope = 'MY_TEAM'): PortfolioScope {
    return SCOPES.find((scope) => scope === value) ?? fallback;
}

/** Freshness__c value of a stale plan (the stale filter flag). */
export const STALE = 'Stale';
const FRESH = 'Fresh';
const DUE = 'Due';

/** Filter value that matches plans without a tier, or without a freshness. */
export const BLANK = '__blank__';

/** The client-side filters; every one narrows, none means "all". */
export interface PortfolioFilters {
    /** A Tier__c value, BLANK for untiered plans, '' for any. */
    tier: string;
    /** A Freshness__c value, BLANK for plans without one, '' for any. */
    freshness: string;
    /** A KAM's user Id, '' for any. */
    ownerId: string;
    singleThreaded: boolean;
    renewalAtRisk: boolean;
    stale: boolean;
    /** Words that must all appear in the account name or the KAM's name. */
    search: string;
}

export const NO_FILTERS: Readonly<PortfolioFilters> = Object.freeze({
    tier: '',
    freshness: '',
    ownerId: '',
    singleThreaded: false,
    renewalAtRisk: false,
    stale: false,
    search: ''
});

/** How many filters narrow the rows (a blank search does not). */
export function activeFilterCount(filters: PortfolioFilters): number {
    return [
        filters.tier !== '',
        filters.freshness !== '',
        filters.ownerId !== '',
        filters.singleThreaded,
        filters.renewalAtRisk,
        filters.stale,
        searchWords(filters.search).length > 0
    ].filter(Boolean).length;
}

/** Lower-case, without accents, so that "Sao" finds "São" and "ÉLAN" finds "Elan". */
export function foldText(text: string | null | undefined): string {
    return (text ?? '')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}

function searchWords(search: string): string[] {
    return foldText(search)
        .split(/\s+/)
        .filter((word) => word.length > 0);
}

function matchesChoice(value: string | null, choice: string): boolean {
    return choice === '' || (choice === BLANK ? !value : value === choice);
}

/** A predicate for the filters (built once, applied to every row). */
export function rowFilter(filters: PortfolioFilters): (row: PortfolioRow) => boolean {
    const words = searchWords(filters.search);
    return (row) => {
        if (
            !matchesChoice(row.tier, filters.tier) ||
            !matchesChoice(row.freshness, filters.freshness) ||
            (filters.ownerId !== '' && row.ownerId !== filters.ownerId) ||
            (filters.singleThreaded && !row.singleThreaded) ||
            (filters.renewalAtRisk && !row.renewalAtRisk) ||
            (filters.stale && row.freshness !== STALE)
        ) {
            return false;
        }
        if (words.length === 0) {
            return true;
        }
        const haystack = `${foldText(row.accountName)}\n${foldText(row.ownerName)}`;
        return words.every((word) => haystack.includes(word));
    };
}

/** The rows that pass every filter, in their order. */
export function filterRows(rows: readonly PortfolioRow[], filters: PortfolioFilters): PortfolioRow[] {
    return rows.filter(rowFilter(filters));
}

// ---- sorting ----

/** The columns a row can be sorted by: every value of a row but its Ids. */
export type SortField = Exclude<keyof PortfolioRow, 'planId' | 'accountId' | 'ownerId'>;
export type SortDirection = 'asc' | 'desc';

export interface SortOrder {
    field: SortField;
    direction: SortDirection;
}

/** Value orders for text columns that are not alphabetical (picklist order: Fresh, Due, Stale). */
export type SortRanks = Partial<Record<SortField, readonly string[]>>;

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

type Comparable = string | number | boolean;

function isBlank(value: unknown): boolean {
    return value === null || value === undefined || value === '' || Number.isNaN(value);
}

function compareValues(a: Comparable, b: Comparable, rank: readonly string[] | undefined): number {
    if (typeof a === 'number' && typeof b === 'number') {
        return a - b;
    }
    if (typeof a === 'boolean' && typeof b === 'boolean') {
        return Number(a) - Number(b);
    }
    const textA = String(a);
    const textB = String(b);
    if (rank) {
        // Ranked values first, in rank order; others after them, alphabetically.
        const rankA = rank.indexOf(textA);
        const rankB = rank.indexOf(textB);
        if (rankA !== rankB) {
            return (rankA < 0 ? rank.length : rankA) - (rankB < 0 ? rank.length : rankB);
        }
    }
    return collator.compare(textA, textB);
}

/**
 * The rows sorted by one column. Stable in both directions (equal values keep their order) and blanks last
 * in both directions. Text compares in the user's collation with numbers in numeric order; `ranks` orders
 * picklist-like columns by their defined order.
 */
export function sortRows(
    rows: readonly PortfolioRow[],
    order: SortOrder,
    ranks: SortRanks = {}
): PortfolioRow[] {
    const sign = order.direction === 'desc' ? -1 : 1;
    const rank = ranks[order.field];
    return rows
        .map((row, index) => ({ row, index, value: row[order.field] as Comparable | null }))
        .sort((a, b) => {
            const blankA = isBlank(a.value);
            const blankB = isBlank(b.value);
            if (blankA || blankB) {
                return blankA === blankB ? a.index - b.index : blankA ? 1 : -1;
            }
            return (
                sign * compareValues(a.value as Comparable, b.value as Comparable, rank) || a.index - b.index
            );
        })
        .map((entry) => entry.row);
}

// ---- KPIs ----

export interface KpiOptions {
    /** Today in the user's time zone (YYYY-MM-DD). */
    today: string;
    /** Renewals due within this many days from today count as upcoming. */
    renewalHorizonDays: number;
}

export interface PortfolioKpis {
    planCount: number;
    freshCount: number;
    dueCount: number;
    staleCount: number;
    /** Plans without a freshness (never reviewed and no review date). */
    noFreshnessCount: number;
    singleThreadedCount: number;
    renewalAtRiskCount: number;
    /** Renewals from today up to today + the horizon. */
    upcomingRenewalCount: number;
    /** Sums; null when no plan has the figure yet (roll-ups never calculated). */
    openPipeline: number | null;
    expansionPipeline: number | null;
    wonLast12Months: number | null;
    /** The plans with a prior-12-months figure, and their sums: the terms of the net revenue retention. */
    retentionPlanCount: number;
    retentionWonLast12Months: number;
    retentionWonPrior12Months: number;
    /** Σ won last 12 months / Σ won prior 12 months (percent) over the plans with a prior figure; null when none. */
    netRevenueRetention: number | null;
}

function addNullable(sum: number | null, value: number | null | undefined): number | null {
    return typeof value === 'number' ? (sum ?? 0) + value : sum;
}

/** The date `days` days after an ISO date (YYYY-MM-DD), as an ISO date. */
export function addDays(isoDate: string, days: number): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/** A date as YYYY-MM-DD in the browser's time zone. */
export function localIsoDate(date: Date): string {
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Net revenue retention in percent; null without a base to compare with. */
export function retentionPercent(wonLast12: number, wonPrior12: number, planCount: number): number | null {
    return planCount > 0 && wonPrior12 > 0 ? (wonLast12 / wonPrior12) * 100 : null;
}

/** The KPIs of a set of rows (the filtered ones: the figures always describe what the table lists). */
export function computeKpis(rows: readonly PortfolioRow[], options: KpiOptions): PortfolioKpis {
    const horizonEnd = addDays(options.today, Math.max(0, options.renewalHorizonDays));
    const kpis: PortfolioKpis = {
        planCount: rows.length,
        freshCount: 0,
        dueCount: 0,
        staleCount: 0,
        noFreshnessCount: 0,
        singleThreadedCount: 0,
        renewalAtRiskCount: 0,
        upcomingRenewalCount: 0,
        openPipeline: null,
        expansionPipeline: null,
        wonLast12Months: null,
        retentionPlanCount: 0,
        retentionWonLast12Months: 0,
        retentionWonPrior12Months: 0,
        netRevenueRetention: null
    };
    for (const row of rows) {
        if (row.freshness === FRESH) {
            kpis.freshCount++;
        } else if (row.freshness === DUE) {
            kpis.dueCount++;
        } else if (row.freshness === STALE) {
            kpis.staleCount++;
        } else {
            kpis.noFreshnessCount++;
        }
        kpis.singleThreadedCount += row.singleThreaded ? 1 : 0;
        kpis.renewalAtRiskCount += row.renewalAtRisk ? 1 : 0;
        if (row.renewalDate && row.renewalDate >= options.today && row.renewalDate <= horizonEnd) {
            kpis.upcomingRenewalCount++;
        }
        kpis.openPipeline = addNullable(kpis.openPipeline, row.openPipeline);
        kpis.expansionPipeline = addNullable(kpis.expansionPipeline, row.expansionPipeline);
        kpis.wonLast12Months = addNullable(kpis.wonLast12Months, row.wonLast12Months);
        if (typeof row.wonPrior12Months === 'number') {
            kpis.retentionPlanCount++;
            kpis.retentionWonPrior12Months += row.wonPrior12Months;
            kpis.retentionWonLast12Months += row.wonLast12Months ?? 0;
        }
    }
    kpis.netRevenueRetention = retentionPercent(
        kpis.retentionWonLast12Months,
        kpis.retentionWonPrior12Months,
        kpis.retentionPlanCount
    );
    return kpis;
}

// ---- distribution and breakdown ----

export interface Option {
    value: string;
    label: string;
}

export interface TierBucket {
    /** The Tier__c value; BLANK for plans without a tier. */
    value: string;
    label: string;
    count: number;
    /** Share of the rows, 0–100, rounded. */
    percent: number;
}

/**
 * How many rows are in each tier: every tier option in its order (empty ones too), then values the options
 * do not know, then untiered plans when there are any.
 */
export function tierDistribution(
    rows: readonly PortfolioRow[],
    tierOptions: readonly Option[],
    noTierLabel: string
): TierBucket[] {
    const counts = new Map<string, number>();
    for (const row of rows) {
        const key = row.tier || BLANK;
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const buckets: Option[] = [...tierOptions];
    const known = new Set(tierOptions.map((option) => option.value));
    const unknown = [...counts.keys()].filter((key) => key !== BLANK && !known.has(key));
    buckets.push(...unknown.sort((a, b) => collator.compare(a, b)).map((value) => ({ value, label: value })));
    if (counts.has(BLANK)) {
        buckets.push({ value: BLANK, label: noTierLabel });
    }
    return buckets.map((bucket) => {
        const count = counts.get(bucket.value) ?? 0;
        return {
            value: bucket.value,
            label: bucket.label,
            count,
            percent: rows.length > 0 ? Math.round((count / rows.length) * 100) : 0
        };
    });
}

export interface KamSummary {
    ownerId: string;
    ownerName: string;
    kpis: PortfolioKpis;
}

/** The KPIs of each KAM's plans, by KAM name. */
export function kamSummaries(rows: readonly PortfolioRow[], options: KpiOptions): KamSummary[] {
    const groups = new Map<string, PortfolioRow[]>();
    for (const row of rows) {
        const group = groups.get(row.ownerId);
        if (group) {
            group.push(row);
        } else {
            groups.set(row.ownerId, [row]);
        }
    }
    return [...groups.entries()]
        .map(([ownerId, plans]) => ({
            ownerId,
            ownerName: plans[0]?.ownerName ?? '',
            kpis: computeKpis(plans, options)
        }))
        .sort((a, b) => collator.compare(a.ownerName, b.ownerName) || collator.compare(a.ownerId, b.ownerId));
}

/** The KAMs of the rows, as filter options sorted by name. */
export function ownerOptions(rows: readonly PortfolioRow[]): Option[] {
    const owners = new Map<string, string>();
    for (const row of rows) {
        if (!owners.has(row.ownerId)) {
            owners.set(row.ownerId, row.ownerName);
        }
    }
    return [...owners.entries()]
        .map(([value, label]) => ({ value, label }))
        .sort((a, b) => collator.compare(a.label, b.label) || collator.compare(a.value, b.value));
}
