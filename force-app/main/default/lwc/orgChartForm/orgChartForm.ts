import { LightningElement, api } from 'lwc';
import { focusFirstError as focusFirstMessage, syncFieldErrors } from 'c/fieldErrorSync';
import { coerceValue, type FieldKind } from 'c/planDraft';
import type { FieldMessages } from 'c/orgChartDraft';

/** `fieldchange` detail: one request property and its new value (converted for the draft). */
export interface FormFieldChange {
    field: string;
    value: string | number | boolean | null;
}

/**
 * What the relationship map's forms share (person, promotion, line): the messages at the fields, a
 * `fieldchange` event per change, `save` and `cancel`, focusing the first field with a message. Inputs carry
 * `data-field` (the request property) and `data-message={messages.<field>}`. A base class without a
 * template: each form brings its own and says how its fields convert (`fieldKinds`).
 */
export default class OrgChartForm extends LightningElement {
    /** Messages by request property, shown at the inputs. */
    @api messages: FieldMessages | undefined;
    /** A save is running: the buttons wait. */
    @api saving = false;

    /** Focuses the first input that shows a message; false when none does. */
    @api
    focusFirstError(): boolean {
        return focusFirstMessage(this.inputs());
    }

    /** Focuses the form's first input. */
    @api
    focusFirstField(): void {
        (this.inputs()[0] as HTMLElement | undefined)?.focus();
    }

    /** How each field's input value becomes a request value; checkboxes give booleans. */
    protected fieldKinds(): Readonly<Record<string, FieldKind | 'checkbox'>> {
        return {};
    }

    get shown(): FieldMessages {
        return this.messages ?? {};
    }

    override renderedCallback(): void {
        syncFieldErrors(this.inputs());
    }

    protected inputs(): Element[] {
        return Array.from(this.template?.querySelectorAll('[data-field]') ?? []);
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        const field = (event.target as HTMLElement).dataset.field;
        const kind = field ? this.fieldKinds()[field] : undefined;
        if (!field || !kind) {
            return;
        }
        const value =
            kind === 'checkbox' ? event.detail.checked === true : coerceValue(kind, event.detail.value);
        this.dispatchEvent(new CustomEvent<FormFieldChange>('fieldchange', { detail: { field, value } }));
    }

    handleSave(event?: Event): void {
        event?.preventDefault();
        this.dispatchEvent(new CustomEvent('save'));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
