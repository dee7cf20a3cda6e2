/**
 * Which of an account's plans is shown, as AccountPlanWorkspaceService.choosePlan decides it in Apex (the
 * workspace's plan, and the portfolio's current plan per account): the plan asked for; else the Active plan
 * whose period includes today; else any Active plan (the latest period); else the newest plan.
 */
import type { SObjectRecord } from '../../../scripts/workbench/store/record-store';

const ACTIVE = 'Active';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * @param plans the account's plans, newest period first
 * @param planId the plan asked for, or null
 * @param today `YYYY-MM-DD`
 */
export function choosePlan(
    plans: readonly SObjectRecord[],
    planId: string | null,
    today: string
): SObjectRecord | undefined {
    const active = plans.filter((plan) => plan.Status__c === ACTIVE);
    return (
        plans.find((plan) => plan.Id === planId) ??
        active.find((plan) => text(plan.Period_Start__c) <= today && today <= text(plan.Period_End__c)) ??
        active[0] ??
        plans[0]
    );
}

/** Newest period first, then newest record first (AccountPlanSelector's ORDER BY). */
export function newestPeriodFirst(a: SObjectRecord, b: SObjectRecord): number {
    return (
        text(b.Period_Start__c).localeCompare(text(a.Period_Start__c)) ||
        text(b.CreatedDate).localeCompare(text(a.CreatedDate))
    );
}
