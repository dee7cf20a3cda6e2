import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import getWhitespace from '@salesforce/apex/WhitespaceController.getWhitespace';
import saveCell from '@salesforce/apex/WhitespaceController.saveCell';
import clearCell from '@salesforce/apex/WhitespaceController.clearCell';
import linkOpportunity from '@salesforce/apex/WhitespaceController.linkOpportunity';
import createPlay from '@salesforce/apex/WhitespaceController.createPlay';
import { formatLabel } from 'c/labelFormat';
import {
    buildGrid,
    familiesOf,
    gridView,
    type CellModel,
    type CellStatus,
    type GridModel,
    type SortKey,
    type SortOrder
} from 'c/whitespaceModel';
import { formatDate, fullAmount, STATUS_CLASSES, STATUS_LABELS, todayIso } from 'c/whitespaceFormat';
import {
    CELL_FIELDS,
    CELL_KEY,
    cellDraftFrom,
    cellRequest,
    dependentCellFields,
    PLAY_FIELDS,
    PLAY_KEY,
    PLAY_TYPES,
    playDraftFor,
    playRequest,
    splitServerErrors,
    validateCell,
    validatePlay,
    type CellDraft,
    type CellTarget,
    type FieldMessages,
    type PlayDraft
} from 'c/whitespaceValidation';
import { newOpportunityPage, recordPage } from 'c/whitespacePageReferences';
import type { CellSelectDetail, WhitespaceView } from 'c/whitespaceTable';
import type { StatusChangeDetail } from 'c/whitespaceLegend';
import type { CellDetailView, CellOpportunityView } from 'c/whitespaceCellDetail';
import type { CellConflictView, CellFieldChange, EditorNotice } from 'c/whitespaceAnnotationEditor';
import type { PlayFieldChange } from 'c/whitespacePlayForm';
import titleLabel from '@salesforce/label/c.Whitespace_Title';
import loadingLabel from '@salesforce/label/c.Whitespace_Loading';
import savingLabel from '@salesforce/label/c.Whitespace_Saving';
import retryLabel from '@salesforce/label/c.Whitespace_Retry';
import refreshLabel from '@salesforce/label/c.Whitespace_Refresh';
import loadErrorLabel from '@salesforce/label/c.Whitespace_Error_Load_Failed';
import saveFailedLabel from '@salesforce/label/c.Whitespace_Error_Save_Failed';
import actionFailedLabel from '@salesforce/label/c.Whitespace_Action_Failed';
import conflictLabel from '@salesforce/label/c.Whitespace_Error_Cell_Version_Conflict';
import cellGoneLabel from '@salesforce/label/c.Whitespace_Error_Cell_Not_Found';
import noProductsTitle from '@salesforce/label/c.Whitespace_Empty_No_Products_Title';
import noProductsBody from '@salesforce/label/c.Whitespace_Empty_No_Products_Body';
import noUnitsTitle from '@salesforce/label/c.Whitespace_Empty_No_Units_Title';
import noUnitsBody from '@salesforce/label/c.Whitespace_Empty_No_Units_Body';
import noPlanLabel from '@salesforce/label/c.Whitespace_No_Plan';
import readOnlyArchivedLabel from '@salesforce/label/c.Whitespace_Read_Only_Archived';
import readOnlyNoAccessLabel from '@salesforce/label/c.Whitespace_Read_Only_No_Access';
import truncatedLabel from '@salesforce/label/c.Whitespace_Truncated';
import familyLabel from '@salesforce/label/c.Whitespace_Filter_Family';
import allFamiliesLabel from '@salesforce/label/c.Whitespace_Filter_All_Families';
import sortRowsLabel from '@salesforce/label/c.Whitespace_Sort_Rows';
import sortColumnsLabel from '@salesforce/label/c.Whitespace_Sort_Columns';
import sortDefaultLabel from '@salesforce/label/c.Whitespace_Sort_Default';
import sortNameLabel from '@salesforce/label/c.Whitespace_Sort_Name';
import sortWonLabel from '@salesforce/label/c.Whitespace_Sort_Won';
import sortPipelineLabel from '@salesforce/label/c.Whitespace_Sort_Pipeline';
import sortPotentialLabel from '@salesforce/label/c.Whitespace_Sort_Potential';
import sortCoverageLabel from '@salesforce/label/c.Whitespace_Sort_Coverage';
import noMatchLabel from '@salesforce/label/c.Whitespace_No_Match';
import showAllLabel from '@salesforce/label/c.Whitespace_Show_All';
import captionLabel from '@salesforce/label/c.Whitespace_Grid_Caption';
import productHeaderLabel from '@salesforce/label/c.Whitespace_Header_Product';
import familyHeaderLabel from '@salesforce/label/c.Whitespace_Header_Family';
import detailTitleLabel from '@salesforce/label/c.Whitespace_Detail_Title';
import wonSinceLabel from '@salesforce/label/c.Whitespace_Detail_Won_Amount';
import editorTitleLabel from '@salesforce/label/c.Whitespace_Editor_Title';
import playHeadingLabel from '@salesforce/label/c.Whitespace_Play_Heading';
import playDefaultNameLabel from '@salesforce/label/c.Whitespace_Play_Default_Name';
import linkOptionLabel from '@salesforce/label/c.Whitespace_Link_Option';
import fixErrorsLabel from '@salesforce/label/c.Whitespace_Fix_Errors';
import toastSavedLabel from '@salesforce/label/c.Whitespace_Toast_Saved';
import toastClearedLabel from '@salesforce/label/c.Whitespace_Toast_Cleared';
import toastLinkedLabel from '@salesforce/label/c.Whitespace_Toast_Linked';
import toastUnlinkedLabel from '@salesforce/label/c.Whitespace_Toast_Unlinked';
import toastPlayLabel from '@salesforce/label/c.Whitespace_Toast_Play_Created';
import confirmDiscardTitle from '@salesforce/label/c.Whitespace_Confirm_Discard_Title';
import confirmDiscardMessage from '@salesforce/label/c.Whitespace_Confirm_Discard_Message';
import confirmClearTitle from '@salesforce/label/c.Whitespace_Confirm_Clear_Title';
import confirmClearMessage from '@salesforce/label/c.Whitespace_Confirm_Clear_Message';
import announceShownLabel from '@salesforce/label/c.Whitespace_Announce_Shown';

/** `WhitespaceCellResult.status` / `WhitespacePlayResult.status` values. */
const SAVED = 'saved';
const INVALID = 'invalid';
const CONFLICT = 'conflict';
const NOT_FOUND = 'notFound';

/** Keystone_Setting__mdt.Whitespace_Row_Source__c of a grid of product families. */
const ROW_SOURCE_FAMILY = 'Product Family';

type PanelMode = 'detail' | 'annotate' | 'play';

/** `LightningConfirm.open`, which @salesforce/lightning-types does not declare. */
interface ConfirmOpener {
    open(options: { label: string; message: string; theme?: string; variant?: string }): Promise<boolean>;
}
const confirmDialog = LightningConfirm as unknown as ConfirmOpener;

type Model = GridModel<
    Apex.WhitespaceRow,
    Apex.WhitespaceColumn,
    Apex.WhitespaceFact,
    Apex.WhitespaceAnnotation
>;
type Cell = CellModel<Apex.WhitespaceFact, Apex.WhitespaceAnnotation>;

type TableElement = HTMLElement & { focusCell(key: string): void };
type FormElement = HTMLElement & { focusFirstError(): boolean; focusField(field?: string): void };
type DetailElement = HTMLElement & { focusHeading(): void };

interface PanelNotice {
    title: string;
    messages: string[];
}

/** `load` shows its own failures; nothing is left to handle. */
const ignoreReported = (): void => undefined;

/** The messages without those of `fields`. */
function without(messages: FieldMessages, fields: readonly string[]): FieldMessages {
    return Object.fromEntries(Object.entries(messages).filter(([field]) => !fields.includes(field)));
}

/** Direction of each sort: names A–Z, figures highest first, the default order as loaded. */
function sortOrder(by: SortKey): SortOrder {
    return {
        by,
        direction:
            by === 'won' || by === 'pipeline' || by === 'potential' || by === 'coverage' ? 'desc' : 'asc'
    };
}

/**
 * The whitespace grid on the Account record page: the customer's products (or product families) × business
 * units, each cell classified from live opportunities and the KAM's annotations (c/whitespaceModel), with
 * totals, coverage, a legend that filters by status, a family filter and sorting. Opening a cell shows its
 * figures and opportunities and the actions from it: annotate (instant checks; a refused save keeps every
 * entry; a conflict shows what is saved now and lets the user choose), link an open opportunity, create an
 * opportunity prefilled for the unit, start a play. Loads in one Apex call; what the user may do is the
 * server's answer.
 */
export default class WhitespaceGrid extends NavigationMixin(LightningElement) {
    /** Title of the card; the default title when blank (an App Builder setting). */
    @api cardTitle: string | undefined;
    /** Set by the record page. */
    @api objectApiName: string | undefined;

    grid: Apex.WhitespaceGrid | undefined;
    view: WhitespaceView | undefined;
    loading = false;
    loadError: unknown;

    family = '';
    statuses: CellStatus[] = [];
    rowSort: SortKey = 'default';
    columnSort: SortKey = 'default';

    selectedKey: string | null = null;
    mode: PanelMode | null = null;
    saving = false;
    /** An unexpected failure of a change (not a refusal): shown through c-error-panel, entries kept. */
    callError: unknown;
    panelNotice: PanelNotice | null = null;

    cellTarget: CellTarget | null = null;
    cellDraft: CellDraft | null = null;
    cellTouched: Readonly<Record<string, true>> = {};
    cellSaveAttempted = false;
    cellServerErrors: FieldMessages = {};
    editorNotice: EditorNotice | null = null;
    conflict: CellConflictView | null = null;
    private conflictCurrent: Apex.WhitespaceAnnotation | null = null;

    playDraft: PlayDraft | null = null;
    playTouched: Readonly<Record<string, true>> = {};
    playSaveAttempted = false;
    playServerErrors: FieldMessages = {};
    playNotice: EditorNotice | null = null;

    announcement = '';

    labels = {
        retry: retryLabel,
        refresh: refreshLabel,
        loadError: loadErrorLabel,
        noProductsTitle,
        noProductsBody,
        noUnitsTitle,
        noUnitsBody,
        noPlan: noPlanLabel,
        truncated: truncatedLabel,
        family: familyLabel,
        sortRows: sortRowsLabel,
        sortColumns: sortColumnsLabel,
        noMatch: noMatchLabel,
        showAll: showAllLabel
    };

    private recordIdValue: string | undefined;
    private connected = false;
    private model: Model | undefined;
    private rowIndex = new Map<string, number>();
    private columnIndex = new Map<string, number>();
    private opportunities = new Map<string, Apex.WhitespaceOpportunity>();
    private focusAfterRender: 'editor' | 'editorError' | 'play' | 'playError' | 'detail' | null = null;

    /** The Account the page shows. */
    @api
    get recordId(): string | undefined {
        return this.recordIdValue;
    }
    set recordId(value: string | undefined) {
        const changed = value !== this.recordIdValue;
        this.recordIdValue = value;
        if (changed && this.connected) {
            this.load().catch(ignoreReported);
        }
    }

    override connectedCallback(): void {
        this.connected = true;
        // Moving the component on the page reconnects it: keep what is on screen (and the user's entries).
        if (!this.grid && !this.loading) {
            this.load().catch(ignoreReported);
        }
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    override renderedCallback(): void {
        const focus = this.focusAfterRender;
        if (!focus) {
            return;
        }
        this.focusAfterRender = null;
        if (focus === 'detail') {
            this.template?.querySelector<DetailElement>('c-whitespace-cell-detail')?.focusHeading();
            return;
        }
        const form = this.template?.querySelector<FormElement>(
            focus.startsWith('editor') ? 'c-whitespace-annotation-editor' : 'c-whitespace-play-form'
        );
        if (!form) {
            return;
        }
        if (!(focus.endsWith('Error') && form.focusFirstError())) {
            form.focusField();
        }
    }

    // ---- loading ----

    private async load(): Promise<void> {
        if (!this.recordIdValue) {
            return;
        }
        this.loading = true;
        this.loadError = undefined;
        try {
            this.show(await getWhitespace({ accountId: this.recordIdValue, planId: null }));
        } catch (error) {
            this.loadError = error;
        } finally {
            this.loading = false;
        }
    }

    /** Puts a grid on screen: classifies it and keeps the filters, sorting and open cell that still apply. */
    private show(grid: Apex.WhitespaceGrid): void {
        this.grid = grid;
        this.rowIndex = new Map(grid.rows.map((row, i) => [row.key, i]));
        this.columnIndex = new Map(grid.columns.map((column, i) => [column.key, i]));
        this.opportunities = new Map(grid.opportunities.map((opportunity) => [opportunity.id, opportunity]));
        if (this.family && !familiesOf(grid.rows).includes(this.family)) {
            this.family = '';
        }
        this.classify();
        if (this.selectedKey && !this.selectedCell) {
            this.closePanel();
        }
    }

    /** Classifies every cell again (after the grid or an annotation changed). */
    private classify(): void {
        this.model = this.grid ? buildGrid(this.grid) : undefined;
        this.applyView();
    }

    /** Filters and sorts the classified grid. */
    private applyView(): void {
        this.view = this.model
            ? gridView(this.model, {
                  family: this.family,
                  statuses: this.statuses,
                  rowSort: sortOrder(this.rowSort),
                  columnSort: sortOrder(this.columnSort)
              })
            : undefined;
    }

    handleRefresh(): Promise<void> {
        return this.load();
    }

    // ---- what the template shows ----

    get heading(): string {
        return this.cardTitle?.trim() || titleLabel;
    }

    get spinnerText(): string {
        return this.saving ? savingLabel : loadingLabel;
    }

    get busy(): boolean {
        return this.loading || this.saving;
    }

    get showLoadError(): boolean {
        return Boolean(this.loadError) && !this.loading;
    }

    get hasGrid(): boolean {
        return Boolean(this.grid) && !this.showLoadError;
    }

    get noProducts(): boolean {
        return this.hasGrid && (this.grid?.rows.length ?? 0) === 0;
    }

    get noUnits(): boolean {
        return this.hasGrid && !this.noProducts && (this.grid?.columns.length ?? 0) === 0;
    }

    get showGrid(): boolean {
        return this.hasGrid && !this.noProducts && !this.noUnits;
    }

    get noMatch(): boolean {
        return this.showGrid && (this.view?.rows.length ?? 0) === 0;
    }

    get showTable(): boolean {
        return this.showGrid && !this.noMatch;
    }

    get noPlan(): boolean {
        return this.hasGrid && !this.grid?.plan;
    }

    get readOnlyNotice(): string {
        const grid = this.grid;
        if (!grid?.plan) {
            return '';
        }
        if (grid.plan.isReadOnly) {
            return readOnlyArchivedLabel;
        }
        return grid.access.canEdit ? '' : readOnlyNoAccessLabel;
    }

    get truncated(): boolean {
        const truncated = this.grid?.truncated;
        return Boolean(
            truncated && (truncated.rows || truncated.columns || truncated.facts || truncated.opportunities)
        );
    }

    private get planEditable(): boolean {
        return Boolean(this.grid?.plan && !this.grid.plan.isReadOnly);
    }

    get canEdit(): boolean {
        return this.planEditable && this.grid?.access.canEdit === true;
    }

    get canCreatePlay(): boolean {
        return this.planEditable && this.grid?.access.canCreatePlay === true;
    }

    get canCreateOpportunity(): boolean {
        return this.grid?.access.canCreateOpportunity === true;
    }

    get caption(): string {
        return formatLabel(captionLabel, this.grid?.accountName ?? '');
    }

    get rowHeaderLabel(): string {
        return this.grid?.settings.rowSource === ROW_SOURCE_FAMILY ? familyHeaderLabel : productHeaderLabel;
    }

    get currencyCode(): string {
        return this.grid?.currencyCode ?? 'USD';
    }

    get showFamilyFilter(): boolean {
        return this.grid?.settings.rowSource !== ROW_SOURCE_FAMILY && this.familyOptions.length > 2;
    }

    get familyOptions(): { value: string; label: string }[] {
        return [
            { value: '', label: allFamiliesLabel },
            ...familiesOf(this.grid?.rows ?? []).map((family) => ({ value: family, label: family }))
        ];
    }

    get sortOptions(): { value: SortKey; label: string }[] {
        return [
            { value: 'default', label: sortDefaultLabel },
            { value: 'label', label: sortNameLabel },
            { value: 'won', label: sortWonLabel },
            { value: 'pipeline', label: sortPipelineLabel },
            { value: 'potential', label: sortPotentialLabel },
            { value: 'coverage', label: sortCoverageLabel }
        ];
    }

    get statusCounts(): Partial<Record<CellStatus, number>> {
        return this.view?.statusCounts ?? {};
    }

    // ---- filters and sorting ----

    handleFamilyChange(event: CustomEvent<{ value: string }>): void {
        this.family = event.detail.value;
        this.applyView();
        this.announceShown();
    }

    handleStatusChange(event: CustomEvent<StatusChangeDetail>): void {
        this.statuses = event.detail.statuses;
        this.applyView();
        this.announceShown();
    }

    handleRowSortChange(event: CustomEvent<{ value: SortKey }>): void {
        this.rowSort = event.detail.value;
        this.applyView();
    }

    handleColumnSortChange(event: CustomEvent<{ value: SortKey }>): void {
        this.columnSort = event.detail.value;
        this.applyView();
    }

    handleShowAll(): void {
        this.family = '';
        this.statuses = [];
        this.applyView();
        this.announceShown();
    }

    private announceShown(): void {
        this.announcement = formatLabel(
            announceShownLabel,
            this.view?.rows.length ?? 0,
            this.view?.columns.length ?? 0
        );
    }

    // ---- the open cell ----

    private cellAt(rowKey: string, columnKey: string): Cell | null {
        const r = this.rowIndex.get(rowKey);
        const c = this.columnIndex.get(columnKey);
        return r === undefined || c === undefined ? null : (this.model?.cells[r]?.[c] ?? null);
    }

    get selectedCell(): Cell | null {
        if (!this.selectedKey || !this.model) {
            return null;
        }
        const separator = this.selectedKey.indexOf('|');
        return this.cellAt(this.selectedKey.slice(0, separator), this.selectedKey.slice(separator + 1));
    }

    private labelsOf(cell: { rowKey: string; columnKey: string }): {
        row: string;
        column: string;
        title: string;
    } {
        const row = this.grid?.rows[this.rowIndex.get(cell.rowKey) ?? -1]?.label ?? '';
        const column = this.grid?.columns[this.columnIndex.get(cell.columnKey) ?? -1]?.label ?? '';
        return { row, column, title: formatLabel(detailTitleLabel, row, column) };
    }

    get showDetail(): boolean {
        return this.mode === 'detail' && this.detail !== undefined;
    }

    get showEditor(): boolean {
        return this.mode === 'annotate' && this.cellDraft !== null;
    }

    get showPlayForm(): boolean {
        return this.mode === 'play' && this.playDraft !== null;
    }

    get showPanel(): boolean {
        return this.showDetail || this.showEditor || this.showPlayForm;
    }

    private opportunityView(opportunity: Apex.WhitespaceOpportunity): CellOpportunityView {
        return {
            id: opportunity.id,
            name: opportunity.name,
            stage: opportunity.stageName,
            amount: fullAmount(opportunity.amount, this.currencyCode),
            closeDate: formatDate(opportunity.closeDate)
        };
    }

    /** The open opportunities of the cell's unit, for linking and for a play. */
    private openOpportunitiesOf(columnKey: string): Apex.WhitespaceOpportunity[] {
        return (this.grid?.opportunities ?? []).filter(
            (opportunity) => !opportunity.isClosed && opportunity.columnKey === columnKey
        );
    }

    private opportunityOption(opportunity: Apex.WhitespaceOpportunity): { value: string; label: string } {
        return {
            value: opportunity.id,
            label: formatLabel(
                linkOptionLabel,
                opportunity.name,
                opportunity.stageName,
                formatDate(opportunity.closeDate)
            )
        };
    }

    get detail(): CellDetailView | undefined {
        const cell = this.selectedCell;
        if (!cell) {
            return undefined;
        }
        const currency = this.currencyCode;
        const ids = [...(cell.fact?.opportunityIds ?? [])];
        const linkedId = cell.annotation?.opportunityId ?? null;
        if (linkedId && !ids.includes(linkedId)) {
            ids.unshift(linkedId);
        }
        const opportunities = ids
            .map((id) => this.opportunities.get(id))
            .filter((opportunity): opportunity is Apex.WhitespaceOpportunity => opportunity !== undefined)
            .map((opportunity) => this.opportunityView(opportunity));
        const annotation = cell.annotation;
        const statusLabels = new Map((this.grid?.picklists.cellStatus ?? []).map((o) => [o.value, o.label]));
        return {
            key: cell.key,
            title: this.labelsOf(cell).title,
            statusLabel: STATUS_LABELS[cell.status],
            statusClass: STATUS_CLASSES[cell.status],
            wonLabel: formatLabel(wonSinceLabel, formatDate(this.grid?.wonSince)),
            wonAmount: fullAmount(cell.wonAmount, currency),
            wonCount: cell.wonCount,
            lastWon: formatDate(cell.fact?.lastWonDate),
            openAmount: fullAmount(cell.openAmount, currency),
            openCount: cell.openCount,
            nextClose: formatDate(cell.fact?.nextCloseDate),
            potential: fullAmount(cell.potentialValue, currency),
            opportunities,
            annotation: annotation
                ? {
                      status: statusLabels.get(annotation.status) ?? annotation.status,
                      competitor: annotation.competitor ?? '',
                      potential: fullAmount(annotation.potentialValue, currency),
                      note: annotation.note ?? '',
                      linkedId,
                      linkedName:
                          annotation.opportunityName ??
                          (linkedId ? (this.opportunities.get(linkedId)?.name ?? '') : '')
                  }
                : null,
            overridden: cell.overridden,
            linkOptions: this.openOpportunitiesOf(cell.columnKey)
                .filter((opportunity) => opportunity.id !== linkedId)
                .map((opportunity) => this.opportunityOption(opportunity))
        };
    }

    async handleCellSelect(event: CustomEvent<CellSelectDetail>): Promise<void> {
        const key = event.detail.key;
        if (key === this.selectedKey && this.mode !== null) {
            return;
        }
        if (!(await this.mayLeaveForm())) {
            return;
        }
        this.selectedKey = key;
        this.mode = 'detail';
        this.resetForms();
        this.focusAfterRender = 'detail';
    }

    handleClosePanel(): void {
        const key = this.selectedKey;
        this.closePanel();
        if (key) {
            this.template?.querySelector<TableElement>('c-whitespace-table')?.focusCell(key);
        }
    }

    private closePanel(): void {
        this.selectedKey = null;
        this.mode = null;
        this.resetForms();
    }

    private resetForms(): void {
        this.cellTarget = null;
        this.cellDraft = null;
        this.cellTouched = {};
        this.cellSaveAttempted = false;
        this.cellServerErrors = {};
        this.editorNotice = null;
        this.conflict = null;
        this.conflictCurrent = null;
        this.playDraft = null;
        this.playTouched = {};
        this.playSaveAttempted = false;
        this.playServerErrors = {};
        this.playNotice = null;
        this.panelNotice = null;
        this.callError = undefined;
    }

    /** Whether the open form may be left: no entries, or the user agrees to discard them. */
    private async mayLeaveForm(): Promise<boolean> {
        if (!this.formDirty()) {
            return true;
        }
        return confirmDialog.open({
            label: confirmDiscardTitle,
            message: confirmDiscardMessage,
            theme: 'warning'
        });
    }

    private formDirty(): boolean {
        if (this.mode === 'annotate' && this.cellDraft) {
            const saved = cellDraftFrom(this.cellTarget?.annotation);
            return CELL_FIELDS.some((field) => (this.cellDraft?.[field] ?? null) !== (saved[field] ?? null));
        }
        return this.mode === 'play' && Object.keys(this.playTouched).length > 0;
    }

    private toast(title: string, message = ''): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant: 'success' }));
    }

    /** Puts a saved (or deleted, or current) annotation of a cell on screen and classifies again. */
    private applyAnnotation(
        rowKey: string,
        columnKey: string,
        annotation: Apex.WhitespaceAnnotation | null
    ): void {
        const grid = this.grid;
        if (!grid) {
            return;
        }
        this.grid = {
            ...grid,
            annotations: [
                ...grid.annotations.filter(
                    (known) => known.rowKey !== rowKey || known.columnKey !== columnKey
                ),
                ...(annotation ? [annotation] : [])
            ]
        };
        this.classify();
    }

    // ---- annotating ----

    get editorHeading(): string {
        return this.cellTarget ? formatLabel(editorTitleLabel, this.labelsOf(this.cellTarget).title) : '';
    }

    get statusOptions(): Apex.PicklistOption[] {
        return this.grid?.picklists.cellStatus ?? [];
    }

    /** The messages at the editor's fields: the server's, then this browser's checks of touched fields. */
    get cellErrors(): FieldMessages {
        const draft = this.cellDraft;
        if (!draft) {
            return {};
        }
        const shown: Record<string, string> = { ...this.cellServerErrors };
        for (const [field, message] of Object.entries(validateCell(draft, this.statusValues()))) {
            if (this.cellSaveAttempted || this.cellTouched[field]) {
                shown[field] = message;
            }
        }
        return shown;
    }

    private statusValues(): string[] | undefined {
        const options = this.grid?.picklists.cellStatus;
        return options && options.length > 0 ? options.map((option) => option.value) : undefined;
    }

    handleAnnotate(): void {
        const cell = this.selectedCell;
        const planId = this.grid?.plan?.id;
        if (!cell || !planId || !this.canEdit) {
            return;
        }
        this.resetForms();
        this.cellTarget = {
            planId,
            rowKey: cell.rowKey,
            columnKey: cell.columnKey,
            annotation: cell.annotation
        };
        this.cellDraft = cellDraftFrom(cell.annotation);
        this.mode = 'annotate';
        this.focusAfterRender = 'editor';
    }

    handleCellFieldChange(event: CustomEvent<CellFieldChange>): void {
        const draft = this.cellDraft;
        if (!draft) {
            return;
        }
        const { field, value } = event.detail;
        this.cellDraft = { ...draft, [field]: value };
        const fields = [field, ...dependentCellFields(field)];
        this.cellTouched = {
            ...this.cellTouched,
            ...Object.fromEntries(fields.map((key) => [key, true as const]))
        };
        this.cellServerErrors = without(this.cellServerErrors, fields);
        if (this.editorNotice && Object.keys(this.cellErrors).length === 0) {
            this.editorNotice = null;
        }
    }

    handleCellCancel(): void {
        this.resetForms();
        this.mode = 'detail';
        this.focusAfterRender = 'detail';
    }

    async handleCellSave(): Promise<void> {
        const draft = this.cellDraft;
        const target = this.cellTarget;
        if (!draft || !target || this.saving) {
            return;
        }
        this.cellSaveAttempted = true;
        if (Object.keys(validateCell(draft, this.statusValues())).length > 0) {
            this.editorNotice = { title: fixErrorsLabel, messages: [] };
            this.focusAfterRender = 'editorError';
            return;
        }
        this.saving = true;
        this.callError = undefined;
        try {
            const result = await saveCell({ request: cellRequest(draft, target) });
            this.applyCellResult(result, target);
        } catch (error) {
            this.callError = error;
        } finally {
            this.saving = false;
        }
    }

    private applyCellResult(result: Apex.WhitespaceCellResult, target: CellTarget): void {
        this.conflict = null;
        switch (result.status) {
            case SAVED:
                this.applyAnnotation(target.rowKey, target.columnKey, result.annotation);
                this.resetForms();
                this.mode = 'detail';
                this.focusAfterRender = 'detail';
                this.toast(toastSavedLabel, this.labelsOf(target).title);
                break;
            case INVALID: {
                const split = splitServerErrors(result, CELL_KEY, CELL_FIELDS);
                this.cellServerErrors = split.byField;
                this.editorNotice = { title: saveFailedLabel, messages: split.other };
                this.focusAfterRender = 'editorError';
                break;
            }
            case CONFLICT:
            case NOT_FOUND: {
                const current = result.status === CONFLICT ? result.current : null;
                this.conflictCurrent = current;
                this.conflict = this.conflictView(current, result.message, result.status === NOT_FOUND);
                this.editorNotice = null;
                this.applyAnnotation(target.rowKey, target.columnKey, current);
                break;
            }
            default:
                this.editorNotice = {
                    title: saveFailedLabel,
                    messages: result.message ? [result.message] : []
                };
        }
    }

    /**
     * What a conflict shows. Without a current annotation (deleted, or the server could not name it), saving
     * the entries creates the annotation again; should one exist after all, the server answers with it.
     */
    private conflictView(
        current: Apex.WhitespaceAnnotation | null,
        message: string | null,
        deleted: boolean
    ): CellConflictView {
        const statusLabels = new Map(this.statusOptions.map((option) => [option.value, option.label]));
        return {
            deleted,
            known: current !== null,
            message: message || (deleted ? cellGoneLabel : conflictLabel),
            status: current ? (statusLabels.get(current.status) ?? current.status) : '',
            competitor: current?.competitor ?? '',
            potential: fullAmount(current?.potentialValue, this.currencyCode),
            note: current?.note ?? ''
        };
    }

    /** After a conflict: save the user's entries over what is saved now (or again, when it was deleted). */
    async handleKeepMine(): Promise<void> {
        if (!this.cellTarget) {
            return;
        }
        this.cellTarget = { ...this.cellTarget, annotation: this.conflictCurrent };
        this.conflict = null;
        await this.handleCellSave();
    }

    /** After a conflict: take what is saved now into the form; the user's entries are dropped on request. */
    handleTakeTheirs(): void {
        if (!this.cellTarget) {
            return;
        }
        this.cellTarget = { ...this.cellTarget, annotation: this.conflictCurrent };
        this.cellDraft = cellDraftFrom(this.conflictCurrent);
        this.cellTouched = {};
        this.cellServerErrors = {};
        this.cellSaveAttempted = false;
        this.conflict = null;
        this.focusAfterRender = 'editor';
    }

    // ---- clearing and linking ----

    async handleClear(): Promise<void> {
        const cell = this.selectedCell;
        const annotation = cell?.annotation;
        if (!cell || !annotation || this.saving) {
            return;
        }
        const confirmed = await confirmDialog.open({
            label: confirmClearTitle,
            message: confirmClearMessage,
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        await this.change(
            () => clearCell({ cellId: annotation.id, expectedVersion: annotation.version }),
            cell,
            toastClearedLabel
        );
    }

    async handleLink(event: CustomEvent<{ opportunityId: string | null }>): Promise<void> {
        const cell = this.selectedCell;
        const planId = this.grid?.plan?.id;
        if (!cell || !planId || this.saving) {
            return;
        }
        const opportunityId = event.detail.opportunityId;
        await this.change(
            () =>
                linkOpportunity({
                    request: {
                        planId,
                        rowKey: cell.rowKey,
                        columnKey: cell.columnKey,
                        cellId: cell.annotation?.id ?? null,
                        expectedVersion: cell.annotation ? cell.annotation.version : null,
                        opportunityId
                    }
                }),
            cell,
            opportunityId ? toastLinkedLabel : toastUnlinkedLabel
        );
    }

    /** Runs a change of the open cell from its panel and shows the outcome there. */
    private async change(
        call: () => Promise<Apex.WhitespaceCellResult>,
        cell: Cell,
        success: string
    ): Promise<void> {
        this.saving = true;
        this.callError = undefined;
        this.panelNotice = null;
        try {
            const result = await call();
            if (result.status === SAVED) {
                this.applyAnnotation(cell.rowKey, cell.columnKey, result.annotation);
                this.toast(success, this.labelsOf(cell).title);
                return;
            }
            if (result.status === CONFLICT || result.status === NOT_FOUND) {
                this.applyAnnotation(
                    cell.rowKey,
                    cell.columnKey,
                    result.status === CONFLICT ? result.current : null
                );
            }
            const split = splitServerErrors(result, CELL_KEY, []);
            this.panelNotice = { title: actionFailedLabel, messages: split.other };
        } catch (error) {
            this.callError = error;
        } finally {
            this.saving = false;
        }
    }

    // ---- opportunities ----

    handleCreateOpportunity(): void {
        const cell = this.selectedCell;
        const grid = this.grid;
        if (!cell || !grid) {
            return;
        }
        const column = grid.columns[this.columnIndex.get(cell.columnKey) ?? -1];
        const names = this.labelsOf(cell);
        this[NavigationMixin.Navigate](
            newOpportunityPage({
                accountId: column?.accountId ?? grid.accountId,
                productLabel: names.row,
                unitLabel: names.column
            })
        );
    }

    handleOpenRecord(event: CustomEvent<{ recordId: string }>): void {
        this[NavigationMixin.Navigate](recordPage(event.detail.recordId, OPPORTUNITY_OBJECT.objectApiName));
    }

    // ---- plays ----

    get playHeading(): string {
        const cell = this.selectedCell;
        return cell ? formatLabel(playHeadingLabel, this.labelsOf(cell).title) : '';
    }

    get playTypeOptions(): Apex.PicklistOption[] {
        return this.grid?.picklists.playType ?? [];
    }

    get playOpportunityOptions(): { value: string; label: string }[] {
        const cell = this.selectedCell;
        return cell ? this.openOpportunitiesOf(cell.columnKey).map((o) => this.opportunityOption(o)) : [];
    }

    get playErrors(): FieldMessages {
        const draft = this.playDraft;
        if (!draft) {
            return {};
        }
        const shown: Record<string, string> = { ...this.playServerErrors };
        for (const [field, message] of Object.entries(
            validatePlay(draft, todayIso(), this.playTypeValues())
        )) {
            if (this.playSaveAttempted || this.playTouched[field]) {
                shown[field] = message;
            }
        }
        return shown;
    }

    private playTypeValues(): string[] | undefined {
        const options = this.grid?.picklists.playType;
        return options && options.length > 0 ? options.map((option) => option.value) : undefined;
    }

    handleCreatePlay(): void {
        const cell = this.selectedCell;
        if (!cell || !this.canCreatePlay) {
            return;
        }
        const types = this.playTypeValues() ?? Object.values(PLAY_TYPES);
        const preferred = cell.status === 'won' ? PLAY_TYPES.expansion : PLAY_TYPES.crossSell;
        const linked = cell.linkedOpportunity;
        const names = this.labelsOf(cell);
        this.resetForms();
        this.playDraft = playDraftFor({
            name: formatLabel(playDefaultNameLabel, names.row, names.column),
            type: types.includes(preferred) ? preferred : (types[0] ?? preferred),
            estimatedValue: cell.potentialValue,
            opportunityId: linked && !linked.isClosed ? linked.id : null
        });
        this.mode = 'play';
        this.focusAfterRender = 'play';
    }

    handlePlayFieldChange(event: CustomEvent<PlayFieldChange>): void {
        const draft = this.playDraft;
        if (!draft) {
            return;
        }
        const { field, value } = event.detail;
        this.playDraft = { ...draft, [field]: value };
        this.playTouched = { ...this.playTouched, [field]: true };
        this.playServerErrors = without(this.playServerErrors, [field]);
        if (this.playNotice && Object.keys(this.playErrors).length === 0) {
            this.playNotice = null;
        }
    }

    handlePlayCancel(): void {
        this.resetForms();
        this.mode = 'detail';
        this.focusAfterRender = 'detail';
    }

    async handlePlaySave(): Promise<void> {
        const draft = this.playDraft;
        const cell = this.selectedCell;
        const planId = this.grid?.plan?.id;
        if (!draft || !cell || !planId || this.saving) {
            return;
        }
        this.playSaveAttempted = true;
        if (Object.keys(validatePlay(draft, todayIso(), this.playTypeValues())).length > 0) {
            this.playNotice = { title: fixErrorsLabel, messages: [] };
            this.focusAfterRender = 'playError';
            return;
        }
        this.saving = true;
        this.callError = undefined;
        try {
            const result = await createPlay({
                request: playRequest(draft, { planId, rowKey: cell.rowKey, columnKey: cell.columnKey })
            });
            if (result.status === SAVED) {
                this.resetForms();
                this.mode = 'detail';
                this.focusAfterRender = 'detail';
                this.toast(toastPlayLabel, draft.name?.trim() ?? '');
            } else {
                const split = splitServerErrors(result, PLAY_KEY, PLAY_FIELDS);
                this.playServerErrors = split.byField;
                this.playNotice = { title: saveFailedLabel, messages: split.other };
                this.focusAfterRender = 'playError';
            }
        } catch (error) {
            this.callError = error;
        } finally {
            this.saving = false;
        }
    }
}
