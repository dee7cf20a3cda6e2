/**
 * Where each card of the org chart goes: a tidy tree of the shown forest in linear time (Walker's algorithm
 * in the linear-time form of Buchheim, Jünger and Leipert). Managers sit centred over their reports, subtrees
 * are packed as close as their outlines allow without overlapping, and the trees of the forest sit side by
 * side. A manager whose reports have no reports of their own (and are many) gets them in a column instead of
 * a long row. Also: the reporting-line connectors, influence and conflict lines, and the cards inside a
 * viewport (the component renders only those).
 * Pure module: no DOM.
 */

/** The shown forest (see `visibleTree` in c/orgChartForest). */
export interface TreeShape {
    readonly roots: readonly string[];
    readonly children: ReadonlyMap<string, readonly string[]>;
    /** Closed managers with the number of people hidden below them (they are never stacked in a column). */
    readonly hiddenBelow?: ReadonlyMap<string, number>;
}

export interface LayoutOptions {
    /** Size of a card. */
    nodeWidth: number;
    nodeHeight: number;
    /** Horizontal space between neighbouring cards. */
    columnGap: number;
    /** Horizontal space between the trees of the forest. */
    treeGap: number;
    /** Vertical space between a manager's card and the cards of their reports. */
    levelGap: number;
    /**
     * A manager with at least this many shown reports, none of whom has reports (shown or hidden), gets them
     * in a column (0: never).
     */
    stackFrom: number;
    /** Vertical space between cards in a column. */
    stackGap: number;
    /** Room left of a column for its connector (keep it below `columnGap`'s double). */
    stackIndent: number;
    /** Space around the chart. */
    padding: number;
}

export const DEFAULT_LAYOUT: Readonly<LayoutOptions> = Object.freeze({
    nodeWidth: 208,
    nodeHeight: 72,
    columnGap: 24,
    treeGap: 48,
    levelGap: 56,
    stackFrom: 4,
    stackGap: 12,
    stackIndent: 24,
    padding: 24
});

/** A card's place: top-left corner and depth. */
export interface PlacedNode {
    readonly id: string;
    readonly x: number;
    readonly y: number;
    /** Level in the chart: 0 at the top. */
    readonly depth: number;
    readonly parentId: string | null;
    /** In a column under their manager. */
    readonly stacked: boolean;
}

export interface ChartLayout {
    /** Every shown person once, in chart order (managers before reports, left to right). */
    readonly nodes: readonly PlacedNode[];
    readonly byId: ReadonlyMap<string, PlacedNode>;
    readonly width: number;
    readonly height: number;
    /** SVG path data of every reporting line. */
    readonly connectors: string;
    readonly options: Readonly<LayoutOptions>;
}

/** An influence, conflict or alliance line between two people. */
export interface LineEnds {
    readonly id: string;
    readonly fromId: string;
    readonly toId: string;
}

export interface LinePath {
    readonly id: string;
    /** SVG path data: a gentle curve from the edge of one card to the edge of the other. */
    readonly d: string;
    /** SVG path data of an arrowhead at the end of the curve (for lines with a direction). */
    readonly arrow: string;
}

/** Length and half-width of an arrowhead. */
const ARROW_LENGTH = 10;
const ARROW_HALF_WIDTH = 4.5;

export interface Viewport {
    left: number;
    top: number;
    width: number;
    height: number;
}

const NONE = -1;
const NO_IDS: readonly string[] = Object.freeze([]);

/** Lays out the shown forest. Runs in time linear in the number of shown people. */
export function layoutTree(tree: TreeShape, options: Readonly<LayoutOptions> = DEFAULT_LAYOUT): ChartLayout {
    const {
        nodeWidth: W,
        nodeHeight: H,
        columnGap,
        treeGap,
        levelGap,
        stackFrom,
        stackGap,
        stackIndent
    } = options;

    // ---- the layout tree: shown people in chart order, a virtual root above the roots, columns as chains ----
    const ids: string[] = [];
    const realParent: number[] = [];
    const depth: number[] = [];
    const stacked: boolean[] = [];
    const stackRow: number[] = [];
    const kids: number[][] = [];
    const visit: [string, number, number][] = [];
    for (let i = tree.roots.length - 1; i >= 0; i--) {
        visit.push([tree.roots[i], NONE, 0]);
    }
    const rootKids: number[] = [];
    while (visit.length > 0) {
        const [id, parent, level] = visit.pop() as [string, number, number];
        const index = ids.length;
        ids.push(id);
        realParent.push(parent);
        depth.push(level);
        stacked.push(false);
        stackRow.push(0);
        kids.push([]);
        if (parent === NONE) {
            rootKids.push(index);
        } else {
            kids[parent].push(index);
        }
        const reports = tree.children.get(id) ?? NO_IDS;
        for (let i = reports.length - 1; i >= 0; i--) {
            visit.push([reports[i], index, level + 1]);
        }
    }
    const n = ids.length;
    // Columns: reports without shown reports of their own, when there are enough of them.
    if (stackFrom > 0) {
        for (let p = 0; p < n; p++) {
            const reports = kids[p];
            const leaf = (c: number): boolean => kids[c].length === 0 && !tree.hiddenBelow?.has(ids[c]);
            if (reports.length >= stackFrom && reports.every(leaf)) {
                for (let j = 0; j < reports.length; j++) {
                    const c = reports[j];
                    stacked[c] = true;
                    stackRow[c] = j;
                    if (j > 0) {
                        kids[reports[j - 1]].push(c);
                    }
                }
                kids[p] = [reports[0]];
            }
        }
    }
    const top = n; // the virtual root
    kids.push(rootKids);
    const parent: number[] = new Array<number>(n + 1).fill(NONE);
    const number: number[] = new Array<number>(n + 1).fill(0);
    for (let v = 0; v <= n; v++) {
        const list = kids[v];
        for (let j = 0; j < list.length; j++) {
            parent[list[j]] = v;
            number[list[j]] = j + 1;
        }
    }
    const leftExtent = (v: number): number => (stacked[v] ? W / 2 + stackIndent : W / 2);
    const rightExtent = (): number => W / 2;

    // ---- first walk (post-order), iterative ----
    const prelim = new Float64Array(n + 1);
    const mod = new Float64Array(n + 1);
    const shift = new Float64Array(n + 1);
    const change = new Float64Array(n + 1);
    const thread = new Int32Array(n + 1).fill(NONE);
    const ancestor = new Int32Array(n + 1);
    for (let v = 0; v <= n; v++) {
        ancestor[v] = v;
    }
    const firstKid = (v: number): number => {
        const list = kids[v];
        return list.length > 0 ? list[0] : NONE;
    };
    const lastKid = (v: number): number => {
        const list = kids[v];
        return list.length > 0 ? list[list.length - 1] : NONE;
    };
    const nextLeft = (v: number): number => (firstKid(v) !== NONE ? firstKid(v) : thread[v]);
    const nextRight = (v: number): number => (lastKid(v) !== NONE ? lastKid(v) : thread[v]);

    const moveSubtree = (wl: number, wr: number, amount: number): void => {
        const subtrees = number[wr] - number[wl];
        change[wr] = change[wr] - amount / subtrees;
        shift[wr] = shift[wr] + amount;
        change[wl] = change[wl] + amount / subtrees;
        prelim[wr] = prelim[wr] + amount;
        mod[wr] = mod[wr] + amount;
    };

    const apportion = (v: number, leftSibling: number, defaultAncestor: number, gap: number): number => {
        const siblings = kids[parent[v]];
        let vip = v;
        let vop = v;
        let vim = leftSibling;
        let vom = siblings[0];
        let sip = mod[vip];
        let sop = mod[vop];
        let sim = mod[vim];
        let som = mod[vom];
        let result = defaultAncestor;
        while (nextRight(vim) !== NONE && nextLeft(vip) !== NONE) {
            vim = nextRight(vim);
            vip = nextLeft(vip);
            vom = nextLeft(vom);
            vop = nextRight(vop);
            ancestor[vop] = v;
            const needed = prelim[vim] + sim + rightExtent() + gap - (prelim[vip] + sip - leftExtent(vip));
            if (needed > 0) {
                const candidate = ancestor[vim];
                const from = parent[candidate] === parent[v] ? candidate : result;
                moveSubtree(from, v, needed);
                sip += needed;
                sop += needed;
            }
            sim += mod[vim];
            sip += mod[vip];
            som += mod[vom];
            sop += mod[vop];
        }
        if (nextRight(vim) !== NONE && nextRight(vop) === NONE) {
            thread[vop] = nextRight(vim);
            mod[vop] = mod[vop] + sim - sop;
        }
        if (nextLeft(vip) !== NONE && nextLeft(vom) === NONE) {
            thread[vom] = nextLeft(vip);
            mod[vom] = mod[vom] + sip - som;
            result = v;
        }
        return result;
    };

    const preorder: number[] = [];
    const walk: number[] = [top];
    while (walk.length > 0) {
        const v = walk.pop() as number;
        preorder.push(v);
        const list = kids[v];
        for (let j = list.length - 1; j >= 0; j--) {
            walk.push(list[j]);
        }
    }
    const middle = new Float64Array(n + 1);
    for (let k = preorder.length - 1; k >= 0; k--) {
        const v = preorder[k];
        const list = kids[v];
        if (list.length === 0) {
            continue;
        }
        const gap = v === top ? treeGap : columnGap;
        let defaultAncestor = list[0];
        for (let j = 0; j < list.length; j++) {
            const w = list[j];
            if (j === 0) {
                prelim[w] = middle[w];
            } else {
                const left = list[j - 1];
                prelim[w] = prelim[left] + rightExtent() + gap + leftExtent(w);
                mod[w] = prelim[w] - middle[w];
                defaultAncestor = apportion(w, left, defaultAncestor, gap);
            }
        }
        // execute the shifts collected by moveSubtree
        let total = 0;
        let rate = 0;
        for (let j = list.length - 1; j >= 0; j--) {
            const w = list[j];
            prelim[w] = prelim[w] + total;
            mod[w] = mod[w] + total;
            rate += change[w];
            total += shift[w] + rate;
        }
        middle[v] = (prelim[list[0]] + prelim[list[list.length - 1]]) / 2;
    }

    // ---- second walk: x from the accumulated modifiers ----
    const centre = new Float64Array(n + 1);
    const sums: number[] = [0];
    const second: number[] = [top];
    while (second.length > 0) {
        const v = second.pop() as number;
        const m = sums.pop() as number;
        centre[v] = prelim[v] + m;
        const list = kids[v];
        for (let j = list.length - 1; j >= 0; j--) {
            second.push(list[j]);
            sums.push(m + mod[v]);
        }
    }

    // ---- coordinates, normalised to the padding ----
    const levelStep = H + levelGap;
    const stackStep = H + stackGap;
    let minLeft = Infinity;
    let maxRight = -Infinity;
    let maxBottom = 0;
    const tops = new Float64Array(n);
    for (let v = 0; v < n; v++) {
        minLeft = Math.min(minLeft, centre[v] - leftExtent(v));
        maxRight = Math.max(maxRight, centre[v] + rightExtent());
        const level = depth[v];
        tops[v] = stacked[v] ? level * levelStep + stackRow[v] * stackStep : level * levelStep;
        maxBottom = Math.max(maxBottom, tops[v] + H);
    }
    const pad = options.padding;
    const dx = n > 0 ? pad - minLeft : 0;
    const nodes: PlacedNode[] = [];
    const byId = new Map<string, PlacedNode>();
    for (let v = 0; v < n; v++) {
        const p = realParent[v];
        const node: PlacedNode = {
            id: ids[v],
            x: Math.round(centre[v] + dx - W / 2),
            y: Math.round(tops[v] + pad),
            depth: depth[v],
            parentId: p === NONE ? null : ids[p],
            stacked: stacked[v]
        };
        nodes.push(node);
        byId.set(node.id, node);
    }

    return {
        nodes,
        byId,
        width: n > 0 ? Math.round(maxRight - minLeft + 2 * pad) : 0,
        height: n > 0 ? Math.round(maxBottom + 2 * pad) : 0,
        connectors: connectorPath(nodes, byId, tree, options),
        options
    };
}

/** Elbow lines from each manager to their reports; a column gets a trunk on its left with a stub per card. */
function connectorPath(
    nodes: readonly PlacedNode[],
    byId: ReadonlyMap<string, PlacedNode>,
    tree: TreeShape,
    options: Readonly<LayoutOptions>
): string {
    const { nodeWidth: W, nodeHeight: H, levelGap, stackIndent } = options;
    const parts: string[] = [];
    for (const manager of nodes) {
        const reports = (tree.children.get(manager.id) ?? NO_IDS)
            .map((id) => byId.get(id))
            .filter((node): node is PlacedNode => node !== undefined);
        const first = reports[0];
        if (!first) {
            continue;
        }
        const fromX = manager.x + W / 2;
        const bottom = manager.y + H;
        const elbowY = bottom + levelGap / 2;
        parts.push(`M${fromX} ${bottom}V${elbowY}`);
        if (first.stacked) {
            const trunkX = first.x - stackIndent / 2;
            const last = reports[reports.length - 1];
            parts.push(`H${trunkX}V${last.y + H / 2}`);
            for (const report of reports) {
                parts.push(`M${trunkX} ${report.y + H / 2}H${report.x}`);
            }
        } else {
            const last = reports[reports.length - 1];
            if (reports.length > 1) {
                parts.push(`M${first.x + W / 2} ${elbowY}H${last.x + W / 2}`);
            }
            for (const report of reports) {
                parts.push(`M${report.x + W / 2} ${elbowY}V${report.y}`);
            }
        }
    }
    return parts.join('');
}

/** Where the straight line from a card's centre towards (dx, dy) leaves the card. */
function edgePoint(
    node: PlacedNode,
    dx: number,
    dy: number,
    options: Readonly<LayoutOptions>
): [number, number] {
    const hw = options.nodeWidth / 2;
    const hh = options.nodeHeight / 2;
    const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
    return [node.x + hw + dx * t, node.y + hh + dy * t];
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * Paths of the lines whose two people are both on the chart: from the edge of one card to the edge of the
 * other, bowed a little so that they do not run along the reporting lines.
 */
export function linePaths(layout: ChartLayout, lines: readonly LineEnds[]): LinePath[] {
    const paths: LinePath[] = [];
    const { options } = layout;
    for (const line of lines) {
        const from = layout.byId.get(line.fromId);
        const to = layout.byId.get(line.toId);
        if (!from || !to || from === to) {
            continue;
        }
        const dx = to.x - from.x;
        const dy = to.y - from.y;
        if (dx === 0 && dy === 0) {
            continue;
        }
        const [x1, y1] = edgePoint(from, dx, dy, options);
        const [x2, y2] = edgePoint(to, -dx, -dy, options);
        const length = Math.hypot(x2 - x1, y2 - y1);
        const bow = Math.min(80, length * 0.2);
        const cx = (x1 + x2) / 2 + (-(y2 - y1) / (length || 1)) * bow;
        const cy = (y1 + y2) / 2 + ((x2 - x1) / (length || 1)) * bow;
        // the curve ends heading from the control point to its end: the arrowhead points that way
        const tangent = Math.hypot(x2 - cx, y2 - cy) || 1;
        const ux = (x2 - cx) / tangent;
        const uy = (y2 - cy) / tangent;
        const baseX = x2 - ux * ARROW_LENGTH;
        const baseY = y2 - uy * ARROW_LENGTH;
        paths.push({
            id: line.id,
            d: `M${round1(x1)} ${round1(y1)}Q${round1(cx)} ${round1(cy)} ${round1(x2)} ${round1(y2)}`,
            arrow:
                `M${round1(x2)} ${round1(y2)}` +
                `L${round1(baseX - uy * ARROW_HALF_WIDTH)} ${round1(baseY + ux * ARROW_HALF_WIDTH)}` +
                `L${round1(baseX + uy * ARROW_HALF_WIDTH)} ${round1(baseY - ux * ARROW_HALF_WIDTH)}Z`
        });
    }
    return paths;
}

/** The cards that overlap the viewport grown by `margin` on every side, in chart order. */
export function nodesInView(layout: ChartLayout, view: Viewport, margin = 0): PlacedNode[] {
    const left = view.left - margin;
    const top = view.top - margin;
    const right = view.left + view.width + margin;
    const bottom = view.top + view.height + margin;
    const { nodeWidth, nodeHeight } = layout.options;
    return layout.nodes.filter(
        (node) => node.x < right && node.x + nodeWidth > left && node.y < bottom && node.y + nodeHeight > top
    );
}
