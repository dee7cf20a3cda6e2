/**
 * Queries over the workbench's records that more than one in-memory Apex class runs, as their Apex selectors do:
 * an account's plans, the plan a page shows, and an account's hierarchy.
 */
import type { SObjectRecord } from '../../../scripts/workbench/store/record-store';
import type { ApexContext } from './context';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How many levels below the key account count as its business units (AccountHierarchySelector.MAX_DEPTH). */
export const HIERARCHY_DEPTH = 5;

/** The account's plans, newest period first. */
export function plansOf(context: ApexContext, accountId: string): SObjectRecord[] {
    return context.store
        .query('Account_Plan__c', (plan) => plan.Account__c === accountId)
        .sort((a, b) => text(b.Period_Start__c).localeCompare(text(a.Period_Start__c)));
}

/** The plan asked for; else the Active plan covering today; else any Active plan; else the newest. */
export function choosePlan(
    plans: SObjectRecord[],
    planId: string | null,
    today: string
): SObjectRecord | undefined {
    const active = plans.filter((plan) => plan.Status__c === 'Active');
    return (
        plans.find((plan) => plan.Id === planId) ??
        active.find((plan) => text(plan.Period_Start__c) <= today && today <= text(plan.Period_End__c)) ??
        active[0] ??
        plans[0]
    );
}

/** The account and its business units, five levels down (as AccountHierarchySelector). */
export function accountWithDescendants(context: ApexContext, accountId: string): string[] {
    const ids = [accountId];
    let level = [accountId];
    for (let depth = 0; depth < HIERARCHY_DEPTH && level.length > 0; depth += 1) {
        const parents = new Set(level);
        level = context.store
            .query('Account', (account) => parents.has(text(account.ParentId)))
            .map((a) => a.Id);
        ids.push(...level);
    }
    return ids;
}
