import { api } from 'lwc';
import OrgChartForm from 'c/orgChartForm';
import { LINE_FIELD_KINDS, type LineDraft } from 'c/orgChartDraft';
import { TEXT_LIMITS } from 'c/orgChartValidation';
import type { FieldKind } from 'c/planDraft';
import { formatLabel } from 'c/labelFormat';
import newTitleLabel from '@salesforce/label/c.OrgChart_Line_New_Title';
import editTitleLabel from '@salesforce/label/c.OrgChart_Line_Edit_Title';
import toLabel from '@salesforce/label/c.OrgChart_Field_Line_To';
import typeLabel from '@salesforce/label/c.OrgChart_Field_Line_Type';
import strengthLabel from '@salesforce/label/c.OrgChart_Field_Line_Strength';
import notesLabel from '@salesforce/label/c.OrgChart_Field_Notes';
import noneLabel from '@salesforce/label/c.Keystone_Plan_None';
import saveLabel from '@salesforce/label/c.Keystone_Plan_Save';
import cancelLabel from '@salesforce/label/c.Keystone_Plan_Cancel';

/** An influence, conflict or alliance line from one person to another. */
export default class OrgChartLineEditor extends OrgChartForm {
    @api draft: LineDraft | undefined;
    /** The name of the person the line starts at. */
    @api fromName: string | undefined;
    /** The other people on the map. */
    @api personOptions: readonly Apex.PicklistOption[] | undefined;
    @api picklists: Apex.RelationshipMapPicklists | undefined;

    labels = {
        to: toLabel,
        type: typeLabel,
        strength: strengthLabel,
        notes: notesLabel,
        save: saveLabel,
        cancel: cancelLabel
    };

    limits = TEXT_LIMITS;

    protected override fieldKinds(): Readonly<Record<string, FieldKind | 'checkbox'>> {
        return LINE_FIELD_KINDS;
    }

    get heading(): string {
        return formatLabel(this.draft?.request.id ? editTitleLabel : newTitleLabel, this.fromName ?? '');
    }

    get values(): Record<string, string> {
        const request = this.draft?.request;
        return {
            toId: request?.toId ?? '',
            type: request?.type ?? '',
            strength: request?.strength ?? '',
            notes: request?.notes ?? ''
        };
    }

    get people(): Apex.PicklistOption[] {
        return [...(this.personOptions ?? [])];
    }

    get types(): Apex.PicklistOption[] {
        return [...(this.picklists?.relationshipType ?? [])];
    }

    get strengths(): Apex.PicklistOption[] {
        return [{ value: '', label: noneLabel }, ...(this.picklists?.relationshipStrength ?? [])];
    }
}
