/**
 * The revenue roll-ups of the sample plans, precomputed for the anchor date exactly as the Batch Apex
 * `PortfolioRollupBatch` computes them in an org (rules in `AccountKpiService`), so that the workbench's
 * portfolio shows real figures without running Apex. In an org, `npm run org:setup` runs the batch after loading,
 * which recalculates them for the day of loading.
 *
 * Per Active or Draft plan, over its account and the accounts up to five levels below it:
 * - Won_Last_12_Months__c: Amount of won opportunities closing from a year before the day plus one day, to the day;
 * - Won_Prior_12_Months__c: the same for the 12 months that end the day before that window;
 * - Open_Pipeline__c: Amount of open opportunities; Expansion_Pipeline__c: those of Type Expansion or New Business;
 * - Rollups_Calculated_At__c: the night of the day (03:00 UTC), when the scheduled batch runs.
 * Archived plans are left blank: the batch never recalculates them.
 */
import { dateTime } from './dates';
import type { SampleAccount, SampleAccountPlan, SampleOpportunity } from '../sample-data-model';

/** Levels below a key account that count as its business units (AccountHierarchySelector.MAX_DEPTH). */
const MAX_DEPTH = 5;
/** Opportunity types of the expansion pipeline (AccountKpiService.EXPANSION_TYPES). */
const EXPANSION_TYPES = new Set(['Expansion', 'New Business']);
const RECALCULATED_STATUSES = new Set(['Active', 'Draft']);
/** The hour (UTC) of the nightly run the precomputed figures are stamped with. */
const NIGHTLY_RUN_HOUR = 3;

type Rollups = Required<
    Pick<
        SampleAccountPlan,
        | 'Won_Last_12_Months__c'
        | 'Won_Prior_12_Months__c'
        | 'Open_Pipeline__c'
        | 'Expansion_Pipeline__c'
        | 'Rollups_Calculated_At__c'
    >
>;

function parse(isoDate: string): Date {
    return new Date(`${isoDate}T00:00:00Z`);
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);

function addDays(isoDate: string, days: number): string {
    const date = parse(isoDate);
    date.setUTCDate(date.getUTCDate() + days);
    return iso(date);
}

/** Apex `Date.addMonths`: the same day months later, or the last day of a shorter month. */
function addMonths(isoDate: string, months: number): string {
    const date = parse(isoDate);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return iso(target);
}

/** `AccountKpiService.wonFrom`: the first close date of the 12 months ending on `today`. */
export function wonFrom(today: string): string {
    return addDays(addMonths(today, -12), 1);
}

/** The key account and every account up to five levels below it. */
function hierarchy(keyAccount: string, accounts: readonly SampleAccount[]): Set<string> {
    const keys = new Set([keyAccount]);
    let level = [keyAccount];
    for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
        const parents = new Set(level);
        level = accounts.filter((a) => a.ParentId !== undefined && parents.has(a.ParentId)).map((a) => a.key);
        level.forEach((key) => keys.add(key));
    }
    return keys;
}

/** The four figures of one key account on `today`. */
export function revenueRollups(
    keyAccount: string,
    accounts: readonly SampleAccount[],
    opportunities: readonly SampleOpportunity[],
    today: string
): Omit<Rollups, 'Rollups_Calculated_At__c'> {
    const keys = hierarchy(keyAccount, accounts);
    const lastFrom = wonFrom(today);
    const priorTo = addDays(lastFrom, -1);
    const priorFrom = wonFrom(priorTo);
    const sum = (rows: readonly SampleOpportunity[]): number =>
        Math.round(rows.reduce((total, o) => total + o.Amount, 0) * 100) / 100;
    const mine = opportunities.filter((o) => keys.has(o.AccountId));
    const won = mine.filter((o) => o.IsWon);
    const open = mine.filter((o) => !o.IsClosed);
    return {
        Won_Last_12_Months__c: sum(won.filter((o) => o.CloseDate >= lastFrom && o.CloseDate <= today)),
        Won_Prior_12_Months__c: sum(won.filter((o) => o.CloseDate >= priorFrom && o.CloseDate <= priorTo)),
        Open_Pipeline__c: sum(open),
        Expansion_Pipeline__c: sum(open.filter((o) => EXPANSION_TYPES.has(o.Type)))
    };
}

/** The plans with the roll-ups of their Active and Draft members, as of `today` (the anchor date). */
export function withPortfolioRollups(
    plans: readonly SampleAccountPlan[],
    accounts: readonly SampleAccount[],
    opportunities: readonly SampleOpportunity[],
    today: string
): SampleAccountPlan[] {
    const calculatedAt = dateTime(0, NIGHTLY_RUN_HOUR);
    return plans.map((plan) =>
        RECALCULATED_STATUSES.has(plan.Status__c)
            ? {
                  ...plan,
                  ...revenueRollups(plan.Account__c, accounts, opportunities, today),
                  Rollups_Calculated_At__c: calculatedAt
              }
            : plan
    );
}
