/*
 * Contract of the account-plan workspace (Apex class AccountPlanWorkspaceController).
 * Dates travel as ISO strings (YYYY-MM-DD); money as numbers in the account's currency.
 */

declare module '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace' {
    /** Loads everything the workspace shows for one account: the chosen plan (the active one when planId is null). */
    export default function getWorkspace(params: {
        accountId: string;
        planId: string | null;
    }): Promise<Apex.PlanWorkspace>;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.createPlan' {
    /** Creates a Draft plan for the account, prefilled: next 12 months, cadence from settings, owner = user. */
    export default function createPlan(params: { accountId: string }): Promise<Apex.PlanSaveResult>;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.savePlan' {
    /** Saves the plan and its objectives in one transaction, refusing a save made on an outdated version. */
    export default function savePlan(params: { request: Apex.PlanSaveRequest }): Promise<Apex.PlanSaveResult>;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.markReviewed' {
    /** Records that the user reviewed the plan today. */
    export default function markReviewed(params: {
        planId: string;
        expectedVersion: number;
    }): Promise<Apex.PlanSaveResult>;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.archivePlan' {
    /** Archives the plan (read-only from then on). */
    export default function archivePlan(params: {
        planId: string;
        expectedVersion: number;
    }): Promise<Apex.PlanSaveResult>;
}

declare module '@salesforce/apex/AccountPlanWorkspaceController.rollForwardPlan' {
    /**
     * Archives the plan and starts the next period's Draft plan from it: objectives and stakeholders carried
     * over, review reset.
     */
    export default function rollForwardPlan(params: {
        planId: string;
        expectedVersion: number;
    }): Promise<Apex.PlanSaveResult>;
}
