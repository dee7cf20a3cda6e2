import {
    ancestorsOf,
    buildForest,
    canReportTo,
    collapsedBeyond,
    isWithin,
    reportsOf,
    reveal,
    toggle,
    visibleTree,
    type ForestPerson
} from 'c/orgChartForest';

interface Person extends ForestPerson {
    unit?: string;
}

const p = (id: string, reportsToId: string | null = null, unit?: string): Person => ({
    id,
    reportsToId,
    unit
});

/**
 *        ceo            (loner)
 *      /     \
 *    cfo     cto
 *    |      /   \
 *   ctl   dev1  dev2
 *                |
 *               intern
 */
const PEOPLE: Person[] = [
    p('ceo', null, 'hq'),
    p('cfo', 'ceo', 'hq'),
    p('cto', 'ceo', 'it'),
    p('ctl', 'cfo', 'hq'),
    p('dev1', 'cto', 'it'),
    p('dev2', 'cto', 'it'),
    p('intern', 'dev2', 'it'),
    p('loner', null, 'ops')
];

/** A small deterministic random generator (the same cases on every run). */
function random(seed: number): () => number {
    let state = seed % 2147483647 || 1;
    return () => {
        state = (state * 16807) % 2147483647;
        return (state - 1) / 2147483646;
    };
}

/** Random people whose managers are anyone: loops, self-reports, unknown managers and duplicates included. */
function messyPeople(rnd: () => number, count: number): Person[] {
    const people: Person[] = [];
    for (let i = 0; i < count; i++) {
        const pick = rnd();
        const manager =
            pick < 0.1
                ? null
                : pick < 0.15
                  ? `p${i}`
                  : pick < 0.2
                    ? `missing${i}`
                    : `p${Math.floor(rnd() * count)}`;
        people.push(p(`p${i}`, manager, rnd() < 0.5 ? 'a' : 'b'));
        if (rnd() < 0.03) {
            people.push(p(`p${i}`, null));
        }
    }
    return people;
}

describe('c/orgChartForest', () => {
    describe('buildForest', () => {
        it('puts people without a manager at the top and everyone under their manager, in input order', () => {
            const forest = buildForest(PEOPLE);
            expect(forest.roots).toEqual(['ceo', 'loner']);
            expect(reportsOf(forest, 'ceo')).toEqual(['cfo', 'cto']);
            expect(reportsOf(forest, 'cto')).toEqual(['dev1', 'dev2']);
            expect(reportsOf(forest, 'loner')).toEqual([]);
            expect(forest.parentOf.get('intern')).toBe('dev2');
            expect(forest.depth.get('intern')).toBe(3);
            expect(forest.depth.get('loner')).toBe(0);
            expect(forest.order).toEqual(['ceo', 'cfo', 'ctl', 'cto', 'dev1', 'dev2', 'intern', 'loner']);
            expect(forest.descendantCount.get('ceo')).toBe(6);
            expect(forest.descendantCount.get('cto')).toBe(3);
            expect(forest.descendantCount.get('intern')).toBe(0);
            expect(forest.loopBreaks).toEqual([]);
        });

        it('treats a manager who is not on the map, or oneself, as no manager', () => {
            const forest = buildForest([p('a', 'not-mapped'), p('b', 'b'), p('c', 'a'), p('d', undefined)]);
            expect(forest.roots).toEqual(['a', 'b', 'd']);
            expect(forest.parentOf.get('b')).toBeNull();
            expect(reportsOf(forest, 'a')).toEqual(['c']);
        });

        it('keeps the first of duplicated ids', () => {
            const forest = buildForest([p('a'), p('b', 'a'), p('b', null)]);
            expect(forest.byId.size).toBe(2);
            expect(forest.parentOf.get('b')).toBe('a');
            expect(forest.order).toEqual(['a', 'b']);
        });

        it('cuts a reporting loop open where the walk closes it, and keeps the people under it', () => {
            // a → b → c → a, and d under c
            const forest = buildForest([p('a', 'c'), p('b', 'a'), p('c', 'b'), p('d', 'c'), p('top')]);
            expect(forest.roots).toEqual(['top', 'a']);
            expect(forest.loopBreaks).toEqual(['a']);
            expect(forest.parentOf.get('a')).toBeNull();
            expect(reportsOf(forest, 'c')).toEqual(['d']);
            expect(forest.order).toEqual(['top', 'a', 'b', 'c', 'd']);
            expect(forest.depth.get('d')).toBe(3);
        });

        it('cuts two people who report to each other', () => {
            const forest = buildForest([p('x', 'y'), p('y', 'x')]);
            expect(forest.roots).toEqual(['x']);
            expect(reportsOf(forest, 'y')).toEqual([]);
            expect(reportsOf(forest, 'x')).toEqual(['y']);
        });

        it('handles an empty map', () => {
            const forest = buildForest([]);
            expect(forest.roots).toEqual([]);
            expect(forest.order).toEqual([]);
            expect(visibleTree(forest, new Set()).order).toEqual([]);
        });

        it('property: any reporting data, loops included, gives a forest with everyone exactly once', () => {
            for (let seed = 1; seed <= 60; seed++) {
                const rnd = random(seed);
                const people = messyPeople(rnd, 1 + Math.floor(rnd() * 120));
                const forest = buildForest(people);
                const unique = new Set(people.map((person) => person.id));
                expect(forest.order.length).toBe(unique.size);
                expect(new Set(forest.order).size).toBe(unique.size);
                /** What must hold of each person, as a list of broken rules (empty when all hold). */
                const broken = forest.order.flatMap((id) => {
                    const parent = forest.parentOf.get(id) ?? null;
                    const problems: string[] = [];
                    if (parent === null && (!forest.roots.includes(id) || forest.depth.get(id) !== 0)) {
                        problems.push(`${id}: a root must be listed at depth 0`);
                    }
                    if (parent !== null && !reportsOf(forest, parent).includes(id)) {
                        problems.push(`${id}: missing from the reports of ${parent}`);
                    }
                    if (parent !== null && forest.depth.get(id) !== (forest.depth.get(parent) ?? NaN) + 1) {
                        problems.push(`${id}: depth is not one below the manager's`);
                    }
                    if (ancestorsOf(forest, id).includes(id)) {
                        problems.push(`${id}: below themselves`);
                    }
                    return problems;
                });
                expect(broken).toEqual([]);
                for (const cut of forest.loopBreaks) {
                    expect(forest.roots).toContain(cut);
                }
            }
        });

        it('property: a 20,000-person chain and a 20,000-person loop finish (no recursion, no quadratic walk)', () => {
            const chain = Array.from({ length: 20_000 }, (_, i) => p(`c${i}`, i === 0 ? null : `c${i - 1}`));
            const forest = buildForest(chain);
            expect(forest.depth.get('c19999')).toBe(19_999);
            expect(forest.descendantCount.get('c0')).toBe(19_999);
            const loop = Array.from({ length: 20_000 }, (_, i) => p(`l${i}`, `l${(i + 1) % 20_000}`));
            const looped = buildForest(loop);
            expect(looped.roots).toEqual(['l0']);
            expect(looped.order.length).toBe(20_000);
        });
    });

    describe('ancestors, moves and the way to a person', () => {
        const forest = buildForest(PEOPLE);

        it('lists the managers above a person from the top down', () => {
            expect(ancestorsOf(forest, 'intern')).toEqual(['ceo', 'cto', 'dev2']);
            expect(ancestorsOf(forest, 'ceo')).toEqual([]);
            expect(ancestorsOf(forest, 'nobody')).toEqual([]);
        });

        it('knows who is within whose team', () => {
            expect(isWithin(forest, 'intern', 'cto')).toBe(true);
            expect(isWithin(forest, 'cto', 'cto')).toBe(true);
            expect(isWithin(forest, 'ctl', 'cto')).toBe(false);
        });

        it.each<[string, string | null, boolean]>([
            ['dev1', 'cfo', true],
            ['cto', 'intern', false],
            ['cto', 'cto', false],
            ['dev1', 'cto', false],
            ['dev1', null, true],
            ['ceo', null, false],
            ['dev1', 'nobody', false],
            ['nobody', 'ceo', false],
            ['loner', 'ctl', true]
        ])('may %s report to %s? %s', (id, managerId, expected) => {
            expect(canReportTo(forest, id, managerId)).toBe(expected);
        });

        it('opens the managers above a person and nothing else', () => {
            const collapsed = new Set(['ceo', 'cto', 'dev2', 'cfo']);
            expect([...reveal(forest, collapsed, 'intern')]).toEqual(['cfo']);
            expect(collapsed.size).toBe(4);
        });

        it('toggles one manager without touching the set it was given', () => {
            const collapsed = new Set(['cto']);
            expect([...toggle(collapsed, 'cto')]).toEqual([]);
            expect([...toggle(collapsed, 'cfo')]).toEqual(['cto', 'cfo']);
            expect([...collapsed]).toEqual(['cto']);
        });

        it('closes everyone with reports from a level down', () => {
            expect([...collapsedBeyond(forest, 1)].sort()).toEqual(['ceo', 'cfo', 'cto', 'dev2']);
            expect([...collapsedBeyond(forest, 2)].sort()).toEqual(['cfo', 'cto', 'dev2']);
            expect([...collapsedBeyond(forest, 3)].sort()).toEqual(['dev2']);
            expect([...collapsedBeyond(forest, 0)]).toEqual([]);
        });
    });

    describe('visibleTree', () => {
        const forest = buildForest(PEOPLE);

        it('shows everyone when nothing is collapsed or filtered', () => {
            const tree = visibleTree(forest, new Set());
            expect(tree.order).toEqual(forest.order);
            expect(tree.roots).toEqual(['ceo', 'loner']);
            expect(tree.children.get('cto')).toEqual(['dev1', 'dev2']);
            expect(tree.children.has('loner')).toBe(false);
            expect(tree.context.size).toBe(0);
            expect(tree.hiddenBelow.size).toBe(0);
            expect(tree.kept).toBe(8);
        });

        it('hides what a collapsed manager holds and counts it', () => {
            const tree = visibleTree(forest, new Set(['cto', 'intern']));
            expect(tree.order).toEqual(['ceo', 'cfo', 'ctl', 'cto', 'loner']);
            expect(tree.hiddenBelow.get('cto')).toBe(3);
            expect(tree.hiddenBelow.has('intern')).toBe(false);
            expect(tree.children.has('cto')).toBe(false);
        });

        it('keeps matching people and the managers on the way to them, marked as context', () => {
            const tree = visibleTree(
                forest,
                new Set(),
                (person) => person.id === 'intern' || person.unit === 'ops'
            );
            expect(tree.order).toEqual(['ceo', 'cto', 'dev2', 'intern', 'loner']);
            expect([...tree.context].sort()).toEqual(['ceo', 'cto', 'dev2']);
            expect(tree.kept).toBe(5);
            expect(tree.children.get('ceo')).toEqual(['cto']);
        });

        it('counts only kept people behind a collapsed manager when filtered', () => {
            const tree = visibleTree(forest, new Set(['ceo']), (person) => person.unit === 'it');
            expect(tree.order).toEqual(['ceo']);
            expect(tree.hiddenBelow.get('ceo')).toBe(4);
            expect(tree.context.has('ceo')).toBe(true);
        });

        it('shows nothing when nobody matches', () => {
            const tree = visibleTree(forest, new Set(), () => false);
            expect(tree.order).toEqual([]);
            expect(tree.kept).toBe(0);
        });

        it('property: shown people are exactly the kept ones outside collapsed subtrees', () => {
            for (let seed = 1; seed <= 40; seed++) {
                const rnd = random(seed * 7);
                const messy = buildForest(messyPeople(rnd, 80));
                const collapsed = new Set(messy.order.filter(() => rnd() < 0.15));
                const filter = (person: Person): boolean => person.unit === 'a';
                const tree = visibleTree(messy, collapsed, filter);
                const keep = (id: string): boolean =>
                    filter(messy.byId.get(id) as Person) ||
                    messy.order.some(
                        (other) =>
                            other !== id &&
                            isWithin(messy, other, id) &&
                            filter(messy.byId.get(other) as Person)
                    );
                const expected = messy.order.filter(
                    (id) => keep(id) && !ancestorsOf(messy, id).some((ancestor) => collapsed.has(ancestor))
                );
                expect(tree.order).toEqual(expected);
                for (const id of tree.order) {
                    expect(tree.context.has(id)).toBe(!filter(messy.byId.get(id) as Person));
                }
            }
        });
    });
});
