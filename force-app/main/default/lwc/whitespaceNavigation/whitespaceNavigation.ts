/**
 * Keyboard navigation of a data grid, as the WAI-ARIA Authoring Practices describe it for `role="grid"`: one
 * cell is active (the only one in the tab order); the arrow keys move it by one cell and stop at the edges
 * (no wrapping); Home / End go to the first / last cell of the row; Ctrl+Home / Ctrl+End (⌘ on a Mac) to the
 * first / last cell of the grid; Page Up / Page Down move by a page of rows. Positions are 0-based over the
 * focusable cells, headers excluded. Pure module: no DOM.
 */

export interface GridPosition {
    row: number;
    column: number;
}

export interface GridSize {
    rows: number;
    columns: number;
}

/** The parts of a keyboard event navigation reads. */
export interface NavigationKey {
    key: string;
    ctrlKey?: boolean;
    metaKey?: boolean;
}

/** Rows Page Up / Page Down move by. */
export const PAGE_ROWS = 10;

/** The keys this module handles (the grid prevents their default scrolling). */
export const NAVIGATION_KEYS: readonly string[] = [
    'ArrowUp',
    'ArrowDown',
    'ArrowLeft',
    'ArrowRight',
    'Home',
    'End',
    'PageUp',
    'PageDown'
];

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);

/** The position moved inside the grid (after rows or columns were filtered away); null for an empty grid. */
export function clampPosition(position: GridPosition | null, size: GridSize): GridPosition | null {
    if (size.rows <= 0 || size.columns <= 0) {
        return null;
    }
    return {
        row: clamp(position?.row ?? 0, size.rows - 1),
        column: clamp(position?.column ?? 0, size.columns - 1)
    };
}

/**
 * Where the active cell goes when `key` is pressed; null when the key is not a navigation key (or the grid is
 * empty). At an edge a key still counts as handled and the position stays.
 */
export function nextPosition(
    from: GridPosition | null,
    key: NavigationKey,
    size: GridSize,
    pageRows: number = PAGE_ROWS
): GridPosition | null {
    const start = clampPosition(from, size);
    if (!start || !NAVIGATION_KEYS.includes(key.key)) {
        return null;
    }
    const lastRow = size.rows - 1;
    const lastColumn = size.columns - 1;
    const wholeGrid = key.ctrlKey === true || key.metaKey === true;
    switch (key.key) {
        case 'ArrowUp':
            return { row: clamp(start.row - 1, lastRow), column: start.column };
        case 'ArrowDown':
            return { row: clamp(start.row + 1, lastRow), column: start.column };
        case 'ArrowLeft':
            return { row: start.row, column: clamp(start.column - 1, lastColumn) };
        case 'ArrowRight':
            return { row: start.row, column: clamp(start.column + 1, lastColumn) };
        case 'Home':
            return { row: wholeGrid ? 0 : start.row, column: 0 };
        case 'End':
            return { row: wholeGrid ? lastRow : start.row, column: lastColumn };
        case 'PageUp':
            return { row: clamp(start.row - Math.max(1, pageRows), lastRow), column: start.column };
        default:
            // PageDown
            return { row: clamp(start.row + Math.max(1, pageRows), lastRow), column: start.column };
    }
}

/** Whether two positions are the same cell. */
export function samePosition(a: GridPosition | null, b: GridPosition | null): boolean {
    return a !== null && b !== null && a.row === b.row && a.column === b.column;
}
