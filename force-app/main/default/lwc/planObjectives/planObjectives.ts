import { LightningElement, api } from 'lwc';
import { focusField, focusFirstError as focusFirstMessage, syncFieldErrors } from 'c/fieldErrorSync';
import { formatLabel } from 'c/labelFormat';
import {
    coerceValue,
    fieldKey,
    OBJECTIVE_ACHIEVED,
    OBJECTIVE_FIELD_KINDS,
    OBJECTIVE_FIELDS,
    type FieldChangeDetail,
    type FieldMessageMap,
    type ObjectiveField
} from 'c/planDraft';
import { TEXT_LIMITS } from 'c/planValidation';
import sectionLabel from '@salesforce/label/c.Keystone_Plan_Section_Objectives';
import emptyLabel from '@salesforce/label/c.Keystone_Plan_Objectives_Empty';
import addLabel from '@salesforce/label/c.Keystone_Plan_Objective_Add';
import legendLabel from '@salesforce/label/c.Keystone_Plan_Objective_Legend';
import nameLabel from '@salesforce/label/c.Keystone_Plan_Objective_Name';
import ownerLabel from '@salesforce/label/c.Keystone_Plan_Objective_Owner';
import measureLabel from '@salesforce/label/c.Keystone_Plan_Objective_Measure';
import targetLabel from '@salesforce/label/c.Keystone_Plan_Objective_Target';
import dueDateLabel from '@salesforce/label/c.Keystone_Plan_Objective_Due_Date';
import statusLabel from '@salesforce/label/c.Keystone_Plan_Objective_Status';
import overdueLabel from '@salesforce/label/c.Keystone_Plan_Objective_Overdue';
import moveUpLabel from '@salesforce/label/c.Keystone_Plan_Objective_Move_Up';
import moveDownLabel from '@salesforce/label/c.Keystone_Plan_Objective_Move_Down';
import completeLabel from '@salesforce/label/c.Keystone_Plan_Objective_Complete';
import removeLabel from '@salesforce/label/c.Keystone_Plan_Objective_Remove';
import movedLabel from '@salesforce/label/c.Keystone_Plan_Objective_Moved';
import removedLabel from '@salesforce/label/c.Keystone_Plan_Objective_Removed';
import noneLabel from '@salesforce/label/c.Keystone_Plan_None';
import fieldRequired from '@salesforce/label/c.Keystone_Error_Field_Required';

/** Detail of `objectivemove`: the objective and how many places it moves (−1 up, +1 down). */
export interface ObjectiveMoveDetail {
    key: string;
    delta: number;
}

/** Detail of `objectiveremove`. */
export interface ObjectiveRemoveDetail {
    key: string;
}

interface ObjectiveRow {
    key: string;
    name: string;
    ownerId: string;
    ownerOptions: Apex.PicklistOption[];
    measure: string | null;
    target: string | null;
    dueDate: string | null;
    status: string;
    /** Message of each field, for the inputs' `data-message`. */
    messages: Record<string, string>;
    legend: string;
    moveUpLabel: string;
    moveDownLabel: string;
    completeLabel: string;
    removeLabel: string;
    isFirst: boolean;
    isLast: boolean;
    canComplete: boolean;
    isOverdue: boolean;
    className: string;
}

/** Where focus goes after the next render: a button or field of one objective, the last objective, or Add. */
type PendingFocus = { key: string; action: 'up' | 'down' } | { last: true } | { add: true };

/**
 * The customer's objectives, edited inline: add, edit, reorder with the Move up / Move down buttons (keyboard
 * and screen-reader friendly, focus stays on the moved objective and the move is announced), mark achieved,
 * remove. Overdue objectives (the Is_Overdue__c formula of the saved objective) stand out with a badge.
 * Sends `fieldchange` (recordKey = the objective's key), `objectiveadd`, `objectivemove`, `objectiveremove`.
 */
export default class PlanObjectives extends LightningElement {
    /** The objectives as the user is editing them, in display order. */
    @api objectives: readonly Apex.ObjectiveDto[] | undefined;
    @api errors: FieldMessageMap | undefined;
    @api readOnly = false;
    @api picklists: Apex.WorkspacePicklists | undefined;
    @api ownerOptions: readonly Apex.PicklistOption[] | undefined;

    /** Read by screen readers after a move or a removal. */
    announcement = '';
    private pendingFocus: PendingFocus | null = null;

    labels = {
        section: sectionLabel,
        empty: emptyLabel,
        add: addLabel,
        name: nameLabel,
        owner: ownerLabel,
        measure: measureLabel,
        target: targetLabel,
        dueDate: dueDateLabel,
        status: statusLabel,
        overdue: overdueLabel,
        required: fieldRequired
    };

    limits = { name: TEXT_LIMITS.objectiveName, measure: TEXT_LIMITS.measure, target: TEXT_LIMITS.target };

    /** Focuses a field of one objective, or the Add button (the objectives section as a whole). */
    @api
    focusField(field?: string, recordKey?: string): void {
        if (field && recordKey && focusField(this.inputs(), recordKey, field)) {
            return;
        }
        const add = this.template?.querySelector<HTMLElement>('.add-objective');
        (add ?? (this.inputs()[0] as HTMLElement | undefined))?.focus();
    }

    /** Focuses the first input that shows a message; false when none does. */
    @api
    focusFirstError(): boolean {
        return focusFirstMessage(this.inputs());
    }

    get list(): readonly Apex.ObjectiveDto[] {
        return this.objectives ?? [];
    }

    get isEmpty(): boolean {
        return this.list.length === 0;
    }

    get canEdit(): boolean {
        return !this.readOnly;
    }

    get statusOptions(): Apex.PicklistOption[] {
        return this.picklists?.objectiveStatus ?? [];
    }

    get rows(): ObjectiveRow[] {
        const count = this.list.length;
        return this.list.map((objective, index) => {
            const position = index + 1;
            return {
                key: objective.key,
                name: objective.name,
                ownerId: objective.ownerId ?? '',
                ownerOptions: this.ownerOptionsFor(objective),
                measure: objective.measure,
                target: objective.target,
                dueDate: objective.dueDate,
                status: objective.status,
                messages: this.messagesOf(objective.key),
                legend: formatLabel(legendLabel, position, count),
                moveUpLabel: formatLabel(moveUpLabel, position),
                moveDownLabel: formatLabel(moveDownLabel, position),
                completeLabel: formatLabel(completeLabel, position),
                removeLabel: formatLabel(removeLabel, position),
                isFirst: index === 0,
                isLast: index === count - 1,
                canComplete: objective.status !== OBJECTIVE_ACHIEVED,
                isOverdue: objective.isOverdue,
                className: objective.isOverdue
                    ? 'slds-box slds-m-bottom_small objective overdue'
                    : 'slds-box slds-m-bottom_small objective'
            };
        });
    }

    private messagesOf(key: string): Record<string, string> {
        const errors = this.errors ?? {};
        return Object.fromEntries(
            OBJECTIVE_FIELDS.map((field) => [field, errors[fieldKey(key, field)] ?? ''])
        );
    }

    /** The owner options, with the objective's current owner kept even when no longer among them. */
    private ownerOptionsFor(objective: Apex.ObjectiveDto): Apex.PicklistOption[] {
        const options = [{ value: '', label: noneLabel }, ...(this.ownerOptions ?? [])];
        if (objective.ownerId && !options.some((option) => option.value === objective.ownerId)) {
            options.push({ value: objective.ownerId, label: objective.ownerName ?? objective.ownerId });
        }
        return options;
    }

    private inputs(): Element[] {
        return Array.from(this.template?.querySelectorAll('[data-field]') ?? []);
    }

    override renderedCallback(): void {
        syncFieldErrors(this.inputs());
        this.applyPendingFocus();
    }

    private applyPendingFocus(): void {
        const pending = this.pendingFocus;
        if (!pending) {
            return;
        }
        this.pendingFocus = null;
        const root = this.template;
        if ('add' in pending) {
            root?.querySelector<HTMLElement>('.add-objective')?.focus();
        } else if ('last' in pending) {
            const names = root?.querySelectorAll<HTMLElement>('[data-field="name"]');
            names?.[names.length - 1]?.focus();
        } else {
            const row = this.rows.find((candidate) => candidate.key === pending.key);
            const stuck = pending.action === 'up' ? row?.isFirst : row?.isLast;
            const action = stuck ? (pending.action === 'up' ? 'down' : 'up') : pending.action;
            root?.querySelector<HTMLElement>(`[data-key="${pending.key}"][data-action="${action}"]`)?.focus();
        }
    }

    handleFieldChange(event: CustomEvent<{ value?: unknown }>): void {
        const input = event.target as HTMLElement;
        const field = input.dataset.field as ObjectiveField | undefined;
        const recordKey = input.dataset.recordKey;
        const kind = field ? OBJECTIVE_FIELD_KINDS[field] : undefined;
        if (!field || !kind || !recordKey) {
            return;
        }
        this.sendChange({ recordKey, field, value: coerceValue(kind, event.detail.value) });
    }

    handleAdd(): void {
        this.pendingFocus = { last: true };
        this.dispatchEvent(new CustomEvent('objectiveadd'));
    }

    handleMove(event: Event): void {
        const button = event.currentTarget as HTMLElement;
        const key = button.dataset.key ?? '';
        const delta = button.dataset.action === 'up' ? -1 : 1;
        const from = this.list.findIndex((objective) => objective.key === key);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= this.list.length) {
            return;
        }
        this.pendingFocus = { key, action: delta < 0 ? 'up' : 'down' };
        this.announcement = formatLabel(movedLabel, this.list[from].name, to + 1);
        this.dispatchEvent(new CustomEvent<ObjectiveMoveDetail>('objectivemove', { detail: { key, delta } }));
    }

    handleComplete(event: Event): void {
        const recordKey = (event.currentTarget as HTMLElement).dataset.key ?? '';
        this.sendChange({ recordKey, field: 'status', value: OBJECTIVE_ACHIEVED });
    }

    handleRemove(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key ?? '';
        this.pendingFocus = { add: true };
        this.announcement = removedLabel;
        this.dispatchEvent(new CustomEvent<ObjectiveRemoveDetail>('objectiveremove', { detail: { key } }));
    }

    private sendChange(detail: FieldChangeDetail): void {
        this.dispatchEvent(new CustomEvent<FieldChangeDetail>('fieldchange', { detail }));
    }
}
