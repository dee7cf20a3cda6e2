/*
 * DTOs of the manager's portfolio. Each interface mirrors the Apex class of the same name
 * (checked by the gate's contract step).
 */
declare namespace Apex {
    /** Which plans to load. Filtering by tier, freshness or KAM after loading happens on the client. */
    interface PortfolioQuery {
        /** MINE: plans I own · MY_TEAM: plans owned by me or by users whose manager I am · ALL: every plan I can see. */
        scope: 'MINE' | 'MY_TEAM' | 'ALL';
        /**
         * Also show accounts whose plans are all Archived, with their newest archived plan (default false: Active
         * and Draft only). An account with an Active or Draft plan never shows an archived one.
         */
        includeArchived: boolean;
        /** Upper bound on rows; null means the default (1,000); values outside 1–2,000 are clamped. */
        maxRows: number | null;
    }

    /** The portfolio the manager sees, loaded in one call. */
    interface Portfolio {
        rows: PortfolioPlanRow[];
        /** True when more plans matched than `rows` holds. */
        truncated: boolean;
        /** The scope actually applied (MY_TEAM falls back to MINE for a user without reports). */
        scope: string;
        /** ISO code of the corporate currency the money figures are in. */
        currencyCode: string;
        /** Oldest roll-up calculation among the rows, ISO 8601 in GMT (null when there are no rows or a row was never calculated). */
        rollupsCalculatedAt: string | null;
        /** True when the running user may start a recalculation (custom permission Keystone_Manage_Rollups, in Keystone Admin). */
        canRecalculate: boolean;
        /** Settings the portfolio's view rules need. */
        settings: PortfolioSettings;
        /**
         * The keys the Tier__c and Freshness__c formulas return (value: 'Tier 1'…, 'Fresh'…) with their translated
         * labels, in filter order. Formula fields have no picklist values: the labels are custom labels.
         */
        tierOptions: PicklistOption[];
        freshnessOptions: PicklistOption[];
    }

    interface PortfolioSettings {
        /** Renewals due within this many days count as upcoming in the renewals KPI. */
        renewalHorizonDays: number;
    }

    /** One key account's current plan, with the figures the portfolio shows and sums. */
    interface PortfolioPlanRow {
        planId: string;
        planName: string;
        status: string;
        accountId: string;
        accountName: string;
        ownerId: string;
        ownerName: string;
        /** Tier 1 / Tier 2 / Tier 3, from the Tier__c formula; null when the scores are incomplete. */
        tier: string | null;
        tieringScore: number | null;
        /** Fresh / Due / Stale, from the Freshness__c formula. */
        freshness: string | null;
        nextReviewDue: string | null;
        lastReviewedDate: string | null;
        /** 0–100, from the Completeness__c formula. */
        completeness: number | null;
        relationshipDepth: number | null;
        stakeholderCount: number;
        executiveCount: number;
        championCount: number;
        /** Stakeholders with relationship strength 4 or 5 (roll-up). */
        strongRelationshipCount: number;
        /** From the Is_Single_Threaded__c formula. */
        singleThreaded: boolean;
        renewalDate: string | null;
        renewalRisk: string | null;
        /** From the Renewal_At_Risk__c formula: renewal within the horizon and risk High (or Medium and stale). */
        renewalAtRisk: boolean;
        openPlayCount: number;
        /** Open plays due before today (Play__c.Is_Overdue__c), counted when the portfolio loads. */
        overduePlayCount: number;
        /** Roll-ups kept by Batch Apex (null until first calculated). */
        wonLast12Months: number | null;
        wonPrior12Months: number | null;
        openPipeline: number | null;
        expansionPipeline: number | null;
        /** From the Net_Revenue_Retention__c formula (percent); null when nothing was won in the prior 12 months. */
        netRevenueRetention: number | null;
        rollupsCalculatedAt: string | null;
    }

    /** A started roll-up recalculation. */
    interface PortfolioRecalculation {
        jobId: string;
    }
}
