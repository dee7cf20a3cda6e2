import { LightningElement, api } from 'lwc';
import { focusField, focusFirstError as focusFirstMessage, syncFieldErrors } from 'c/fieldErrorSync';
import {
    coerceValue,
    fieldKey,
    PLAN_FIELD_KINDS,
    PLAN_KEY,
    type FieldChangeDetail,
    type FieldMessageMap,
    type PlanField
} from 'c/planDraft';

/**
 * What every editable section of the plan shares: the draft values, the messages to show at the fields,
 * read-only mode, a `fieldchange` event per change (values converted for the draft), and focusing a field
 * when a checklist item or a failed save points at it. Inputs carry `data-field` with the PlanChanges
 * property they edit and `data-message={messages.<field>}`. A base class without a template: each section
 * brings its own.
 */
export default class PlanSection extends LightningElement {
    /** The plan's values as the user is editing them. */
    @api plan: Apex.PlanChanges | undefined;
    /** Messages by field (keys from `fieldKey`), shown at the inputs. */
    @api errors: FieldMessageMap | undefined;
    @api readOnly = false;

    /** Focuses the input of `field`, or the section's first input. */
    @api
    focusField(field?: string): void {
        const inputs = this.inputs();
        if (!field || !focusField(inputs, PLAN_KEY, field)) {
            (inputs[0] as HTMLElement | undefined)?.focus();
        }
    }

    /** Focuses the first input that shows a message; false when none does. */
    @api
    focusFirstError(): boolean {
        return focusFirstMessage(this.inputs());
    }

    get values(): Partial<Apex.PlanChanges> {
        return this.plan ?? {};
    }

    /** The message of each plan field, for the inputs' `data-message`. */
    get messages(): Record<string, string> {
        const prefix = fieldKey(PLAN_KEY, '');
        const messages: Record<string, string> = {};
        for (const [key, message] of Object.entries(this.errors ?? {})) {
            if (key.startsWith(prefix)) {
                messages[key.slice(prefix.length)] = message;
            }
        }
        return messages;
    }

    override renderedCallback(): void {
        syncFieldErrors(this.inputs());
    }

    /** The section's inputs, in document order. */
    protected inputs(): Element[] {
        return Array.from(this.template?.querySelectorAll('[data-field]') ?? []);
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown }>): void {
        const field = (event.target as HTMLElement).dataset.field as PlanField | undefined;
        const kind = field ? PLAN_FIELD_KINDS[field] : undefined;
        if (!field || !kind) {
            return;
        }
        const detail: FieldChangeDetail = {
            recordKey: PLAN_KEY,
            field,
            value: coerceValue(kind, event.detail.value)
        };
        this.dispatchEvent(new CustomEvent<FieldChangeDetail>('fieldchange', { detail }));
    }
}
