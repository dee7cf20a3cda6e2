import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import { checklist, freshnessView, type FixTarget } from 'c/planHealth';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Review';
import lastReviewedLabel from '@salesforce/label/c.Keystone_Plan_Last_Reviewed';
import lastReviewedByLabel from '@salesforce/label/c.Keystone_Plan_Last_Reviewed_By';
import neverReviewedLabel from '@salesforce/label/c.Keystone_Plan_Never_Reviewed';
import nextReviewDueLabel from '@salesforce/label/c.Keystone_Plan_Next_Review_Due';
import freshnessLabel from '@salesforce/label/c.Keystone_Plan_Freshness';
import markReviewedLabel from '@salesforce/label/c.Keystone_Plan_Action_Mark_Reviewed';
import checklistLabel from '@salesforce/label/c.Keystone_Plan_Checklist';
import doneLabel from '@salesforce/label/c.Keystone_Plan_Check_Done';
import missingLabel from '@salesforce/label/c.Keystone_Plan_Check_Missing';
import fixLabel from '@salesforce/label/c.Keystone_Plan_Check_Fix';

interface ChecklistRow {
    id: string;
    label: string;
    done: boolean;
    icon: string;
    stateLabel: string;
    fixLabel: string;
    fix: FixTarget;
}

/**
 * The review: when the plan was last reviewed and by whom, when the next review is due and how fresh the plan
 * is (Freshness__c), "Mark reviewed" (`markreviewed` event), and the completeness checklist with each missing
 * item linking to where it is fixed (`fixitem` event). Shows the saved plan.
 */
export default class PlanReview extends LightningElement {
    /** The saved plan. */
    @api plan: Apex.PlanDto | undefined;
    /** Whether the user may record a review (edit access and a plan that is not archived). */
    @api canReview = false;
    /** Disables the button while a call is running. */
    @api busy = false;

    labels = {
        section: sectionLabel,
        lastReviewed: lastReviewedLabel,
        neverReviewed: neverReviewedLabel,
        nextReviewDue: nextReviewDueLabel,
        freshness: freshnessLabel,
        markReviewed: markReviewedLabel,
        checklist: checklistLabel
    };

    get hasPlan(): boolean {
        return Boolean(this.plan);
    }

    get reviewed(): boolean {
        return Boolean(this.plan?.lastReviewedDate);
    }

    get reviewedBy(): string {
        return this.plan?.lastReviewedByName
            ? formatLabel(lastReviewedByLabel, this.plan.lastReviewedByName)
            : '';
    }

    get hasNextReviewDue(): boolean {
        return Boolean(this.plan?.nextReviewDue);
    }

    get freshness(): ReturnType<typeof freshnessView> {
        return freshnessView(this.plan?.freshness);
    }

    get items(): ChecklistRow[] {
        return this.plan
            ? checklist(this.plan).map((item) => ({
                  id: item.id,
                  label: item.label,
                  done: item.done,
                  icon: item.done ? 'utility:success' : 'utility:routing_offline',
                  stateLabel: item.done ? doneLabel : missingLabel,
                  fixLabel: formatLabel(fixLabel, item.label),
                  fix: item.fix
              }))
            : [];
    }

    get markReviewedDisabled(): boolean {
        return this.busy;
    }

    handleMarkReviewed(): void {
        this.dispatchEvent(new CustomEvent('markreviewed'));
    }

    handleFix(event: Event): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.item ?? '';
        const item = this.items.find((candidate) => candidate.id === itemId);
        if (item) {
            this.dispatchEvent(new CustomEvent('fixitem', { detail: { itemId, fix: item.fix } }));
        }
    }
}
