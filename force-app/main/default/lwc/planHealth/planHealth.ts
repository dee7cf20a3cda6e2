/**
 * How plan health reads: freshness (the Freshness__c and Next_Review_Due__c formula values) as a labelled
 * badge, and completeness (the Completeness__c formula value) with its checklist, each missing item saying
 * where it is fixed. Freshness and the completeness percentage are never computed here: they are the saved
 * plan's formula values. The checklist shows which of the formula's seven items the saved plan has (a test
 * holds it against the deployed formula).
 * Pure module: no DOM.
 */
import LOCALE from '@salesforce/i18n/locale';
import freshLabel from '@salesforce/label/c.Keystone_Plan_Freshness_Fresh';
import dueLabel from '@salesforce/label/c.Keystone_Plan_Freshness_Due';
import staleLabel from '@salesforce/label/c.Keystone_Plan_Freshness_Stale';
import unknownLabel from '@salesforce/label/c.Keystone_Plan_Freshness_Unknown';
import checkObjectives from '@salesforce/label/c.Keystone_Plan_Check_Objectives';
import checkStakeholders from '@salesforce/label/c.Keystone_Plan_Check_Stakeholders';
import checkExecutive from '@salesforce/label/c.Keystone_Plan_Check_Executive';
import checkChampion from '@salesforce/label/c.Keystone_Plan_Check_Champion';
import checkRenewalDate from '@salesforce/label/c.Keystone_Plan_Check_Renewal_Date';
import checkScores from '@salesforce/label/c.Keystone_Plan_Check_Scores';
import checkCompetitive from '@salesforce/label/c.Keystone_Plan_Check_Competitive';

/** Freshness__c values. */
export type FreshnessKey = 'Fresh' | 'Due' | 'Stale';

export interface FreshnessView {
    key: FreshnessKey | null;
    label: string;
    /** SLDS badge theme. */
    badgeClass: string;
    icon: string;
}

const FRESHNESS: Readonly<Record<FreshnessKey, FreshnessView>> = {
    Fresh: {
        key: 'Fresh',
        label: freshLabel,
        badgeClass: 'slds-badge slds-theme_success',
        icon: 'utility:success'
    },
    Due: { key: 'Due', label: dueLabel, badgeClass: 'slds-badge slds-theme_warning', icon: 'utility:clock' },
    Stale: {
        key: 'Stale',
        label: staleLabel,
        badgeClass: 'slds-badge slds-theme_error',
        icon: 'utility:warning'
    }
};

/** The badge of a Freshness__c value; a neutral one when blank or unknown. */
export function freshnessView(freshness: string | null | undefined): FreshnessView {
    return (
        FRESHNESS[freshness as FreshnessKey] ?? {
            key: null,
            label: unknownLabel,
            badgeClass: 'slds-badge',
            icon: 'utility:question'
        }
    );
}

/** Where a missing item is fixed: a section of the plan (and the field to focus), or the plan's stakeholders. */
export type FixTarget =
    | { kind: 'section'; section: 'objectives' | 'tiering' | 'competitive' | 'renewal'; field?: string }
    | { kind: 'stakeholders' };

export interface ChecklistItem {
    id: string;
    label: string;
    done: boolean;
    fix: FixTarget;
}

const SCORE_FIELDS = [
    'scoreCurrentRevenue',
    'scoreGrowthPotential',
    'scoreStrategicFit',
    'scoreCompetitivePosition',
    'scoreRelationshipDepth'
] as const;

const present = (value: unknown): boolean => value !== null && value !== undefined && value !== '';
const positive = (value: unknown): boolean => typeof value === 'number' && value > 0;

/** The seven completeness items of the saved plan, in the order the checklist shows them. */
export function checklist(plan: Apex.PlanDto): ChecklistItem[] {
    return [
        {
            id: 'objectives',
            label: checkObjectives,
            done: positive(plan.objectiveCount),
            fix: { kind: 'section', section: 'objectives' }
        },
        {
            id: 'stakeholders',
            label: checkStakeholders,
            done: positive(plan.stakeholderCount),
            fix: { kind: 'stakeholders' }
        },
        {
            id: 'executive',
            label: checkExecutive,
            done: positive(plan.executiveCount),
            fix: { kind: 'stakeholders' }
        },
        {
            id: 'champion',
            label: checkChampion,
            done: positive(plan.championCount),
            fix: { kind: 'stakeholders' }
        },
        {
            id: 'renewalDate',
            label: checkRenewalDate,
            done: present(plan.renewalDate),
            fix: { kind: 'section', section: 'renewal', field: 'renewalDate' }
        },
        {
            id: 'scores',
            label: checkScores,
            done: SCORE_FIELDS.every((field) => present(plan[field])),
            fix: { kind: 'section', section: 'tiering' }
        },
        {
            id: 'competitive',
            label: checkCompetitive,
            done: present(plan.competitivePosition) || present(plan.primaryCompetitor),
            fix: { kind: 'section', section: 'competitive' }
        }
    ];
}

/** The checklist items the saved plan still misses. */
export function missingItems(plan: Apex.PlanDto): ChecklistItem[] {
    return checklist(plan).filter((item) => !item.done);
}

/** The Completeness__c value as a whole percentage for display; null when the server sent none. */
export function completenessPercent(plan: Apex.PlanDto): number | null {
    return typeof plan.completeness === 'number' ? Math.round(plan.completeness) : null;
}

/** The Completeness__c value as the user reads it ("86 %" in their locale); empty when there is none. */
export function completenessText(plan: Apex.PlanDto): string {
    const percent = completenessPercent(plan);
    return percent === null ? '' : new Intl.NumberFormat(LOCALE, { style: 'percent' }).format(percent / 100);
}
