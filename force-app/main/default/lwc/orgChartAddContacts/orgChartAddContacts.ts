import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import headingLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Title';
import introLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Intro';
import searchLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Search';
import addLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Action';
import chosenLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Chosen';
import noneLeftLabel from '@salesforce/label/c.OrgChart_Add_Contacts_None_Left';
import noMatchLabel from '@salesforce/label/c.OrgChart_Add_Contacts_No_Match';
import truncatedLabel from '@salesforce/label/c.OrgChart_Add_Contacts_Truncated';
import cancelLabel from '@salesforce/label/c.Keystone_Plan_Cancel';

interface CandidateRow {
    id: string;
    name: string;
    details: string;
    checked: boolean;
    error: string;
}

/**
 * Chooses Contacts of the account and its business units to put on the map (their managers come along as
 * reporting lines when mapped too). Fires `add` with the chosen contact ids, and `cancel`. Messages the
 * server gave per contact show at its row; the choice survives a refused save.
 */
export default class OrgChartAddContacts extends LightningElement {
    @api candidates: readonly Apex.CandidateContact[] | undefined;
    /** More contacts exist than the list holds. */
    @api truncated = false;
    /** How many the list holds at most. */
    @api limit: number | undefined;
    /** The server's messages, keyed by contact id (recordKey). */
    @api errors: readonly Apex.FieldError[] | undefined;
    @api saving = false;

    query = '';
    chosen: readonly string[] = [];

    labels = {
        heading: headingLabel,
        intro: introLabel,
        search: searchLabel,
        cancel: cancelLabel,
        noneLeft: noneLeftLabel,
        noMatch: noMatchLabel
    };

    get hasCandidates(): boolean {
        return (this.candidates?.length ?? 0) > 0;
    }

    get rows(): CandidateRow[] {
        const query = this.query.trim().toLowerCase();
        const chosen = new Set(this.chosen);
        const errors = new Map((this.errors ?? []).map((error) => [error.recordKey, error.message]));
        return (this.candidates ?? [])
            .filter((contact) => {
                if (!query) {
                    return true;
                }
                return [contact.name, contact.title, contact.department, contact.accountName].some((text) =>
                    (text ?? '').toLowerCase().includes(query)
                );
            })
            .map((contact) => ({
                id: contact.id,
                name: contact.name,
                details: [contact.title, contact.department, contact.accountName].filter(Boolean).join(' · '),
                checked: chosen.has(contact.id),
                error: errors.get(contact.id) ?? ''
            }));
    }

    get noMatch(): boolean {
        return this.hasCandidates && this.rows.length === 0;
    }

    get truncatedText(): string {
        return this.truncated ? formatLabel(truncatedLabel, this.limit ?? this.candidates?.length ?? 0) : '';
    }

    get chosenText(): string {
        return formatLabel(chosenLabel, this.chosen.length);
    }

    get addText(): string {
        return formatLabel(addLabel, this.chosen.length);
    }

    get addDisabled(): boolean {
        return this.saving || this.chosen.length === 0;
    }

    /** Focuses the search box. */
    @api
    focusFirstField(): void {
        this.template?.querySelector<HTMLElement>('.search')?.focus();
    }

    handleSearch(event: CustomEvent<{ value?: string }>): void {
        this.query = event.detail.value ?? '';
    }

    handleToggle(event: Event): void {
        const input = event.target as HTMLInputElement;
        const id = input.dataset.contactId ?? '';
        this.chosen = input.checked
            ? [...this.chosen.filter((chosenId) => chosenId !== id), id]
            : this.chosen.filter((chosenId) => chosenId !== id);
    }

    handleAdd(): void {
        if (this.chosen.length > 0) {
            this.dispatchEvent(new CustomEvent('add', { detail: { contactIds: [...this.chosen] } }));
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}
