import { api } from 'lwc';
import PlanSection from 'c/planSection';
import { TEXT_LIMITS } from 'c/planValidation';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Competitive';
import competitorLabel from '@salesforce/label/c.Keystone_Plan_Primary_Competitor';
import positionLabel from '@salesforce/label/c.Keystone_Plan_Competitive_Position';
import notesLabel from '@salesforce/label/c.Keystone_Plan_Competitive_Notes';
import noneLabel from '@salesforce/label/c.Keystone_Plan_None';

/** The competitive picture: primary competitor, our position, and notes. */
export default class PlanCompetitive extends PlanSection {
    @api picklists: Apex.WorkspacePicklists | undefined;

    labels = {
        section: sectionLabel,
        competitor: competitorLabel,
        position: positionLabel,
        notes: notesLabel
    };

    limits = { competitor: TEXT_LIMITS.primaryCompetitor, notes: TEXT_LIMITS.competitiveNotes };

    get positionOptions(): Apex.PicklistOption[] {
        return [{ value: '', label: noneLabel }, ...(this.picklists?.competitivePosition ?? [])];
    }

    get positionValue(): string {
        return this.values.competitivePosition ?? '';
    }
}
