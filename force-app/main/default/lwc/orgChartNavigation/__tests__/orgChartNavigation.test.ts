import { buildForest, visibleTree, type ForestPerson } from 'c/orgChartForest';
import { DEFAULT_LAYOUT, layoutTree } from 'c/orgChartLayout';
import { NAVIGATION_KEYS, navigate, navigationModel, type NavigationKey } from 'c/orgChartNavigation';

const p = (id: string, reportsToId: string | null = null): ForestPerson => ({ id, reportsToId });

/**
 *            ceo                     advisor
 *      /      |       \
 *    cfo     cto      coo (closed: 1 below)
 *     |    /  |  \  \
 *    ctl  a   b   c  d      ← a–d have no reports: a column under cto
 */
const PEOPLE = [
    p('ceo'),
    p('cfo', 'ceo'),
    p('cto', 'ceo'),
    p('coo', 'ceo'),
    p('ctl', 'cfo'),
    p('a', 'cto'),
    p('b', 'cto'),
    p('c', 'cto'),
    p('d', 'cto'),
    p('ops', 'coo'),
    p('advisor')
];

function modelOf(collapsed: string[] = ['coo']) {
    const tree = visibleTree(buildForest(PEOPLE), new Set(collapsed));
    return navigationModel(tree, layoutTree(tree, { ...DEFAULT_LAYOUT, stackFrom: 4 }));
}

describe('c/orgChartNavigation', () => {
    const model = modelOf();

    it('knows its keys', () => {
        expect(NAVIGATION_KEYS).toEqual(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);
    });

    it('lists each level left to right, a column by its top card', () => {
        expect(model.rows).toEqual([
            ['ceo', 'advisor'],
            ['cfo', 'cto', 'coo'],
            ['ctl', 'a']
        ]);
    });

    it.each<[string, NavigationKey, { kind: string; id?: string }]>([
        ['ceo', 'ArrowDown', { kind: 'focus', id: 'cfo' }],
        ['cfo', 'ArrowUp', { kind: 'focus', id: 'ceo' }],
        ['ceo', 'ArrowUp', { kind: 'none' }],
        ['cfo', 'ArrowRight', { kind: 'focus', id: 'cto' }],
        ['cto', 'ArrowLeft', { kind: 'focus', id: 'cfo' }],
        ['cfo', 'ArrowLeft', { kind: 'none' }],
        ['ceo', 'ArrowRight', { kind: 'focus', id: 'advisor' }],
        ['advisor', 'ArrowRight', { kind: 'none' }],
        ['coo', 'ArrowDown', { kind: 'expand', id: 'coo' }],
        ['ctl', 'ArrowDown', { kind: 'none' }],
        ['cto', 'ArrowDown', { kind: 'focus', id: 'a' }],
        ['a', 'ArrowDown', { kind: 'focus', id: 'b' }],
        ['c', 'ArrowUp', { kind: 'focus', id: 'b' }],
        ['a', 'ArrowUp', { kind: 'focus', id: 'cto' }],
        ['d', 'ArrowDown', { kind: 'none' }],
        ['c', 'ArrowLeft', { kind: 'focus', id: 'ctl' }],
        ['c', 'ArrowRight', { kind: 'none' }],
        ['ctl', 'Home', { kind: 'focus', id: 'ceo' }],
        ['ceo', 'End', { kind: 'focus', id: 'advisor' }]
    ])('from %s, %s gives %j', (from, key, expected) => {
        expect(navigate(model, from, key)).toEqual(expected);
    });

    it('moves across cousins on the same level', () => {
        const open = modelOf([]);
        expect(open.rows[2]).toEqual(['ctl', 'a', 'ops']);
        expect(navigate(open, 'ctl', 'ArrowRight')).toEqual({ kind: 'focus', id: 'a' });
        expect(navigate(open, 'b', 'ArrowRight')).toEqual({ kind: 'focus', id: 'ops' });
        expect(navigate(open, 'ops', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'a' });
    });

    it('starts at the first person when the focused one is not shown', () => {
        expect(navigate(model, 'ops', 'ArrowDown')).toEqual({ kind: 'focus', id: 'ceo' });
    });

    it('does nothing on an empty chart or an unknown key', () => {
        const tree = visibleTree(buildForest([]), new Set());
        const empty = navigationModel(tree, layoutTree(tree));
        expect(navigate(empty, 'x', 'ArrowDown')).toEqual({ kind: 'none' });
        expect(navigate(model, 'ceo', 'PageDown' as NavigationKey)).toEqual({ kind: 'none' });
    });
});
