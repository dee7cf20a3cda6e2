/*
 * DTOs of the org chart / relationship map. Each interface mirrors the Apex class of the same name
 * (checked by the gate's contract step). PicklistOption and FieldError are shared with the workspace
 * (PlanWorkspaceDtos.d.ts).
 */
declare namespace Apex {
    /** Everything the relationship map shows for one account plan, loaded in one call. */
    interface RelationshipMap {
        accountId: string;
        accountName: string;
        /** The plan on screen; null when the account has no plan (then the lists are empty). */
        planId: string | null;
        planName: string | null;
        /** Draft / Active / Archived. An archived plan is read-only (access.canEdit is false). */
        planStatus: string | null;
        /** Every mapped person, placeholders included, in no particular order (the UI lays them out). */
        stakeholders: StakeholderNode[];
        /** Influence, conflict and alliance lines between stakeholders of the plan. */
        relationships: RelationshipLine[];
        /** What is missing in the coverage of the buying organisation (empty when covered or no plan). */
        coverageGaps: CoverageGap[];
        /**
         * 0–100 relationship depth of the plan, calculated by the server from the stakeholders' scores (the value the
         * plan's Relationship_Depth__c holds after every change and the nightly recalculation); null without a plan.
         */
        relationshipDepth: number | null;
        /** Why relationshipDepth is what it is; the points add up to it. */
        depthFactors: ScoreFactor[];
        access: RelationshipMapAccess;
        picklists: RelationshipMapPicklists;
        /** The account and its business units (child accounts), for the business-unit filter and field. */
        businessUnits: PicklistOption[];
        /** People who can own a relationship: the plan owner, the account team and the running user. */
        ownerOptions: PicklistOption[];
        /** Contacts of the account hierarchy not on the map yet, by name; at most candidateLimit of them. */
        candidateContacts: CandidateContact[];
        /** True when the hierarchy has more unmapped Contacts than candidateContacts holds. */
        candidateContactsTruncated: boolean;
        candidateLimit: number;
    }

    /** One person on the map: a Contact, or a placeholder for someone not in the CRM yet. */
    interface StakeholderNode {
        /** Stakeholder__c Id (also the value of data-stakeholder-id). */
        id: string;
        /** The linked Contact; null for a placeholder. */
        contactId: string | null;
        isPlaceholder: boolean;
        /** The Contact's name, or the placeholder name. */
        name: string;
        /** The Contact's Title, or the placeholder title. */
        title: string | null;
        /** The Contact's Department, or the placeholder department. */
        department: string | null;
        /** Business unit: the stakeholder's Business_Unit__c, else the Contact's account. */
        businessUnitId: string | null;
        businessUnitName: string | null;
        /** The stakeholder (not Contact) this person reports to on the map; null at the top. */
        reportsToId: string | null;
        buyingRole: string | null;
        influence: string | null;
        stance: string | null;
        /** 1 (weak) to 5 (strong); null when not assessed. */
        relationshipStrength: number | null;
        relationshipOwnerId: string | null;
        relationshipOwnerName: string | null;
        isExecutive: boolean;
        /** Latest of the entered Last_Engaged_Date__c and the Contact's latest past Task/Event ActivityDate. */
        lastEngagedDate: string | null;
        notes: string | null;
        /** 0–100 relationship score, calculated by the server; the UI never recomputes it. */
        score: number;
        /** Why the score is what it is; the points add up to score. */
        scoreFactors: ScoreFactor[];
        /** Optimistic-concurrency version; sent back with every change of this stakeholder. */
        version: number;
    }

    /** One reason behind a score. */
    interface ScoreFactor {
        /** Stable key: strength, influence, stance, recency, executive, buyingRole (stakeholder);
         *  averageScore, breadth, executiveCoverage, championCoverage (plan). */
        code: string;
        /** Translated name of the factor, e.g. "Relationship strength". */
        label: string;
        points: number;
        /** The most this factor can give. */
        maxPoints: number;
        /** Translated explanation, e.g. "Strength 4 of 5" or "Last engaged 12 days ago (recent: 30 days)". */
        detail: string;
    }

    /** A line between two stakeholders. Influences is directed (from sways to); the others are mutual. */
    interface RelationshipLine {
        id: string;
        fromId: string;
        toId: string;
        /** Influences / Conflicts With / Allied With (picklists.relationshipType). */
        type: string;
        /** Weak / Moderate / Strong; null when not assessed. */
        strength: string | null;
        notes: string | null;
        version: number;
    }

    /** A hole in the coverage of the buying organisation, from the plan's roll-up and formula fields. */
    interface CoverageGap {
        /** noExecutive / noChampion / singleThreaded */
        code: string;
        /** Translated message for the banner. */
        message: string;
    }

    /** What the running user may do, as the server decides it. */
    interface RelationshipMapAccess {
        /** May create, edit and remove stakeholders and lines of this plan (false on an archived plan). */
        canEdit: boolean;
        /** May edit Contacts (reports-to, title, department are written to the Contact). */
        canEditContacts: boolean;
        /** May create Contacts (promoting a placeholder). */
        canCreateContacts: boolean;
    }

    interface RelationshipMapPicklists {
        buyingRole: PicklistOption[];
        influence: PicklistOption[];
        stance: PicklistOption[];
        relationshipType: PicklistOption[];
        relationshipStrength: PicklistOption[];
    }

    /** A Contact of the account hierarchy that can be added to the map. */
    interface CandidateContact {
        id: string;
        name: string;
        title: string | null;
        department: string | null;
        accountId: string | null;
        accountName: string | null;
        /** Contact.ReportsToId. */
        reportsToContactId: string | null;
    }

    /** Create (id null) or edit one stakeholder. */
    interface StakeholderSaveRequest {
        planId: string;
        /** null to create. */
        id: string | null;
        /** The version loaded; ignored when creating. */
        expectedVersion: number | null;
        /** The Contact to map, or null for a placeholder. Fixed once created (promote a placeholder instead). */
        contactId: string | null;
        /** Name of a placeholder (required for one); ignored for a Contact. */
        placeholderName: string | null;
        /** Written to the Contact's Title for a Contact (needs Contact edit access), else the placeholder's. */
        title: string | null;
        /** Written to the Contact's Department for a Contact (needs Contact edit access), else the placeholder's. */
        department: string | null;
        businessUnitId: string | null;
        reportsToId: string | null;
        buyingRole: string | null;
        influence: string | null;
        stance: string | null;
        relationshipStrength: number | null;
        relationshipOwnerId: string | null;
        isExecutive: boolean;
        /** The entered last engagement (activities on the Contact are added by the server). */
        lastEngagedDate: string | null;
        notes: string | null;
    }

    /** Turn a placeholder into a real Contact. */
    interface PromotePlaceholderRequest {
        stakeholderId: string;
        expectedVersion: number;
        firstName: string | null;
        lastName: string;
        email: string | null;
        /** The account (the plan's account or one of its business units) the Contact is created on. */
        accountId: string;
        title: string | null;
        department: string | null;
    }

    /** Create (id null) or edit one relationship line. */
    interface RelationshipSaveRequest {
        planId: string;
        id: string | null;
        expectedVersion: number | null;
        fromId: string;
        toId: string;
        type: string;
        strength: string | null;
        notes: string | null;
    }

    /**
     * Outcome of a mutation. When saved: the stakeholders and lines that changed (created ones included), with
     * their recalculated scores, the ids that were removed, and the plan's recalculated depth and coverage gaps;
     * the UI merges these into the map it shows.
     */
    interface RelationshipMapSaveResult {
        /** saved | invalid | conflict | notFound | noAccess */
        status: string;
        /** True when status is saved. */
        ok: boolean;
        /** A message for the whole change (conflict, not found, no access, or a refusal without a field). */
        message: string | null;
        /**
         * Messages at the fields: recordKey is the stakeholder or line Id ('new' when creating, or the Contact Id
         * for addContacts); field is the request property (e.g. reportsToId, placeholderName, lastName, title).
         */
        fieldErrors: FieldError[];
        stakeholders: StakeholderNode[];
        relationships: RelationshipLine[];
        removedStakeholderIds: string[];
        removedRelationshipIds: string[];
        /** Contacts written by the change (reports-to, title, department, or the promoted placeholder's Contact). */
        updatedContactIds: string[];
        relationshipDepth: number | null;
        depthFactors: ScoreFactor[];
        coverageGaps: CoverageGap[];
    }
}
