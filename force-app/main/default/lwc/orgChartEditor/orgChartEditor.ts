import { api } from 'lwc';
import OrgChartForm from 'c/orgChartForm';
import { STAKEHOLDER_FIELD_KINDS, type StakeholderDraft } from 'c/orgChartDraft';
import { STRENGTH_MAX, STRENGTH_MIN, TEXT_LIMITS } from 'c/orgChartValidation';
import type { FieldKind } from 'c/planDraft';
import { formatLabel } from 'c/labelFormat';
import newTitleLabel from '@salesforce/label/c.OrgChart_Editor_New_Title';
import editTitleLabel from '@salesforce/label/c.OrgChart_Editor_Edit_Title';
import nameLabel from '@salesforce/label/c.OrgChart_Field_Name';
import titleLabel from '@salesforce/label/c.OrgChart_Field_Title';
import departmentLabel from '@salesforce/label/c.OrgChart_Field_Department';
import businessUnitLabel from '@salesforce/label/c.OrgChart_Field_Business_Unit';
import reportsToLabel from '@salesforce/label/c.OrgChart_Field_Reports_To';
import buyingRoleLabel from '@salesforce/label/c.OrgChart_Field_Buying_Role';
import influenceLabel from '@salesforce/label/c.OrgChart_Field_Influence';
import stanceLabel from '@salesforce/label/c.OrgChart_Field_Stance';
import strengthLabel from '@salesforce/label/c.OrgChart_Field_Strength';
import ownerLabel from '@salesforce/label/c.OrgChart_Field_Owner';
import executiveLabel from '@salesforce/label/c.OrgChart_Field_Executive';
import lastEngagedLabel from '@salesforce/label/c.OrgChart_Field_Last_Engaged';
import notesLabel from '@salesforce/label/c.OrgChart_Field_Notes';
import contactFieldsHelp from '@salesforce/label/c.OrgChart_Editor_Contact_Fields_Help';
import contactLockedHelp from '@salesforce/label/c.OrgChart_Editor_Contact_Locked_Help';
import topLabel from '@salesforce/label/c.OrgChart_Top_Of_Chart';
import strengthOptionLabel from '@salesforce/label/c.OrgChart_Strength_Option';
import noneLabel from '@salesforce/label/c.Keystone_Plan_None';
import saveLabel from '@salesforce/label/c.Keystone_Plan_Save';
import cancelLabel from '@salesforce/label/c.Keystone_Plan_Cancel';

const withNone = (
    options: readonly Apex.PicklistOption[] | undefined,
    none = noneLabel
): Apex.PicklistOption[] => [{ value: '', label: none }, ...(options ?? [])];

/**
 * The form of one person on the map: a new placeholder, or an existing placeholder or Contact. For a Contact,
 * title and department are the Contact's own (written to it; read-only without Contact edit access).
 * Shows the messages it is given at the fields; fires `fieldchange`, `save` and `cancel`.
 */
export default class OrgChartEditor extends OrgChartForm {
    @api draft: StakeholderDraft | undefined;
    /** The name shown in the heading of an existing person. */
    @api personName: string | undefined;
    @api picklists: Apex.RelationshipMapPicklists | undefined;
    @api businessUnits: readonly Apex.PicklistOption[] | undefined;
    @api ownerOptions: readonly Apex.PicklistOption[] | undefined;
    /** Who the person may report to (the map's people without the person and their team). */
    @api managerOptions: readonly Apex.PicklistOption[] | undefined;
    /** The user may edit Contacts (title and department of a Contact). */
    @api canEditContacts = false;

    labels = {
        name: nameLabel,
        title: titleLabel,
        department: departmentLabel,
        businessUnit: businessUnitLabel,
        reportsTo: reportsToLabel,
        buyingRole: buyingRoleLabel,
        influence: influenceLabel,
        stance: stanceLabel,
        strength: strengthLabel,
        owner: ownerLabel,
        executive: executiveLabel,
        lastEngaged: lastEngagedLabel,
        notes: notesLabel,
        save: saveLabel,
        cancel: cancelLabel
    };

    protected override fieldKinds(): Readonly<Record<string, FieldKind | 'checkbox'>> {
        return STAKEHOLDER_FIELD_KINDS;
    }

    get isNew(): boolean {
        return this.draft?.request.id === null;
    }

    get heading(): string {
        return this.isNew ? newTitleLabel : formatLabel(editTitleLabel, this.personName ?? '');
    }

    get isPlaceholder(): boolean {
        return this.draft?.isPlaceholder === true;
    }

    /** A Contact's title and department are locked without Contact edit access. */
    get contactFieldsLocked(): boolean {
        return !this.isPlaceholder && !this.canEditContacts;
    }

    get contactFieldsHelp(): string {
        if (this.isPlaceholder) {
            return '';
        }
        return this.canEditContacts ? contactFieldsHelp : contactLockedHelp;
    }

    get titleLimit(): number {
        return this.isPlaceholder ? TEXT_LIMITS.placeholderTitle : TEXT_LIMITS.contactTitle;
    }

    get limits(): typeof TEXT_LIMITS {
        return TEXT_LIMITS;
    }

    /** The draft's values as the inputs show them (blanks as ''). */
    get values(): Record<string, string | boolean> {
        const request = this.draft?.request;
        const text = (value: string | number | null | undefined): string => {
            return value === null || value === undefined ? '' : String(value);
        };
        return {
            placeholderName: text(request?.placeholderName),
            title: text(request?.title),
            department: text(request?.department),
            businessUnitId: text(request?.businessUnitId),
            reportsToId: text(request?.reportsToId),
            buyingRole: text(request?.buyingRole),
            influence: text(request?.influence),
            stance: text(request?.stance),
            relationshipStrength: text(request?.relationshipStrength),
            relationshipOwnerId: text(request?.relationshipOwnerId),
            isExecutive: request?.isExecutive === true,
            lastEngagedDate: text(request?.lastEngagedDate),
            notes: text(request?.notes)
        };
    }

    get businessUnitOptions(): Apex.PicklistOption[] {
        return withNone(this.businessUnits);
    }

    get reportsToOptions(): Apex.PicklistOption[] {
        return withNone(this.managerOptions, topLabel);
    }

    get buyingRoleOptions(): Apex.PicklistOption[] {
        return withNone(this.picklists?.buyingRole);
    }

    get influenceOptions(): Apex.PicklistOption[] {
        return withNone(this.picklists?.influence);
    }

    get stanceOptions(): Apex.PicklistOption[] {
        return withNone(this.picklists?.stance);
    }

    /** Relationship strength is a number from 1 (weak) to 5 (strong). */
    get strengthOptions(): Apex.PicklistOption[] {
        const options: Apex.PicklistOption[] = [];
        for (let value = STRENGTH_MIN; value <= STRENGTH_MAX; value++) {
            options.push({ value: String(value), label: formatLabel(strengthOptionLabel, value) });
        }
        return withNone(options);
    }

    get ownerPicklist(): Apex.PicklistOption[] {
        return withNone(this.ownerOptions);
    }
}
