import { api } from 'lwc';
import PlanSection from 'c/planSection';
import { formatLabel } from 'c/labelFormat';
import { CADENCE_MAX_DAYS, CADENCE_MIN_DAYS, TEXT_LIMITS } from 'c/planValidation';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Details';
import nameLabel from '@salesforce/label/c.Keystone_Plan_Name';
import periodStartLabel from '@salesforce/label/c.Keystone_Plan_Period_Start';
import periodEndLabel from '@salesforce/label/c.Keystone_Plan_Period_End';
import cadenceLabel from '@salesforce/label/c.Keystone_Plan_Review_Cadence';
import cadenceHelpLabel from '@salesforce/label/c.Keystone_Plan_Review_Cadence_Help';
import statusLabel from '@salesforce/label/c.Keystone_Plan_Status';
import statusHelpLabel from '@salesforce/label/c.Keystone_Plan_Status_Help';
import fieldRequired from '@salesforce/label/c.Keystone_Error_Field_Required';

/** Archiving has its own action, so the status field offers it only to show an archived plan's status. */
const ARCHIVED = 'Archived';

/** The plan's name, status, period and review cadence, edited inline. */
export default class PlanDetails extends PlanSection {
    @api settings: Apex.WorkspaceSettings | undefined;
    @api picklists: Apex.WorkspacePicklists | undefined;

    labels = {
        section: sectionLabel,
        name: nameLabel,
        periodStart: periodStartLabel,
        periodEnd: periodEndLabel,
        cadence: cadenceLabel,
        status: statusLabel,
        statusHelp: statusHelpLabel,
        required: fieldRequired
    };

    limits = { name: TEXT_LIMITS.planName, cadenceMin: CADENCE_MIN_DAYS, cadenceMax: CADENCE_MAX_DAYS };

    get statusValue(): string {
        return this.values.status ?? '';
    }

    get statusOptions(): Apex.PicklistOption[] {
        const current = this.statusValue;
        return (this.picklists?.planStatus ?? []).filter(
            (option) => option.value !== ARCHIVED || option.value === current
        );
    }

    get cadenceHelp(): string {
        return formatLabel(cadenceHelpLabel, this.settings?.defaultReviewCadenceDays ?? '');
    }
}
