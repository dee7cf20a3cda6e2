import { api } from 'lwc';
import PlanSection from 'c/planSection';
import { sameValue } from 'c/planDraft';
import { CRITERIA, guidanceFor, scoreOptions, tierLabel, tierReason, weightText } from 'c/tierGuidance';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Tiering';
import tierHeading from '@salesforce/label/c.Keystone_Plan_Tier';
import tierAfterSaveLabel from '@salesforce/label/c.Keystone_Plan_Tier_After_Save';

interface CriterionRow {
    field: string;
    label: string;
    weight: string;
    value: string;
    options: { value: string; label: string }[];
    guidance: string;
    message: string;
}

/**
 * The five tiering scores (1–5), each with guidance for every level and the weight it carries, and the tier
 * with its reason. The tier is the saved plan's Tier__c formula value: changed scores show a note that the
 * tier follows when the plan is saved.
 */
export default class PlanTiering extends PlanSection {
    /** The saved plan: its tier and tiering score come from the formulas. */
    @api savedPlan: Apex.PlanDto | undefined;
    @api settings: Apex.WorkspaceSettings | undefined;

    labels = { section: sectionLabel, tier: tierHeading, tierAfterSave: tierAfterSaveLabel };

    get rows(): CriterionRow[] {
        const messages = this.messages;
        return CRITERIA.map((criterion) => {
            const score = this.values[criterion.field] ?? null;
            return {
                field: criterion.field,
                label: criterion.label,
                weight: weightText(this.settings, criterion),
                value: typeof score === 'number' ? String(score) : '',
                options: scoreOptions(criterion),
                guidance: guidanceFor(criterion, score),
                message: messages[criterion.field] ?? ''
            };
        });
    }

    get tierText(): string {
        return tierLabel(this.savedPlan?.tier);
    }

    get tierReasonText(): string {
        return tierReason(this.savedPlan, this.settings);
    }

    /** Whether the scores on screen differ from the saved ones the tier was worked out from. */
    get scoresChanged(): boolean {
        const saved = this.savedPlan;
        return (
            Boolean(saved) &&
            CRITERIA.some((criterion) => !sameValue(this.values[criterion.field], saved?.[criterion.field]))
        );
    }
}
