import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import {
    completenessPercent,
    completenessText,
    freshnessView,
    missingItems,
    type FixTarget
} from 'c/planHealth';
import { tierLabel, tierReason } from 'c/tierGuidance';
import periodLabel from '@salesforce/label/c.Keystone_Plan_Period';
import ownerLabel from '@salesforce/label/c.Keystone_Plan_Owner';
import statusLabel from '@salesforce/label/c.Keystone_Plan_Status';
import tierHeading from '@salesforce/label/c.Keystone_Plan_Tier';
import freshnessHeading from '@salesforce/label/c.Keystone_Plan_Freshness';
import nextReviewDueLabel from '@salesforce/label/c.Keystone_Plan_Next_Review_Due';
import completenessHeading from '@salesforce/label/c.Keystone_Plan_Completeness';
import missingHeading from '@salesforce/label/c.Keystone_Plan_Completeness_Missing';
import allDoneLabel from '@salesforce/label/c.Keystone_Plan_Completeness_All_Done';
import fixLabel from '@salesforce/label/c.Keystone_Plan_Check_Fix';
import renewalHeading from '@salesforce/label/c.Keystone_Plan_Renewal';
import renewalRiskLabel from '@salesforce/label/c.Keystone_Plan_Renewal_Risk';
import wonLabel from '@salesforce/label/c.Keystone_Plan_Kpi_Won';
import pipelineLabel from '@salesforce/label/c.Keystone_Plan_Kpi_Pipeline';
import scopeLabel from '@salesforce/label/c.Keystone_Plan_Kpi_Scope';
import notSetLabel from '@salesforce/label/c.Keystone_Plan_Not_Set';

/** Detail of the `fixitem` event: where the missing item is fixed. */
export interface FixItemDetail {
    itemId: string;
    fix: FixTarget;
}

function labelOf(
    options: readonly Apex.PicklistOption[] | undefined,
    value: string | null | undefined
): string {
    return value ? (options?.find((option) => option.value === value)?.label ?? value) : '';
}

/**
 * The plan at a glance: name, status, period and owner; tier with its reason; freshness with the next review
 * date; completeness with each missing item linking to where it is fixed (`fixitem` event); renewal date and
 * risk; won revenue and open pipeline of the account and its business units. Shows the saved plan: every value
 * here comes from the server (formula fields included), never from unsaved edits.
 */
export default class PlanHeader extends LightningElement {
    /** The saved plan. */
    @api plan: Apex.PlanDto | undefined;
    @api kpis: Apex.AccountKpis | undefined;
    @api settings: Apex.WorkspaceSettings | undefined;
    @api picklists: Apex.WorkspacePicklists | undefined;
    /** Leaves out the revenue and pipeline figures (an App Builder setting). */
    @api hideKpis = false;

    labels = {
        period: periodLabel,
        owner: ownerLabel,
        status: statusLabel,
        tier: tierHeading,
        freshness: freshnessHeading,
        nextReviewDue: nextReviewDueLabel,
        completeness: completenessHeading,
        missing: missingHeading,
        allDone: allDoneLabel,
        renewal: renewalHeading,
        renewalRisk: renewalRiskLabel,
        won: wonLabel,
        pipeline: pipelineLabel,
        notSet: notSetLabel
    };

    get hasPlan(): boolean {
        return Boolean(this.plan);
    }

    get statusText(): string {
        return labelOf(this.picklists?.planStatus, this.plan?.status);
    }

    get tierText(): string {
        return tierLabel(this.plan?.tier);
    }

    get tierReasonText(): string {
        return tierReason(this.plan, this.settings);
    }

    get freshness(): ReturnType<typeof freshnessView> {
        return freshnessView(this.plan?.freshness);
    }

    get completenessValue(): number {
        return this.plan ? (completenessPercent(this.plan) ?? 0) : 0;
    }

    get completenessDisplay(): string {
        return this.plan ? completenessText(this.plan) : '';
    }

    get missing(): { id: string; label: string; actionLabel: string }[] {
        return this.plan
            ? missingItems(this.plan).map((item) => ({
                  id: item.id,
                  label: item.label,
                  actionLabel: formatLabel(fixLabel, item.label)
              }))
            : [];
    }

    get hasMissing(): boolean {
        return this.missing.length > 0;
    }

    get hasRenewalDate(): boolean {
        return Boolean(this.plan?.renewalDate);
    }

    get renewalRiskText(): string {
        return labelOf(this.picklists?.renewalRisk, this.plan?.renewalRisk) || notSetLabel;
    }

    get renewalRiskClass(): string {
        const risk = this.plan?.renewalRisk;
        const theme = risk === 'High' ? ' slds-theme_error' : risk === 'Medium' ? ' slds-theme_warning' : '';
        return `slds-badge renewal-risk${theme}`;
    }

    get hasNextReviewDue(): boolean {
        return Boolean(this.plan?.nextReviewDue);
    }

    get showKpis(): boolean {
        return !this.hideKpis && Boolean(this.kpis);
    }

    get kpiScope(): string {
        return formatLabel(scopeLabel, this.kpis?.accountCount ?? 0, this.kpis?.openOpportunityCount ?? 0);
    }

    handleFix(event: Event): void {
        const itemId = (event.currentTarget as HTMLElement).dataset.item ?? '';
        const item = this.plan
            ? missingItems(this.plan).find((candidate) => candidate.id === itemId)
            : undefined;
        if (item) {
            this.dispatchEvent(
                new CustomEvent<FixItemDetail>('fixitem', { detail: { itemId, fix: item.fix } })
            );
        }
    }
}
