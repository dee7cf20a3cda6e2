/**
 * Queries over the workbench's records that more than one in-memory Apex class runs, as their Apex selectors do:
 * an account's plans (the plan a page shows is chosen in plan-choice.ts) and an account's hierarchy.
 */
import type { SObjectRecord } from '../../../scripts/workbench/store/record-store';
import type { ApexContext } from './context';
import { newestPeriodFirst } from './plan-choice';

export { choosePlan } from './plan-choice';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** How many levels below the key account count as its business units (AccountHierarchySelector.MAX_DEPTH). */
export const HIERARCHY_DEPTH = 5;

/** The account's plans, newest period first. */
export function plansOf(context: ApexContext, accountId: string): SObjectRecord[] {
    return context.store
        .query('Account_Plan__c', (plan) => plan.Account__c === accountId)
        .sort(newestPeriodFirst);
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
