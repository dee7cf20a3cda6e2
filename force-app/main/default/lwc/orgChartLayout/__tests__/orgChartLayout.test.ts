import { buildForest, collapsedBeyond, visibleTree, type ForestPerson } from 'c/orgChartForest';
import {
    DEFAULT_LAYOUT,
    layoutTree,
    linePaths,
    nodesInView,
    type ChartLayout,
    type LayoutOptions,
    type PlacedNode,
    type TreeShape
} from 'c/orgChartLayout';

const W = DEFAULT_LAYOUT.nodeWidth;
const H = DEFAULT_LAYOUT.nodeHeight;
const NO_STACKS: LayoutOptions = { ...DEFAULT_LAYOUT, stackFrom: 0 };

const p = (id: string, reportsToId: string | null = null): ForestPerson => ({ id, reportsToId });

function shapeOf(people: ForestPerson[], collapsed: ReadonlySet<string> = new Set()): TreeShape {
    return visibleTree(buildForest(people), collapsed);
}

function random(seed: number): () => number {
    let state = seed % 2147483647 || 1;
    return () => {
        state = (state * 16807) % 2147483647;
        return (state - 1) / 2147483646;
    };
}

/** A random forest: a few roots, managers picked among earlier people, bushy or deep by seed. */
function randomPeople(rnd: () => number, count: number): ForestPerson[] {
    const people: ForestPerson[] = [];
    const spread = 0.2 + rnd() * 0.8;
    for (let i = 0; i < count; i++) {
        const root = i === 0 || rnd() < 0.04;
        const manager = root ? null : `n${Math.floor(i * (1 - spread) + rnd() * i * spread)}`;
        people.push(p(`n${i}`, manager === `n${i}` ? null : manager));
    }
    return people;
}

const centre = (node: PlacedNode): number => node.x + W / 2;
const get = (layout: ChartLayout, id: string): PlacedNode => {
    const node = layout.byId.get(id);
    if (!node) {
        throw new Error(`${id} not placed`);
    }
    return node;
};

/** Cards (and a column's connector room) never overlap. */
function expectNoOverlap(layout: ChartLayout, options: LayoutOptions): void {
    const boxes = layout.nodes.map((node) => ({
        node,
        left: node.x - (node.stacked ? options.stackIndent : 0),
        right: node.x + options.nodeWidth,
        top: node.y,
        bottom: node.y + options.nodeHeight
    }));
    boxes.sort((a, b) => a.left - b.left);
    for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i];
        for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j];
            if (b.left >= a.right) {
                break;
            }
            const apart = b.top >= a.bottom || a.top >= b.bottom;
            if (!apart) {
                throw new Error(`${a.node.id} overlaps ${b.node.id}`);
            }
        }
    }
}

/** Managers centred over their reports (a column: straight under the manager), reports below managers. */
function expectTidy(layout: ChartLayout, tree: TreeShape): void {
    for (const manager of layout.nodes) {
        const reports = (tree.children.get(manager.id) ?? []).map((id) => get(layout, id));
        if (reports.length === 0) {
            continue;
        }
        const first = reports[0];
        const last = reports[reports.length - 1];
        if (first.stacked) {
            for (const report of reports) {
                expect(Math.abs(report.x - manager.x)).toBeLessThanOrEqual(1);
            }
        } else {
            expect(Math.abs(centre(manager) - (centre(first) + centre(last)) / 2)).toBeLessThanOrEqual(1);
            for (let i = 1; i < reports.length; i++) {
                expect(reports[i].x).toBeGreaterThan(reports[i - 1].x);
            }
        }
        for (const report of reports) {
            expect(report.y).toBeGreaterThan(manager.y + H);
            expect(report.parentId).toBe(manager.id);
            expect(report.depth).toBe(manager.depth + 1);
        }
    }
}

describe('c/orgChartLayout', () => {
    describe('layoutTree', () => {
        it('places a manager centred over two reports, a level lower, inside the padding', () => {
            const layout = layoutTree(shapeOf([p('boss'), p('left', 'boss'), p('right', 'boss')]), NO_STACKS);
            const boss = get(layout, 'boss');
            const left = get(layout, 'left');
            const right = get(layout, 'right');
            expect(left.x).toBe(DEFAULT_LAYOUT.padding);
            expect(right.x - left.x).toBe(W + DEFAULT_LAYOUT.columnGap);
            expect(centre(boss)).toBe((centre(left) + centre(right)) / 2);
            expect(boss.y).toBe(DEFAULT_LAYOUT.padding);
            expect(left.y).toBe(DEFAULT_LAYOUT.padding + H + DEFAULT_LAYOUT.levelGap);
            expect(layout.width).toBe(2 * W + DEFAULT_LAYOUT.columnGap + 2 * DEFAULT_LAYOUT.padding);
            expect(layout.height).toBe(2 * H + DEFAULT_LAYOUT.levelGap + 2 * DEFAULT_LAYOUT.padding);
            expect(layout.nodes.map((node) => node.id)).toEqual(['boss', 'left', 'right']);
        });

        it('puts a single report straight under the manager', () => {
            const layout = layoutTree(shapeOf([p('a'), p('b', 'a')]), NO_STACKS);
            expect(get(layout, 'b').x).toBe(get(layout, 'a').x);
        });

        it('sets the trees of a forest side by side with the tree gap', () => {
            const layout = layoutTree(shapeOf([p('one'), p('two')]), NO_STACKS);
            expect(get(layout, 'two').x - get(layout, 'one').x).toBe(W + DEFAULT_LAYOUT.treeGap);
            expect(get(layout, 'two').parentId).toBeNull();
        });

        it('packs subtrees by their outlines, not their bounding boxes (compact, Reingold–Tilford)', () => {
            // the left team is wide one level down; the right team is wide two levels down, under the left one
            const people = [
                p('top'),
                p('l', 'top'),
                ...['l1', 'l2', 'l3'].map((id) => p(id, 'l')),
                p('r', 'top'),
                p('r1', 'r'),
                ...['r11', 'r12', 'r13', 'r14', 'r15'].map((id) => p(id, 'r1'))
            ];
            const layout = layoutTree(shapeOf(people), NO_STACKS);
            const step = W + DEFAULT_LAYOUT.columnGap;
            // bounding boxes would set r four columns right of l; the outlines allow two
            expect(get(layout, 'r').x - get(layout, 'l').x).toBe(2 * step);
            expect(get(layout, 'r11').x).toBe(get(layout, 'l').x);
            expect(layout.width).toBe(6 * step - DEFAULT_LAYOUT.columnGap + 2 * DEFAULT_LAYOUT.padding);
        });

        it('spreads the small subtrees between two large ones evenly (Walker)', () => {
            const people = [p('top'), p('a', 'top'), p('b', 'top'), p('c', 'top'), p('d', 'top')];
            for (const wide of ['a', 'd']) {
                for (let i = 0; i < 4; i++) {
                    people.push(p(`${wide}${i}`, wide));
                }
            }
            const layout = layoutTree(shapeOf(people), NO_STACKS);
            const gaps = ['a', 'b', 'c', 'd']
                .map((id) => get(layout, id).x)
                .map((x, i, xs) => (i === 0 ? 0 : x - xs[i - 1]))
                .slice(1);
            // equal up to rounding to whole pixels
            expect(Math.abs(gaps[0] - gaps[1])).toBeLessThanOrEqual(1);
            expect(Math.abs(gaps[1] - gaps[2])).toBeLessThanOrEqual(1);
            expect(gaps[0]).toBeGreaterThan(W + DEFAULT_LAYOUT.columnGap);
        });

        it('stacks many reports without reports of their own in a column under the manager', () => {
            const people = [p('boss'), ...['a', 'b', 'c', 'd', 'e'].map((id) => p(id, 'boss'))];
            const layout = layoutTree(shapeOf(people));
            const boss = get(layout, 'boss');
            const column = ['a', 'b', 'c', 'd', 'e'].map((id) => get(layout, id));
            for (const [row, node] of column.entries()) {
                expect(node.stacked).toBe(true);
                expect(node.x).toBe(boss.x);
                expect(node.depth).toBe(1);
                expect(node.y).toBe(
                    boss.y + H + DEFAULT_LAYOUT.levelGap + row * (H + DEFAULT_LAYOUT.stackGap)
                );
            }
            // the connector room left of the column is inside the chart
            expect(boss.x).toBe(DEFAULT_LAYOUT.padding + DEFAULT_LAYOUT.stackIndent);
            expect(layout.connectors).toContain(`H${boss.x - DEFAULT_LAYOUT.stackIndent / 2}`);
        });

        it('keeps a row when the reports are few or one of them has reports, shown or hidden', () => {
            const few = layoutTree(shapeOf([p('boss'), p('a', 'boss'), p('b', 'boss'), p('c', 'boss')]));
            expect(few.nodes.some((node) => node.stacked)).toBe(false);
            const mixed = layoutTree(
                shapeOf([p('boss'), ...['a', 'b', 'c', 'd'].map((id) => p(id, 'boss')), p('a1', 'a')])
            );
            expect(mixed.nodes.some((node) => node.stacked)).toBe(false);
            const collapsed = layoutTree(
                shapeOf(
                    [p('boss'), ...['a', 'b', 'c', 'd'].map((id) => p(id, 'boss')), p('a1', 'a')],
                    new Set(['a'])
                )
            );
            // a closed manager is not a leaf: the row stays a row
            expect(collapsed.nodes.some((node) => node.stacked)).toBe(false);
            const withoutHidden = shapeOf(
                [p('boss'), ...['a', 'b', 'c', 'd'].map((id) => p(id, 'boss')), p('a1', 'a')],
                new Set(['a'])
            );
            const stacked = layoutTree({ roots: withoutHidden.roots, children: withoutHidden.children });
            expect(stacked.nodes.filter((node) => node.stacked).length).toBe(4);
        });

        it('draws elbow connectors from each manager to their reports', () => {
            const layout = layoutTree(shapeOf([p('boss'), p('left', 'boss'), p('right', 'boss')]), NO_STACKS);
            const boss = get(layout, 'boss');
            const left = get(layout, 'left');
            const right = get(layout, 'right');
            const elbow = boss.y + H + DEFAULT_LAYOUT.levelGap / 2;
            expect(layout.connectors).toBe(
                `M${centre(boss)} ${boss.y + H}V${elbow}` +
                    `M${centre(left)} ${elbow}H${centre(right)}` +
                    `M${centre(left)} ${elbow}V${left.y}` +
                    `M${centre(right)} ${elbow}V${right.y}`
            );
        });

        it('lays out nothing as an empty chart', () => {
            const layout = layoutTree({ roots: [], children: new Map() });
            expect(layout.nodes).toEqual([]);
            expect(layout.width).toBe(0);
            expect(layout.height).toBe(0);
            expect(layout.connectors).toBe('');
        });

        it('property: random forests are tidy, without overlaps, with every shown person placed once', () => {
            for (let seed = 1; seed <= 80; seed++) {
                const rnd = random(seed);
                const people = randomPeople(rnd, 2 + Math.floor(rnd() * 150));
                const forest = buildForest(people);
                const collapsed =
                    rnd() < 0.5 ? new Set<string>() : collapsedBeyond(forest, 2 + Math.floor(rnd() * 3));
                const tree = visibleTree(forest, collapsed);
                const options: LayoutOptions = {
                    ...DEFAULT_LAYOUT,
                    stackFrom: seed % 3 === 0 ? 0 : 2 + (seed % 4)
                };
                const layout = layoutTree(tree, options);
                expect(layout.nodes.map((node) => node.id)).toEqual(tree.order);
                expect(layout.byId.size).toBe(tree.order.length);
                expectNoOverlap(layout, options);
                expectTidy(layout, tree);
                const outside = layout.nodes.filter(
                    (node) =>
                        node.x < options.padding ||
                        node.x + W > layout.width - options.padding ||
                        node.y + H > layout.height - options.padding
                );
                expect(outside).toEqual([]);
                const offLevel = layout.nodes.filter(
                    (node) =>
                        !node.stacked && node.y !== options.padding + node.depth * (H + options.levelGap)
                );
                expect(offLevel).toEqual([]);
            }
        });

        it('property: the same subtree is drawn the same wherever it sits', () => {
            const team = (boss: string): ForestPerson[] => [
                p(`${boss}-a`, boss),
                p(`${boss}-b`, boss),
                p(`${boss}-a1`, `${boss}-a`),
                p(`${boss}-a2`, `${boss}-a`),
                p(`${boss}-b1`, `${boss}-b`)
            ];
            const layout = layoutTree(
                shapeOf([p('top'), p('x', 'top'), p('y', 'top'), p('z', 'x'), ...team('y'), ...team('z')]),
                NO_STACKS
            );
            const shape = (boss: string): number[] =>
                ['a', 'b', 'a1', 'a2', 'b1'].map(
                    (suffix) => get(layout, `${boss}-${suffix}`).x - get(layout, boss).x
                );
            expect(shape('y')).toEqual(shape('z'));
        });

        it('property: 20,000 people in a chain, a star and a random forest finish', () => {
            const chain = layoutTree(
                shapeOf(Array.from({ length: 20_000 }, (_, i) => p(`c${i}`, i === 0 ? null : `c${i - 1}`)))
            );
            expect(get(chain, 'c19999').x).toBe(get(chain, 'c0').x);
            const star = layoutTree(
                shapeOf([p('hub'), ...Array.from({ length: 20_000 }, (_, i) => p(`s${i}`, 'hub'))]),
                NO_STACKS
            );
            expect(star.width).toBe(
                20_000 * (W + DEFAULT_LAYOUT.columnGap) -
                    DEFAULT_LAYOUT.columnGap +
                    2 * DEFAULT_LAYOUT.padding
            );
            const forest = layoutTree(shapeOf(randomPeople(random(99), 20_000)));
            expect(forest.nodes.length).toBe(20_000);
        });
    });

    describe('linePaths', () => {
        const layout = layoutTree(shapeOf([p('boss'), p('left', 'boss'), p('right', 'boss')]), NO_STACKS);

        it('draws a curve from the edge of one card to the edge of the other', () => {
            const [path] = linePaths(layout, [{ id: 'l1', fromId: 'left', toId: 'right' }]);
            const left = get(layout, 'left');
            const right = get(layout, 'right');
            expect(path?.id).toBe('l1');
            expect(path?.d).toMatch(
                new RegExp(
                    `^M${left.x + W} ${left.y + H / 2}Q[-\\d.]+ [-\\d.]+ ${right.x} ${right.y + H / 2}$`
                )
            );
        });

        it('ends the curve with an arrowhead pointing at the other card', () => {
            const [path] = linePaths(layout, [{ id: 'l1', fromId: 'left', toId: 'right' }]);
            const end = (path?.d ?? '').split(' ').slice(-2).join(' ');
            expect(path?.arrow.startsWith(`M${end}L`)).toBe(true);
            expect(path?.arrow.endsWith('Z')).toBe(true);
            const xs =
                (path?.arrow ?? '')
                    .match(/[-\d.]+/g)
                    ?.map(Number)
                    .filter((_, i) => i % 2 === 0) ?? [];
            // the base of the arrowhead lies before its tip, on the side the line comes from
            expect(Math.max(...xs.slice(1))).toBeLessThan(xs[0] ?? 0);
        });

        it('leaves out lines to people not shown and lines to oneself', () => {
            expect(
                linePaths(layout, [
                    { id: 'gone', fromId: 'left', toId: 'hidden' },
                    { id: 'self', fromId: 'left', toId: 'left' }
                ])
            ).toEqual([]);
        });

        it('leaves the bottom edge when the other person is below', () => {
            const [path] = linePaths(layout, [{ id: 'down', fromId: 'boss', toId: 'left' }]);
            const boss = get(layout, 'boss');
            expect(path?.d.startsWith('M')).toBe(true);
            const [x, y] = (path?.d.slice(1).split('Q')[0] ?? '').split(' ').map(Number);
            expect(y).toBe(boss.y + H);
            expect(x).toBeGreaterThanOrEqual(boss.x);
            expect(x).toBeLessThanOrEqual(boss.x + W);
        });
    });

    describe('nodesInView', () => {
        const people = [p('hub'), ...Array.from({ length: 20 }, (_, i) => p(`s${i}`, 'hub'))];
        const layout = layoutTree(shapeOf(people), NO_STACKS);

        it('returns the cards that overlap the viewport, in chart order', () => {
            const first = get(layout, 's0');
            const inView = nodesInView(layout, { left: first.x, top: first.y, width: W + 1, height: H });
            expect(inView.map((node) => node.id)).toEqual(['s0']);
        });

        it('grows the viewport by the margin', () => {
            const first = get(layout, 's0');
            const inView = nodesInView(layout, { left: first.x, top: first.y, width: W, height: H }, W);
            expect(inView.map((node) => node.id)).toEqual(['s0', 's1']);
            const hub = get(layout, 'hub');
            const above = nodesInView(layout, { left: hub.x, top: hub.y + H + 10, width: W, height: 10 }, 20);
            expect(above.map((node) => node.id)).toEqual(['hub']);
        });

        it('returns nothing outside the chart', () => {
            expect(nodesInView(layout, { left: -5000, top: 0, width: 100, height: 100 })).toEqual([]);
        });
    });
});
