// The Apex declarations are ambient files (no module to import); every project that reaches this file needs them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PortfolioController.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PortfolioDtos.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PlanWorkspaceDtos.d.ts" />
/**
 * In-memory PortfolioController: the manager's portfolio over the workbench's records, with the same DTOs as the
 * Apex class (types/apex). Thin on purpose — storage and queries only:
 * - every figure is read from the plan record, where the store evaluates the deployed formulas (tier,
 *   freshness, completeness, single-threaded, renewal at risk, net revenue retention) and roll-up summaries;
 *   overdue plays are the plays whose Is_Overdue__c formula is true;
 * - the revenue roll-ups are the values stored on the plans: the sample data carries them precomputed as
 *   PortfolioRollupBatch computes them (scripts/data/generator/rollups.ts);
 * - scope, the current plan per account (the choice the workspace makes, support/plan-choice.ts), the row bound
 *   and `truncated` follow PortfolioService; sharing is not modelled: ALL is every plan.
 * `recalculateRollups` answers with a made-up job Id and recomputes nothing (there is no Batch Apex here; the
 * stored figures stay as they are). The workbench runs as a user who may do everything, so `canRecalculate`
 * is true.
 */
import type getPortfolioMethod from '@salesforce/apex/PortfolioController.getPortfolio';
import type recalculateRollupsMethod from '@salesforce/apex/PortfolioController.recalculateRollups';
import type { SObjectRecord } from '../../scripts/workbench/store/record-store';
import type { ApexContext, InMemoryApexMethod } from './support/context';
import { AuraHandledException } from './support/exceptions';
import { choosePlan, newestPeriodFirst } from './support/plan-choice';

const PLAN = 'Account_Plan__c';
const ARCHIVED = 'Archived';
const SCOPES = new Set(['MINE', 'MY_TEAM', 'ALL']);
/** PortfolioService.DEFAULT_MAX_ROWS and MAX_ROWS. */
const DEFAULT_MAX_ROWS = 1000;
const MAX_ROWS = 2000;
/** The keys Tier__c and Freshness__c return, with the labels the filters show. */
const TIER_OPTIONS: readonly [string, string][] = [
    ['Tier 1', 'Keystone_Plan_Tier_1'],
    ['Tier 2', 'Keystone_Plan_Tier_2'],
    ['Tier 3', 'Keystone_Plan_Tier_3']
];
const FRESHNESS_OPTIONS: readonly [string, string][] = [
    ['Fresh', 'Keystone_Plan_Freshness_Fresh'],
    ['Due', 'Keystone_Plan_Freshness_Due'],
    ['Stale', 'Keystone_Plan_Freshness_Stale']
];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

function clampMaxRows(requested: number | null): number {
    return requested === null ? DEFAULT_MAX_ROWS : Math.max(1, Math.min(Math.trunc(requested), MAX_ROWS));
}

/** The plan owners in scope, and the scope applied (MY_TEAM without reports is MINE). */
function owners(context: ApexContext, scope: string): { scope: string; ownerIds: Set<string> | undefined } {
    if (scope === 'ALL') {
        return { scope, ownerIds: undefined };
    }
    const ownerIds = new Set([context.userId]);
    if (scope === 'MY_TEAM') {
        const reports = context.store.query('User', (user) => user.ManagerId === context.userId);
        reports.forEach((user) => ownerIds.add(user.Id));
        return { scope: reports.length > 0 ? scope : 'MINE', ownerIds };
    }
    return { scope, ownerIds };
}

function row(context: ApexContext, plan: SObjectRecord, overduePlayCount: number): Apex.PortfolioPlanRow {
    return {
        planId: plan.Id,
        planName: text(plan.Name),
        status: text(plan.Status__c),
        accountId: text(plan.Account__c),
        accountName: text(context.store.get(text(plan.Account__c))?.Name),
        ownerId: text(plan.OwnerId),
        ownerName: text(context.store.get(text(plan.OwnerId))?.Name),
        tier: textOrNull(plan.Tier__c),
        tieringScore: numberOrNull(plan.Tiering_Score__c),
        freshness: textOrNull(plan.Freshness__c),
        nextReviewDue: textOrNull(plan.Next_Review_Due__c),
        lastReviewedDate: textOrNull(plan.Last_Reviewed_Date__c),
        completeness: numberOrNull(plan.Completeness__c),
        relationshipDepth: numberOrNull(plan.Relationship_Depth__c),
        stakeholderCount: count(plan.Stakeholder_Count__c),
        executiveCount: count(plan.Executive_Count__c),
        championCount: count(plan.Champion_Count__c),
        strongRelationshipCount: count(plan.Strong_Relationship_Count__c),
        singleThreaded: plan.Is_Single_Threaded__c === true,
        renewalDate: textOrNull(plan.Renewal_Date__c),
        renewalRisk: textOrNull(plan.Renewal_Risk__c),
        renewalAtRisk: plan.Renewal_At_Risk__c === true,
        openPlayCount: count(plan.Open_Play_Count__c),
        overduePlayCount,
        wonLast12Months: numberOrNull(plan.Won_Last_12_Months__c),
        wonPrior12Months: numberOrNull(plan.Won_Prior_12_Months__c),
        openPipeline: numberOrNull(plan.Open_Pipeline__c),
        expansionPipeline: numberOrNull(plan.Expansion_Pipeline__c),
        netRevenueRetention: numberOrNull(plan.Net_Revenue_Retention__c),
        rollupsCalculatedAt: textOrNull(plan.Rollups_Calculated_At__c)
    };
}

/** The oldest calculation of the rows; null when there are none or one was never calculated. */
function oldestCalculation(rows: readonly Apex.PortfolioPlanRow[]): string | null {
    if (rows.length === 0 || rows.some((r) => r.rollupsCalculatedAt === null)) {
        return null;
    }
    return rows.map((r) => r.rollupsCalculatedAt as string).sort()[0] ?? null;
}

function load(context: ApexContext, query: Apex.PortfolioQuery | null): Apex.Portfolio {
    if (!query || !SCOPES.has(query.scope)) {
        throw new AuraHandledException(context.label('Keystone_Error_Portfolio_Invalid_Scope'));
    }
    const maxRows = clampMaxRows(query.maxRows);
    const includeArchived = query.includeArchived;
    const { scope, ownerIds } = owners(context, query.scope);
    const plansByAccount = new Map<string, SObjectRecord[]>();
    for (const plan of context.store.query(
        PLAN,
        (p) =>
            (includeArchived || p.Status__c !== ARCHIVED) &&
            (ownerIds === undefined || ownerIds.has(text(p.OwnerId)))
    )) {
        const accountId = text(plan.Account__c);
        plansByAccount.set(accountId, [...(plansByAccount.get(accountId) ?? []), plan]);
    }
    const accountName = (id: string): string => text(context.store.get(id)?.Name);
    const accountIds = [...plansByAccount.keys()].sort(
        (a, b) => accountName(a).localeCompare(accountName(b)) || a.localeCompare(b)
    );
    const rows = accountIds.slice(0, maxRows).flatMap((accountId) => {
        const plans = (plansByAccount.get(accountId) ?? []).sort(newestPeriodFirst);
        const notArchived = plans.filter((p) => p.Status__c !== ARCHIVED);
        const current = choosePlan(notArchived.length > 0 ? notArchived : plans, null, context.today);
        if (!current) {
            return [];
        }
        const overdue = context.store.query(
            'Play__c',
            (play) => play.Account_Plan__c === current.Id && play.Is_Overdue__c === true
        ).length;
        return [row(context, current, overdue)];
    });
    const renewalHorizon = context.customMetadata('Keystone_Setting', 'Default').Renewal_Horizon_Days__c;
    const options = (pairs: readonly [string, string][]): Apex.PicklistOption[] =>
        pairs.map(([value, label]) => ({ value, label: context.label(label) }));
    return {
        rows,
        truncated: accountIds.length > maxRows,
        scope,
        currencyCode: 'USD',
        rollupsCalculatedAt: oldestCalculation(rows),
        canRecalculate: true,
        settings: { renewalHorizonDays: count(renewalHorizon) },
        tierOptions: options(TIER_OPTIONS),
        freshnessOptions: options(FRESHNESS_OPTIONS)
    };
}

let jobSequence = 0;

// ---- the @AuraEnabled methods ----

export const getPortfolio: InMemoryApexMethod<typeof getPortfolioMethod> = ({ query }, context) =>
    load(context, query);

/** Answers like Database.executeBatch, with a made-up AsyncApexJob Id; recomputes nothing (see above). */
export const recalculateRollups: InMemoryApexMethod<typeof recalculateRollupsMethod> = () => {
    jobSequence += 1;
    return { jobId: `707${String(jobSequence).padStart(12, '0')}WBK` };
};
