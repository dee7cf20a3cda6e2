/*
 * DTOs of the whitespace grid. Each interface mirrors the Apex class of the same name (checked by the gate's
 * contract step). The server returns facts and annotations; classifying a cell (won / in pipeline / targeted /
 * competitor held / not a fit / open) is view logic of the grid's pure module (docs/data-model.md).
 *
 * Keys: a row key is a Product2 Id (row source Product) or a Product2.Family value as stored (row source
 * Product Family). A column key is an Account Id (column source Child Accounts) or a value of the configured
 * Account field as stored (column source Account Field). Facts and annotations refer to cells by rowKey and
 * columnKey.
 */
declare namespace Apex {
    /** Everything the grid shows for one key account, loaded in one call. */
    interface WhitespaceGrid {
        accountId: string;
        accountName: string;
        /** The plan whose annotations are shown; null when the account has no plan (nothing can be annotated). */
        plan: WhitespacePlan | null;
        /** Products (or product families), in display order: family, then name. */
        rows: WhitespaceRow[];
        /** Business units, in display order (Child Accounts: the key account itself first, then by name). */
        columns: WhitespaceColumn[];
        /** Live opportunity figures of the cells that have any; a cell without a fact has no won or open line. */
        facts: WhitespaceFact[];
        /** What the key account manager recorded about cells of the plan. */
        annotations: WhitespaceAnnotation[];
        /**
         * Open opportunities of the hierarchy, then won ones (closed on or after wonSince), newest close date first
         * (bounded), plus every opportunity linked to an annotation: details, link candidates, linked status.
         */
        opportunities: WhitespaceOpportunity[];
        /** Won opportunities count from this close date on (ISO date); older wins are history, not in the grid. */
        wonSince: string;
        settings: WhitespaceSettings;
        /** Currency of every amount in the grid. */
        currencyCode: string;
        access: WhitespaceAccess;
        picklists: WhitespacePicklists;
        truncated: WhitespaceTruncation;
    }

    interface WhitespacePlan {
        id: string;
        name: string;
        status: string;
        /** Archived plans are read-only: their annotations are shown but cannot change. */
        isReadOnly: boolean;
    }

    interface WhitespaceRow {
        /** Product2 Id, or the family value (row source Product Family). */
        key: string;
        label: string;
        /** Product2.Family of the product, or the family itself; null for a product without a family. */
        family: string | null;
        /** The product (row source Product); null for a family row. */
        productId: string | null;
        productCode: string | null;
    }

    interface WhitespaceColumn {
        /** Account Id, or the field value (column source Account Field). */
        key: string;
        label: string;
        /** The business unit account (Child Accounts); null for a field-value column. */
        accountId: string | null;
        /** True for the column of the key account's own opportunities (Child Accounts). */
        isKeyAccount: boolean;
        /** How many accounts of the hierarchy the column covers (a child account with its descendants). */
        accountCount: number;
    }

    /** Live opportunity figures of one cell, aggregated from OpportunityLineItem. */
    interface WhitespaceFact {
        rowKey: string;
        columnKey: string;
        /** Sum of line item TotalPrice of won opportunities closed on or after wonSince. */
        wonAmount: number;
        /** Won opportunities with the row's product(s) in the column. */
        wonCount: number;
        lastWonDate: string | null;
        /** Sum of line item TotalPrice of open opportunities. */
        openAmount: number;
        openCount: number;
        /** Earliest close date of the open opportunities. */
        nextCloseDate: string | null;
        /** Some of the cell's opportunities (open first, then won; at most 10), details in grid.opportunities. */
        opportunityIds: string[];
    }

    /** One Whitespace_Cell__c: what the key account manager knows about a cell. */
    interface WhitespaceAnnotation {
        id: string;
        rowKey: string;
        columnKey: string;
        /** Targeted | Competitor Held | Not a Fit (Whitespace_Cell__c.Status__c values). */
        status: string;
        competitor: string | null;
        potentialValue: number | null;
        note: string | null;
        /** The linked opportunity (Whitespace_Cell__c.Opportunity__c); details in grid.opportunities when listed. */
        opportunityId: string | null;
        opportunityName: string | null;
        /** Optimistic-concurrency version the user loaded; sent back with every change of the cell. */
        version: number;
    }

    interface WhitespaceOpportunity {
        id: string;
        name: string;
        stageName: string;
        amount: number | null;
        closeDate: string;
        isWon: boolean;
        isClosed: boolean;
        accountId: string;
        accountName: string;
        /** The column the opportunity's account belongs to; null when it is in none. */
        columnKey: string | null;
        /** Rows of its line items (empty for an opportunity without products). */
        rowKeys: string[];
    }

    interface WhitespaceSettings {
        /** Product | Product Family (Keystone_Setting__mdt.Whitespace_Row_Source__c). */
        rowSource: string;
        /** Child Accounts | Account Field (Keystone_Setting__mdt.Whitespace_Column_Source__c). */
        columnSource: string;
        /** API name of the column field (column source Account Field), else null. */
        columnField: string | null;
        /** Label of the column field in the user's language, else null. */
        columnFieldLabel: string | null;
    }

    /** What the running user may do, as the server decides it (never guessed in the browser). */
    interface WhitespaceAccess {
        /** Create, change, clear and link annotations (a plan that is not archived, and edit rights). */
        canEdit: boolean;
        canCreateOpportunity: boolean;
        canCreatePlay: boolean;
    }

    interface WhitespacePicklists {
        /** Whitespace_Cell__c.Status__c values with labels in the user's language. */
        cellStatus: PicklistOption[];
        /** Play types offered from a cell (Cross-sell, Expansion). */
        playType: PicklistOption[];
    }

    /** Which lists were cut at their bound (the grid then says it is incomplete). */
    interface WhitespaceTruncation {
        rows: boolean;
        columns: boolean;
        facts: boolean;
        opportunities: boolean;
    }

    /** A save of one cell's annotation. */
    interface WhitespaceCellRequest {
        planId: string;
        rowKey: string;
        columnKey: string;
        /** The annotation being changed; null to create the cell's annotation. */
        cellId: string | null;
        /** The version the user loaded; null when creating. */
        expectedVersion: number | null;
        status: string | null;
        competitor: string | null;
        potentialValue: number | null;
        note: string | null;
    }

    /** Links (or, with opportunityId null, unlinks) an open opportunity to a cell. */
    interface WhitespaceLinkRequest {
        planId: string;
        rowKey: string;
        columnKey: string;
        cellId: string | null;
        expectedVersion: number | null;
        opportunityId: string | null;
    }

    /** Outcome of a change of one cell. */
    interface WhitespaceCellResult {
        ok: boolean;
        /** saved | invalid | conflict | notFound | noAccess */
        status: string;
        /** A message for the whole change (conflict, not found, no access, or validation without a field). */
        message: string | null;
        /** recordKey 'cell'; field: status | competitor | potentialValue | note | opportunityId. */
        fieldErrors: FieldError[];
        /** The annotation as saved; null after clearCell or when refused. */
        annotation: WhitespaceAnnotation | null;
        /** On conflict: the annotation as stored now (null when it was deleted), to show next to the kept edits. */
        current: WhitespaceAnnotation | null;
    }

    /** A play started from a cell. */
    interface WhitespacePlayRequest {
        planId: string;
        rowKey: string;
        columnKey: string;
        name: string | null;
        /** Cross-sell | Expansion */
        type: string | null;
        estimatedValue: number | null;
        dueDate: string | null;
        /** An open opportunity the play works (optional). */
        opportunityId: string | null;
    }

    interface WhitespacePlayResult {
        ok: boolean;
        /** saved | invalid | notFound | noAccess */
        status: string;
        message: string | null;
        /** recordKey 'play'; field: name | type | estimatedValue | dueDate | opportunityId. */
        fieldErrors: FieldError[];
        /** The new Play__c; null when refused. */
        playId: string | null;
    }
}
