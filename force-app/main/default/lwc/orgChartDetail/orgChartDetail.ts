import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { formatLabel } from 'c/labelFormat';
import closeLabel from '@salesforce/label/c.OrgChart_Detail_Close';
import scoreLabel from '@salesforce/label/c.OrgChart_Detail_Score';
import scoreOutOfLabel from '@salesforce/label/c.OrgChart_Detail_Score_Out_Of';
import factorsLabel from '@salesforce/label/c.OrgChart_Detail_Factors';
import factorPointsLabel from '@salesforce/label/c.OrgChart_Detail_Factor_Points';
import linesLabel from '@salesforce/label/c.OrgChart_Detail_Lines';
import noLinesLabel from '@salesforce/label/c.OrgChart_Detail_No_Lines';
import influencedByLabel from '@salesforce/label/c.OrgChart_Detail_Influenced_By';
import editLineLabel from '@salesforce/label/c.OrgChart_Detail_Edit_Line';
import removeLineLabel from '@salesforce/label/c.OrgChart_Detail_Remove_Line';
import editLabel from '@salesforce/label/c.OrgChart_Detail_Edit';
import addLineLabel from '@salesforce/label/c.OrgChart_Detail_Add_Line';
import promoteLabel from '@salesforce/label/c.OrgChart_Detail_Promote';
import removeLabel from '@salesforce/label/c.OrgChart_Detail_Remove';
import openContactLabel from '@salesforce/label/c.OrgChart_Detail_Open_Contact';
import moveLabel from '@salesforce/label/c.OrgChart_Detail_Move_Under';
import moveActionLabel from '@salesforce/label/c.OrgChart_Detail_Move';
import topLabel from '@salesforce/label/c.OrgChart_Top_Of_Chart';
import placeholderLabel from '@salesforce/label/c.OrgChart_Placeholder';
import executiveLabel from '@salesforce/label/c.OrgChart_Executive';
import buyingRoleLabel from '@salesforce/label/c.OrgChart_Field_Buying_Role';
import influenceLabel from '@salesforce/label/c.OrgChart_Field_Influence';
import stanceLabel from '@salesforce/label/c.OrgChart_Field_Stance';
import strengthLabel from '@salesforce/label/c.OrgChart_Field_Strength';
import ownerLabel from '@salesforce/label/c.OrgChart_Field_Owner';
import reportsToLabel from '@salesforce/label/c.OrgChart_Field_Reports_To';
import businessUnitLabel from '@salesforce/label/c.OrgChart_Field_Business_Unit';
import lastEngagedLabel from '@salesforce/label/c.OrgChart_Field_Last_Engaged';
import notesLabel from '@salesforce/label/c.OrgChart_Field_Notes';
import notSetLabel from '@salesforce/label/c.OrgChart_Detail_Not_Set';
import strengthOptionLabel from '@salesforce/label/c.OrgChart_Strength_Option';

interface Fact {
    key: string;
    valueKey: string;
    label: string;
    value: string;
}

interface FactorView {
    code: string;
    label: string;
    points: string;
    detail: string;
    barStyle: string;
}

interface LineView {
    id: string;
    text: string;
    strength: string;
    notes: string;
    editLabel: string;
    removeLabel: string;
}

const labelOf = (
    options: readonly Apex.PicklistOption[] | undefined,
    value: string | number | null | undefined
): string => {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    return options?.find((option) => option.value === String(value))?.label ?? String(value);
};

/**
 * The selected person: who they are, their relationship score and the factors behind it (as the server
 * explains them), their assessment, their influence / conflict / alliance lines, and what the user may do:
 * edit, move under someone else, add a line, promote a placeholder to a Contact, remove from the map, open
 * the Contact. Fires `edit`, `move` ({ reportsToId }), `addline`, `editline` ({ id }), `removeline` ({ id }),
 * `promote`, `remove` and `close`.
 */
export default class OrgChartDetail extends NavigationMixin(LightningElement) {
    /** The person shown; another person resets the move choice. */
    @api
    get person(): Apex.StakeholderNode | undefined {
        return this.personValue;
    }
    set person(value: Apex.StakeholderNode | undefined) {
        if (value?.id !== this.personValue?.id || value?.reportsToId !== this.personValue?.reportsToId) {
            this.moveTarget = value?.reportsToId ?? '';
        }
        this.personValue = value;
    }

    /** Everyone on the map (names of managers and line partners). */
    @api people: readonly Apex.StakeholderNode[] | undefined;
    @api relationships: readonly Apex.RelationshipLine[] | undefined;
    @api picklists: Apex.RelationshipMapPicklists | undefined;
    /** Who the person may be moved under (without themselves and their team). */
    @api managerOptions: readonly Apex.PicklistOption[] | undefined;
    @api canEdit = false;
    @api canCreateContacts = false;
    @api saving = false;

    moveTarget = '';
    private personValue: Apex.StakeholderNode | undefined;

    labels = {
        close: closeLabel,
        score: scoreLabel,
        factors: factorsLabel,
        lines: linesLabel,
        noLines: noLinesLabel,
        edit: editLabel,
        addLine: addLineLabel,
        promote: promoteLabel,
        remove: removeLabel,
        openContact: openContactLabel,
        move: moveLabel,
        moveAction: moveActionLabel,
        placeholder: placeholderLabel,
        executive: executiveLabel
    };

    private nameOf(id: string | null | undefined): string {
        return (id && this.people?.find((person) => person.id === id)?.name) || '';
    }

    get subtitle(): string {
        return [this.person?.title, this.person?.department].filter(Boolean).join(' · ');
    }

    get isPlaceholder(): boolean {
        return this.person?.isPlaceholder === true;
    }

    get isExecutive(): boolean {
        return this.person?.isExecutive === true;
    }

    get hasScore(): boolean {
        return typeof this.person?.score === 'number';
    }

    get scoreText(): string {
        return String(Math.round(this.person?.score ?? 0));
    }

    get scoreOutOf(): string {
        return formatLabel(scoreOutOfLabel, 100);
    }

    get factors(): FactorView[] {
        return (this.person?.scoreFactors ?? []).map((factor) => {
            const share =
                factor.maxPoints > 0 ? Math.max(0, Math.min(1, factor.points / factor.maxPoints)) : 0;
            return {
                code: factor.code,
                label: factor.label,
                points: formatLabel(factorPointsLabel, factor.points, factor.maxPoints),
                detail: factor.detail,
                barStyle: `width:${Math.round(share * 100)}%`
            };
        });
    }

    get facts(): Fact[] {
        const person = this.person;
        if (!person) {
            return [];
        }
        const lists = this.picklists;
        const facts: Omit<Fact, 'valueKey'>[] = [
            {
                key: 'buyingRole',
                label: buyingRoleLabel,
                value: labelOf(lists?.buyingRole, person.buyingRole)
            },
            { key: 'influence', label: influenceLabel, value: labelOf(lists?.influence, person.influence) },
            { key: 'stance', label: stanceLabel, value: labelOf(lists?.stance, person.stance) },
            {
                key: 'strength',
                label: strengthLabel,
                value:
                    typeof person.relationshipStrength === 'number'
                        ? formatLabel(strengthOptionLabel, person.relationshipStrength)
                        : ''
            },
            { key: 'owner', label: ownerLabel, value: person.relationshipOwnerName ?? '' },
            { key: 'reportsTo', label: reportsToLabel, value: this.nameOf(person.reportsToId) },
            { key: 'businessUnit', label: businessUnitLabel, value: person.businessUnitName ?? '' },
            { key: 'lastEngaged', label: lastEngagedLabel, value: person.lastEngagedDate ?? '' },
            { key: 'notes', label: notesLabel, value: person.notes ?? '' }
        ];
        return facts.map((fact) => ({
            ...fact,
            valueKey: `${fact.key}-value`,
            value: fact.value || notSetLabel
        }));
    }

    get lines(): LineView[] {
        const id = this.person?.id;
        if (!id) {
            return [];
        }
        return (this.relationships ?? [])
            .filter((line) => line.fromId === id || line.toId === id)
            .map((line) => {
                const outgoing = line.fromId === id;
                const other = this.nameOf(outgoing ? line.toId : line.fromId);
                const type = labelOf(this.picklists?.relationshipType, line.type);
                const verb = !outgoing && line.type === 'Influences' ? influencedByLabel : type;
                return {
                    id: line.id,
                    text: `${verb}: ${other}`,
                    strength: labelOf(this.picklists?.relationshipStrength, line.strength),
                    notes: line.notes ?? '',
                    editLabel: formatLabel(editLineLabel, other),
                    removeLabel: formatLabel(removeLineLabel, other)
                };
            });
    }

    get hasLines(): boolean {
        return this.lines.length > 0;
    }

    get canPromote(): boolean {
        return this.canEdit && this.canCreateContacts && this.isPlaceholder;
    }

    get moveOptions(): Apex.PicklistOption[] {
        return [{ value: '', label: topLabel }, ...(this.managerOptions ?? [])];
    }

    get moveDisabled(): boolean {
        return this.saving || this.moveTarget === (this.person?.reportsToId ?? '');
    }

    get moveValue(): string {
        return this.moveTarget;
    }

    handleMoveTarget(event: CustomEvent<{ value: string }>): void {
        this.moveTarget = event.detail.value;
    }

    handleMove(): void {
        this.dispatchEvent(new CustomEvent('move', { detail: { reportsToId: this.moveTarget || null } }));
    }

    handleEdit(): void {
        this.dispatchEvent(new CustomEvent('edit'));
    }

    handleAddLine(): void {
        this.dispatchEvent(new CustomEvent('addline'));
    }

    handleEditLine(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.lineId;
        this.dispatchEvent(new CustomEvent('editline', { detail: { id } }));
    }

    handleRemoveLine(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.lineId;
        this.dispatchEvent(new CustomEvent('removeline', { detail: { id } }));
    }

    handlePromote(): void {
        this.dispatchEvent(new CustomEvent('promote'));
    }

    handleRemove(): void {
        this.dispatchEvent(new CustomEvent('remove'));
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    handleOpenContact(): void {
        const contactId = this.person?.contactId;
        if (contactId) {
            this[NavigationMixin.Navigate]({
                type: 'standard__recordPage',
                attributes: { recordId: contactId, objectApiName: 'Contact', actionName: 'view' }
            });
        }
    }

    /** Focuses the heading (after the panel opens on another person). */
    @api
    focusHeading(): void {
        this.template?.querySelector<HTMLElement>('.person-name')?.focus();
    }
}
