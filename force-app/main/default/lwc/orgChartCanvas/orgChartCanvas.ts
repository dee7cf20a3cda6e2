import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import {
    buildForest,
    canReportTo,
    collapsedBeyond,
    reveal,
    toggle,
    visibleTree,
    type Forest,
    type VisibleTree
} from 'c/orgChartForest';
import {
    DEFAULT_LAYOUT,
    layoutTree,
    linePaths,
    nodesInView,
    type ChartLayout,
    type PlacedNode,
    type Viewport
} from 'c/orgChartLayout';
import {
    NAVIGATION_KEYS,
    navigate,
    navigationModel,
    type NavigationKey,
    type NavigationModel
} from 'c/orgChartNavigation';
import treeLabel from '@salesforce/label/c.OrgChart_Canvas_Tree';
import unitFilterLabel from '@salesforce/label/c.OrgChart_Canvas_Filter_Unit';
import roleFilterLabel from '@salesforce/label/c.OrgChart_Canvas_Filter_Role';
import anyLabel from '@salesforce/label/c.OrgChart_Canvas_Filter_Any';
import zoomInLabel from '@salesforce/label/c.OrgChart_Canvas_Zoom_In';
import zoomOutLabel from '@salesforce/label/c.OrgChart_Canvas_Zoom_Out';
import fitLabel from '@salesforce/label/c.OrgChart_Canvas_Fit';
import expandAllLabel from '@salesforce/label/c.OrgChart_Canvas_Expand_All';
import collapseLabel from '@salesforce/label/c.OrgChart_Canvas_Collapse';
import matchCountLabel from '@salesforce/label/c.OrgChart_Canvas_Match_Count';
import peopleCountLabel from '@salesforce/label/c.OrgChart_Canvas_People_Count';
import noMatchLabel from '@salesforce/label/c.OrgChart_Canvas_No_Match';
import hiddenBelowLabel from '@salesforce/label/c.OrgChart_Canvas_Hidden_Below';
import scoreLabel from '@salesforce/label/c.OrgChart_Canvas_Score';
import stanceLabel from '@salesforce/label/c.OrgChart_Canvas_Stance';
import placeholderLabel from '@salesforce/label/c.OrgChart_Placeholder';
import executiveLabel from '@salesforce/label/c.OrgChart_Executive';
import executiveShortLabel from '@salesforce/label/c.OrgChart_Executive_Short';
import keyboardHelpLabel from '@salesforce/label/c.OrgChart_Canvas_Keyboard_Help';
import legendLabel from '@salesforce/label/c.OrgChart_Legend';
import legendStanceLabel from '@salesforce/label/c.OrgChart_Legend_Stance';
import legendLinesLabel from '@salesforce/label/c.OrgChart_Legend_Lines';
import legendScoreLabel from '@salesforce/label/c.OrgChart_Legend_Score';

/** Zoom steps (1 = actual size). */
const ZOOMS = [0.25, 0.4, 0.55, 0.7, 0.85, 1, 1.2, 1.5];
/** Room rendered around the viewport, in chart pixels, so that scrolling shows cards at once. */
const VIEW_MARGIN = 320;
/** Viewport width assumed until the browser has measured it (and in environments without layout). */
const ASSUMED_WIDTH = 1000;

const STANCE_CLASSES: Readonly<Record<string, string>> = {
    Advocate: 'stance-advocate',
    Supporter: 'stance-supporter',
    Neutral: 'stance-neutral',
    Skeptic: 'stance-skeptic',
    Opponent: 'stance-opponent'
};

/** Relationship types: their line style and whether they have a direction. */
const LINE_STYLES: Readonly<Record<string, { className: string; directed: boolean }>> = {
    Influences: { className: 'line line-influence', directed: true },
    'Conflicts With': { className: 'line line-conflict', directed: false },
    'Allied With': { className: 'line line-alliance', directed: false }
};

/** A card as the template renders it. */
interface CardView {
    id: string;
    style: string;
    className: string;
    /** What a screen reader hears after the name, title and role: what the card shows by colour and badges. */
    spoken: string;
    name: string;
    title: string;
    role: string;
    score: string;
    scoreClass: string;
    isExecutive: boolean;
    level: number;
    setSize: number;
    position: number;
    expanded: string | null;
    selected: string;
    tabIndex: string;
    draggable: string;
    hasToggle: boolean;
    toggleText: string;
    toggleClass: string;
}

interface LineView {
    id: string;
    d: string;
    arrow: string;
    className: string;
    arrowClass: string;
    directed: boolean;
}

interface LegendItem {
    key: string;
    label: string;
    className: string;
}

const labelOf = (
    options: readonly Apex.PicklistOption[] | undefined,
    value: string | null | undefined
): string => (value ? (options?.find((option) => option.value === value)?.label ?? value) : '');

function scoreClassOf(score: number | null | undefined): string {
    if (score === null || score === undefined) {
        return 'score';
    }
    return score >= 70 ? 'score score-strong' : score >= 40 ? 'score score-medium' : 'score score-weak';
}

/**
 * The org chart itself: the people of the map laid out as a tidy tree (only the cards near the viewport are
 * rendered), reporting lines, influence / conflict / alliance lines, filters by business unit and buying role,
 * zoom and fit, expand and collapse, a legend, keyboard movement (an ARIA tree: arrows, Home/End, Enter
 * selects, Space opens or closes), and moving a person under another by drag and drop.
 * Fires `select` ({ id }) and `move` ({ id, reportsToId }).
 */
export default class OrgChartCanvas extends LightningElement {
    /** The people of the map. */
    @api
    get people(): readonly Apex.StakeholderNode[] {
        return this.peopleValue;
    }
    set people(value: readonly Apex.StakeholderNode[] | undefined) {
        this.peopleValue = value ?? [];
        this.forest = buildForest(this.peopleValue);
        if (this.connected) {
            this.prepare();
        }
    }

    @api
    get relationships(): readonly Apex.RelationshipLine[] {
        return this.relationshipsValue;
    }
    set relationships(value: readonly Apex.RelationshipLine[] | undefined) {
        this.relationshipsValue = value ?? [];
        if (this.connected) {
            this.refreshLines();
        }
    }

    /** The person whose details are open: highlighted, and the chart opens the way to them. */
    @api
    get selectedId(): string | null {
        return this.selectedValue;
    }
    set selectedId(value: string | null | undefined) {
        this.selectedValue = value ?? null;
        if (this.selectedValue) {
            this.activeId = this.selectedValue;
        }
        if (!this.connected) {
            return;
        }
        if (this.revealSelected()) {
            this.relayout();
        } else {
            this.refreshView();
        }
        this.scrollIntoViewPending = Boolean(this.selectedValue);
    }

    /** Levels open at first (0: all). */
    @api initialLevels = 3;
    /** Height of the chart area in pixels. */
    @api height = 560;
    /** People can be moved under someone else by dragging. */
    @api canMove = false;
    @api businessUnits: readonly Apex.PicklistOption[] | undefined;
    @api picklists: Apex.RelationshipMapPicklists | undefined;
    /** Name of the organisation, for the tree's accessible name. */
    @api accountName: string | undefined;

    unitFilter = '';
    roleFilter = '';
    zoom = 1;
    renderedNodes: CardView[] = [];
    lines: LineView[] = [];
    connectors = '';
    layoutWidth = 0;
    layoutHeight = 0;
    keptCount = 0;

    labels = {
        unitFilter: unitFilterLabel,
        roleFilter: roleFilterLabel,
        zoomIn: zoomInLabel,
        zoomOut: zoomOutLabel,
        fit: fitLabel,
        expandAll: expandAllLabel,
        collapse: collapseLabel,
        noMatch: noMatchLabel,
        keyboardHelp: keyboardHelpLabel,
        legend: legendLabel,
        legendStance: legendStanceLabel,
        legendLines: legendLinesLabel,
        legendScore: legendScoreLabel,
        placeholder: placeholderLabel,
        executive: executiveLabel,
        executiveShort: executiveShortLabel
    };

    private peopleValue: readonly Apex.StakeholderNode[] = [];
    private relationshipsValue: readonly Apex.RelationshipLine[] = [];
    private selectedValue: string | null = null;
    private forest: Forest<Apex.StakeholderNode> = buildForest([]);
    private collapsed: Set<string> = new Set();
    private collapsedReady = false;
    private tree: VisibleTree | null = null;
    private layout: ChartLayout | null = null;
    private navigation: NavigationModel | null = null;
    /** Position among shown siblings and their number, by id. */
    private siblingPlace = new Map<string, [number, number]>();
    private activeId: string | null = null;
    private view: Viewport = { left: 0, top: 0, width: ASSUMED_WIDTH, height: 560 };
    private viewPlaced = false;
    private focusPending = false;
    private scrollIntoViewPending = false;
    private dragId: string | null = null;
    private dropTargetId: string | null = null;
    private scrollPending = false;
    private connected = false;

    // ---- what the template shows ----

    get treeLabel(): string {
        return formatLabel(treeLabel, this.accountName ?? '');
    }

    get viewportStyle(): string {
        return `height:${this.height}px`;
    }

    get stageStyle(): string {
        return `width:${Math.ceil(this.layoutWidth * this.zoom)}px;height:${Math.ceil(this.layoutHeight * this.zoom)}px`;
    }

    get layerStyle(): string {
        return `width:${this.layoutWidth}px;height:${this.layoutHeight}px;transform:scale(${this.zoom})`;
    }

    get unitOptions(): Apex.PicklistOption[] {
        return [{ value: '', label: anyLabel }, ...(this.businessUnits ?? [])];
    }

    get roleOptions(): Apex.PicklistOption[] {
        return [{ value: '', label: anyLabel }, ...(this.picklists?.buyingRole ?? [])];
    }

    get filtering(): boolean {
        return Boolean(this.unitFilter || this.roleFilter);
    }

    get countText(): string {
        return this.filtering
            ? formatLabel(matchCountLabel, this.keptCount, this.peopleValue.length)
            : formatLabel(peopleCountLabel, this.peopleValue.length);
    }

    get noMatch(): boolean {
        return this.filtering && this.keptCount === 0;
    }

    get zoomPercent(): string {
        return `${Math.round(this.zoom * 100)} %`;
    }

    get cannotZoomIn(): boolean {
        return this.zoom >= (ZOOMS[ZOOMS.length - 1] ?? 1);
    }

    get cannotZoomOut(): boolean {
        return this.zoom <= (ZOOMS[0] ?? 1);
    }

    get stanceLegend(): LegendItem[] {
        return (this.picklists?.stance ?? []).map((option) => ({
            key: option.value,
            label: option.label,
            className: `swatch ${STANCE_CLASSES[option.value] ?? 'stance-unknown'}`
        }));
    }

    get lineLegend(): LegendItem[] {
        return (this.picklists?.relationshipType ?? []).map((option) => ({
            key: option.value,
            label: option.label,
            className: `line-swatch ${(LINE_STYLES[option.value]?.className ?? 'line').replace('line ', '')}`
        }));
    }

    override connectedCallback(): void {
        this.connected = true;
        this.prepare();
    }

    // ---- building what is shown ----

    /** Everything shown, from the people: the first time, only the first levels are open. */
    private prepare(): void {
        if (!this.collapsedReady && this.peopleValue.length > 0) {
            this.collapsed = collapsedBeyond(this.forest, this.initialLevels);
            this.collapsedReady = true;
        }
        this.revealSelected();
        this.relayout();
    }

    private matches(): ((person: Apex.StakeholderNode) => boolean) | undefined {
        const unit = this.unitFilter;
        const role = this.roleFilter;
        if (!unit && !role) {
            return undefined;
        }
        return (person) => (!unit || person.businessUnitId === unit) && (!role || person.buyingRole === role);
    }

    /** Opens the way to the selected person; true when something opened. */
    private revealSelected(): boolean {
        const id = this.selectedValue;
        if (!id || !this.forest.byId.has(id)) {
            return false;
        }
        const opened = reveal(this.forest, this.collapsed, id);
        if (opened.size === this.collapsed.size) {
            return false;
        }
        this.collapsed = opened;
        return true;
    }

    /** Lays the shown people out again (after data, filter or collapse changes) and renders what is in view. */
    private relayout(): void {
        const tree = visibleTree(this.forest, this.collapsed, this.matches());
        const layout = layoutTree(tree, DEFAULT_LAYOUT);
        this.tree = tree;
        this.layout = layout;
        this.navigation = null;
        this.keptCount = tree.kept;
        this.layoutWidth = layout.width;
        this.layoutHeight = layout.height;
        this.connectors = layout.connectors;
        const place = new Map<string, [number, number]>();
        const number = (ids: readonly string[]): void => {
            ids.forEach((id, index) => place.set(id, [index + 1, ids.length]));
        };
        number(tree.roots);
        for (const reports of tree.children.values()) {
            number(reports);
        }
        this.siblingPlace = place;
        if (!this.viewPlaced && layout.nodes.length > 0) {
            this.placeView();
        }
        this.refreshLines();
        this.refreshView();
    }

    /** First view: the first person at the top, centred across the viewport. */
    private placeView(): void {
        const first = this.layout?.nodes[0];
        if (!first) {
            return;
        }
        const width = this.view.width;
        this.view = {
            ...this.view,
            left: Math.max(0, first.x + DEFAULT_LAYOUT.nodeWidth / 2 - width / 2),
            top: 0,
            height: this.height / this.zoom
        };
        this.viewPlaced = true;
        this.scrollPending = true;
    }

    private refreshLines(): void {
        const layout = this.layout;
        if (!layout) {
            this.lines = [];
            return;
        }
        const byId = new Map(this.relationshipsValue.map((line) => [line.id, line]));
        this.lines = linePaths(layout, this.relationshipsValue).map((path) => {
            const style = LINE_STYLES[byId.get(path.id)?.type ?? ''] ?? {
                className: 'line',
                directed: false
            };
            return {
                id: path.id,
                d: path.d,
                arrow: path.arrow,
                className: style.className,
                arrowClass: `${style.className} arrow`,
                directed: style.directed
            };
        });
    }

    /** Renders the cards in and near the viewport (and the focused and selected ones, wherever they are). */
    private refreshView(): void {
        const layout = this.layout;
        const tree = this.tree;
        if (!layout || !tree) {
            this.renderedNodes = [];
            return;
        }
        const shown = nodesInView(layout, this.view, VIEW_MARGIN);
        for (const id of [this.activeId, this.selectedValue]) {
            const node = id ? layout.byId.get(id) : undefined;
            if (node && !shown.includes(node)) {
                shown.push(node);
            }
        }
        if (this.activeId === null || !layout.byId.has(this.activeId)) {
            this.activeId = layout.nodes[0]?.id ?? null;
        }
        this.renderedNodes = shown.map((node) => this.cardOf(node, tree));
    }

    private cardOf(node: PlacedNode, tree: VisibleTree): CardView {
        const person = this.forest.byId.get(node.id) as Apex.StakeholderNode;
        const hidden = tree.hiddenBelow.get(node.id) ?? 0;
        const open = tree.children.has(node.id);
        const selected = node.id === this.selectedValue;
        const [position, setSize] = this.siblingPlace.get(node.id) ?? [1, 1];
        const role = labelOf(this.picklists?.buyingRole, person.buyingRole);
        const hasScore = typeof person.score === 'number';
        const classes = ['node', STANCE_CLASSES[person.stance ?? ''] ?? 'stance-unknown'];
        if (person.isPlaceholder) {
            classes.push('node-placeholder');
        }
        if (selected) {
            classes.push('node-selected');
        }
        if (tree.context.has(node.id)) {
            classes.push('node-context');
        }
        if (node.id === this.dropTargetId) {
            classes.push('node-drop-target');
        }
        const stance = labelOf(this.picklists?.stance, person.stance);
        const spoken = [
            person.isPlaceholder ? placeholderLabel : '',
            person.isExecutive ? executiveLabel : '',
            stance ? formatLabel(stanceLabel, stance) : '',
            hasScore ? formatLabel(scoreLabel, Math.round(person.score)) : '',
            hidden > 0 ? formatLabel(hiddenBelowLabel, hidden) : ''
        ];
        return {
            id: node.id,
            style: `transform:translate(${node.x}px,${node.y}px)`,
            className: classes.join(' '),
            spoken: `, ${spoken.filter((part) => part).join(', ')}`,
            name: person.name,
            title: person.title ?? '',
            role,
            score: hasScore ? String(Math.round(person.score)) : '',
            scoreClass: scoreClassOf(person.score),
            isExecutive: person.isExecutive,
            level: node.depth + 1,
            setSize,
            position,
            expanded: hidden > 0 ? 'false' : open ? 'true' : null,
            selected: selected ? 'true' : 'false',
            tabIndex: node.id === this.activeId ? '0' : '-1',
            draggable: this.canMove ? 'true' : 'false',
            hasToggle: hidden > 0 || open,
            toggleText: hidden > 0 ? `+${hidden}` : '−',
            toggleClass: hidden > 0 ? 'toggle toggle-closed' : 'toggle'
        };
    }

    // ---- viewport ----

    override renderedCallback(): void {
        const viewport = this.refs?.viewport as HTMLElement | undefined;
        if (!viewport) {
            return;
        }
        const width = viewport.clientWidth;
        if (width > 0 && Math.abs(width / this.zoom - this.view.width) > 1) {
            this.view = { ...this.view, width: width / this.zoom, height: viewport.clientHeight / this.zoom };
            if (this.scrollPending && this.layout?.nodes[0]) {
                this.viewPlaced = false;
                this.placeView();
            }
            this.refreshView();
        }
        if (this.scrollPending) {
            this.scrollPending = false;
            viewport.scrollLeft = this.view.left * this.zoom;
            viewport.scrollTop = this.view.top * this.zoom;
        }
        if (this.scrollIntoViewPending) {
            this.scrollIntoViewPending = false;
            this.scrollTo(this.selectedValue, viewport);
        }
        if (this.focusPending) {
            this.focusPending = false;
            this.template
                ?.querySelector<HTMLElement>(`[data-stakeholder-id="${this.activeId ?? ''}"]`)
                ?.focus();
        }
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    /** Scroll events come at most once per frame: each renders what came into view. */
    handleScroll(): void {
        this.readViewport();
    }

    private readViewport(): void {
        const viewport = this.refs?.viewport as HTMLElement | undefined;
        if (!viewport) {
            return;
        }
        this.view = {
            left: viewport.scrollLeft / this.zoom,
            top: viewport.scrollTop / this.zoom,
            width: (viewport.clientWidth || ASSUMED_WIDTH) / this.zoom,
            height: (viewport.clientHeight || this.height) / this.zoom
        };
        this.refreshView();
    }

    /** Scrolls so that a card is inside the viewport (nothing when it already is). */
    private scrollTo(id: string | null, viewport: HTMLElement): void {
        const node = id ? this.layout?.byId.get(id) : undefined;
        if (!node) {
            return;
        }
        const { nodeWidth, nodeHeight } = DEFAULT_LAYOUT;
        const v = this.view;
        const inside =
            node.x >= v.left &&
            node.x + nodeWidth <= v.left + v.width &&
            node.y >= v.top &&
            node.y + nodeHeight <= v.top + v.height;
        if (inside) {
            return;
        }
        const left = Math.max(0, node.x + nodeWidth / 2 - v.width / 2);
        const top = Math.max(0, node.y + nodeHeight / 2 - v.height / 2);
        this.view = { ...v, left, top };
        viewport.scrollLeft = left * this.zoom;
        viewport.scrollTop = top * this.zoom;
        this.refreshView();
    }

    private setZoom(zoom: number, centre?: { x: number; y: number }): void {
        const v = this.view;
        const focus = centre ?? { x: v.left + v.width / 2, y: v.top + v.height / 2 };
        const width = (v.width * this.zoom) / zoom;
        const height = (v.height * this.zoom) / zoom;
        this.zoom = zoom;
        this.view = {
            left: Math.max(0, focus.x - width / 2),
            top: Math.max(0, focus.y - height / 2),
            width,
            height
        };
        this.scrollPending = true;
        this.refreshView();
    }

    handleZoomIn(): void {
        const next = ZOOMS.find((step) => step > this.zoom + 0.001);
        if (next !== undefined) {
            this.setZoom(next);
        }
    }

    handleZoomOut(): void {
        const next = [...ZOOMS].reverse().find((step) => step < this.zoom - 0.001);
        if (next !== undefined) {
            this.setZoom(next);
        }
    }

    /** The largest zoom (at most actual size) that shows the whole chart, centred. */
    handleFit(): void {
        const v = this.view;
        const screenWidth = v.width * this.zoom;
        const screenHeight = v.height * this.zoom;
        const fit = Math.min(
            1,
            screenWidth / (this.layoutWidth || 1),
            screenHeight / (this.layoutHeight || 1)
        );
        const zoom = Math.max(ZOOMS[0] ?? 0.25, fit);
        this.setZoom(zoom, { x: this.layoutWidth / 2, y: screenHeight / zoom / 2 });
    }

    // ---- filters, expand and collapse ----

    handleUnitFilter(event: CustomEvent<{ value: string }>): void {
        this.unitFilter = event.detail.value;
        this.relayout();
    }

    handleRoleFilter(event: CustomEvent<{ value: string }>): void {
        this.roleFilter = event.detail.value;
        this.relayout();
    }

    handleExpandAll(): void {
        this.collapsed = new Set();
        this.relayout();
    }

    handleCollapse(): void {
        this.collapsed = collapsedBeyond(this.forest, Math.max(1, this.initialLevels));
        this.revealSelected();
        this.relayout();
    }

    private toggleNode(id: string): void {
        if (!this.tree?.children.has(id) && !this.tree?.hiddenBelow.has(id)) {
            return;
        }
        this.collapsed = toggle(this.collapsed, id);
        this.relayout();
    }

    // ---- pointer and keyboard ----

    private idAt(event: Event): string | null {
        const target = event.target as HTMLElement | null;
        const card = target?.closest?.<HTMLElement>('[data-stakeholder-id]');
        return card?.dataset.stakeholderId ?? null;
    }

    handleClick(event: MouseEvent): void {
        const id = this.idAt(event);
        if (!id) {
            return;
        }
        if ((event.target as HTMLElement).closest('[data-toggle]')) {
            this.activeId = id;
            this.toggleNode(id);
            return;
        }
        this.activeId = id;
        this.refreshView();
        this.select(id);
    }

    private select(id: string): void {
        this.dispatchEvent(new CustomEvent('select', { detail: { id } }));
    }

    handleKeyDown(event: KeyboardEvent): void {
        const id = this.idAt(event) ?? this.activeId;
        if (!id) {
            return;
        }
        if (NAVIGATION_KEYS.includes(event.key)) {
            event.preventDefault();
            this.navigation ??= this.tree && this.layout ? navigationModel(this.tree, this.layout) : null;
            if (!this.navigation) {
                return;
            }
            const result = navigate(this.navigation, id, event.key as NavigationKey);
            if (result.kind === 'expand') {
                this.toggleNode(result.id);
            } else if (result.kind === 'focus') {
                this.moveFocus(result.id);
            }
        } else if (event.key === 'Enter') {
            event.preventDefault();
            this.select(id);
        } else if (event.key === ' ' || event.key === 'Spacebar') {
            event.preventDefault();
            this.toggleNode(id);
        }
    }

    private moveFocus(id: string): void {
        this.activeId = id;
        this.focusPending = true;
        const viewport = this.refs?.viewport as HTMLElement | undefined;
        if (viewport) {
            this.scrollTo(id, viewport);
        }
        this.refreshView();
    }

    handleDragStart(event: DragEvent): void {
        const id = this.idAt(event);
        if (!this.canMove || !id) {
            event.preventDefault();
            return;
        }
        this.dragId = id;
        if (event.dataTransfer) {
            event.dataTransfer.setData('text/plain', id);
            event.dataTransfer.effectAllowed = 'move';
        }
    }

    handleDragOver(event: DragEvent): void {
        const target = this.idAt(event);
        const dragged = this.dragId;
        if (!dragged || !target || !canReportTo(this.forest, dragged, target)) {
            this.setDropTarget(null);
            return;
        }
        event.preventDefault();
        if (event.dataTransfer) {
            event.dataTransfer.dropEffect = 'move';
        }
        this.setDropTarget(target);
    }

    handleDrop(event: DragEvent): void {
        const target = this.idAt(event);
        const dragged = this.dragId;
        this.dragId = null;
        this.setDropTarget(null);
        if (dragged && target && canReportTo(this.forest, dragged, target)) {
            event.preventDefault();
            this.dispatchEvent(new CustomEvent('move', { detail: { id: dragged, reportsToId: target } }));
        }
    }

    handleDragEnd(): void {
        this.dragId = null;
        this.setDropTarget(null);
    }

    private setDropTarget(id: string | null): void {
        if (id !== this.dropTargetId) {
            this.dropTargetId = id;
            this.refreshView();
        }
    }
}
