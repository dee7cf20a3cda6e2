/**
 * What the tiering section says: the five criteria with their weights from the settings, guidance for each
 * score level (custom labels), and the tier with its reason. The tier and the tiering score are the values of
 * the Tier__c and Tiering_Score__c formulas as the server returned them: this module explains them, it never
 * computes them.
 * Pure module: no DOM.
 */
import { formatLabel } from 'c/labelFormat';
import LOCALE from '@salesforce/i18n/locale';
import notScoredLabel from '@salesforce/label/c.Keystone_Plan_Score_Not_Scored';
import scoreOptionLabel from '@salesforce/label/c.Keystone_Plan_Score_Option';
import weightLabel from '@salesforce/label/c.Keystone_Plan_Score_Weight';
import tier1Label from '@salesforce/label/c.Keystone_Plan_Tier_1';
import tier2Label from '@salesforce/label/c.Keystone_Plan_Tier_2';
import tier3Label from '@salesforce/label/c.Keystone_Plan_Tier_3';
import notTieredLabel from '@salesforce/label/c.Keystone_Plan_Tier_Not_Tiered';
import tierReasonLabel from '@salesforce/label/c.Keystone_Plan_Tier_Reason';
import tierReasonIncompleteLabel from '@salesforce/label/c.Keystone_Plan_Tier_Reason_Incomplete';
import currentRevenueLabel from '@salesforce/label/c.Keystone_Plan_Score_Current_Revenue';
import growthPotentialLabel from '@salesforce/label/c.Keystone_Plan_Score_Growth_Potential';
import strategicFitLabel from '@salesforce/label/c.Keystone_Plan_Score_Strategic_Fit';
import competitivePositionLabel from '@salesforce/label/c.Keystone_Plan_Score_Competitive_Position';
import relationshipDepthLabel from '@salesforce/label/c.Keystone_Plan_Score_Relationship_Depth';
import currentRevenue1 from '@salesforce/label/c.Keystone_Tier_Guidance_Current_Revenue_1';
import currentRevenue2 from '@salesforce/label/c.Keystone_Tier_Guidance_Current_Revenue_2';
import currentRevenue3 from '@salesforce/label/c.Keystone_Tier_Guidance_Current_Revenue_3';
import currentRevenue4 from '@salesforce/label/c.Keystone_Tier_Guidance_Current_Revenue_4';
import currentRevenue5 from '@salesforce/label/c.Keystone_Tier_Guidance_Current_Revenue_5';
import growthPotential1 from '@salesforce/label/c.Keystone_Tier_Guidance_Growth_Potential_1';
import growthPotential2 from '@salesforce/label/c.Keystone_Tier_Guidance_Growth_Potential_2';
import growthPotential3 from '@salesforce/label/c.Keystone_Tier_Guidance_Growth_Potential_3';
import growthPotential4 from '@salesforce/label/c.Keystone_Tier_Guidance_Growth_Potential_4';
import growthPotential5 from '@salesforce/label/c.Keystone_Tier_Guidance_Growth_Potential_5';
import strategicFit1 from '@salesforce/label/c.Keystone_Tier_Guidance_Strategic_Fit_1';
import strategicFit2 from '@salesforce/label/c.Keystone_Tier_Guidance_Strategic_Fit_2';
import strategicFit3 from '@salesforce/label/c.Keystone_Tier_Guidance_Strategic_Fit_3';
import strategicFit4 from '@salesforce/label/c.Keystone_Tier_Guidance_Strategic_Fit_4';
import strategicFit5 from '@salesforce/label/c.Keystone_Tier_Guidance_Strategic_Fit_5';
import competitivePosition1 from '@salesforce/label/c.Keystone_Tier_Guidance_Competitive_Position_1';
import competitivePosition2 from '@salesforce/label/c.Keystone_Tier_Guidance_Competitive_Position_2';
import competitivePosition3 from '@salesforce/label/c.Keystone_Tier_Guidance_Competitive_Position_3';
import competitivePosition4 from '@salesforce/label/c.Keystone_Tier_Guidance_Competitive_Position_4';
import competitivePosition5 from '@salesforce/label/c.Keystone_Tier_Guidance_Competitive_Position_5';
import relationshipDepth1 from '@salesforce/label/c.Keystone_Tier_Guidance_Relationship_Depth_1';
import relationshipDepth2 from '@salesforce/label/c.Keystone_Tier_Guidance_Relationship_Depth_2';
import relationshipDepth3 from '@salesforce/label/c.Keystone_Tier_Guidance_Relationship_Depth_3';
import relationshipDepth4 from '@salesforce/label/c.Keystone_Tier_Guidance_Relationship_Depth_4';
import relationshipDepth5 from '@salesforce/label/c.Keystone_Tier_Guidance_Relationship_Depth_5';

export type ScoreField =
    | 'scoreCurrentRevenue'
    | 'scoreGrowthPotential'
    | 'scoreStrategicFit'
    | 'scoreCompetitivePosition'
    | 'scoreRelationshipDepth';

type WeightField =
    | 'weightCurrentRevenue'
    | 'weightGrowthPotential'
    | 'weightStrategicFit'
    | 'weightCompetitivePosition'
    | 'weightRelationshipDepth';

export interface Criterion {
    field: ScoreField;
    label: string;
    weightField: WeightField;
    /** Guidance for scores 1 to 5 (index 0 is score 1). */
    guidance: readonly string[];
}

/** The five tiering criteria, in the order the plan shows them. */
export const CRITERIA: readonly Criterion[] = [
    {
        field: 'scoreCurrentRevenue',
        label: currentRevenueLabel,
        weightField: 'weightCurrentRevenue',
        guidance: [currentRevenue1, currentRevenue2, currentRevenue3, currentRevenue4, currentRevenue5]
    },
    {
        field: 'scoreGrowthPotential',
        label: growthPotentialLabel,
        weightField: 'weightGrowthPotential',
        guidance: [growthPotential1, growthPotential2, growthPotential3, growthPotential4, growthPotential5]
    },
    {
        field: 'scoreStrategicFit',
        label: strategicFitLabel,
        weightField: 'weightStrategicFit',
        guidance: [strategicFit1, strategicFit2, strategicFit3, strategicFit4, strategicFit5]
    },
    {
        field: 'scoreCompetitivePosition',
        label: competitivePositionLabel,
        weightField: 'weightCompetitivePosition',
        guidance: [
            competitivePosition1,
            competitivePosition2,
            competitivePosition3,
            competitivePosition4,
            competitivePosition5
        ]
    },
    {
        field: 'scoreRelationshipDepth',
        label: relationshipDepthLabel,
        weightField: 'weightRelationshipDepth',
        guidance: [
            relationshipDepth1,
            relationshipDepth2,
            relationshipDepth3,
            relationshipDepth4,
            relationshipDepth5
        ]
    }
];

export interface ScoreOption {
    value: string;
    label: string;
}

/** Combobox options of one criterion: "not scored", then each level with its guidance. */
export function scoreOptions(criterion: Criterion): ScoreOption[] {
    return [
        { value: '', label: notScoredLabel },
        ...criterion.guidance.map((guidance, index) => ({
            value: String(index + 1),
            label: formatLabel(scoreOptionLabel, index + 1, guidance)
        }))
    ];
}

/** Guidance for a score of this criterion; empty when the score is blank or outside 1–5. */
export function guidanceFor(criterion: Criterion, score: number | null | undefined): string {
    return typeof score === 'number' && Number.isInteger(score) ? (criterion.guidance[score - 1] ?? '') : '';
}

function decimal(value: number, digits: number): string {
    return new Intl.NumberFormat(LOCALE, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits
    }).format(value);
}

/** "Weight 30%", from the settings. */
export function weightText(
    settings: Apex.WorkspaceSettings | null | undefined,
    criterion: Criterion
): string {
    const weight = settings?.[criterion.weightField];
    return typeof weight === 'number'
        ? formatLabel(weightLabel, decimal(weight, Number.isInteger(weight) ? 0 : 2))
        : '';
}

const TIER_LABELS: Readonly<Record<string, string>> = {
    'Tier 1': tier1Label,
    'Tier 2': tier2Label,
    'Tier 3': tier3Label
};

/** The translated name of a Tier__c value ("Tier 1"…); "Not tiered" when blank. */
export function tierLabel(tier: string | null | undefined): string {
    if (!tier) {
        return notTieredLabel;
    }
    return TIER_LABELS[tier] ?? tier;
}

/** Why the plan has its tier: its tiering score against the thresholds in the settings. */
export function tierReason(
    plan: Pick<Apex.PlanDto, 'tier' | 'tieringScore'> | null | undefined,
    settings: Apex.WorkspaceSettings | null | undefined
): string {
    const score = plan?.tieringScore;
    if (typeof score !== 'number' || !plan?.tier) {
        return tierReasonIncompleteLabel;
    }
    return formatLabel(
        tierReasonLabel,
        decimal(score, 2),
        decimal(settings?.tier1Threshold ?? 0, 2),
        decimal(settings?.tier2Threshold ?? 0, 2)
    );
}
