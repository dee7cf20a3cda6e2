import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import USER_ID from '@salesforce/user/Id';
import PLAN_OBJECT from '@salesforce/schema/Account_Plan__c';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import createPlan from '@salesforce/apex/AccountPlanWorkspaceController.createPlan';
import savePlan from '@salesforce/apex/AccountPlanWorkspaceController.savePlan';
import markReviewed from '@salesforce/apex/AccountPlanWorkspaceController.markReviewed';
import archivePlan from '@salesforce/apex/AccountPlanWorkspaceController.archivePlan';
import rollForwardPlan from '@salesforce/apex/AccountPlanWorkspaceController.rollForwardPlan';
import { formatLabel } from 'c/labelFormat';
import {
    addObjective,
    draftFromWorkspace,
    fieldKey,
    isDirty,
    moveObjective,
    OBJECTIVE_FIELDS,
    PLAN_FIELDS,
    PLAN_KEY,
    rebaseDraft,
    removeObjective,
    saveRequest,
    setObjectiveField,
    setPlanField,
    withServerErrors,
    type FieldChangeDetail,
    type FieldMessageMap,
    type ObjectiveField,
    type PlanDraft,
    type PlanField
} from 'c/planDraft';
import { dependentKeys, validateDraft } from 'c/planValidation';
import type { FixTarget } from 'c/planHealth';
import titleLabel from '@salesforce/label/c.Keystone_Plan_Workspace_Title';
import loadingLabel from '@salesforce/label/c.Keystone_Plan_Loading';
import savingLabel from '@salesforce/label/c.Keystone_Plan_Saving';
import loadErrorLabel from '@salesforce/label/c.Keystone_Plan_Load_Error';
import retryLabel from '@salesforce/label/c.Keystone_Plan_Retry';
import emptyTitleLabel from '@salesforce/label/c.Keystone_Plan_Empty_Title';
import emptyBodyLabel from '@salesforce/label/c.Keystone_Plan_Empty_Body';
import emptyNoAccessLabel from '@salesforce/label/c.Keystone_Plan_Empty_No_Access';
import createLabel from '@salesforce/label/c.Keystone_Plan_Create';
import switcherLabel from '@salesforce/label/c.Keystone_Plan_Switcher_Label';
import switcherOptionLabel from '@salesforce/label/c.Keystone_Plan_Switcher_Option';
import readOnlyArchivedLabel from '@salesforce/label/c.Keystone_Plan_Read_Only_Archived';
import readOnlyNoAccessLabel from '@salesforce/label/c.Keystone_Plan_Read_Only_No_Access';
import archiveLabel from '@salesforce/label/c.Keystone_Plan_Action_Archive';
import rollForwardLabel from '@salesforce/label/c.Keystone_Plan_Action_Roll_Forward';
import printLabel from '@salesforce/label/c.Keystone_Plan_Action_Print';
import unsavedHintLabel from '@salesforce/label/c.Keystone_Plan_Actions_Unsaved_Hint';
import confirmArchiveTitle from '@salesforce/label/c.Keystone_Plan_Confirm_Archive_Title';
import confirmArchiveMessage from '@salesforce/label/c.Keystone_Plan_Confirm_Archive_Message';
import confirmRollForwardTitle from '@salesforce/label/c.Keystone_Plan_Confirm_Roll_Forward_Title';
import confirmRollForwardMessage from '@salesforce/label/c.Keystone_Plan_Confirm_Roll_Forward_Message';
import confirmDiscardTitle from '@salesforce/label/c.Keystone_Plan_Confirm_Discard_Title';
import confirmDiscardMessage from '@salesforce/label/c.Keystone_Plan_Confirm_Discard_Message';
import toastCreatedLabel from '@salesforce/label/c.Keystone_Plan_Toast_Created';
import toastSavedLabel from '@salesforce/label/c.Keystone_Plan_Toast_Saved';
import toastReviewedLabel from '@salesforce/label/c.Keystone_Plan_Toast_Reviewed';
import toastArchivedLabel from '@salesforce/label/c.Keystone_Plan_Toast_Archived';
import toastRolledForwardLabel from '@salesforce/label/c.Keystone_Plan_Toast_Rolled_Forward';
import unsavedChangesLabel from '@salesforce/label/c.Keystone_Plan_Unsaved_Changes';
import saveLabel from '@salesforce/label/c.Keystone_Plan_Save';
import cancelLabel from '@salesforce/label/c.Keystone_Plan_Cancel';
import fixErrorsLabel from '@salesforce/label/c.Keystone_Plan_Fix_Errors';
import saveFailedLabel from '@salesforce/label/c.Keystone_Plan_Save_Failed';
import actionFailedLabel from '@salesforce/label/c.Keystone_Plan_Action_Failed';
import conflictTitleLabel from '@salesforce/label/c.Keystone_Plan_Conflict_Title';
import conflictBodyLabel from '@salesforce/label/c.Keystone_Plan_Conflict_Body';
import reloadLabel from '@salesforce/label/c.Keystone_Plan_Reload';
import reloadedLabel from '@salesforce/label/c.Keystone_Plan_Reloaded_Keeping_Edits';
import noAccessLabel from '@salesforce/label/c.Keystone_Error_Plan_No_Access';
import notFoundLabel from '@salesforce/label/c.Keystone_Error_Plan_Not_Found';
import dismissLabel from '@salesforce/label/c.Keystone_Plan_Dismiss';
import announceValidationLabel from '@salesforce/label/c.Keystone_Plan_Announce_Validation';

/** `PlanSaveResult.status` values. */
const SAVED = 'saved';
const INVALID = 'invalid';
const CONFLICT = 'conflict';
const NOT_FOUND = 'notFound';
const NO_ACCESS = 'noAccess';

/** Status__c of an archived plan. */
const ARCHIVED = 'Archived';

/** The relationship of a plan's stakeholders (namespace prefix added from the object's name). */
const STAKEHOLDERS_RELATIONSHIP = 'Stakeholders__r';

type NoticeKind = 'conflict' | 'notFound' | 'noAccess' | 'invalid' | 'fix' | 'reloaded';

interface Notice {
    kind: NoticeKind;
    title: string;
    messages: string[];
    canReload: boolean;
    className: string;
}

/** `LightningConfirm.open`, which @salesforce/lightning-types does not declare. */
interface ConfirmOpener {
    open(options: { label: string; message: string; theme?: string; variant?: string }): Promise<boolean>;
}
const confirmDialog = LightningConfirm as unknown as ConfirmOpener;

/** A section component's public methods (the workspace focuses fields inside it). */
type SectionElement = HTMLElement & {
    focusField(field?: string, recordKey?: string): void;
    focusFirstError(): boolean;
};

type Call = () => Promise<Apex.PlanSaveResult>;

/** `load` shows its own failures; nothing is left to handle. */
const ignoreReported = (): void => undefined;

const ALERT_ERROR = 'slds-notify slds-notify_alert slds-alert_error notice';
const ALERT_WARNING = 'slds-notify slds-notify_alert slds-alert_warning notice';
const ALERT_INFO = 'slds-notify slds-notify_alert slds-alert_offline notice';

/**
 * The account-plan workspace on the Account record page: the KAM's whole plan in one component. Loads the
 * workspace in one Apex call, keeps the user's edits as a draft (instant field-level validation; one save
 * for the plan and its objectives), and never loses an edit: a refused save keeps everything on screen with
 * the server's messages at the fields; a conflict offers Reload, which brings in the other person's changes
 * and keeps the user's own. Read-only when the server says the user cannot edit, or the plan is archived.
 */
export default class AccountPlanWorkspace extends NavigationMixin(LightningElement) {
    /** Title above the plan; the default title when blank (an App Builder setting). */
    @api cardTitle: string | undefined;
    /** Leaves the revenue and pipeline figures out of the header (an App Builder setting). */
    @api hideKpis = false;
    /** Set by the record page. */
    @api objectApiName: string | undefined;

    workspace: Apex.PlanWorkspace | undefined;
    draft: PlanDraft | null = null;
    loading = false;
    saving = false;
    loadError: unknown;
    /** An unexpected failure of a call (not a refusal): shown through c-error-panel, edits kept. */
    callError: unknown;
    callErrorTitle = '';
    notice: Notice | null = null;
    /** Fields whose check the user has triggered (keys from `fieldKey`); all of them once a save was tried. */
    touched: Readonly<Record<string, true>> = {};
    saveAttempted = false;
    announcement = '';

    private recordIdValue: string | undefined;
    private connected = false;
    private focusFirstErrorAfterRender = false;

    labels = {
        loadError: loadErrorLabel,
        retry: retryLabel,
        emptyTitle: emptyTitleLabel,
        emptyBody: emptyBodyLabel,
        emptyNoAccess: emptyNoAccessLabel,
        create: createLabel,
        switcher: switcherLabel,
        archive: archiveLabel,
        rollForward: rollForwardLabel,
        print: printLabel,
        unsavedHint: unsavedHintLabel,
        unsavedChanges: unsavedChangesLabel,
        save: saveLabel,
        cancel: cancelLabel,
        reload: reloadLabel,
        dismiss: dismissLabel
    };

    /** The Account the page shows. */
    @api
    get recordId(): string | undefined {
        return this.recordIdValue;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.recordIdValue;
        this.recordIdValue = value;
        if (changed && this.connected) {
            this.load(null).catch(ignoreReported);
        }
    }

    override connectedCallback(): void {
        this.connected = true;
        // Moving the component on the page reconnects it: keep what is on screen (and the user's edits).
        if (!this.workspace && !this.loading) {
            this.load(null).catch(ignoreReported);
        }
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    override renderedCallback(): void {
        if (this.focusFirstErrorAfterRender) {
            this.focusFirstErrorAfterRender = false;
            for (const section of this.sections()) {
                if (section.focusFirstError()) {
                    break;
                }
            }
        }
    }

    // ---- what the template shows ----

    get heading(): string {
        return this.cardTitle?.trim() || titleLabel;
    }

    get busy(): boolean {
        return this.loading || this.saving;
    }

    get spinnerText(): string {
        return this.saving ? savingLabel : loadingLabel;
    }

    get showLoadError(): boolean {
        return Boolean(this.loadError) && !this.loading;
    }

    get savedPlan(): Apex.PlanDto | null {
        return this.workspace?.plan ?? null;
    }

    get hasPlan(): boolean {
        return Boolean(this.savedPlan && this.draft);
    }

    get isEmpty(): boolean {
        return Boolean(this.workspace) && !this.savedPlan;
    }

    get canCreatePlan(): boolean {
        return this.workspace?.access?.canCreatePlan === true;
    }

    get isArchived(): boolean {
        return this.savedPlan?.status === ARCHIVED;
    }

    get canEditPlan(): boolean {
        return this.workspace?.access?.canEditPlan === true && !this.isArchived;
    }

    get canEditObjectives(): boolean {
        return this.workspace?.access?.canEditObjectives === true && !this.isArchived;
    }

    get planReadOnly(): boolean {
        return !this.canEditPlan;
    }

    get objectivesReadOnly(): boolean {
        return !this.canEditObjectives;
    }

    get readOnlyNotice(): string {
        if (!this.savedPlan) {
            return '';
        }
        if (this.isArchived) {
            return readOnlyArchivedLabel;
        }
        return this.canEditPlan ? '' : readOnlyNoAccessLabel;
    }

    get dirty(): boolean {
        return isDirty(this.draft);
    }

    get showSaveBar(): boolean {
        return this.dirty && (this.canEditPlan || this.canEditObjectives);
    }

    get canArchive(): boolean {
        return this.workspace?.access?.canArchivePlan === true && !this.isArchived;
    }

    get lifecycleDisabled(): boolean {
        return this.dirty || this.busy;
    }

    get showUnsavedHint(): boolean {
        return this.dirty && this.canArchive;
    }

    get planOptions(): Apex.PicklistOption[] {
        const statuses = this.workspace?.picklists?.planStatus ?? [];
        return (this.workspace?.plans ?? []).map((plan) => ({
            value: plan.id,
            label: formatLabel(
                switcherOptionLabel,
                plan.name,
                statuses.find((option) => option.value === plan.status)?.label ?? plan.status
            )
        }));
    }

    get selectedPlanId(): string {
        return this.savedPlan?.id ?? '';
    }

    get draftPlan(): Apex.PlanChanges | undefined {
        return this.draft?.plan;
    }

    get draftObjectives(): readonly Apex.ObjectiveDto[] {
        return this.draft?.objectives ?? [];
    }

    /** The messages shown at the fields: this browser's checks of touched fields, then the server's. */
    get fieldErrors(): FieldMessageMap {
        const draft = this.draft;
        if (!draft) {
            return {};
        }
        const shown: Record<string, string> = { ...draft.serverErrors };
        for (const [key, message] of Object.entries(validateDraft(draft.plan, draft.objectives))) {
            if (this.saveAttempted || this.touched[key]) {
                shown[key] = message;
            }
        }
        return shown;
    }

    // ---- loading ----

    private async load(planId: string | null, mode: 'fresh' | 'rebase' = 'fresh'): Promise<void> {
        if (!this.recordIdValue) {
            return;
        }
        this.loading = true;
        this.loadError = undefined;
        try {
            const workspace = await getWorkspace({ accountId: this.recordIdValue, planId });
            this.show(workspace, mode);
        } catch (error) {
            if (mode === 'rebase' && this.workspace) {
                this.showCallError(error, actionFailedLabel);
            } else {
                this.loadError = error;
            }
        } finally {
            this.loading = false;
        }
    }

    /** Puts a workspace on screen: a fresh draft, or the user's edits moved onto it. */
    private show(workspace: Apex.PlanWorkspace, mode: 'fresh' | 'rebase'): void {
        const previous = this.draft;
        this.workspace = workspace;
        this.draft =
            mode === 'rebase' && previous ? rebaseDraft(previous, workspace) : draftFromWorkspace(workspace);
        this.callError = undefined;
        if (mode === 'fresh') {
            this.touched = {};
            this.saveAttempted = false;
        }
    }

    handleRetry(): Promise<void> {
        return this.load(this.savedPlan?.id ?? null);
    }

    // ---- editing ----

    handleFieldChange(event: CustomEvent<FieldChangeDetail>): void {
        const draft = this.draft;
        if (!draft) {
            return;
        }
        const { recordKey, field, value } = event.detail;
        this.draft =
            recordKey === PLAN_KEY
                ? setPlanField(draft, field as PlanField, value)
                : setObjectiveField(draft, recordKey, field as ObjectiveField, value);
        this.touch([fieldKey(recordKey, field), ...dependentKeys(recordKey, field, draft.objectives)]);
        if (this.notice?.kind === 'fix' && Object.keys(this.visibleClientErrors()).length === 0) {
            this.notice = null;
        }
    }

    handleObjectiveAdd(): void {
        if (!this.draft) {
            return;
        }
        const owner = this.workspace?.ownerOptions?.find((option) => option.value === USER_ID);
        this.draft = addObjective(this.draft, {
            ownerId: owner?.value ?? null,
            ownerName: owner?.label ?? null
        }).draft;
    }

    handleObjectiveMove(event: CustomEvent<{ key: string; delta: number }>): void {
        if (this.draft) {
            this.draft = moveObjective(this.draft, event.detail.key, event.detail.delta);
        }
    }

    handleObjectiveRemove(event: CustomEvent<{ key: string }>): void {
        if (this.draft) {
            this.draft = removeObjective(this.draft, event.detail.key);
        }
    }

    private touch(keys: readonly string[]): void {
        const touched = { ...this.touched };
        for (const key of keys) {
            touched[key] = true;
        }
        this.touched = touched;
    }

    private visibleClientErrors(): FieldMessageMap {
        const draft = this.draft;
        if (!draft) {
            return {};
        }
        return Object.fromEntries(
            Object.entries(validateDraft(draft.plan, draft.objectives)).filter(
                ([key]) => this.saveAttempted || this.touched[key]
            )
        );
    }

    handleCancel(): void {
        if (this.workspace) {
            this.show(this.workspace, 'fresh');
        }
        this.notice = null;
    }

    // ---- saving ----

    async handleSave(): Promise<void> {
        const draft = this.draft;
        if (!draft || this.busy) {
            return;
        }
        this.saveAttempted = true;
        const problems = Object.keys(validateDraft(draft.plan, draft.objectives)).length;
        if (problems > 0) {
            this.notice = this.makeNotice('fix', fixErrorsLabel, [], false);
            this.announcement = formatLabel(announceValidationLabel, problems);
            this.focusFirstErrorAfterRender = true;
            return;
        }
        await this.run(
            () => savePlan({ request: saveRequest(draft) }),
            toastSavedLabel,
            'fresh',
            saveFailedLabel
        );
    }

    async handleMarkReviewed(): Promise<void> {
        const draft = this.draft;
        if (!draft || this.busy) {
            return;
        }
        await this.run(
            () => markReviewed({ planId: draft.planId, expectedVersion: draft.version }),
            toastReviewedLabel,
            'rebase',
            actionFailedLabel
        );
    }

    async handleArchive(): Promise<void> {
        const draft = this.draft;
        if (!draft || this.lifecycleDisabled) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: confirmArchiveTitle,
            message: confirmArchiveMessage,
            theme: 'warning'
        });
        if (confirmed) {
            await this.run(
                () => archivePlan({ planId: draft.planId, expectedVersion: draft.version }),
                toastArchivedLabel,
                'fresh',
                actionFailedLabel
            );
        }
    }

    async handleRollForward(): Promise<void> {
        const draft = this.draft;
        if (!draft || this.lifecycleDisabled) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: confirmRollForwardTitle,
            message: confirmRollForwardMessage
        });
        if (confirmed) {
            await this.run(
                () => rollForwardPlan({ planId: draft.planId, expectedVersion: draft.version }),
                toastRolledForwardLabel,
                'fresh',
                actionFailedLabel
            );
        }
    }

    async handleCreate(): Promise<void> {
        const accountId = this.recordIdValue;
        if (!accountId || this.busy) {
            return;
        }
        await this.run(() => createPlan({ accountId }), toastCreatedLabel, 'fresh', actionFailedLabel);
    }

    /** Runs one call that changes the plan and shows its outcome; the user's edits survive every refusal. */
    private async run(
        call: Call,
        successTitle: string,
        mode: 'fresh' | 'rebase',
        failureTitle: string
    ): Promise<void> {
        this.saving = true;
        this.callError = undefined;
        try {
            this.applyResult(await call(), successTitle, mode);
        } catch (error) {
            this.showCallError(error, failureTitle);
        } finally {
            this.saving = false;
        }
    }

    private showCallError(error: unknown, title: string): void {
        this.callError = error;
        this.callErrorTitle = title;
        this.notice = null;
    }

    private applyResult(result: Apex.PlanSaveResult, successTitle: string, mode: 'fresh' | 'rebase'): void {
        const message = result.message ?? '';
        switch (result.status) {
            case SAVED:
                if (result.workspace) {
                    this.show(result.workspace, mode);
                }
                this.notice = null;
                this.toast(successTitle, result.workspace?.plan?.name ?? '');
                break;
            case INVALID:
                this.showInvalid(result);
                break;
            case CONFLICT:
                this.notice = this.makeNotice('conflict', conflictTitleLabel, [conflictBodyLabel], true);
                break;
            case NOT_FOUND:
                this.notice = this.makeNotice('notFound', message || notFoundLabel, [], true);
                break;
            case NO_ACCESS:
                this.notice = this.makeNotice('noAccess', message || noAccessLabel, [], true);
                break;
            default:
                this.notice = this.makeNotice('invalid', saveFailedLabel, message ? [message] : [], false);
        }
    }

    /** Field errors go to their fields; messages no field on screen can show are listed in the notice. */
    private showInvalid(result: Apex.PlanSaveResult): void {
        const fieldErrors = result.fieldErrors ?? [];
        const draft = this.draft;
        const objectiveKeys = new Set(draft?.objectives.map((objective) => objective.key));
        const placed = (error: Apex.FieldError): boolean => {
            return error.recordKey === PLAN_KEY
                ? (PLAN_FIELDS as string[]).includes(error.field)
                : objectiveKeys.has(error.recordKey) && (OBJECTIVE_FIELDS as string[]).includes(error.field);
        };
        if (draft) {
            this.draft = withServerErrors(draft, fieldErrors.filter(placed));
        }
        const placedMessages = new Set(fieldErrors.filter(placed).map((error) => error.message));
        const messages = [
            ...(result.message && !placedMessages.has(result.message) ? [result.message] : []),
            ...fieldErrors.filter((error) => !placed(error)).map((error) => error.message)
        ];
        this.notice = this.makeNotice('invalid', saveFailedLabel, [...new Set(messages)], false);
        this.focusFirstErrorAfterRender = true;
    }

    private makeNotice(kind: NoticeKind, title: string, messages: string[], canReload: boolean): Notice {
        const className =
            kind === 'conflict' ? ALERT_WARNING : kind === 'reloaded' ? ALERT_INFO : ALERT_ERROR;
        return { kind, title, messages, canReload, className };
    }

    /** After a conflict: the newest version, with the user's edits kept on top. Otherwise the account's plan. */
    async handleReload(): Promise<void> {
        const kind = this.notice?.kind;
        this.notice = null;
        if (kind === 'conflict' && this.draft) {
            await this.load(this.draft.planId, 'rebase');
            if (!this.callError && isDirty(this.draft)) {
                this.notice = this.makeNotice('reloaded', reloadedLabel, [], false);
            }
        } else {
            await this.load(null);
        }
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    private toast(title: string, message: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant: 'success' }));
    }

    // ---- plan switcher, print, checklist links ----

    async handlePlanSwitch(event: CustomEvent<{ value: string }>): Promise<void> {
        const planId = event.detail.value;
        const switcher = event.target as HTMLElement & { value: string };
        if (!planId || planId === this.selectedPlanId) {
            return;
        }
        if (this.dirty) {
            const discard = await confirmDialog.open({
                label: confirmDiscardTitle,
                message: confirmDiscardMessage
            });
            if (!discard) {
                switcher.value = this.selectedPlanId;
                return;
            }
        }
        this.notice = null;
        await this.load(planId);
    }

    handlePrint(): void {
        window.print();
    }

    handleFixItem(event: CustomEvent<{ fix: FixTarget }>): void {
        const fix = event.detail.fix;
        if (fix.kind === 'stakeholders') {
            this.openStakeholders();
            return;
        }
        const section = this.template?.querySelector<SectionElement>(`[data-section="${fix.section}"]`);
        section?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
        section?.focusField(fix.field);
    }

    private openStakeholders(): void {
        const planId = this.savedPlan?.id;
        if (!planId) {
            return;
        }
        const objectApiName = PLAN_OBJECT.objectApiName;
        const prefix = objectApiName.slice(0, Math.max(0, objectApiName.indexOf('Account_Plan__c')));
        this[NavigationMixin.Navigate]({
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: planId,
                objectApiName,
                relationshipApiName: `${prefix}${STAKEHOLDERS_RELATIONSHIP}`,
                actionName: 'view'
            }
        });
    }

    private sections(): SectionElement[] {
        return Array.from(this.template?.querySelectorAll<SectionElement>('[data-section]') ?? []);
    }
}
