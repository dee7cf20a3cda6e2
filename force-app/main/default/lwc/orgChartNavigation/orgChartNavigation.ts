/**
 * Keyboard movement on the org chart, following what the user sees: Up to the manager, Down to the first
 * report (opening a closed manager first), Left and Right to the neighbour on the same level, Home to the
 * first person at the top, End to the last person shown. In a column of reports, Up and Down move along the
 * column. Pure module: no DOM.
 */
import type { ChartLayout, PlacedNode, TreeShape } from 'c/orgChartLayout';

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const NAVIGATION_KEYS: readonly string[] = [
    'ArrowUp',
    'ArrowDown',
    'ArrowLeft',
    'ArrowRight',
    'Home',
    'End'
];

/** What a key does: move the focus to a person, open a closed manager, or nothing. */
export type NavigationResult =
    | { kind: 'focus'; id: string }
    | { kind: 'expand'; id: string }
    | { kind: 'none' };

const NOTHING: NavigationResult = { kind: 'none' };
const NO_IDS: readonly string[] = Object.freeze([]);

/** The shown chart a key moves on. */
export interface NavigationModel {
    readonly tree: TreeShape & { readonly hiddenBelow: ReadonlyMap<string, number> };
    readonly layout: ChartLayout;
    /** People on each level, left to right (one entry per column: its first card). */
    readonly rows: readonly (readonly string[])[];
}

/** Prepares the rows of a layout (linear time; once per layout). */
export function navigationModel(tree: NavigationModel['tree'], layout: ChartLayout): NavigationModel {
    const rows: string[][] = [];
    for (const node of layout.nodes) {
        if (node.stacked && firstOfColumn(tree, node) !== node.id) {
            continue;
        }
        (rows[node.depth] ??= []).push(node.id);
    }
    for (const row of rows) {
        const byX = (a: string, b: string): number =>
            (layout.byId.get(a) as PlacedNode).x - (layout.byId.get(b) as PlacedNode).x;
        row.sort(byX);
    }
    return { tree, layout, rows };
}

function siblingsOf(model: Pick<NavigationModel, 'tree'>, node: PlacedNode): readonly string[] {
    return node.parentId === null ? model.tree.roots : (model.tree.children.get(node.parentId) ?? NO_IDS);
}

/** The top card of the column `node` is in. */
function firstOfColumn(tree: TreeShape, node: PlacedNode): string {
    return node.parentId === null ? node.id : ((tree.children.get(node.parentId) ?? NO_IDS)[0] ?? node.id);
}

function focus(id: string | undefined): NavigationResult {
    return id === undefined ? NOTHING : { kind: 'focus', id };
}

/** What `key` does when `fromId` has the focus. */
export function navigate(model: NavigationModel, fromId: string, key: NavigationKey): NavigationResult {
    const { layout, tree } = model;
    const node = layout.byId.get(fromId);
    if (!node) {
        return focus(layout.nodes[0]?.id);
    }
    const siblings = siblingsOf(model, node);
    const position = siblings.indexOf(node.id);
    switch (key) {
        case 'ArrowUp':
            if (node.stacked && position > 0) {
                return focus(siblings[position - 1]);
            }
            return focus(node.parentId ?? undefined);
        case 'ArrowDown': {
            if (node.stacked) {
                return focus(siblings[position + 1]);
            }
            if (tree.hiddenBelow.has(node.id)) {
                return { kind: 'expand', id: node.id };
            }
            return focus((tree.children.get(node.id) ?? NO_IDS)[0]);
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
            const row = model.rows[node.depth] ?? NO_IDS;
            const own = node.stacked ? firstOfColumn(tree, node) : node.id;
            const index = row.indexOf(own);
            return focus(row[key === 'ArrowLeft' ? index - 1 : index + 1]);
        }
        case 'Home':
            return focus(tree.roots[0]);
        case 'End':
            return focus(layout.nodes[layout.nodes.length - 1]?.id);
        default:
            return NOTHING;
    }
}
