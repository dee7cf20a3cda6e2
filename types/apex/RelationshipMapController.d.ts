/*
 * Contract of the org chart / relationship map (Apex class RelationshipMapController).
 * Dates travel as ISO strings (YYYY-MM-DD). Every mutation is one Apex call that returns a
 * RelationshipMapSaveResult: saved with the changed nodes and the recalculated scores, or refused with
 * messages at the fields (invalid), a conflict (someone else saved first), notFound or noAccess.
 */

declare module '@salesforce/apex/RelationshipMapController.getRelationshipMap' {
    /**
     * Loads the relationship map of one account: the plan asked for, else the account's Active plan, else its
     * newest plan (the same choice as the account-plan workspace). planId null means "the account's plan".
     */
    export default function getRelationshipMap(params: {
        accountId: string;
        planId: string | null;
    }): Promise<Apex.RelationshipMap>;
}

declare module '@salesforce/apex/RelationshipMapController.saveStakeholder' {
    /** Creates (id null) or edits a stakeholder; edits of a Contact's title/department are written to the Contact. */
    export default function saveStakeholder(params: {
        request: Apex.StakeholderSaveRequest;
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.moveStakeholder' {
    /**
     * Puts a stakeholder under another one (reportsToId) or at the top (null). Refuses cycles with a field error
     * on reportsToId. When both people are Contacts and the user may edit Contacts, Contact.ReportsToId follows.
     */
    export default function moveStakeholder(params: {
        stakeholderId: string;
        expectedVersion: number;
        reportsToId: string | null;
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.addContacts' {
    /**
     * Maps the chosen Contacts of the account hierarchy onto the plan; each one's reports-to line is taken from
     * Contact.ReportsToId when that manager is (or becomes) mapped too.
     */
    export default function addContacts(params: {
        planId: string;
        contactIds: string[];
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.promotePlaceholder' {
    /** Creates the Contact for a placeholder on the chosen account of the hierarchy and links the stakeholder to it. */
    export default function promotePlaceholder(params: {
        request: Apex.PromotePlaceholderRequest;
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.removeStakeholder' {
    /**
     * Removes a stakeholder from the map (the Contact is kept). Its direct reports move up to its own manager;
     * its relationship lines are removed.
     */
    export default function removeStakeholder(params: {
        stakeholderId: string;
        expectedVersion: number;
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.saveRelationship' {
    /** Creates (id null) or edits an influence / conflict / alliance line between two stakeholders of the plan. */
    export default function saveRelationship(params: {
        request: Apex.RelationshipSaveRequest;
    }): Promise<Apex.RelationshipMapSaveResult>;
}

declare module '@salesforce/apex/RelationshipMapController.removeRelationship' {
    /** Removes a relationship line. */
    export default function removeRelationship(params: {
        relationshipId: string;
        expectedVersion: number;
    }): Promise<Apex.RelationshipMapSaveResult>;
}
