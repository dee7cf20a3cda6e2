import { LightningElement, api } from 'lwc';
import { focusFirstError, syncFieldErrors } from 'c/fieldErrorSync';
import {
    coerceAmount,
    coerceText,
    TEXT_LIMITS,
    type FieldMessages,
    type PlayDraft,
    type PlayField
} from 'c/whitespaceValidation';
import type { EditorNotice } from 'c/whitespaceAnnotationEditor';
import nameLabel from '@salesforce/label/c.Whitespace_Play_Name';
import typeLabel from '@salesforce/label/c.Whitespace_Play_Type';
import valueLabel from '@salesforce/label/c.Whitespace_Play_Value';
import dueLabel from '@salesforce/label/c.Whitespace_Play_Due';
import opportunityLabel from '@salesforce/label/c.Whitespace_Play_Opportunity';
import noOpportunityLabel from '@salesforce/label/c.Whitespace_Play_No_Opportunity';
import createLabel from '@salesforce/label/c.Whitespace_Play_Create';
import cancelLabel from '@salesforce/label/c.Whitespace_Cancel';

/** Detail of `fieldchange`. */
export interface PlayFieldChange {
    field: PlayField;
    value: string | number | null;
}

/**
 * Starts a play from a whitespace cell: name, type (Cross-sell or Expansion), estimated value, due date and,
 * optionally, the open opportunity it works — prefilled by the grid for the cell. Controlled like the
 * annotation editor: the grid keeps the draft, so a refused create loses nothing.
 */
export default class WhitespacePlayForm extends LightningElement {
    @api draft: PlayDraft | undefined;
    @api errors: FieldMessages | undefined;
    /** Play types offered from a cell, with labels. */
    @api typeOptions: { value: string; label: string }[] | undefined;
    /** Open opportunities of the unit. */
    @api opportunityOptions: { value: string; label: string }[] | undefined;
    @api heading = '';
    @api busy = false;
    @api notice: EditorNotice | null = null;

    labels = {
        name: nameLabel,
        type: typeLabel,
        value: valueLabel,
        due: dueLabel,
        opportunity: opportunityLabel,
        create: createLabel,
        cancel: cancelLabel
    };

    limits = { name: TEXT_LIMITS.playName };

    /** Focuses the first input with a message; false when none has one. */
    @api
    focusFirstError(): boolean {
        return focusFirstError(this.inputs());
    }

    /** Focuses the name. */
    @api
    focusField(field: PlayField = 'name'): void {
        this.template?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
    }

    get values(): PlayDraft {
        return (
            this.draft ?? { name: null, type: null, estimatedValue: null, dueDate: null, opportunityId: null }
        );
    }

    get messages(): FieldMessages {
        return this.errors ?? {};
    }

    get allOpportunityOptions(): { value: string; label: string }[] {
        return [{ value: '', label: noOpportunityLabel }, ...(this.opportunityOptions ?? [])];
    }

    get opportunityValue(): string {
        return this.values.opportunityId ?? '';
    }

    get typeValue(): string {
        return this.values.type ?? '';
    }

    override renderedCallback(): void {
        syncFieldErrors(this.inputs());
    }

    private inputs(): Element[] {
        return Array.from(this.template?.querySelectorAll('[data-field]') ?? []);
    }

    handleChange(event: CustomEvent<{ value?: unknown }>): void {
        const field = (event.target as HTMLElement).dataset.field as PlayField | undefined;
        if (!field) {
            return;
        }
        const raw = event.detail.value;
        let value: string | number | null;
        if (field === 'estimatedValue') {
            value = coerceAmount(raw);
        } else {
            value = coerceText(raw);
        }
        this.dispatchEvent(new CustomEvent<PlayFieldChange>('fieldchange', { detail: { field, value } }));
    }

    handleSave(): void {
        this.dispatchEvent(new CustomEvent('save'));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
