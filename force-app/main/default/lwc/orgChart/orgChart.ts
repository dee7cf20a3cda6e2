import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import USER_ID from '@salesforce/user/Id';
import getRelationshipMap from '@salesforce/apex/RelationshipMapController.getRelationshipMap';
import saveStakeholder from '@salesforce/apex/RelationshipMapController.saveStakeholder';
import moveStakeholder from '@salesforce/apex/RelationshipMapController.moveStakeholder';
import addContacts from '@salesforce/apex/RelationshipMapController.addContacts';
import promotePlaceholder from '@salesforce/apex/RelationshipMapController.promotePlaceholder';
import removeStakeholder from '@salesforce/apex/RelationshipMapController.removeStakeholder';
import saveRelationship from '@salesforce/apex/RelationshipMapController.saveRelationship';
import removeRelationship from '@salesforce/apex/RelationshipMapController.removeRelationship';
import { formatLabel } from 'c/labelFormat';
import { buildForest, isWithin, type Forest } from 'c/orgChartForest';
import {
    isChanged,
    LINE_FIELDS,
    lineDraft,
    NEW_KEY,
    placeholderDraft,
    PROMOTION_FIELDS,
    promotionDraft,
    rebaseStakeholderDraft,
    rebaseVersion,
    requestOf,
    setField,
    STAKEHOLDER_FIELDS,
    stakeholderDraft,
    withServerErrors,
    type FieldMessages,
    type LineDraft,
    type PromotionDraft,
    type StakeholderDraft
} from 'c/orgChartDraft';
import { shownMessages, validateLine, validatePromotion, validateStakeholder } from 'c/orgChartValidation';
import { mergeSaveResult } from 'c/orgChartMerge';
import type { FormFieldChange } from 'c/orgChartForm';
import titleLabel from '@salesforce/label/c.OrgChart_Title';
import loadingLabel from '@salesforce/label/c.OrgChart_Loading';
import savingLabel from '@salesforce/label/c.OrgChart_Saving';
import loadErrorLabel from '@salesforce/label/c.OrgChart_Error_Load_Failed';
import saveFailedLabel from '@salesforce/label/c.OrgChart_Error_Save_Failed';
import retryLabel from '@salesforce/label/c.Keystone_Plan_Retry';
import reloadLabel from '@salesforce/label/c.Keystone_Plan_Reload';
import dismissLabel from '@salesforce/label/c.Keystone_Plan_Dismiss';
import noPlanTitleLabel from '@salesforce/label/c.OrgChart_No_Plan_Title';
import noPlanBodyLabel from '@salesforce/label/c.OrgChart_No_Plan_Body';
import emptyTitleLabel from '@salesforce/label/c.OrgChart_Empty_Title';
import emptyBodyLabel from '@salesforce/label/c.OrgChart_Empty_Body';
import addContactsLabel from '@salesforce/label/c.OrgChart_Add_From_Contacts';
import addPlaceholderLabel from '@salesforce/label/c.OrgChart_Add_Placeholder';
import depthLabel from '@salesforce/label/c.OrgChart_Header_Depth';
import depthWhyLabel from '@salesforce/label/c.OrgChart_Header_Depth_Why';
import depthHideLabel from '@salesforce/label/c.OrgChart_Header_Depth_Hide';
import factorPointsLabel from '@salesforce/label/c.OrgChart_Detail_Factor_Points';
import gapsTitleLabel from '@salesforce/label/c.OrgChart_Gaps_Title';
import readOnlyArchivedLabel from '@salesforce/label/c.OrgChart_Read_Only_Archived';
import readOnlyNoAccessLabel from '@salesforce/label/c.OrgChart_Read_Only_No_Access';
import selectHintLabel from '@salesforce/label/c.OrgChart_Select_Hint';
import fixErrorsLabel from '@salesforce/label/c.Keystone_Plan_Fix_Errors';
import announceValidationLabel from '@salesforce/label/c.Keystone_Plan_Announce_Validation';
import conflictTitleLabel from '@salesforce/label/c.OrgChart_Conflict_Title';
import reloadedLabel from '@salesforce/label/c.OrgChart_Reloaded_Keeping_Edits';
import notFoundLabel from '@salesforce/label/c.OrgChart_Error_Stakeholder_Not_Found';
import noAccessLabel from '@salesforce/label/c.OrgChart_Error_No_Access';
import toastSavedLabel from '@salesforce/label/c.OrgChart_Toast_Saved';
import toastAddedLabel from '@salesforce/label/c.OrgChart_Toast_Added';
import toastMovedLabel from '@salesforce/label/c.OrgChart_Toast_Moved';
import toastPromotedLabel from '@salesforce/label/c.OrgChart_Toast_Promoted';
import toastRemovedLabel from '@salesforce/label/c.OrgChart_Toast_Removed';
import toastLineSavedLabel from '@salesforce/label/c.OrgChart_Toast_Line_Saved';
import toastLineRemovedLabel from '@salesforce/label/c.OrgChart_Toast_Line_Removed';
import confirmRemoveTitle from '@salesforce/label/c.OrgChart_Confirm_Remove_Title';
import confirmRemoveMessage from '@salesforce/label/c.OrgChart_Confirm_Remove_Message';
import confirmRemoveLineTitle from '@salesforce/label/c.OrgChart_Confirm_Remove_Line_Title';
import confirmRemoveLineMessage from '@salesforce/label/c.OrgChart_Confirm_Remove_Line_Message';
import confirmDiscardTitle from '@salesforce/label/c.OrgChart_Confirm_Discard_Title';
import confirmDiscardMessage from '@salesforce/label/c.OrgChart_Confirm_Discard_Message';

/** `RelationshipMapSaveResult.status` values. */
const INVALID = 'invalid';
const CONFLICT = 'conflict';
const NOT_FOUND = 'notFound';
const NO_ACCESS = 'noAccess';

/** Planned status of an archived plan (read-only). */
const ARCHIVED = 'Archived';

type Panel = 'none' | 'detail' | 'edit' | 'new' | 'promote' | 'line' | 'contacts';
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

/** A form in the side panel: its public methods. */
type FormElement = HTMLElement & { focusFirstError?: () => boolean; focusFirstField?: () => void };

const ALERT_ERROR = 'slds-notify slds-notify_alert slds-alert_error notice';
const ALERT_WARNING = 'slds-notify slds-notify_alert slds-alert_warning notice';
const ALERT_INFO = 'slds-notify slds-notify_alert slds-alert_offline notice';

/** `load` shows its own failures. */
const ignoreReported = (): void => undefined;

/** The user's date as YYYY-MM-DD. */
function today(): string {
    const now = new Date();
    const pad = (value: number): string => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const byName = (a: Apex.PicklistOption, b: Apex.PicklistOption): number => a.label.localeCompare(b.label);

/**
 * The relationship map of the account plan on the Account record page: the buying organisation as an org
 * chart (c-org-chart-canvas), the selected person's details and score factors (c-org-chart-detail), and the
 * forms that change the map — a person (c-org-chart-editor), a placeholder's promotion to a Contact
 * (c-org-chart-promote), an influence line (c-org-chart-line-editor), contacts to add
 * (c-org-chart-add-contacts). Loads the map in one Apex call; every change is one call whose outcome is
 * merged into the map on screen (scores as the server recalculated them). Checks fields as the user types;
 * a refused save keeps the form with the server's messages at the fields; a conflict offers Reload, which
 * keeps the user's edits. Read-only when the server says so (no edit access, archived plan).
 */
export default class OrgChart extends LightningElement {
    /** Title of the card; the default title when blank (an App Builder setting). */
    @api cardTitle: string | undefined;
    /** Levels of the chart open at first; 0 opens all (an App Builder setting). */
    @api initialLevels = 3;
    /** Height of the chart in pixels (an App Builder setting). */
    @api chartHeight = 560;
    /** Set by the record page. */
    @api objectApiName: string | undefined;

    map: Apex.RelationshipMap | undefined;
    loading = false;
    saving = false;
    loadError: unknown;
    callError: unknown;
    callErrorTitle = '';
    notice: Notice | null = null;
    selectedId: string | null = null;
    panel: Panel = 'none';
    personDraft: StakeholderDraft | null = null;
    promoteDraft: PromotionDraft | null = null;
    linkDraft: LineDraft | null = null;
    contactErrors: Apex.FieldError[] = [];
    touched: Readonly<Record<string, boolean>> = {};
    saveAttempted = false;
    depthOpen = false;
    announcement = '';

    labels = {
        loadError: loadErrorLabel,
        retry: retryLabel,
        reload: reloadLabel,
        dismiss: dismissLabel,
        noPlanTitle: noPlanTitleLabel,
        noPlanBody: noPlanBodyLabel,
        emptyTitle: emptyTitleLabel,
        emptyBody: emptyBodyLabel,
        addContacts: addContactsLabel,
        addPlaceholder: addPlaceholderLabel,
        gapsTitle: gapsTitleLabel,
        selectHint: selectHintLabel
    };

    private recordIdValue: string | undefined;
    private connected = false;
    private forest: Forest<Apex.StakeholderNode> = buildForest([]);
    private focusFormAfterRender: 'first' | 'error' | null = null;
    /** Manager choices of the person last asked for (kept out of reactivity: filled while rendering). */
    private readonly managerChoices: { key: string | null; options: Apex.PicklistOption[] } = {
        key: null,
        options: []
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
        if (!this.map && !this.loading) {
            this.load(null).catch(ignoreReported);
        }
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    override renderedCallback(): void {
        const focus = this.focusFormAfterRender;
        if (!focus) {
            return;
        }
        this.focusFormAfterRender = null;
        const form = this.template?.querySelector<FormElement>('[data-form]');
        if (focus === 'error') {
            form?.focusFirstError?.();
        } else {
            form?.focusFirstField?.();
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

    get hasPlan(): boolean {
        return Boolean(this.map?.planId);
    }

    get noPlan(): boolean {
        return Boolean(this.map) && !this.map?.planId;
    }

    get people(): Apex.StakeholderNode[] {
        return this.map?.stakeholders ?? [];
    }

    get relationships(): Apex.RelationshipLine[] {
        return this.map?.relationships ?? [];
    }

    get isEmpty(): boolean {
        return this.hasPlan && this.people.length === 0;
    }

    get hasPeople(): boolean {
        return this.people.length > 0;
    }

    get canEdit(): boolean {
        return this.map?.access?.canEdit === true;
    }

    get canEditContacts(): boolean {
        return this.map?.access?.canEditContacts === true;
    }

    get canCreateContacts(): boolean {
        return this.map?.access?.canCreateContacts === true;
    }

    get showAddActions(): boolean {
        return this.hasPlan && this.canEdit;
    }

    get readOnlyNotice(): string {
        if (!this.hasPlan || this.canEdit) {
            return '';
        }
        return this.map?.planStatus === ARCHIVED ? readOnlyArchivedLabel : readOnlyNoAccessLabel;
    }

    get planName(): string {
        return this.map?.planName ?? '';
    }

    get hasDepth(): boolean {
        return typeof this.map?.relationshipDepth === 'number';
    }

    get depthText(): string {
        return formatLabel(depthLabel, Math.round(this.map?.relationshipDepth ?? 0));
    }

    get depthToggleLabel(): string {
        return this.depthOpen ? depthHideLabel : depthWhyLabel;
    }

    get depthFactors(): { code: string; label: string; points: string; detail: string }[] {
        return (this.map?.depthFactors ?? []).map((factor) => ({
            code: factor.code,
            label: factor.label,
            points: formatLabel(factorPointsLabel, factor.points, factor.maxPoints),
            detail: factor.detail
        }));
    }

    get gaps(): Apex.CoverageGap[] {
        return this.map?.coverageGaps ?? [];
    }

    get hasGaps(): boolean {
        return this.hasPlan && this.gaps.length > 0;
    }

    get selectedPerson(): Apex.StakeholderNode | undefined {
        return this.selectedId ? this.forest.byId.get(this.selectedId) : undefined;
    }

    get showSidePanel(): boolean {
        return this.panel !== 'none';
    }

    get showDetail(): boolean {
        return this.panel === 'detail' && Boolean(this.selectedPerson);
    }

    get showPersonForm(): boolean {
        return (this.panel === 'edit' || this.panel === 'new') && Boolean(this.personDraft);
    }

    get showPromote(): boolean {
        return this.panel === 'promote' && Boolean(this.promoteDraft);
    }

    get showLineForm(): boolean {
        return this.panel === 'line' && Boolean(this.linkDraft);
    }

    get showContacts(): boolean {
        return this.panel === 'contacts';
    }

    get showSelectHint(): boolean {
        return this.hasPeople && this.panel === 'none';
    }

    get chartColumnClass(): string {
        return this.showSidePanel ? 'slds-col chart-column chart-column_with-panel' : 'slds-col chart-column';
    }

    get selectedName(): string {
        return this.selectedPerson?.name ?? '';
    }

    get editedName(): string {
        const id = this.personDraft?.request.id;
        return (id && this.forest.byId.get(id)?.name) || '';
    }

    /** Whom the person being edited or shown may report to: everyone but themselves and their team. */
    get managerOptions(): Apex.PicklistOption[] {
        const personId = this.panel === 'new' ? null : (this.personDraft?.request.id ?? this.selectedId);
        const key = personId ?? '';
        if (this.managerChoices.key === key) {
            return this.managerChoices.options;
        }
        const options = this.people
            .filter((person) => !personId || !isWithin(this.forest, person.id, personId))
            .map((person) => ({ value: person.id, label: person.name }))
            .sort(byName);
        this.managerChoices.key = key;
        this.managerChoices.options = options;
        return options;
    }

    /** The other people on the map, for the end of a line. */
    get lineTargets(): Apex.PicklistOption[] {
        const fromId = this.linkDraft?.request.fromId;
        return this.people
            .filter((person) => person.id !== fromId)
            .map((person) => ({ value: person.id, label: person.name }))
            .sort(byName);
    }

    get lineFromName(): string {
        const fromId = this.linkDraft?.request.fromId;
        return (fromId && this.forest.byId.get(fromId)?.name) || '';
    }

    get promoteName(): string {
        const id = this.promoteDraft?.request.stakeholderId;
        return (id && this.forest.byId.get(id)?.name) || '';
    }

    get personMessages(): FieldMessages {
        const draft = this.personDraft;
        if (!draft) {
            return {};
        }
        return shownMessages(
            draft.serverErrors,
            validateStakeholder(draft, this.forest, today()),
            this.touched,
            this.saveAttempted
        );
    }

    get promoteMessages(): FieldMessages {
        const draft = this.promoteDraft;
        return draft
            ? shownMessages(draft.serverErrors, validatePromotion(draft), this.touched, this.saveAttempted)
            : {};
    }

    get lineMessages(): FieldMessages {
        const draft = this.linkDraft;
        return draft
            ? shownMessages(draft.serverErrors, validateLine(draft), this.touched, this.saveAttempted)
            : {};
    }

    // ---- loading ----

    private async load(planId: string | null): Promise<boolean> {
        if (!this.recordIdValue) {
            return false;
        }
        this.loading = true;
        this.loadError = undefined;
        try {
            this.showMap(await getRelationshipMap({ accountId: this.recordIdValue, planId }));
            return true;
        } catch (error) {
            if (this.map) {
                this.showCallError(error, loadErrorLabel);
            } else {
                this.loadError = error;
            }
            return false;
        } finally {
            this.loading = false;
        }
    }

    private showMap(map: Apex.RelationshipMap): void {
        this.map = map;
        this.forest = buildForest(map.stakeholders ?? []);
        this.managerChoices.key = null;
        this.callError = undefined;
        if (this.selectedId && !this.forest.byId.has(this.selectedId)) {
            this.selectedId = null;
            if (this.panel === 'detail') {
                this.panel = 'none';
            }
        }
    }

    handleRetry(): Promise<boolean> {
        return this.load(this.map?.planId ?? null);
    }

    // ---- selection and panels ----

    private get formDirty(): boolean {
        switch (this.panel) {
            case 'edit':
            case 'new':
                return isChanged(this.personDraft);
            case 'promote':
                return isChanged(this.promoteDraft);
            case 'line':
                return isChanged(this.linkDraft);
            default:
                return false;
        }
    }

    /** Whether the open form may be left: asks first when it holds changes. */
    private async mayLeaveForm(): Promise<boolean> {
        if (!this.formDirty) {
            return true;
        }
        return confirmDialog.open({ label: confirmDiscardTitle, message: confirmDiscardMessage });
    }

    private openPanel(panel: Panel, focus: boolean): void {
        this.panel = panel;
        this.touched = {};
        this.saveAttempted = false;
        this.contactErrors = [];
        if (this.notice?.kind !== 'conflict') {
            this.notice = null;
        }
        this.focusFormAfterRender = focus ? 'first' : null;
    }

    async handleSelect(event: CustomEvent<{ id: string }>): Promise<void> {
        const id = event.detail.id;
        if (id === this.selectedId && this.panel === 'detail') {
            return;
        }
        if (!(await this.mayLeaveForm())) {
            return;
        }
        this.selectedId = id;
        this.closeForms();
        this.openPanel('detail', false);
    }

    handleCloseDetail(): void {
        this.selectedId = null;
        this.panel = 'none';
    }

    async handleOpenContacts(): Promise<void> {
        if (await this.mayLeaveForm()) {
            this.closeForms();
            this.openPanel('contacts', true);
        }
    }

    async handleAddPlaceholder(): Promise<void> {
        const planId = this.map?.planId;
        if (!planId || !(await this.mayLeaveForm())) {
            return;
        }
        this.closeForms();
        const owner = this.map?.ownerOptions?.find((option) => option.value === USER_ID);
        this.personDraft = placeholderDraft(planId, {
            reportsToId: this.selectedId,
            businessUnitId: this.selectedPerson?.businessUnitId ?? null,
            relationshipOwnerId: owner?.value ?? null
        });
        this.openPanel('new', true);
    }

    handleEdit(): void {
        const planId = this.map?.planId;
        const person = this.selectedPerson;
        if (planId && person) {
            this.personDraft = stakeholderDraft(planId, person);
            this.openPanel('edit', true);
        }
    }

    handlePromote(): void {
        const person = this.selectedPerson;
        if (person && this.map) {
            this.promoteDraft = promotionDraft(person, this.map.accountId);
            this.openPanel('promote', true);
        }
    }

    handleAddLine(): void {
        const planId = this.map?.planId;
        if (planId && this.selectedId) {
            this.linkDraft = lineDraft(planId, this.selectedId);
            this.openPanel('line', true);
        }
    }

    handleEditLine(event: CustomEvent<{ id: string }>): void {
        const planId = this.map?.planId;
        const line = this.relationships.find((candidate) => candidate.id === event.detail.id);
        if (planId && line && this.selectedId) {
            this.linkDraft = lineDraft(planId, line.fromId, line);
            this.openPanel('line', true);
        }
    }

    handleFormCancel(): void {
        this.closeForms();
        this.panel = this.selectedPerson ? 'detail' : 'none';
        if (this.notice?.kind !== 'reloaded') {
            this.notice = null;
        }
    }

    private closeForms(): void {
        this.personDraft = null;
        this.promoteDraft = null;
        this.linkDraft = null;
    }

    handleToggleDepth(): void {
        this.depthOpen = !this.depthOpen;
    }

    // ---- editing ----

    handleFieldChange(event: CustomEvent<FormFieldChange>): void {
        const { field, value } = event.detail;
        if (this.personDraft && (this.panel === 'edit' || this.panel === 'new')) {
            this.personDraft = setField(this.personDraft, field as keyof Apex.StakeholderSaveRequest, value);
        } else if (this.promoteDraft && this.panel === 'promote') {
            this.promoteDraft = setField(
                this.promoteDraft,
                field as keyof Apex.PromotePlaceholderRequest,
                value
            );
        } else if (this.linkDraft && this.panel === 'line') {
            this.linkDraft = setField(this.linkDraft, field as keyof Apex.RelationshipSaveRequest, value);
        } else {
            return;
        }
        this.touched = { ...this.touched, [field]: true };
        if (this.notice?.kind === 'fix' && Object.keys(this.clientErrors()).length === 0) {
            this.notice = null;
        }
    }

    private clientErrors(): FieldMessages {
        if (this.panel === 'promote' && this.promoteDraft) {
            return validatePromotion(this.promoteDraft);
        }
        if (this.panel === 'line' && this.linkDraft) {
            return validateLine(this.linkDraft);
        }
        if (this.personDraft) {
            return validateStakeholder(this.personDraft, this.forest, today());
        }
        return {};
    }

    /** Saves the open form after checking it here; a form with problems is not sent. */
    async handleFormSave(): Promise<void> {
        if (this.busy) {
            return;
        }
        this.saveAttempted = true;
        const problems = Object.keys(this.clientErrors()).length;
        if (problems > 0) {
            this.notice = this.makeNotice('fix', fixErrorsLabel, []);
            this.announcement = formatLabel(announceValidationLabel, problems);
            this.focusFormAfterRender = 'error';
            return;
        }
        if (this.panel === 'promote' && this.promoteDraft) {
            const request = requestOf(this.promoteDraft);
            await this.run(
                () => promotePlaceholder({ request }),
                toastPromotedLabel,
                () => {
                    this.promoteDraft = null;
                    this.panel = 'detail';
                }
            );
        } else if (this.panel === 'line' && this.linkDraft) {
            const request = requestOf(this.linkDraft);
            await this.run(
                () => saveRelationship({ request }),
                toastLineSavedLabel,
                () => {
                    this.linkDraft = null;
                    this.panel = 'detail';
                }
            );
        } else if (this.personDraft) {
            const request = requestOf(this.personDraft);
            const before = new Set(this.forest.byId.keys());
            await this.run(
                () => saveStakeholder({ request }),
                toastSavedLabel,
                (result) => {
                    const created =
                        request.id ?? (result.stakeholders ?? []).find((node) => !before.has(node.id))?.id;
                    this.personDraft = null;
                    this.selectedId = created ?? this.selectedId;
                    this.panel = this.selectedId ? 'detail' : 'none';
                }
            );
        }
    }

    async handleAddContacts(event: CustomEvent<{ contactIds: string[] }>): Promise<void> {
        const planId = this.map?.planId;
        const contactIds = event.detail.contactIds;
        if (!planId || this.busy) {
            return;
        }
        const before = new Set(this.forest.byId.keys());
        await this.run(
            () => addContacts({ planId, contactIds }),
            formatLabel(toastAddedLabel, contactIds.length),
            (result) => {
                const added = (result.stakeholders ?? []).filter((node) => !before.has(node.id));
                this.selectedId = added[0]?.id ?? this.selectedId;
                this.panel = this.selectedId ? 'detail' : 'none';
            }
        );
    }

    /** A move from the chart (drag and drop) or from the details (move under…). */
    async handleMove(event: CustomEvent<{ id?: string; reportsToId: string | null }>): Promise<void> {
        const id = event.detail.id ?? this.selectedId;
        const person = id ? this.forest.byId.get(id) : undefined;
        if (!person || this.busy || !this.canEdit) {
            return;
        }
        await this.run(
            () =>
                moveStakeholder({
                    stakeholderId: person.id,
                    expectedVersion: person.version,
                    reportsToId: event.detail.reportsToId
                }),
            toastMovedLabel,
            () => {
                this.selectedId = person.id;
                if (this.panel === 'none') {
                    this.panel = 'detail';
                }
            },
            person.name
        );
    }

    async handleRemove(): Promise<void> {
        const person = this.selectedPerson;
        if (!person || this.busy) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: confirmRemoveTitle,
            message: formatLabel(confirmRemoveMessage, person.name),
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        await this.run(
            () => removeStakeholder({ stakeholderId: person.id, expectedVersion: person.version }),
            toastRemovedLabel,
            () => {
                this.selectedId = null;
                this.panel = 'none';
            },
            person.name
        );
    }

    async handleRemoveLine(event: CustomEvent<{ id: string }>): Promise<void> {
        const line = this.relationships.find((candidate) => candidate.id === event.detail.id);
        if (!line || this.busy) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: confirmRemoveLineTitle,
            message: confirmRemoveLineMessage,
            theme: 'warning'
        });
        if (confirmed) {
            await this.run(
                () => removeRelationship({ relationshipId: line.id, expectedVersion: line.version }),
                toastLineRemovedLabel,
                () => undefined
            );
        }
    }

    /** Runs one change and shows its outcome; the user's edits survive every refusal and failure. */
    private async run(
        call: () => Promise<Apex.RelationshipMapSaveResult>,
        successTitle: string,
        afterSave: (result: Apex.RelationshipMapSaveResult) => void,
        successMessage = ''
    ): Promise<void> {
        this.saving = true;
        this.callError = undefined;
        try {
            const result = await call();
            if (result.ok && this.map) {
                this.showMap(mergeSaveResult(this.map, result));
                this.notice = null;
                this.touched = {};
                this.saveAttempted = false;
                afterSave(result);
                this.dispatchEvent(
                    new ShowToastEvent({ title: successTitle, message: successMessage, variant: 'success' })
                );
            } else {
                this.showRefusal(result);
            }
        } catch (error) {
            this.showCallError(error, saveFailedLabel);
        } finally {
            this.saving = false;
        }
    }

    private showCallError(error: unknown, title: string): void {
        this.callError = error;
        this.callErrorTitle = title;
        this.notice = null;
    }

    /** Field errors go to the open form's fields; what no field shows is listed in the notice. */
    private showRefusal(result: Apex.RelationshipMapSaveResult): void {
        const message = result.message ?? '';
        switch (result.status) {
            case INVALID: {
                const fieldErrors = result.fieldErrors ?? [];
                const placed = this.placeFieldErrors(fieldErrors);
                const placedMessages = new Set(placed.map((error) => error.message));
                const messages = [
                    ...(message && !placedMessages.has(message) ? [message] : []),
                    ...fieldErrors.filter((error) => !placed.includes(error)).map((error) => error.message)
                ];
                this.notice = this.makeNotice('invalid', saveFailedLabel, [...new Set(messages)]);
                this.focusFormAfterRender = placed.length > 0 ? 'error' : null;
                break;
            }
            case CONFLICT:
                this.notice = this.makeNotice('conflict', conflictTitleLabel, message ? [message] : []);
                break;
            case NOT_FOUND:
                this.notice = this.makeNotice('notFound', message || notFoundLabel, []);
                break;
            case NO_ACCESS:
                this.notice = this.makeNotice('noAccess', message || noAccessLabel, []);
                break;
            default:
                this.notice = this.makeNotice('invalid', saveFailedLabel, message ? [message] : []);
        }
    }

    /** Gives the open form the errors that belong to it; returns those. */
    private placeFieldErrors(errors: readonly Apex.FieldError[]): Apex.FieldError[] {
        if (this.panel === 'contacts') {
            const placed = errors.filter((error) => error.recordKey !== NEW_KEY);
            this.contactErrors = placed;
            return placed;
        }
        const draft =
            this.panel === 'promote'
                ? this.promoteDraft
                : this.panel === 'line'
                  ? this.linkDraft
                  : this.panel === 'edit' || this.panel === 'new'
                    ? this.personDraft
                    : null;
        if (!draft) {
            return [];
        }
        const fields: readonly string[] =
            this.panel === 'promote'
                ? PROMOTION_FIELDS
                : this.panel === 'line'
                  ? LINE_FIELDS
                  : STAKEHOLDER_FIELDS;
        const placed = errors.filter(
            (error) =>
                (error.recordKey === draft.key || error.recordKey === NEW_KEY) && fields.includes(error.field)
        );
        if (this.panel === 'promote' && this.promoteDraft) {
            this.promoteDraft = withServerErrors(this.promoteDraft, placed);
        } else if (this.panel === 'line' && this.linkDraft) {
            this.linkDraft = withServerErrors(this.linkDraft, placed);
        } else if (this.personDraft) {
            this.personDraft = withServerErrors(this.personDraft, placed);
        }
        return placed;
    }

    private makeNotice(kind: NoticeKind, title: string, messages: string[]): Notice {
        const className =
            kind === 'conflict' ? ALERT_WARNING : kind === 'reloaded' ? ALERT_INFO : ALERT_ERROR;
        const canReload = kind === 'conflict' || kind === 'notFound' || kind === 'noAccess';
        return { kind, title, messages, canReload, className };
    }

    /** After a conflict: the newest map, with the open form's edits kept on top of it. */
    async handleReload(): Promise<void> {
        const kind = this.notice?.kind;
        this.notice = null;
        const loaded = await this.load(this.map?.planId ?? null);
        if (!loaded || kind !== 'conflict') {
            return;
        }
        const rebased = this.rebaseForm();
        this.notice = rebased
            ? this.makeNotice('reloaded', reloadedLabel, [])
            : this.makeNotice('notFound', notFoundLabel, []);
    }

    /** Moves the open form onto the reloaded versions; false when what it edits is gone. */
    private rebaseForm(): boolean {
        if (this.panel === 'edit' && this.personDraft?.request.id) {
            const node = this.forest.byId.get(this.personDraft.request.id);
            if (!node) {
                this.closeAfterLoss();
                return false;
            }
            this.personDraft = rebaseStakeholderDraft(this.personDraft, node);
        } else if (this.panel === 'promote' && this.promoteDraft) {
            const node = this.forest.byId.get(this.promoteDraft.request.stakeholderId);
            if (!node) {
                this.closeAfterLoss();
                return false;
            }
            this.promoteDraft = rebaseVersion(this.promoteDraft, node.version);
        } else if (this.panel === 'line' && this.linkDraft?.request.id) {
            const id = this.linkDraft.request.id;
            const line = this.relationships.find((candidate) => candidate.id === id);
            if (!line) {
                this.closeAfterLoss();
                return false;
            }
            this.linkDraft = rebaseVersion(this.linkDraft, line.version);
        }
        return true;
    }

    private closeAfterLoss(): void {
        this.closeForms();
        this.panel = this.selectedPerson ? 'detail' : 'none';
    }

    handleDismissNotice(): void {
        this.notice = null;
    }
}
