/*
 * Contract of the manager's portfolio (Apex class PortfolioController).
 * Dates travel as ISO strings (YYYY-MM-DD), date-times as ISO 8601; money as numbers in the corporate currency.
 */

declare module '@salesforce/apex/PortfolioController.getPortfolio' {
    /**
     * The key-account portfolio the running user may see: one row per account, its current plan (the Active plan
     * covering today, else the latest Active, else the newest Draft), by account name, with its health,
     * relationship, renewal and revenue figures. Cacheable: call refreshApex after a change. Bounded: at most
     * `PortfolioQuery.maxRows` rows (never more than 2,000), `truncated` says when more matched.
     */
    export default function getPortfolio(params: { query: Apex.PortfolioQuery }): Promise<Apex.Portfolio>;
}

declare module '@salesforce/apex/PortfolioController.recalculateRollups' {
    /**
     * Starts the Batch Apex job that recalculates the revenue roll-ups (won last/prior 12 months, open and
     * expansion pipeline) of every Active and Draft plan, as the running user. Only with the custom permission
     * Keystone_Manage_Rollups (Keystone Admin); others get an error. Returns the job's Id.
     */
    export default function recalculateRollups(): Promise<Apex.PortfolioRecalculation>;
}
