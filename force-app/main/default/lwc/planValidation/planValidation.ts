/**
 * Instant, field-level checks of an account plan draft, so that the user sees a problem while typing rather
 * than after a round trip. The server stays authoritative: the same checks run there (PlanSaveValidator in
 * Apex, then the validation rules), with the same custom labels and placeholders, and a test holds each check
 * against the deployed validation rule it mirrors.
 * Pure module: no DOM.
 */
import { formatLabel } from 'c/labelFormat';
import {
    fieldKey,
    OBJECTIVE_FIELDS,
    PLAN_FIELDS,
    PLAN_KEY,
    type FieldMessageMap,
    type ObjectiveField,
    type PlanField
} from 'c/planDraft';
import fieldRequired from '@salesforce/label/c.Keystone_Error_Field_Required';
import textTooLong from '@salesforce/label/c.Keystone_Error_Text_Too_Long';
import dateInvalid from '@salesforce/label/c.Keystone_Error_Invalid_Date';
import periodEndBeforeStart from '@salesforce/label/c.Keystone_Error_Period_End_Before_Start';
import scoreRange from '@salesforce/label/c.Keystone_Error_Score_Range';
import renewalRiskReasonRequired from '@salesforce/label/c.Keystone_Error_Renewal_Risk_Reason_Required';
import reviewCadenceRange from '@salesforce/label/c.Keystone_Error_Review_Cadence_Range';
import dueDateBeforePlanStart from '@salesforce/label/c.Keystone_Error_Objective_Due_Before_Plan_Start';

/** Text limits of the fields behind the DTO properties (Name fields are Text(80)). */
export const TEXT_LIMITS = {
    planName: 80,
    primaryCompetitor: 120,
    competitiveNotes: 32768,
    renewalRiskReason: 255,
    objectiveName: 80,
    measure: 255,
    target: 120
} as const;

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const CADENCE_MIN_DAYS = 7;
export const CADENCE_MAX_DAYS = 365;

/** Renewal_Risk__c values that need a reason. */
export const RISKS_NEEDING_REASON: readonly string[] = ['Medium', 'High'];

const isBlank = (value: unknown): boolean =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
        return false;
    }
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === value;
}

function tooLong(value: string | null, limit: number): string | null {
    return value !== null && value.trim().length > limit ? formatLabel(textTooLong, limit) : null;
}

function wholeNumberIn(value: number | null, min: number, max: number): boolean {
    return value === null || (Number.isInteger(value) && value >= min && value <= max);
}

function dateProblem(value: string | null, requiredMessage: string | null): string | null {
    if (isBlank(value)) {
        return requiredMessage;
    }
    return isIsoDate(value ?? '') ? null : dateInvalid;
}

/** Both dates valid and `later` before `earlier`. */
function before(later: string | null, earlier: string | null): boolean {
    return later !== null && earlier !== null && isIsoDate(later) && isIsoDate(earlier) && later < earlier;
}

/** The message for one plan field, or null when the value is acceptable. */
export function validatePlanField(field: PlanField, plan: Apex.PlanChanges): string | null {
    switch (field) {
        case 'name':
            return isBlank(plan.name) ? fieldRequired : tooLong(plan.name, TEXT_LIMITS.planName);
        case 'periodStart':
            return dateProblem(plan.periodStart, fieldRequired);
        case 'periodEnd':
            return (
                dateProblem(plan.periodEnd, fieldRequired) ??
                (before(plan.periodEnd, plan.periodStart) ? periodEndBeforeStart : null)
            );
        case 'scoreCurrentRevenue':
        case 'scoreGrowthPotential':
        case 'scoreStrategicFit':
        case 'scoreCompetitivePosition':
        case 'scoreRelationshipDepth':
            return wholeNumberIn(plan[field], SCORE_MIN, SCORE_MAX) ? null : scoreRange;
        case 'primaryCompetitor':
            return tooLong(plan.primaryCompetitor, TEXT_LIMITS.primaryCompetitor);
        case 'competitiveNotes':
            return tooLong(plan.competitiveNotes, TEXT_LIMITS.competitiveNotes);
        case 'renewalDate':
            return dateProblem(plan.renewalDate, null);
        case 'renewalRiskReason':
            if (RISKS_NEEDING_REASON.includes(plan.renewalRisk ?? '') && isBlank(plan.renewalRiskReason)) {
                return renewalRiskReasonRequired;
            }
            return tooLong(plan.renewalRiskReason, TEXT_LIMITS.renewalRiskReason);
        case 'reviewCadenceDays':
            return wholeNumberIn(plan.reviewCadenceDays, CADENCE_MIN_DAYS, CADENCE_MAX_DAYS)
                ? null
                : formatLabel(reviewCadenceRange, CADENCE_MIN_DAYS, CADENCE_MAX_DAYS);
        default:
            return null;
    }
}

/** The message for one objective field, or null. The plan gives the period the due date must fall in. */
export function validateObjectiveField(
    field: ObjectiveField,
    objective: Apex.ObjectiveDto,
    plan: Apex.PlanChanges
): string | null {
    switch (field) {
        case 'name':
            return isBlank(objective.name)
                ? fieldRequired
                : tooLong(objective.name, TEXT_LIMITS.objectiveName);
        case 'measure':
            return tooLong(objective.measure, TEXT_LIMITS.measure);
        case 'target':
            return tooLong(objective.target, TEXT_LIMITS.target);
        case 'dueDate':
            return (
                dateProblem(objective.dueDate, null) ??
                (before(objective.dueDate, plan.periodStart) ? dueDateBeforePlanStart : null)
            );
        default:
            return null;
    }
}

/** Every problem of the draft's plan and objectives, keyed with `fieldKey`. Empty when it can be saved. */
export function validateDraft(
    plan: Apex.PlanChanges,
    objectives: readonly Apex.ObjectiveDto[]
): FieldMessageMap {
    const messages: Record<string, string> = {};
    for (const field of PLAN_FIELDS) {
        const message = validatePlanField(field, plan);
        if (message) {
            messages[fieldKey(PLAN_KEY, field)] = message;
        }
    }
    for (const objective of objectives) {
        for (const field of OBJECTIVE_FIELDS) {
            const message = validateObjectiveField(field, objective, plan);
            if (message) {
                messages[fieldKey(objective.key, field)] = message;
            }
        }
    }
    return messages;
}

/**
 * The fields whose check also reads this one, keyed with `fieldKey`: when the user changes the period start,
 * the period end and every due date are checked again; when they change the risk, the reason is.
 */
export function dependentKeys(
    recordKey: string,
    field: string,
    objectives: readonly Pick<Apex.ObjectiveDto, 'key'>[]
): string[] {
    if (recordKey !== PLAN_KEY) {
        return [];
    }
    switch (field) {
        case 'periodStart':
            return [
                fieldKey(PLAN_KEY, 'periodEnd'),
                ...objectives.map((objective) => fieldKey(objective.key, 'dueDate'))
            ];
        case 'renewalRisk':
            return [fieldKey(PLAN_KEY, 'renewalRiskReason')];
        default:
            return [];
    }
}
