import {
    activeFilterCount,
    addDays,
    BLANK,
    computeKpis,
    filterRows,
    foldText,
    kamSummaries,
    localIsoDate,
    NO_FILTERS,
    ownerOptions,
    retentionPercent,
    sortRows,
    tierDistribution,
    toScope,
    type KpiOptions,
    type PortfolioFilters,
    type PortfolioKpis,
    type PortfolioRow,
    type SortField,
    type SortOrder
} from 'c/portfolioView';
import portfolioJson from './data/portfolio.json';

const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const ROWS: readonly PortfolioRow[] = PORTFOLIO.rows;
const OPTIONS: KpiOptions = { today: '2026-11-20', renewalHorizonDays: 120 };
const FRESHNESS_ORDER = ['Fresh', 'Due', 'Stale'];

const accounts = (rows: readonly PortfolioRow[]): string[] => rows.map((row) => row.accountName);
const filtered = (filters: Partial<PortfolioFilters>): string[] =>
    accounts(filterRows(ROWS, { ...NO_FILTERS, ...filters }));

/** A small deterministic random generator (mulberry32), so that generated cases repeat. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function pick<T>(rnd: () => number, values: readonly T[]): T {
    return values[Math.floor(rnd() * values.length)];
}

/** A random row: any value may be blank (absent, as Apex leaves out nulls) where the contract allows it. */
function randomRow(rnd: () => number, index: number): PortfolioRow {
    const maybe = <T>(value: T): T | null => (rnd() < 0.2 ? null : value);
    const money = (): number | null => maybe(Math.round(rnd() * 100) * 1000);
    const owner = pick(rnd, ['1', '2', '3', '4']);
    const row: Record<string, unknown> = {
        planId: `a01${index}`,
        planName: `Plan ${index}`,
        status: 'Active',
        accountId: `001${index}`,
        accountName: pick(rnd, [
            'Acme',
            'Borealis',
            'Cygnus',
            'Delta',
            'acme',
            'Émeraude',
            'Account 10',
            'Account 9'
        ]),
        ownerId: `005${owner}`,
        ownerName: `KAM ${owner}`,
        tier: maybe(pick(rnd, ['Tier 1', 'Tier 2', 'Tier 3'])),
        tieringScore: maybe(Math.round(rnd() * 50) / 10),
        freshness: maybe(pick(rnd, FRESHNESS_ORDER)),
        completeness: maybe(Math.round(rnd() * 100)),
        relationshipDepth: maybe(Math.round(rnd() * 50) / 10),
        stakeholderCount: Math.floor(rnd() * 10),
        executiveCount: 0,
        championCount: 0,
        strongRelationshipCount: 0,
        singleThreaded: rnd() < 0.3,
        renewalDate: maybe(addDays('2026-10-01', Math.floor(rnd() * 365))),
        renewalAtRisk: rnd() < 0.25,
        openPlayCount: 0,
        overduePlayCount: 0,
        wonLast12Months: money(),
        wonPrior12Months: money(),
        openPipeline: money(),
        expansionPipeline: money(),
        netRevenueRetention: null
    };
    return Object.fromEntries(
        Object.entries(row).filter(([, value]) => value !== null)
    ) as unknown as PortfolioRow;
}

function randomRows(seed: number, count: number): PortfolioRow[] {
    const rnd = random(seed);
    return Array.from({ length: count }, (_, i) => randomRow(rnd, i));
}

const SEEDS = Array.from({ length: 25 }, (_, i) => i + 1);

describe('c/portfolioView', () => {
    describe('toScope', () => {
        it('accepts the three scopes and falls back on anything else', () => {
            expect(toScope('MINE')).toBe('MINE');
            expect(toScope('ALL')).toBe('ALL');
            expect(toScope('MY_TEAM', 'ALL')).toBe('MY_TEAM');
            expect(toScope('mine')).toBe('MY_TEAM');
            expect(toScope(undefined, 'MINE')).toBe('MINE');
        });
    });

    describe('filterRows', () => {
        it('keeps every row without filters', () => {
            expect(filterRows(ROWS, NO_FILTERS)).toEqual(ROWS);
            expect(activeFilterCount(NO_FILTERS)).toBe(0);
        });

        it('filters by tier, including plans without one', () => {
            expect(filtered({ tier: 'Tier 1' })).toEqual([
                'Northwind Industrial Group',
                'Kestrel Mining Corporation',
                'Orbit Telecom'
            ]);
            expect(filtered({ tier: BLANK })).toEqual(['Sakura Precision Works']);
        });

        it('filters by freshness, including plans without one', () => {
            expect(filtered({ freshness: 'Due' })).toEqual(['Halvorsen Maritime', 'Meridian Foods Group']);
            expect(filtered({ freshness: BLANK })).toEqual(['Élan Logistique']);
        });

        it('filters by KAM', () => {
            expect(filtered({ ownerId: '005000000000002AAA' })).toEqual([
                'Kestrel Mining Corporation',
                'Blue Ridge Utilities'
            ]);
        });

        it('filters by the server’s flags, never recomputing them', () => {
            expect(filtered({ singleThreaded: true })).toEqual([
                'Halvorsen Maritime',
                'Blue Ridge Utilities',
                'Sakura Precision Works'
            ]);
            expect(filtered({ renewalAtRisk: true })).toEqual(['Blue Ridge Utilities', 'Orbit Telecom']);
            expect(filtered({ stale: true })).toEqual(['Blue Ridge Utilities', 'Sakura Precision Works']);
            // A row the server flags is kept even if its other values would not suggest it, and vice versa.
            const odd = { ...ROWS[0], singleThreaded: true, stakeholderCount: 40 } as PortfolioRow;
            expect(filterRows([odd], { ...NO_FILTERS, singleThreaded: true })).toEqual([odd]);
            const calm = { ...ROWS[3], renewalAtRisk: false } as PortfolioRow;
            expect(filterRows([calm], { ...NO_FILTERS, renewalAtRisk: true })).toEqual([]);
        });

        it('combines filters (all must hold)', () => {
            const filters = { ...NO_FILTERS, singleThreaded: true, stale: true, tier: 'Tier 2' };
            expect(accounts(filterRows(ROWS, filters))).toEqual(['Blue Ridge Utilities']);
            expect(activeFilterCount(filters)).toBe(3);
        });

        it('searches account and KAM names, every word, ignoring case and accents', () => {
            expect(filtered({ search: 'elan' })).toEqual(['Élan Logistique']);
            expect(filtered({ search: '  MARCUS  ' })).toEqual([
                'Kestrel Mining Corporation',
                'Blue Ridge Utilities'
            ]);
            expect(filtered({ search: 'marcus blue' })).toEqual(['Blue Ridge Utilities']);
            expect(filtered({ search: 'priya sakura' })).toEqual(['Sakura Precision Works']);
            expect(filtered({ search: 'nothing like this' })).toEqual([]);
            expect(filtered({ search: 'Account Plan' })).toEqual([]); // plan names are not searched
            expect(activeFilterCount({ ...NO_FILTERS, search: '   ' })).toBe(0);
            expect(activeFilterCount({ ...NO_FILTERS, search: 'x' })).toBe(1);
        });

        it('folds text for searching', () => {
            expect(foldText('São Paulo ÉLAN')).toBe('sao paulo elan');
            expect(foldText(null)).toBe('');
            expect(foldText(undefined)).toBe('');
        });

        it.each(SEEDS)('every row passes a conjunction only if it passes each filter (seed %i)', (seed) => {
            const rows = randomRows(seed, 60);
            const rnd = random(seed * 31);
            const filters: PortfolioFilters = {
                tier: pick(rnd, ['', 'Tier 1', 'Tier 2', BLANK]),
                freshness: pick(rnd, ['', 'Fresh', 'Stale', BLANK]),
                ownerId: pick(rnd, ['', '0051', '0052']),
                singleThreaded: rnd() < 0.5,
                renewalAtRisk: rnd() < 0.5,
                stale: rnd() < 0.3,
                search: pick(rnd, ['', 'acme', 'kam 2', 'EMERAUDE'])
            };
            const each = (Object.keys(NO_FILTERS) as (keyof PortfolioFilters)[]).map((key) =>
                filterRows(rows, { ...NO_FILTERS, [key]: filters[key] })
            );
            const expected = rows.filter((row) => each.every((subset) => subset.includes(row)));
            expect(filterRows(rows, filters)).toEqual(expected);
        });
    });

    describe('sortRows', () => {
        const ranks = { freshness: FRESHNESS_ORDER };
        const sorted = (order: SortOrder): string[] => accounts(sortRows(ROWS, order, ranks));

        it('sorts text in the user’s collation, both ways', () => {
            expect(sorted({ field: 'accountName', direction: 'asc' })).toEqual([
                'Blue Ridge Utilities',
                'Élan Logistique',
                'Halvorsen Maritime',
                'Kestrel Mining Corporation',
                'Meridian Foods Group',
                'Northwind Industrial Group',
                'Orbit Telecom',
                'Sakura Precision Works'
            ]);
            expect(sorted({ field: 'accountName', direction: 'desc' })[0]).toBe('Sakura Precision Works');
        });

        it('sorts numbers numerically with blanks last in both directions', () => {
            expect(sorted({ field: 'netRevenueRetention', direction: 'desc' })).toEqual([
                'Northwind Industrial Group',
                'Orbit Telecom',
                'Halvorsen Maritime',
                'Kestrel Mining Corporation',
                'Blue Ridge Utilities',
                'Meridian Foods Group',
                'Sakura Precision Works',
                'Élan Logistique'
            ]);
            expect(sorted({ field: 'netRevenueRetention', direction: 'asc' })).toEqual([
                'Blue Ridge Utilities',
                'Kestrel Mining Corporation',
                'Halvorsen Maritime',
                'Orbit Telecom',
                'Northwind Industrial Group',
                'Meridian Foods Group',
                'Sakura Precision Works',
                'Élan Logistique'
            ]);
        });

        it('sorts ranked values in their defined order, not alphabetically', () => {
            expect(sorted({ field: 'freshness', direction: 'asc' })).toEqual([
                'Northwind Industrial Group',
                'Kestrel Mining Corporation',
                'Orbit Telecom',
                'Halvorsen Maritime',
                'Meridian Foods Group',
                'Blue Ridge Utilities',
                'Sakura Precision Works',
                'Élan Logistique'
            ]);
            const unranked = { ...ROWS[0], freshness: 'Unknown' } as PortfolioRow;
            const withUnranked = sortRows(
                [unranked, ...ROWS.slice(1, 4)],
                {
                    field: 'freshness',
                    direction: 'asc'
                },
                ranks
            );
            expect(withUnranked.map((row) => row.freshness)).toEqual(['Fresh', 'Due', 'Stale', 'Unknown']);
        });

        it('sorts flags with the flagged plans first when descending', () => {
            expect(sorted({ field: 'renewalAtRisk', direction: 'desc' }).slice(0, 2)).toEqual([
                'Blue Ridge Utilities',
                'Orbit Telecom'
            ]);
        });

        it('sorts numbers in text numerically', () => {
            const rows = ['Account 10', 'Account 9', 'Account 100'].map(
                (accountName, i) => ({ ...ROWS[0], planId: String(i), accountName }) as PortfolioRow
            );
            expect(accounts(sortRows(rows, { field: 'accountName', direction: 'asc' }))).toEqual([
                'Account 9',
                'Account 10',
                'Account 100'
            ]);
        });

        it('does not change its input', () => {
            const before = accounts(ROWS);
            sortRows(ROWS, { field: 'accountName', direction: 'desc' });
            expect(accounts(ROWS)).toEqual(before);
        });

        const FIELDS: SortField[] = [
            'accountName',
            'ownerName',
            'tier',
            'freshness',
            'completeness',
            'relationshipDepth',
            'renewalDate',
            'singleThreaded',
            'openPipeline',
            'wonLast12Months'
        ];

        it.each(SEEDS)('is stable, total and keeps blanks last, in both directions (seed %i)', (seed) => {
            const rows = randomRows(seed, 80);
            for (const field of FIELDS) {
                for (const direction of ['asc', 'desc'] as const) {
                    const result = sortRows(rows, { field, direction }, ranks);
                    // A permutation of the input.
                    expect([...result].sort((a, b) => a.planId.localeCompare(b.planId))).toEqual(
                        [...rows].sort((a, b) => a.planId.localeCompare(b.planId))
                    );
                    const blank = (row: PortfolioRow): boolean =>
                        row[field] === undefined || row[field] === null;
                    const firstBlank = result.findIndex(blank);
                    expect(result.slice(firstBlank < 0 ? result.length : firstBlank).every(blank)).toBe(true);
                    // Stable: neighbours with equal values (either order sorts the same way) keep their input order.
                    const position = new Map(rows.map((row, i) => [row, i]));
                    const unstable = result.slice(1).filter((current, i) => {
                        const previous = result[i];
                        const equal =
                            sortRows([previous, current], { field, direction }, ranks)[0] === previous &&
                            sortRows([current, previous], { field, direction }, ranks)[0] === current;
                        return equal && (position.get(previous) ?? 0) > (position.get(current) ?? 0);
                    });
                    expect(unstable).toEqual([]);
                }
            }
        });

        it.each(SEEDS)(
            'descending reverses ascending among the non-blank distinct values (seed %i)',
            (seed) => {
                const rows = randomRows(seed, 50);
                const values = (order: SortOrder): unknown[] =>
                    sortRows(rows, order, ranks)
                        .map((row) => row.completeness)
                        .filter((value) => value !== undefined);
                expect(values({ field: 'completeness', direction: 'desc' })).toEqual(
                    values({ field: 'completeness', direction: 'asc' }).reverse()
                );
            }
        );
    });

    describe('computeKpis', () => {
        it('sums and counts the rows', () => {
            const kpis = computeKpis(ROWS, OPTIONS);
            expect(kpis).toEqual({
                planCount: 8,
                freshCount: 3,
                dueCount: 2,
                staleCount: 2,
                noFreshnessCount: 1,
                singleThreadedCount: 3,
                renewalAtRiskCount: 2,
                upcomingRenewalCount: 4,
                openPipeline: 1_650_000,
                expansionPipeline: 800_000,
                wonLast12Months: 3_500_000,
                retentionPlanCount: 6,
                retentionWonLast12Months: 3_350_000,
                retentionWonPrior12Months: 3_180_000,
                netRevenueRetention: (3_350_000 / 3_180_000) * 100
            });
        });

        it('takes the net revenue retention over the plans with a prior figure only', () => {
            // Meridian won 150,000 with no prior figure: it is not part of the ratio.
            const meridian = ROWS.filter((row) => row.accountName === 'Meridian Foods Group');
            expect(computeKpis(meridian, OPTIONS).netRevenueRetention).toBeNull();
            expect(computeKpis(meridian, OPTIONS).wonLast12Months).toBe(150_000);
            const withPrior = ROWS.filter((row) =>
                ['Northwind Industrial Group', 'Meridian Foods Group'].includes(row.accountName)
            );
            expect(computeKpis(withPrior, OPTIONS).netRevenueRetention).toBe(125);
        });

        it('has no net revenue retention when the prior figures add up to nothing', () => {
            const elan = ROWS.filter((row) => row.accountName === 'Élan Logistique');
            expect(computeKpis(elan, OPTIONS)).toEqual(
                expect.objectContaining({ retentionPlanCount: 1, netRevenueRetention: null })
            );
            expect(retentionPercent(10, 0, 3)).toBeNull();
            expect(retentionPercent(10, 5, 0)).toBeNull();
            expect(retentionPercent(15, 10, 1)).toBe(150);
        });

        it('leaves sums blank when no plan has the figure, and counts nothing in an empty portfolio', () => {
            const never = ROWS.map((row) => {
                const copy: Partial<PortfolioRow> = { ...row };
                delete copy.openPipeline;
                delete copy.expansionPipeline;
                delete copy.wonLast12Months;
                delete copy.wonPrior12Months;
                return copy as PortfolioRow;
            });
            expect(computeKpis(never, OPTIONS)).toEqual(
                expect.objectContaining({
                    openPipeline: null,
                    expansionPipeline: null,
                    wonLast12Months: null,
                    netRevenueRetention: null
                })
            );
            expect(computeKpis([], OPTIONS)).toEqual(
                expect.objectContaining({ planCount: 0, staleCount: 0, openPipeline: null })
            );
        });

        it('counts renewals from today to the horizon, both ends included', () => {
            const renewing = (renewalDate: string): PortfolioRow =>
                ({ ...ROWS[0], renewalDate }) as PortfolioRow;
            const rows = ['2026-11-19', '2026-11-20', '2027-03-20', '2027-03-21'].map(renewing);
            expect(computeKpis(rows, OPTIONS).upcomingRenewalCount).toBe(2);
            // A horizon of 0 (or a negative one) counts renewals due today only.
            expect(computeKpis(rows, { ...OPTIONS, renewalHorizonDays: 0 }).upcomingRenewalCount).toBe(1);
            expect(computeKpis(rows, { ...OPTIONS, renewalHorizonDays: -5 }).upcomingRenewalCount).toBe(1);
        });

        const ADDITIVE: (keyof PortfolioKpis)[] = [
            'planCount',
            'freshCount',
            'dueCount',
            'staleCount',
            'noFreshnessCount',
            'singleThreadedCount',
            'renewalAtRiskCount',
            'upcomingRenewalCount',
            'retentionPlanCount',
            'retentionWonLast12Months',
            'retentionWonPrior12Months'
        ];
        const SUMS: (keyof PortfolioKpis)[] = ['openPipeline', 'expansionPipeline', 'wonLast12Months'];
        const addBlank = (a: number | null, b: number | null): number | null => {
            return a === null ? b : b === null ? a : a + b;
        };
        /** Rounded to cents: sums of the same figures in another order differ in the last bits. */
        const cents = (value: number | null): number | null => {
            return value === null ? null : Math.round(value * 100) / 100;
        };

        it.each(SEEDS)('the KPIs of a partition add up to the KPIs of the whole (seed %i)', (seed) => {
            const rows = randomRows(seed, 70);
            const rnd = random(seed * 7);
            const left = rows.filter(() => rnd() < 0.4);
            const right = rows.filter((row) => !left.includes(row));
            const whole = computeKpis(rows, OPTIONS);
            const a = computeKpis(left, OPTIONS);
            const b = computeKpis(right, OPTIONS);
            for (const key of ADDITIVE) {
                expect(whole[key]).toBeCloseTo((a[key] as number) + (b[key] as number), 6);
            }
            for (const key of SUMS) {
                expect(cents(whole[key])).toEqual(cents(addBlank(a[key], b[key])));
            }
            expect(whole.netRevenueRetention).toEqual(
                retentionPercent(
                    a.retentionWonLast12Months + b.retentionWonLast12Months,
                    a.retentionWonPrior12Months + b.retentionWonPrior12Months,
                    a.retentionPlanCount + b.retentionPlanCount
                )
            );
        });

        it.each(SEEDS)('the KAM summaries partition the portfolio (seed %i)', (seed) => {
            const rows = randomRows(seed, 70);
            const summaries = kamSummaries(rows, OPTIONS);
            const whole = computeKpis(rows, OPTIONS);
            for (const key of ADDITIVE) {
                const total = summaries.reduce((sum, kam) => sum + (kam.kpis[key] as number), 0);
                expect(total).toBeCloseTo(whole[key] as number, 6);
            }
            expect(new Set(summaries.map((kam) => kam.ownerId)).size).toBe(summaries.length);
        });

        it.each(SEEDS)('freshness counts add up to the plan count (seed %i)', (seed) => {
            const kpis = computeKpis(randomRows(seed, 40), OPTIONS);
            expect(kpis.freshCount + kpis.dueCount + kpis.staleCount + kpis.noFreshnessCount).toBe(
                kpis.planCount
            );
        });
    });

    describe('tierDistribution', () => {
        const TIERS = PORTFOLIO.tierOptions;

        it('counts every tier in its order, then the untiered plans', () => {
            expect(tierDistribution(ROWS, TIERS, 'Not tiered')).toEqual([
                { value: 'Tier 1', label: 'Tier 1', count: 3, percent: 38 },
                { value: 'Tier 2', label: 'Tier 2', count: 2, percent: 25 },
                { value: 'Tier 3', label: 'Tier 3', count: 2, percent: 25 },
                { value: BLANK, label: 'Not tiered', count: 1, percent: 13 }
            ]);
        });

        it('keeps empty tiers, lists unknown values and leaves out an empty untiered bucket', () => {
            const rows = [
                { ...ROWS[0], tier: 'Tier 9' },
                { ...ROWS[1], tier: 'Tier 1' }
            ] as PortfolioRow[];
            expect(tierDistribution(rows, TIERS, 'Not tiered').map((b) => [b.value, b.count])).toEqual([
                ['Tier 1', 1],
                ['Tier 2', 0],
                ['Tier 3', 0],
                ['Tier 9', 1]
            ]);
            expect(tierDistribution([], TIERS, 'Not tiered').every((b) => b.percent === 0)).toBe(true);
        });

        it.each(SEEDS)('the buckets count every row once (seed %i)', (seed) => {
            const rows = randomRows(seed, 50);
            const buckets = tierDistribution(rows, TIERS, 'Not tiered');
            expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(rows.length);
        });
    });

    describe('kamSummaries and ownerOptions', () => {
        it('summarises each KAM’s plans, by name', () => {
            const summaries = kamSummaries(ROWS, OPTIONS);
            expect(summaries.map((kam) => [kam.ownerName, kam.kpis.planCount, kam.kpis.staleCount])).toEqual([
                ['Ava Brooks', 2, 0],
                ['Jonas Weber', 2, 0],
                ['Marcus Lee', 2, 1],
                ['Priya Natarajan', 2, 1]
            ]);
            const marcus = summaries.find((kam) => kam.ownerName === 'Marcus Lee');
            expect(marcus?.kpis).toEqual(
                expect.objectContaining({
                    singleThreadedCount: 1,
                    renewalAtRiskCount: 1,
                    openPipeline: 350_000,
                    wonLast12Months: 1_100_000,
                    netRevenueRetention: (1_100_000 / 1_300_000) * 100
                })
            );
        });

        it('offers each KAM once, by name', () => {
            expect(ownerOptions(ROWS)).toEqual([
                { value: '005000000000001AAA', label: 'Ava Brooks' },
                { value: '005000000000003AAA', label: 'Jonas Weber' },
                { value: '005000000000002AAA', label: 'Marcus Lee' },
                { value: '005000000000004AAA', label: 'Priya Natarajan' }
            ]);
            expect(ownerOptions([])).toEqual([]);
        });
    });

    describe('dates', () => {
        it('adds days across months, years and leap days', () => {
            expect(addDays('2026-11-20', 120)).toBe('2027-03-20');
            expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
            expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
            expect(addDays('2026-01-10', 0)).toBe('2026-01-10');
        });

        it('writes a local date as YYYY-MM-DD', () => {
            expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
        });
    });
});
