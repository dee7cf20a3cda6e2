/**
 * The reporting structure of a relationship map as a forest, and what is shown of it: roots (people whose
 * manager is not on the map), direct reports, depth, loops in bad data cut open, the way from the top to a
 * person, collapsed subtrees and filters. Every function runs in time linear in the number of people.
 * Pure module: no DOM.
 */

/** What the forest needs of a person. */
export interface ForestPerson {
    id: string;
    /** The manager's id on the same map; a manager who is not on the map makes the person a root. */
    reportsToId?: string | null;
}

/** The reporting lines of a map, loops removed. */
export interface Forest<P extends ForestPerson = ForestPerson> {
    /** Each person by id (the first of duplicated ids). */
    readonly byId: ReadonlyMap<string, P>;
    /** People at the top, in input order; loop cuts follow the others. */
    readonly roots: readonly string[];
    /** Direct reports, in input order; people without reports have no entry. */
    readonly children: ReadonlyMap<string, readonly string[]>;
    /** The manager each person is drawn under; null for roots. */
    readonly parentOf: ReadonlyMap<string, string | null>;
    /** 0 for roots. */
    readonly depth: ReadonlyMap<string, number>;
    /** Number of people below each person (all levels). */
    readonly descendantCount: ReadonlyMap<string, number>;
    /** People whose reports-to line closes a loop; they are drawn as roots. */
    readonly loopBreaks: readonly string[];
    /** Every person once, parents before their reports (depth-first, in chart order). */
    readonly order: readonly string[];
}

const NO_CHILDREN: readonly string[] = Object.freeze([]);

/** Builds the forest of `people`. Reporting lines to oneself, to people not on the map and loops are cut. */
export function buildForest<P extends ForestPerson>(people: readonly P[]): Forest<P> {
    const byId = new Map<string, P>();
    for (const person of people) {
        if (!byId.has(person.id)) {
            byId.set(person.id, person);
        }
    }
    const parentOf = new Map<string, string | null>();
    const children = new Map<string, string[]>();
    const roots: string[] = [];
    for (const [id, person] of byId) {
        const manager = person.reportsToId;
        const parent = manager && manager !== id && byId.has(manager) ? manager : null;
        parentOf.set(id, parent);
        if (parent === null) {
            roots.push(id);
        } else {
            const list = children.get(parent);
            if (list) {
                list.push(id);
            } else {
                children.set(parent, [id]);
            }
        }
    }

    const depth = new Map<string, number>();
    const order: string[] = [];
    const visit = (root: string): void => {
        const stack: string[] = [root];
        depth.set(root, 0);
        while (stack.length > 0) {
            const id = stack.pop() as string;
            order.push(id);
            const reports = children.get(id) ?? NO_CHILDREN;
            const level = (depth.get(id) ?? 0) + 1;
            for (let i = reports.length - 1; i >= 0; i--) {
                const report = reports[i];
                depth.set(report, level);
                stack.push(report);
            }
        }
    };
    for (const root of roots) {
        visit(root);
    }

    // Whoever was not reached sits on (or under) a loop: walk up until the walk meets itself, cut there.
    const loopBreaks: string[] = [];
    if (depth.size < byId.size) {
        const walkOf = new Map<string, number>();
        let walk = 0;
        for (const id of byId.keys()) {
            if (depth.has(id)) {
                continue;
            }
            walk += 1;
            let current = id;
            while (walkOf.get(current) !== walk) {
                walkOf.set(current, walk);
                current = parentOf.get(current) as string;
            }
            // `current` is on the loop (the first person the walk met twice): their line is the one cut.
            const manager = parentOf.get(current) as string;
            const siblings = children.get(manager) ?? [];
            children.set(
                manager,
                siblings.filter((report) => report !== current)
            );
            if ((children.get(manager) ?? NO_CHILDREN).length === 0) {
                children.delete(manager);
            }
            parentOf.set(current, null);
            roots.push(current);
            loopBreaks.push(current);
            visit(current);
        }
    }

    const descendantCount = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i--) {
        const id = order[i];
        const below = descendantCount.get(id) ?? 0;
        descendantCount.set(id, below);
        const parent = parentOf.get(id);
        if (parent) {
            descendantCount.set(parent, (descendantCount.get(parent) ?? 0) + below + 1);
        }
    }

    return { byId, roots, children, parentOf, depth, descendantCount, loopBreaks, order };
}

/** Direct reports of `id` (empty when none). */
export function reportsOf(forest: Forest, id: string): readonly string[] {
    return forest.children.get(id) ?? NO_CHILDREN;
}

/** The managers above `id`, from the top down (empty for roots and unknown ids). */
export function ancestorsOf(forest: Forest, id: string): string[] {
    const path: string[] = [];
    let current = forest.parentOf.get(id) ?? null;
    while (current !== null) {
        path.push(current);
        current = forest.parentOf.get(current) ?? null;
    }
    return path.reverse();
}

/** Whether `id` is `ancestorId` or somewhere below them. */
export function isWithin(forest: Forest, id: string, ancestorId: string): boolean {
    let current: string | null = id;
    while (current !== null) {
        if (current === ancestorId) {
            return true;
        }
        current = forest.parentOf.get(current) ?? null;
    }
    return false;
}

/**
 * Whether `id` may report to `managerId` (null: to nobody). Refused: unknown people, oneself, someone below
 * oneself (a loop), and the manager they already have. The server decides; this only keeps the UI honest.
 */
export function canReportTo(forest: Forest, id: string, managerId: string | null): boolean {
    if (!forest.byId.has(id)) {
        return false;
    }
    if (managerId === null) {
        return forest.parentOf.get(id) !== null;
    }
    return (
        forest.byId.has(managerId) &&
        forest.parentOf.get(id) !== managerId &&
        !isWithin(forest, managerId, id)
    );
}

/** The collapsed set with every manager above `id` opened, so that `id` is on screen. */
export function reveal(forest: Forest, collapsed: ReadonlySet<string>, id: string): Set<string> {
    const next = new Set(collapsed);
    for (const ancestor of ancestorsOf(forest, id)) {
        next.delete(ancestor);
    }
    return next;
}

/** The collapsed set with `id` opened if it was closed, closed if it was open. */
export function toggle(collapsed: ReadonlySet<string>, id: string): Set<string> {
    const next = new Set(collapsed);
    if (!next.delete(id)) {
        next.add(id);
    }
    return next;
}

/**
 * Collapsed set that shows the first `levels` levels of the chart: everyone on level `levels` or deeper who
 * has reports is closed (so opening one person shows one more level). `levels` < 1 shows everything.
 */
export function collapsedBeyond(forest: Forest, levels: number): Set<string> {
    const collapsed = new Set<string>();
    if (levels < 1) {
        return collapsed;
    }
    for (const id of forest.children.keys()) {
        if ((forest.depth.get(id) ?? 0) >= levels - 1) {
            collapsed.add(id);
        }
    }
    return collapsed;
}

/** What is shown of a forest: collapsed subtrees closed, people outside the filter left out. */
export interface VisibleTree {
    readonly roots: readonly string[];
    /** Shown direct reports; people whose reports are all hidden have no entry. */
    readonly children: ReadonlyMap<string, readonly string[]>;
    /** Shown people, parents before their reports (chart order). */
    readonly order: readonly string[];
    /** Shown people who do not match the filter themselves: the way from the top to someone who does. */
    readonly context: ReadonlySet<string>;
    /** Collapsed people with the number of people (matching the filter, or their way to it) below them. */
    readonly hiddenBelow: ReadonlyMap<string, number>;
    /** People the filter keeps (shown or inside a collapsed subtree). */
    readonly kept: number;
}

/**
 * The people to show: every person who matches `matches` (everyone without a filter) and the managers on
 * the way to them, minus what collapsed managers hide.
 */
export function visibleTree<P extends ForestPerson>(
    forest: Forest<P>,
    collapsed: ReadonlySet<string>,
    matches?: (person: P) => boolean
): VisibleTree {
    const keep = new Map<string, boolean>();
    const keptBelow = new Map<string, number>();
    const context = new Set<string>();
    for (let i = forest.order.length - 1; i >= 0; i--) {
        const id = forest.order[i];
        const own = matches ? matches(forest.byId.get(id) as P) : true;
        let below = 0;
        let anyBelow = false;
        for (const report of forest.children.get(id) ?? NO_CHILDREN) {
            if (keep.get(report)) {
                anyBelow = true;
                below += (keptBelow.get(report) ?? 0) + 1;
            }
        }
        keep.set(id, own || anyBelow);
        keptBelow.set(id, below);
        if (!own && anyBelow) {
            context.add(id);
        }
    }

    const roots = forest.roots.filter((id) => keep.get(id));
    const children = new Map<string, string[]>();
    const hiddenBelow = new Map<string, number>();
    const order: string[] = [];
    const stack = [...roots].reverse();
    while (stack.length > 0) {
        const id = stack.pop() as string;
        order.push(id);
        const below = keptBelow.get(id) ?? 0;
        if (below === 0) {
            continue;
        }
        if (collapsed.has(id)) {
            hiddenBelow.set(id, below);
            continue;
        }
        const shown = (forest.children.get(id) ?? NO_CHILDREN).filter((report) => keep.get(report));
        children.set(id, shown);
        for (let i = shown.length - 1; i >= 0; i--) {
            stack.push(shown[i]);
        }
    }
    let kept = 0;
    for (const root of roots) {
        kept += (keptBelow.get(root) ?? 0) + 1;
    }
    return { roots, children, order, context, hiddenBelow, kept };
}
