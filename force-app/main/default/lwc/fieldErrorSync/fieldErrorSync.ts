/**
 * Shows messages at base input components (lightning-input, lightning-combobox, lightning-textarea) the way
 * they show their own: the input is marked invalid, the message appears under it and screen readers read it
 * with the field. The template gives each input its message in `data-message` (so that a new message
 * re-renders the form), its field in `data-field` and its record in `data-record-key` (the plan when
 * absent); `syncFieldErrors` then applies the messages after each render.
 */
import { fieldKey, PLAN_KEY } from 'c/planDraft';

/** What custom validity needs of a base input component. */
export interface ValidatableInput extends HTMLElement {
    setCustomValidity(message: string): void;
    reportValidity(): boolean;
    focus(): void;
}

/** The message each input shows now; an input not in the map shows none. */
const shownMessages = new WeakMap<Element, string>();

const messageOf = (input: HTMLElement): string => input.dataset.message ?? '';

function keyOf(input: HTMLElement): string | null {
    const field = input.dataset.field;
    return field ? fieldKey(input.dataset.recordKey ?? PLAN_KEY, field) : null;
}

/**
 * Gives every input the message of its `data-message` (or clears the one it showed). Inputs that never showed
 * a message and have none are left alone, so that an untouched required field does not report itself missing.
 */
export function syncFieldErrors(inputs: Iterable<Element>): void {
    for (const element of inputs) {
        const input = element as ValidatableInput;
        const message = messageOf(input);
        if ((shownMessages.get(input) ?? '') === message) {
            continue;
        }
        input.setCustomValidity(message);
        input.reportValidity();
        if (message) {
            shownMessages.set(input, message);
        } else {
            shownMessages.delete(input);
        }
    }
}

/** Focuses the input of one field; false when there is none. */
export function focusField(inputs: Iterable<Element>, recordKey: string, field: string): boolean {
    const wanted = fieldKey(recordKey, field);
    for (const element of inputs) {
        const input = element as ValidatableInput;
        if (keyOf(input) === wanted) {
            input.focus();
            return true;
        }
    }
    return false;
}

/** Focuses the first input (in document order) that has a message; false when none has. */
export function focusFirstError(inputs: Iterable<Element>): boolean {
    for (const element of inputs) {
        const input = element as ValidatableInput;
        if (messageOf(input)) {
            input.focus();
            return true;
        }
    }
    return false;
}
