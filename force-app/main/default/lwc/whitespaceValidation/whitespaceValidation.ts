/**
 * The drafts a KAM edits from a whitespace cell — the cell's annotation and a new play — and their instant,
 * field-level checks, so a problem shows while typing rather than after a round trip. The server stays
 * authoritative (WhitespaceController answers `invalid` with messages at the same fields, then the
 * validation rules run); a test holds each check against the deployed validation rule it mirrors.
 * Pure module: no DOM.
 */
import { formatLabel } from 'c/labelFormat';
import { ANNOTATION_STATUS_VALUES } from 'c/whitespaceModel';
import fieldRequired from '@salesforce/label/c.Keystone_Error_Field_Required';
import textTooLong from '@salesforce/label/c.Keystone_Error_Text_Too_Long';
import invalidOption from '@salesforce/label/c.Keystone_Error_Invalid_Option';
import invalidDate from '@salesforce/label/c.Keystone_Error_Invalid_Date';
import competitorRequired from '@salesforce/label/c.Whitespace_Error_Competitor_Required';
import valueNegative from '@salesforce/label/c.Whitespace_Error_Value_Negative';
import valueInvalid from '@salesforce/label/c.Whitespace_Error_Value_Invalid';
import dueDatePast from '@salesforce/label/c.Whitespace_Error_Due_Date_Past';

/** `FieldError.recordKey` of the server's messages about a cell and about a play. */
export const CELL_KEY = 'cell';
export const PLAY_KEY = 'play';

/** Text limits of the fields behind the DTO properties. */
export const TEXT_LIMITS = { competitor: 120, note: 255, playName: 80 } as const;

/** Currency(16, 2) holds 14 digits before the decimal point: amounts stay below this. */
export const AMOUNT_LIMIT = 1e14;

export interface CellDraft {
    status: string | null;
    competitor: string | null;
    potentialValue: number | null;
    note: string | null;
}
export type CellField = keyof CellDraft;
export const CELL_FIELDS: readonly CellField[] = ['status', 'competitor', 'potentialValue', 'note'];

export interface PlayDraft {
    name: string | null;
    type: string | null;
    estimatedValue: number | null;
    dueDate: string | null;
    opportunityId: string | null;
}
export type PlayField = keyof PlayDraft;
export const PLAY_FIELDS: readonly PlayField[] = [
    'name',
    'type',
    'estimatedValue',
    'dueDate',
    'opportunityId'
];

/** Messages by field. */
export type FieldMessages = Readonly<Record<string, string>>;

const isBlank = (value: unknown): boolean =>
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
function isIsoDate(value: string): boolean {
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

/** An amount: blank is fine; otherwise a finite number from 0 up to what the currency field holds. */
function amountProblem(value: number | null): string | null {
    if (value === null) {
        return null;
    }
    if (!Number.isFinite(value) || Math.abs(value) >= AMOUNT_LIMIT) {
        return valueInvalid;
    }
    return value < 0 ? valueNegative : null;
}

/** Turns what an input gives (text, number, blank) into a draft value: trimmed-empty text and '' are null. */
export function coerceText(value: unknown): string | null {
    if (typeof value !== 'string' && typeof value !== 'number') {
        return null;
    }
    const text = String(value);
    return text.trim() === '' ? null : text;
}

/** A number input's value as a number; blank is null, text that is no number is NaN (and fails the check). */
export function coerceAmount(value: unknown): number | null {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
        return null;
    }
    return typeof value === 'number' ? value : Number(value);
}

// ---- the cell's annotation ----

/** The draft of a cell: its annotation's values, or empty for a cell nobody annotated. */
export function cellDraftFrom(annotation: Apex.WhitespaceAnnotation | null | undefined): CellDraft {
    return {
        status: annotation?.status ?? null,
        competitor: annotation?.competitor ?? null,
        potentialValue: annotation?.potentialValue ?? null,
        note: annotation?.note ?? null
    };
}

/** Whether the draft differs from the annotation it started from. */
export function isCellDirty(
    draft: CellDraft,
    annotation: Apex.WhitespaceAnnotation | null | undefined
): boolean {
    const saved = cellDraftFrom(annotation);
    return CELL_FIELDS.some((field) => (draft[field] ?? null) !== (saved[field] ?? null));
}

/** The message for one field of a cell draft, or null. `statuses` are the Status__c values offered. */
export function validateCellField(
    field: CellField,
    draft: CellDraft,
    statuses: readonly string[] = Object.values(ANNOTATION_STATUS_VALUES)
): string | null {
    switch (field) {
        case 'status':
            if (isBlank(draft.status)) {
                return fieldRequired;
            }
            return statuses.includes(draft.status ?? '') ? null : invalidOption;
        case 'competitor':
            if (draft.status === ANNOTATION_STATUS_VALUES.competitor && isBlank(draft.competitor)) {
                return competitorRequired;
            }
            return tooLong(draft.competitor, TEXT_LIMITS.competitor);
        case 'potentialValue':
            return amountProblem(draft.potentialValue);
        case 'note':
            return tooLong(draft.note, TEXT_LIMITS.note);
        default:
            return null;
    }
}

/** Every problem of a cell draft by field; empty when it can be saved. */
export function validateCell(draft: CellDraft, statuses?: readonly string[]): FieldMessages {
    const messages: Record<string, string> = {};
    for (const field of CELL_FIELDS) {
        const message = validateCellField(field, draft, statuses);
        if (message) {
            messages[field] = message;
        }
    }
    return messages;
}

/** The fields whose check also reads `field` (changing the status re-checks the competitor). */
export function dependentCellFields(field: CellField): CellField[] {
    return field === 'status' ? ['competitor'] : [];
}

export interface CellTarget {
    planId: string;
    rowKey: string;
    columnKey: string;
    annotation: Apex.WhitespaceAnnotation | null;
}

/** The save request of a draft: trimmed text, the annotation and version it was edited from. */
export function cellRequest(draft: CellDraft, target: CellTarget): Apex.WhitespaceCellRequest {
    return {
        planId: target.planId,
        rowKey: target.rowKey,
        columnKey: target.columnKey,
        cellId: target.annotation?.id ?? null,
        expectedVersion: target.annotation ? target.annotation.version : null,
        status: draft.status,
        competitor:
            draft.status === ANNOTATION_STATUS_VALUES.competitor
                ? (coerceText(draft.competitor)?.trim() ?? null)
                : null,
        potentialValue: draft.potentialValue,
        note: coerceText(draft.note)?.trim() ?? null
    };
}

// ---- a play from a cell ----

export interface PlayDefaults {
    name: string;
    /** Expansion where the unit already buys the product, else Cross-sell. */
    type: string;
    estimatedValue: number | null;
    opportunityId: string | null;
}

/** Play__c.Type__c values offered from a cell. */
export const PLAY_TYPES = { crossSell: 'Cross-sell', expansion: 'Expansion' } as const;

/**
 * A new play's draft, prefilled for the cell: the name (cut to the field's length), Expansion when the unit
 * already buys the product and Cross-sell otherwise, the potential value as the estimate, the linked
 * opportunity.
 */
export function playDraftFor(defaults: PlayDefaults): PlayDraft {
    return {
        name: defaults.name.trim().slice(0, TEXT_LIMITS.playName),
        type: defaults.type,
        estimatedValue: defaults.estimatedValue,
        dueDate: null,
        opportunityId: defaults.opportunityId
    };
}

/**
 * The message for one field of a play draft, or null. `today` (YYYY-MM-DD) is the play's start date, set by
 * the server: the due date may not come before it (validation rule Due_Date_Before_Start).
 */
export function validatePlayField(
    field: PlayField,
    draft: PlayDraft,
    today: string,
    types: readonly string[] = Object.values(PLAY_TYPES)
): string | null {
    switch (field) {
        case 'name':
            return isBlank(draft.name) ? fieldRequired : tooLong(draft.name, TEXT_LIMITS.playName);
        case 'type':
            if (isBlank(draft.type)) {
                return fieldRequired;
            }
            return types.includes(draft.type ?? '') ? null : invalidOption;
        case 'estimatedValue':
            return amountProblem(draft.estimatedValue);
        case 'dueDate':
            if (isBlank(draft.dueDate)) {
                return null;
            }
            if (!isIsoDate(draft.dueDate ?? '')) {
                return invalidDate;
            }
            return (draft.dueDate ?? '') < today ? dueDatePast : null;
        default:
            return null;
    }
}

/** Every problem of a play draft by field; empty when it can be created. */
export function validatePlay(draft: PlayDraft, today: string, types?: readonly string[]): FieldMessages {
    const messages: Record<string, string> = {};
    for (const field of PLAY_FIELDS) {
        const message = validatePlayField(field, draft, today, types);
        if (message) {
            messages[field] = message;
        }
    }
    return messages;
}

/** The create request of a play draft. */
export function playRequest(
    draft: PlayDraft,
    target: { planId: string; rowKey: string; columnKey: string }
): Apex.WhitespacePlayRequest {
    return {
        planId: target.planId,
        rowKey: target.rowKey,
        columnKey: target.columnKey,
        name: coerceText(draft.name)?.trim() ?? null,
        type: draft.type,
        estimatedValue: draft.estimatedValue,
        dueDate: coerceText(draft.dueDate),
        opportunityId: coerceText(draft.opportunityId)
    };
}

// ---- the server's answer ----

/**
 * The server's messages for one record (`cell` or `play`) by field, and those no field of `fields` can show
 * (with the result's own message, once).
 */
export function splitServerErrors(
    result: { message?: string | null; fieldErrors?: readonly Apex.FieldError[] | null },
    recordKey: string,
    fields: readonly string[]
): { byField: FieldMessages; other: string[] } {
    const byField: Record<string, string> = {};
    const other: string[] = [];
    for (const error of result.fieldErrors ?? []) {
        if (error.recordKey === recordKey && fields.includes(error.field) && !byField[error.field]) {
            byField[error.field] = error.message;
        } else {
            other.push(error.message);
        }
    }
    const placed = new Set(Object.values(byField));
    if (result.message && !placed.has(result.message)) {
        other.unshift(result.message);
    }
    return { byField, other: [...new Set(other)] };
}
