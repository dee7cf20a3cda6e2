import { api } from 'lwc';
import PlanSection from 'c/planSection';
import { RISKS_NEEDING_REASON, TEXT_LIMITS } from 'c/planValidation';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Renewal';
import dateLabel from '@salesforce/label/c.Keystone_Plan_Renewal_Date';
import riskLabel from '@salesforce/label/c.Keystone_Plan_Renewal_Risk';
import reasonLabel from '@salesforce/label/c.Keystone_Plan_Renewal_Risk_Reason';
import noneLabel from '@salesforce/label/c.Keystone_Plan_None';
import reasonRequired from '@salesforce/label/c.Keystone_Error_Renewal_Risk_Reason_Required';

/** The next renewal: its date, the risk, and the reason (required when the risk is Medium or High). */
export default class PlanRenewal extends PlanSection {
    @api picklists: Apex.WorkspacePicklists | undefined;

    labels = {
        section: sectionLabel,
        date: dateLabel,
        risk: riskLabel,
        reason: reasonLabel,
        reasonRequired
    };

    limits = { reason: TEXT_LIMITS.renewalRiskReason };

    get riskOptions(): Apex.PicklistOption[] {
        return [{ value: '', label: noneLabel }, ...(this.picklists?.renewalRisk ?? [])];
    }

    get riskValue(): string {
        return this.values.renewalRisk ?? '';
    }

    /** The reason is marked required while the risk needs one. */
    get reasonIsRequired(): boolean {
        return RISKS_NEEDING_REASON.includes(this.values.renewalRisk ?? '');
    }
}
