/**
 * Instant, field-level checks of what the user edits on the relationship map, so that a problem shows while
 * typing. The server stays authoritative and checks the same things with the same custom labels (field
 * lengths of Stakeholder__c and Contact, strength 1–5, no engagement in the future, no reporting loop, a line
 * between two different people).
 * Pure module: no DOM.
 */
import { formatLabel } from 'c/labelFormat';
import { isIsoDate } from 'c/planValidation';
import { canReportTo, type Forest } from 'c/orgChartForest';
import type { FieldMessages, LineDraft, PromotionDraft, StakeholderDraft } from 'c/orgChartDraft';
import fieldRequired from '@salesforce/label/c.Keystone_Error_Field_Required';
import textTooLong from '@salesforce/label/c.Keystone_Error_Text_Too_Long';
import dateInvalid from '@salesforce/label/c.Keystone_Error_Invalid_Date';
import reportsToLoop from '@salesforce/label/c.Keystone_Error_Stakeholder_Reports_To_Loop';
import strengthRange from '@salesforce/label/c.OrgChart_Error_Strength_Range';
import engagedInFuture from '@salesforce/label/c.OrgChart_Error_Engaged_In_Future';
import invalidEmail from '@salesforce/label/c.OrgChart_Error_Invalid_Email';
import samePerson from '@salesforce/label/c.OrgChart_Error_Same_Person';

/** Text limits of the fields behind the request properties. */
export const TEXT_LIMITS = {
    placeholderName: 120,
    placeholderTitle: 120,
    contactTitle: 128,
    department: 80,
    notes: 32768,
    firstName: 40,
    lastName: 80,
    email: 80
} as const;

export const STRENGTH_MIN = 1;
export const STRENGTH_MAX = 5;

const isBlank = (value: unknown): boolean =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function tooLong(value: string | null | undefined, limit: number): string | null {
    return typeof value === 'string' && value.trim().length > limit ? formatLabel(textTooLong, limit) : null;
}

/** A loose e-mail shape check (the platform checks the rest): one @, something before, a dot after. */
export function isEmail(value: string): boolean {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

function collect(entries: [string, string | null][]): FieldMessages {
    const messages: Record<string, string> = {};
    for (const [field, message] of entries) {
        if (message) {
            messages[field] = message;
        }
    }
    return messages;
}

/**
 * Problems of a stakeholder draft by request property; empty when it can be saved. `today` is the user's
 * date (YYYY-MM-DD); `forest` holds the map's reporting lines (a new manager must not sit below the person).
 */
export function validateStakeholder(draft: StakeholderDraft, forest: Forest, today: string): FieldMessages {
    const r = draft.request;
    const strength = r.relationshipStrength;
    let engaged: string | null = null;
    if (!isBlank(r.lastEngagedDate)) {
        engaged = !isIsoDate(r.lastEngagedDate ?? '')
            ? dateInvalid
            : (r.lastEngagedDate ?? '') > today
              ? engagedInFuture
              : null;
    }
    const managerChanged = r.reportsToId !== draft.original.reportsToId;
    const loop =
        managerChanged &&
        r.reportsToId !== null &&
        r.id !== null &&
        (r.reportsToId === r.id || !canReportTo(forest, r.id, r.reportsToId));
    return collect([
        [
            'placeholderName',
            draft.isPlaceholder
                ? isBlank(r.placeholderName)
                    ? fieldRequired
                    : tooLong(r.placeholderName, TEXT_LIMITS.placeholderName)
                : null
        ],
        [
            'title',
            tooLong(r.title, draft.isPlaceholder ? TEXT_LIMITS.placeholderTitle : TEXT_LIMITS.contactTitle)
        ],
        ['department', tooLong(r.department, TEXT_LIMITS.department)],
        ['reportsToId', loop ? reportsToLoop : null],
        [
            'relationshipStrength',
            strength === null ||
            (Number.isInteger(strength) && strength >= STRENGTH_MIN && strength <= STRENGTH_MAX)
                ? null
                : strengthRange
        ],
        ['lastEngagedDate', engaged],
        ['notes', tooLong(r.notes, TEXT_LIMITS.notes)]
    ]);
}

/** Problems of a promotion draft by request property. */
export function validatePromotion(draft: PromotionDraft): FieldMessages {
    const r = draft.request;
    return collect([
        ['firstName', tooLong(r.firstName, TEXT_LIMITS.firstName)],
        ['lastName', isBlank(r.lastName) ? fieldRequired : tooLong(r.lastName, TEXT_LIMITS.lastName)],
        [
            'email',
            isBlank(r.email)
                ? null
                : (tooLong(r.email, TEXT_LIMITS.email) ?? (isEmail(r.email ?? '') ? null : invalidEmail))
        ],
        ['accountId', isBlank(r.accountId) ? fieldRequired : null],
        ['title', tooLong(r.title, TEXT_LIMITS.contactTitle)],
        ['department', tooLong(r.department, TEXT_LIMITS.department)]
    ]);
}

/** Problems of a line draft by request property. */
export function validateLine(draft: LineDraft): FieldMessages {
    const r = draft.request;
    return collect([
        ['toId', isBlank(r.toId) ? fieldRequired : r.toId === r.fromId ? samePerson : null],
        ['type', isBlank(r.type) ? fieldRequired : null],
        ['notes', tooLong(r.notes, TEXT_LIMITS.notes)]
    ]);
}

/**
 * The messages to show: the server's, then this browser's for the fields the user has touched (all of them
 * once a save was tried).
 */
export function shownMessages(
    serverErrors: FieldMessages,
    clientErrors: FieldMessages,
    touched: Readonly<Record<string, boolean>>,
    saveAttempted: boolean
): FieldMessages {
    const shown: Record<string, string> = { ...serverErrors };
    for (const [field, message] of Object.entries(clientErrors)) {
        if (saveAttempted || touched[field]) {
            shown[field] = message;
        }
    }
    return shown;
}
