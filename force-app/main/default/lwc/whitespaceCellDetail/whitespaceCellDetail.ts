import { LightningElement, api } from 'lwc';
import closeLabel from '@salesforce/label/c.Whitespace_Detail_Close';
import wonCountLabel from '@salesforce/label/c.Whitespace_Detail_Won_Count';
import lastWonLabel from '@salesforce/label/c.Whitespace_Detail_Last_Won';
import openAmountLabel from '@salesforce/label/c.Whitespace_Detail_Open_Amount';
import openCountLabel from '@salesforce/label/c.Whitespace_Detail_Open_Count';
import nextCloseLabel from '@salesforce/label/c.Whitespace_Detail_Next_Close';
import opportunitiesLabel from '@salesforce/label/c.Whitespace_Detail_Opportunities';
import noOpportunitiesLabel from '@salesforce/label/c.Whitespace_Detail_No_Opportunities';
import annotationLabel from '@salesforce/label/c.Whitespace_Detail_Annotation';
import noAnnotationLabel from '@salesforce/label/c.Whitespace_Detail_No_Annotation';
import overriddenLabel from '@salesforce/label/c.Whitespace_Detail_Overridden';
import statusLabel from '@salesforce/label/c.Whitespace_Field_Status';
import competitorLabel from '@salesforce/label/c.Whitespace_Field_Competitor';
import potentialLabel from '@salesforce/label/c.Whitespace_Field_Potential';
import noteLabel from '@salesforce/label/c.Whitespace_Field_Note';
import linkedLabel from '@salesforce/label/c.Whitespace_Field_Linked_Opportunity';
import annotateLabel from '@salesforce/label/c.Whitespace_Action_Annotate';
import editLabel from '@salesforce/label/c.Whitespace_Action_Edit';
import clearLabel from '@salesforce/label/c.Whitespace_Action_Clear';
import createOpportunityLabel from '@salesforce/label/c.Whitespace_Action_Create_Opportunity';
import linkLabel from '@salesforce/label/c.Whitespace_Action_Link';
import unlinkLabel from '@salesforce/label/c.Whitespace_Action_Unlink';
import createPlayLabel from '@salesforce/label/c.Whitespace_Action_Create_Play';
import linkChooseLabel from '@salesforce/label/c.Whitespace_Link_Choose';
import linkNoneLabel from '@salesforce/label/c.Whitespace_Link_None';
import chooseLabel from '@salesforce/label/c.Whitespace_Field_Choose';

/** One opportunity of the cell, formatted. */
export interface CellOpportunityView {
    id: string;
    name: string;
    stage: string;
    amount: string;
    closeDate: string;
}

/** The cell's annotation, formatted. */
export interface CellAnnotationView {
    status: string;
    competitor: string;
    potential: string;
    note: string;
    linkedId: string | null;
    linkedName: string;
}

/** Everything the panel shows about one cell, formatted by the grid. */
export interface CellDetailView {
    key: string;
    title: string;
    statusLabel: string;
    statusClass: string;
    wonLabel: string;
    wonAmount: string;
    wonCount: number;
    lastWon: string;
    openAmount: string;
    openCount: number;
    nextClose: string;
    potential: string;
    opportunities: CellOpportunityView[];
    annotation: CellAnnotationView | null;
    /** Live opportunities decide the status; the annotation is kept. */
    overridden: boolean;
    /** Open opportunities of the unit that can be linked. */
    linkOptions: { value: string; label: string }[];
}

/**
 * The panel of one whitespace cell: its status, the live figures and opportunities behind it, the KAM's
 * annotation, and the actions — annotate, remove the annotation, create an opportunity, link or unlink an open
 * opportunity, start a play. Which actions show is the server's answer (`can*`). Each action is an event; the
 * grid carries it out.
 */
export default class WhitespaceCellDetail extends LightningElement {
    @api detail: CellDetailView | undefined;
    @api canEdit = false;
    @api canCreateOpportunity = false;
    @api canCreatePlay = false;
    @api busy = false;

    linkChoice = '';

    labels = {
        close: closeLabel,
        wonCount: wonCountLabel,
        lastWon: lastWonLabel,
        openAmount: openAmountLabel,
        openCount: openCountLabel,
        nextClose: nextCloseLabel,
        opportunities: opportunitiesLabel,
        noOpportunities: noOpportunitiesLabel,
        annotation: annotationLabel,
        noAnnotation: noAnnotationLabel,
        overridden: overriddenLabel,
        status: statusLabel,
        competitor: competitorLabel,
        potential: potentialLabel,
        note: noteLabel,
        linked: linkedLabel,
        annotate: annotateLabel,
        edit: editLabel,
        clear: clearLabel,
        createOpportunity: createOpportunityLabel,
        link: linkLabel,
        unlink: unlinkLabel,
        createPlay: createPlayLabel,
        linkChoose: linkChooseLabel,
        linkNone: linkNoneLabel,
        choose: chooseLabel
    };

    /** Focuses the panel's heading (when it opens from the keyboard). */
    @api
    focusHeading(): void {
        this.template?.querySelector<HTMLElement>('h2')?.focus();
    }

    get annotateLabel(): string {
        return this.detail?.annotation ? editLabel : annotateLabel;
    }

    get hasOpportunities(): boolean {
        return (this.detail?.opportunities.length ?? 0) > 0;
    }

    get canClear(): boolean {
        return this.canEdit && Boolean(this.detail?.annotation);
    }

    get canUnlink(): boolean {
        return this.canEdit && Boolean(this.detail?.annotation?.linkedId);
    }

    get hasLinkOptions(): boolean {
        return (this.detail?.linkOptions.length ?? 0) > 0;
    }

    get linkDisabled(): boolean {
        return this.busy || !this.linkChoice;
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    handleAnnotate(): void {
        this.dispatchEvent(new CustomEvent('annotate'));
    }

    handleClear(): void {
        this.dispatchEvent(new CustomEvent('clear'));
    }

    handleCreateOpportunity(): void {
        this.dispatchEvent(new CustomEvent('createopportunity'));
    }

    handleCreatePlay(): void {
        this.dispatchEvent(new CustomEvent('createplay'));
    }

    handleLinkChoice(event: CustomEvent<{ value: string }>): void {
        this.linkChoice = event.detail.value;
    }

    handleLink(): void {
        if (this.linkChoice) {
            this.dispatchEvent(new CustomEvent('link', { detail: { opportunityId: this.linkChoice } }));
            this.linkChoice = '';
        }
    }

    handleUnlink(): void {
        this.dispatchEvent(new CustomEvent('link', { detail: { opportunityId: null } }));
    }

    handleOpenRecord(event: Event): void {
        const recordId = (event.currentTarget as HTMLElement).dataset.id;
        if (recordId) {
            this.dispatchEvent(new CustomEvent('openrecord', { detail: { recordId } }));
        }
    }
}
