/*
 * Contract of the whitespace grid (Apex class WhitespaceController).
 * Dates travel as ISO strings (YYYY-MM-DD); money as numbers in the grid's currencyCode.
 * Every change answers with a result (never throws for a refusal): saved, or refused with messages at fields.
 */

declare module '@salesforce/apex/WhitespaceController.getWhitespace' {
    /**
     * Loads the grid of one key account: rows, columns, the live opportunity facts per cell and the annotations
     * of the plan (planId null = the account's current plan, chosen as the workspace chooses it).
     */
    export default function getWhitespace(params: {
        accountId: string;
        planId: string | null;
    }): Promise<Apex.WhitespaceGrid>;
}

declare module '@salesforce/apex/WhitespaceController.saveCell' {
    /** Creates or updates the annotation of one cell, refusing a save made on an outdated version. */
    export default function saveCell(params: {
        request: Apex.WhitespaceCellRequest;
    }): Promise<Apex.WhitespaceCellResult>;
}

declare module '@salesforce/apex/WhitespaceController.clearCell' {
    /** Deletes the annotation of one cell (the cell falls back to what the live data says). */
    export default function clearCell(params: {
        cellId: string;
        expectedVersion: number;
    }): Promise<Apex.WhitespaceCellResult>;
}

declare module '@salesforce/apex/WhitespaceController.linkOpportunity' {
    /**
     * Links an open opportunity of the cell's business unit to the cell (opportunityId null unlinks). A cell
     * without an annotation gets one with status Targeted.
     */
    export default function linkOpportunity(params: {
        request: Apex.WhitespaceLinkRequest;
    }): Promise<Apex.WhitespaceCellResult>;
}

declare module '@salesforce/apex/WhitespaceController.createPlay' {
    /** Creates a Planned play of the plan for the cell's product and business unit. */
    export default function createPlay(params: {
        request: Apex.WhitespacePlayRequest;
    }): Promise<Apex.WhitespacePlayResult>;
}
