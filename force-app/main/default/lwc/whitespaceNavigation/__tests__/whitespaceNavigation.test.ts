import {
    clampPosition,
    NAVIGATION_KEYS,
    nextPosition,
    PAGE_ROWS,
    samePosition,
    type GridPosition,
    type GridSize
} from 'c/whitespaceNavigation';

const SIZE: GridSize = { rows: 25, columns: 6 };
const at = (row: number, column: number): GridPosition => ({ row, column });
const press = (
    from: GridPosition | null,
    key: string,
    modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {}
) => nextPosition(from, { key, ...modifiers }, SIZE);

describe('c/whitespaceNavigation', () => {
    describe('nextPosition', () => {
        it.each<[string, GridPosition, string, { ctrlKey?: boolean; metaKey?: boolean }, GridPosition]>([
            ['right', at(3, 2), 'ArrowRight', {}, at(3, 3)],
            ['left', at(3, 2), 'ArrowLeft', {}, at(3, 1)],
            ['down', at(3, 2), 'ArrowDown', {}, at(4, 2)],
            ['up', at(3, 2), 'ArrowUp', {}, at(2, 2)],
            ['right stops at the last column', at(3, 5), 'ArrowRight', {}, at(3, 5)],
            ['left stops at the first column (no wrap)', at(3, 0), 'ArrowLeft', {}, at(3, 0)],
            ['down stops at the last row', at(24, 1), 'ArrowDown', {}, at(24, 1)],
            ['up stops at the first row', at(0, 1), 'ArrowUp', {}, at(0, 1)],
            ['Home: first cell of the row', at(7, 4), 'Home', {}, at(7, 0)],
            ['End: last cell of the row', at(7, 1), 'End', {}, at(7, 5)],
            ['Ctrl+Home: first cell of the grid', at(7, 4), 'Home', { ctrlKey: true }, at(0, 0)],
            ['Ctrl+End: last cell of the grid', at(7, 1), 'End', { ctrlKey: true }, at(24, 5)],
            ['⌘+Home on a Mac', at(7, 4), 'Home', { metaKey: true }, at(0, 0)],
            ['Page Down: a page of rows', at(3, 2), 'PageDown', {}, at(3 + PAGE_ROWS, 2)],
            ['Page Down stops at the last row', at(20, 2), 'PageDown', {}, at(24, 2)],
            ['Page Up: a page of rows', at(13, 2), 'PageUp', {}, at(3, 2)],
            ['Page Up stops at the first row', at(4, 2), 'PageUp', {}, at(0, 2)]
        ])('%s', (_, from, key, modifiers, expected) => {
            expect(press(from, key, modifiers)).toEqual(expected);
        });

        it('ignores keys that do not navigate', () => {
            for (const key of ['Enter', ' ', 'Tab', 'a', 'Escape']) {
                expect(press(at(1, 1), key)).toBeNull();
            }
        });

        it('starts from the first cell when nothing is active yet, and from inside when out of range', () => {
            expect(press(null, 'ArrowRight')).toEqual(at(0, 1));
            expect(press(at(99, 99), 'ArrowUp')).toEqual(at(23, 5));
        });

        it('does nothing in an empty grid', () => {
            expect(nextPosition(at(0, 0), { key: 'ArrowDown' }, { rows: 0, columns: 4 })).toBeNull();
            expect(nextPosition(null, { key: 'Home' }, { rows: 3, columns: 0 })).toBeNull();
        });

        it('moves at least one row per page', () => {
            expect(nextPosition(at(2, 0), { key: 'PageDown' }, SIZE, 0)).toEqual(at(3, 0));
        });

        it('never leaves the grid, whatever keys are pressed (random walks)', () => {
            let seed = 12345;
            const random = (max: number): number => {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                return seed % max;
            };
            for (let walk = 0; walk < 50; walk++) {
                const size = { rows: 1 + random(30), columns: 1 + random(12) };
                let position: GridPosition | null = null;
                for (let step = 0; step < 200; step++) {
                    const key = NAVIGATION_KEYS[random(NAVIGATION_KEYS.length)];
                    const next = nextPosition(position, { key, ctrlKey: random(4) === 0 }, size);
                    expect(next).not.toBeNull();
                    position = next;
                    expect(position!.row).toBeGreaterThanOrEqual(0);
                    expect(position!.row).toBeLessThan(size.rows);
                    expect(position!.column).toBeGreaterThanOrEqual(0);
                    expect(position!.column).toBeLessThan(size.columns);
                }
            }
        });

        it('undoes a move with the opposite key away from the edges', () => {
            const opposite: Record<string, string> = {
                ArrowUp: 'ArrowDown',
                ArrowDown: 'ArrowUp',
                ArrowLeft: 'ArrowRight',
                ArrowRight: 'ArrowLeft',
                PageUp: 'PageDown',
                PageDown: 'PageUp'
            };
            const middle = at(12, 3);
            for (const [key, back] of Object.entries(opposite)) {
                expect(press(press(middle, key), back)).toEqual(middle);
            }
        });
    });

    describe('clampPosition', () => {
        it('keeps a position inside a grid that shrank', () => {
            expect(clampPosition(at(10, 8), { rows: 4, columns: 3 })).toEqual(at(3, 2));
            expect(clampPosition(at(-2, 1), { rows: 4, columns: 3 })).toEqual(at(0, 1));
            expect(clampPosition(null, { rows: 4, columns: 3 })).toEqual(at(0, 0));
            expect(clampPosition(at(1, 1), { rows: 0, columns: 3 })).toBeNull();
        });
    });

    describe('samePosition', () => {
        it('compares cells', () => {
            expect(samePosition(at(1, 2), at(1, 2))).toBe(true);
            expect(samePosition(at(1, 2), at(2, 1))).toBe(false);
            expect(samePosition(null, at(0, 0))).toBe(false);
        });
    });
});
