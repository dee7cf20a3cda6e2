import { LightningElement, api } from 'lwc';
import { focusFirstError, syncFieldErrors } from 'c/fieldErrorSync';
import { ANNOTATION_STATUS_VALUES } from 'c/whitespaceModel';
import {
    coerceAmount,
    coerceText,
    TEXT_LIMITS,
    type CellDraft,
    type CellField,
    type FieldMessages
} from 'c/whitespaceValidation';
import statusLabel from '@salesforce/label/c.Whitespace_Field_Status';
import competitorLabel from '@salesforce/label/c.Whitespace_Field_Competitor';
import potentialLabel from '@salesforce/label/c.Whitespace_Field_Potential';
import noteLabel from '@salesforce/label/c.Whitespace_Field_Note';
import chooseLabel from '@salesforce/label/c.Whitespace_Field_Choose';
import saveLabel from '@salesforce/label/c.Whitespace_Save';
import cancelLabel from '@salesforce/label/c.Whitespace_Cancel';
import competitorRequired from '@salesforce/label/c.Whitespace_Error_Competitor_Required';
import conflictTitleLabel from '@salesforce/label/c.Whitespace_Conflict_Title';
import conflictSavedNowLabel from '@salesforce/label/c.Whitespace_Conflict_Saved_Now';
import conflictDeletedLabel from '@salesforce/label/c.Whitespace_Conflict_Deleted';
import keepMineLabel from '@salesforce/label/c.Whitespace_Conflict_Keep_Mine';
import takeTheirsLabel from '@salesforce/label/c.Whitespace_Conflict_Take_Theirs';

/** Detail of `fieldchange`. */
export interface CellFieldChange {
    field: CellField;
    value: string | number | null;
}

/** What is saved now, after a save was refused as a conflict (formatted). */
export interface CellConflictView {
    /** The annotation no longer exists. */
    deleted: boolean;
    /** The server named what is saved now (status, competitor, potential, note below). */
    known: boolean;
    message: string;
    status: string;
    competitor: string;
    potential: string;
    note: string;
}

/** Messages of a refused save that no field shows. */
export interface EditorNotice {
    title: string;
    messages: string[];
}

/**
 * Edits the annotation of one whitespace cell: status, competitor (required when Competitor Held), potential
 * value, note. Controlled by the grid: it shows the draft and the messages it is given and reports each change,
 * so the grid keeps the user's entries whatever happens to a save. After a conflict it shows what is saved
 * now next to the entries, with the two ways out: save the entries over it, or take the saved version.
 */
export default class WhitespaceAnnotationEditor extends LightningElement {
    @api draft: CellDraft | undefined;
    /** Messages by field (instant checks of touched fields, then the server's). */
    @api errors: FieldMessages | undefined;
    /** Whitespace_Cell__c.Status__c values with their labels. */
    @api statusOptions: { value: string; label: string }[] | undefined;
    @api heading = '';
    @api busy = false;
    @api conflict: CellConflictView | null = null;
    @api notice: EditorNotice | null = null;

    labels = {
        status: statusLabel,
        competitor: competitorLabel,
        potential: potentialLabel,
        note: noteLabel,
        choose: chooseLabel,
        save: saveLabel,
        cancel: cancelLabel,
        competitorRequired,
        conflictTitle: conflictTitleLabel,
        conflictSavedNow: conflictSavedNowLabel,
        conflictDeleted: conflictDeletedLabel,
        keepMine: keepMineLabel,
        takeTheirs: takeTheirsLabel
    };

    limits = { competitor: TEXT_LIMITS.competitor, note: TEXT_LIMITS.note };

    /** Focuses the first input with a message; false when none has one. */
    @api
    focusFirstError(): boolean {
        return focusFirstError(this.inputs());
    }

    /** Focuses an input (the status when none is named). */
    @api
    focusField(field: CellField = 'status'): void {
        this.template?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
    }

    get values(): CellDraft {
        return this.draft ?? { status: null, competitor: null, potentialValue: null, note: null };
    }

    get statusValue(): string {
        return this.values.status ?? '';
    }

    get messages(): FieldMessages {
        return this.errors ?? {};
    }

    get canTakeTheirs(): boolean {
        return this.conflict?.known === true;
    }

    get competitorRequired(): boolean {
        return this.values.status === ANNOTATION_STATUS_VALUES.competitor;
    }

    override renderedCallback(): void {
        syncFieldErrors(this.inputs());
    }

    private inputs(): Element[] {
        return Array.from(this.template?.querySelectorAll('[data-field]') ?? []);
    }

    handleChange(event: CustomEvent<{ value?: unknown }>): void {
        const field = (event.target as HTMLElement).dataset.field as CellField | undefined;
        if (!field) {
            return;
        }
        const raw = event.detail.value;
        let value: string | number | null;
        if (field === 'potentialValue') {
            value = coerceAmount(raw);
        } else {
            value = coerceText(raw);
        }
        this.dispatchEvent(new CustomEvent<CellFieldChange>('fieldchange', { detail: { field, value } }));
    }

    handleSave(): void {
        this.dispatchEvent(new CustomEvent('save'));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleKeepMine(): void {
        this.dispatchEvent(new CustomEvent('keepmine'));
    }

    handleTakeTheirs(): void {
        this.dispatchEvent(new CustomEvent('taketheirs'));
    }
}
