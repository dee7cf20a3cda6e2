/*
 * DTOs of the account-plan workspace. Each interface mirrors the Apex class of the same name
 * (checked by the gate's contract step).
 */
declare namespace Apex {
    /** Everything the workspace shows for one account, loaded in one call. */
    interface PlanWorkspace {
        accountId: string;
        accountName: string;
        /** The plan on screen: the one asked for, else the Active plan, else the newest; null when none exists. */
        plan: PlanDto | null;
        /** Every plan of the account, newest period first, for the plan switcher. */
        plans: PlanSummary[];
        /** Objectives of the plan on screen, in their saved order. */
        objectives: ObjectiveDto[];
        kpis: AccountKpis;
        settings: WorkspaceSettings;
        access: WorkspaceAccess;
        picklists: WorkspacePicklists;
        /** People who can own objectives: the plan owner, the account team and the running user. */
        ownerOptions: PicklistOption[];
    }

    interface PlanDto {
        id: string;
        name: string;
        accountId: string;
        ownerId: string;
        ownerName: string;
        status: string;
        periodStart: string;
        periodEnd: string;
        scoreCurrentRevenue: number | null;
        scoreGrowthPotential: number | null;
        scoreStrategicFit: number | null;
        scoreCompetitivePosition: number | null;
        scoreRelationshipDepth: number | null;
        /** From the Tiering_Score__c formula. */
        tieringScore: number | null;
        /** From the Tier__c formula. */
        tier: string | null;
        primaryCompetitor: string | null;
        competitivePosition: string | null;
        competitiveNotes: string | null;
        renewalDate: string | null;
        renewalRisk: string | null;
        renewalRiskReason: string | null;
        reviewCadenceDays: number | null;
        lastReviewedDate: string | null;
        lastReviewedByName: string | null;
        /** From the Next_Review_Due__c formula. */
        nextReviewDue: string | null;
        /** Fresh / Due / Stale, from the Freshness__c formula. */
        freshness: string | null;
        /** 0–100, from the Completeness__c formula. */
        completeness: number | null;
        objectiveCount: number;
        stakeholderCount: number;
        executiveCount: number;
        championCount: number;
        openPlayCount: number;
        /** Optimistic-concurrency version the user loaded; sent back with every save. */
        version: number;
    }

    interface PlanSummary {
        id: string;
        name: string;
        status: string;
        periodStart: string;
        periodEnd: string;
    }

    interface ObjectiveDto {
        /** Record Id; null for an objective not saved yet. */
        id: string | null;
        /** Stable client key (the Id once saved) that field errors refer to. */
        key: string;
        name: string;
        ownerId: string | null;
        ownerName: string | null;
        measure: string | null;
        target: string | null;
        dueDate: string | null;
        status: string;
        sortOrder: number;
        /** From the Is_Overdue__c formula. */
        isOverdue: boolean;
    }

    /** Live figures of the account and its child accounts (business units). */
    interface AccountKpis {
        /** Won opportunity amount with a close date in the last 12 months. */
        wonRevenueLast12Months: number;
        /** Amount of open opportunities. */
        openPipeline: number;
        openOpportunityCount: number;
        /** Accounts counted: the account and its descendants (up to five levels). */
        accountCount: number;
        currencyIsoCode: string;
    }

    interface WorkspaceSettings {
        defaultReviewCadenceDays: number;
        freshnessGraceDays: number;
        tier1Threshold: number;
        tier2Threshold: number;
        weightCurrentRevenue: number;
        weightGrowthPotential: number;
        weightStrategicFit: number;
        weightCompetitivePosition: number;
        weightRelationshipDepth: number;
    }

    /** What the running user may do, as the server decides it (never guessed in the browser). */
    interface WorkspaceAccess {
        canCreatePlan: boolean;
        canEditPlan: boolean;
        canEditObjectives: boolean;
        canArchivePlan: boolean;
    }

    interface PicklistOption {
        value: string;
        label: string;
    }

    interface WorkspacePicklists {
        planStatus: PicklistOption[];
        competitivePosition: PicklistOption[];
        renewalRisk: PicklistOption[];
        objectiveStatus: PicklistOption[];
    }

    /** One save of the plan and its objectives. */
    interface PlanSaveRequest {
        planId: string;
        expectedVersion: number;
        plan: PlanChanges;
        /** The full list of objectives in display order (new ones with id null). */
        objectives: ObjectiveDto[];
        deletedObjectiveIds: string[];
    }

    interface PlanChanges {
        name: string;
        periodStart: string;
        periodEnd: string;
        scoreCurrentRevenue: number | null;
        scoreGrowthPotential: number | null;
        scoreStrategicFit: number | null;
        scoreCompetitivePosition: number | null;
        scoreRelationshipDepth: number | null;
        primaryCompetitor: string | null;
        competitivePosition: string | null;
        competitiveNotes: string | null;
        renewalDate: string | null;
        renewalRisk: string | null;
        renewalRiskReason: string | null;
        reviewCadenceDays: number | null;
        /**
         * Draft or Active, to activate a plan (or set it back to Draft); omitted or null keeps the stored status.
         * Archiving has its own call (archivePlan).
         */
        status?: string | null;
    }

    /** Outcome of a save: saved (with the fresh workspace) or refused with messages at the fields. */
    interface PlanSaveResult {
        /** saved | invalid | conflict | notFound | noAccess */
        status: string;
        /** A message for the whole save (conflict, not found, no access, or validation without a field). */
        message: string | null;
        fieldErrors: FieldError[];
        /** The workspace after the save; null unless status is saved. */
        workspace: PlanWorkspace | null;
    }

    interface FieldError {
        /** 'plan' or the key of an objective. */
        recordKey: string;
        /** The DTO property the message belongs to (e.g. periodEnd, dueDate). */
        field: string;
        message: string;
    }
}
