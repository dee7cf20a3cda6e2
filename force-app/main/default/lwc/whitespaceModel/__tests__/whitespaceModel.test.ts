import {
    ANNOTATION_STATUS_VALUES,
    annotationStatus,
    buildGrid,
    cellKey,
    classifyCell,
    countsAsPotential,
    coveragePercent,
    familiesOf,
    gridView,
    outranks,
    sortEntries,
    STATUS_PRECEDENCE,
    totalsOf,
    type AnnotationInput,
    type CellModel,
    type CellStatus,
    type FactInput,
    type GridInput,
    type OpportunityInput,
    type Totals
} from 'c/whitespaceModel';
import gridJson from './data/grid.json';

const GRID = gridJson as unknown as Apex.WhitespaceGrid;
const [R1, R2, R3, R4] = GRID.rows.map((row) => row.key);
const [C1, C2, C3] = GRID.columns.map((column) => column.key);

const model = () => buildGrid(GRID);

/** A small deterministic generator (xorshift32) for the property tests. */
function generator(seed: number) {
    let state = seed >>> 0 || 1;
    const next = (): number => {
        state ^= state << 13;
        state >>>= 0;
        state ^= state >>> 17;
        state ^= state << 5;
        state >>>= 0;
        return state / 4294967296;
    };
    return {
        next,
        int: (max: number): number => Math.floor(next() * max),
        pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
        shuffle: <T>(items: readonly T[]): T[] => {
            const copy = [...items];
            for (let i = copy.length - 1; i > 0; i--) {
                const j = Math.floor(next() * (i + 1));
                [copy[i], copy[j]] = [copy[j], copy[i]];
            }
            return copy;
        }
    };
}

const ANNOTATION_VALUES = [...Object.values(ANNOTATION_STATUS_VALUES), 'Retired value', null];

/** A random grid: some cells with facts (won, open or both, sometimes zero counts), some annotated. */
function randomGrid(seed: number, rowCount = 1 + (seed % 9), columnCount = 1 + (seed % 7)): GridInput {
    const random = generator(seed);
    const rows = Array.from({ length: rowCount }, (_, i) => ({
        key: `r${i}`,
        label: `Product ${random.int(20)}`,
        family: random.pick(['Automation', 'Services', null, ' Services '])
    }));
    const columns = Array.from({ length: columnCount }, (_, i) => ({
        key: `c${i}`,
        label: `Unit ${random.int(9)}`
    }));
    const facts: FactInput[] = [];
    const annotations: AnnotationInput[] = [];
    const opportunities: OpportunityInput[] = Array.from({ length: 4 }, (_, i) => ({
        id: `006${i}`,
        amount: random.pick([null, 1500]),
        closeDate: random.pick(['2024-06-30', '2026-02-01', null]),
        isClosed: random.next() < 0.6,
        isWon: random.next() < 0.5,
        columnKey: random.pick(columns).key,
        rowKeys: random.next() < 0.5 ? [random.pick(rows).key] : []
    }));
    for (const row of rows) {
        for (const column of columns) {
            const roll = random.next();
            if (roll < 0.5) {
                facts.push({
                    rowKey: row.key,
                    columnKey: column.key,
                    wonCount: random.pick([0, 0, 1, 3]),
                    wonAmount: random.pick([0, 1000, 25000.5, null]),
                    openCount: random.pick([0, 1, 2]),
                    openAmount: random.pick([0, 500, 80000, null])
                });
            }
            if (random.next() < 0.4) {
                annotations.push({
                    rowKey: row.key,
                    columnKey: column.key,
                    status: random.pick(ANNOTATION_VALUES),
                    potentialValue: random.pick([null, 0, 10000, 2500.25]),
                    // 006x is an opportunity the grid does not list.
                    opportunityId: random.pick([null, null, '0060', '0061', '0062', '0063', '006x'])
                });
            }
        }
    }
    return {
        rows,
        columns,
        facts: random.shuffle(facts),
        annotations: random.shuffle(annotations),
        opportunities,
        wonSince: '2025-01-01'
    };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
const SEEDS = Array.from({ length: 60 }, (_, i) => i * 7919 + 13);

describe('c/whitespaceModel', () => {
    describe('classifyCell: the precedence rule', () => {
        const won: FactInput = { rowKey: 'r', columnKey: 'c', wonCount: 1, wonAmount: 10, openCount: 0 };
        const open: FactInput = { rowKey: 'r', columnKey: 'c', wonCount: 0, openCount: 2, openAmount: 5 };
        const both: FactInput = { rowKey: 'r', columnKey: 'c', wonCount: 1, openCount: 1 };
        const none: FactInput = { rowKey: 'r', columnKey: 'c', wonCount: 0, openCount: 0, wonAmount: 900 };
        const note = (status: string | null): AnnotationInput => ({ rowKey: 'r', columnKey: 'c', status });

        it.each<[string, FactInput | null, AnnotationInput | null, CellStatus]>([
            ['nothing known', null, null, 'open'],
            ['a fact without deals', none, null, 'open'],
            ['a won deal', won, null, 'won'],
            ['an open deal', open, null, 'pipeline'],
            ['won beats pipeline', both, null, 'won'],
            ['won beats Competitor Held', won, note('Competitor Held'), 'won'],
            ['won beats Not a Fit', won, note('Not a Fit'), 'won'],
            ['pipeline beats Competitor Held', open, note('Competitor Held'), 'pipeline'],
            ['pipeline beats Not a Fit', open, note('Not a Fit'), 'pipeline'],
            ['pipeline beats Targeted', open, note('Targeted'), 'pipeline'],
            ['Competitor Held', null, note('Competitor Held'), 'competitor'],
            ['Not a Fit', none, note('Not a Fit'), 'notFit'],
            ['Targeted', null, note('Targeted'), 'targeted'],
            ['an unknown annotation status is open', null, note('Maybe'), 'open'],
            ['a blank annotation status is open', null, note(null), 'open'],
            [
                'amounts without counts do not make a deal',
                { rowKey: 'r', columnKey: 'c', wonAmount: 5 },
                null,
                'open'
            ]
        ])('%s', (_, fact, annotation, expected) => {
            expect(classifyCell(fact, annotation)).toBe(expected);
        });

        it('ignores counts that are not positive finite numbers', () => {
            expect(
                classifyCell({ rowKey: 'r', columnKey: 'c', wonCount: -1, openCount: Number.NaN }, null)
            ).toBe('open');
            expect(
                classifyCell({ rowKey: 'r', columnKey: 'c', wonCount: Infinity, openCount: 1 }, null)
            ).toBe('pipeline');
        });

        it('lists the statuses in precedence order and ranks them consistently', () => {
            expect(STATUS_PRECEDENCE).toEqual([
                'won',
                'pipeline',
                'competitor',
                'notFit',
                'targeted',
                'open'
            ]);
            STATUS_PRECEDENCE.forEach((higher, i) => {
                STATUS_PRECEDENCE.slice(i + 1).forEach((lower) => {
                    expect(outranks(higher, lower)).toBe(true);
                    expect(outranks(lower, higher)).toBe(false);
                });
                expect(outranks(higher, higher)).toBe(false);
            });
        });

        it('maps every Status__c value of Whitespace_Cell__c', () => {
            expect(annotationStatus({ rowKey: 'r', columnKey: 'c', status: 'Competitor Held' })).toBe(
                'competitor'
            );
            expect(annotationStatus({ rowKey: 'r', columnKey: 'c', status: 'Not a Fit' })).toBe('notFit');
            expect(annotationStatus({ rowKey: 'r', columnKey: 'c', status: 'Targeted' })).toBe('targeted');
            expect(annotationStatus(null)).toBeNull();
        });
    });

    describe('buildGrid', () => {
        it('classifies every cell of the sample grid', () => {
            const grid = model();
            const statuses = grid.cells.map((line) => line.map((cell) => cell.status));
            expect(statuses).toEqual([
                ['won', 'pipeline', 'open'],
                ['pipeline', 'targeted', 'open'],
                ['open', 'open', 'won'],
                ['open', 'notFit', 'competitor']
            ]);
        });

        it('keeps an annotation a live fact overrides, and says so', () => {
            const grid = model();
            const displaced = grid.cells[1][0];
            expect(displaced.status).toBe('pipeline');
            expect(displaced.overridden).toBe(true);
            expect(displaced.annotation?.competitor).toBe('Acme Robotics');
            expect(grid.cells[2][2].overridden).toBe(true);
            expect(grid.cells[1][1].overridden).toBe(false);
            expect(grid.cells[0][2].overridden).toBe(false);
        });

        it('carries the figures, positions and keys of each cell', () => {
            const cell = model().cells[0][0];
            expect(cell).toMatchObject({
                key: cellKey(R1, C1),
                rowKey: R1,
                columnKey: C1,
                rowIndex: 0,
                columnIndex: 0,
                wonAmount: 120000,
                wonCount: 2,
                openAmount: 50000,
                openCount: 1,
                potentialValue: null,
                annotation: null
            });
            expect(cell.fact?.lastWonDate).toBe('2026-03-15');
            const empty = model().cells[2][0];
            expect(empty).toMatchObject({
                wonAmount: 0,
                wonCount: 0,
                openAmount: 0,
                openCount: 0,
                fact: null
            });
        });

        it('ignores facts and annotations of rows or columns outside the grid', () => {
            const grid = buildGrid({
                rows: [{ key: R1, label: 'A' }],
                columns: [{ key: C1, label: 'U' }],
                facts: [{ rowKey: 'gone', columnKey: C1, wonCount: 1 }],
                annotations: [{ rowKey: R1, columnKey: 'gone', status: 'Targeted' }]
            });
            expect(grid.cells[0][0].status).toBe('open');
        });

        it('adds up two facts of one cell and keeps the stronger of two annotations', () => {
            const grid = buildGrid({
                rows: [{ key: 'r', label: 'R' }],
                columns: [{ key: 'c', label: 'C' }],
                facts: [
                    {
                        rowKey: 'r',
                        columnKey: 'c',
                        wonCount: 0,
                        wonAmount: null,
                        openCount: 1,
                        openAmount: 100
                    },
                    { rowKey: 'r', columnKey: 'c', wonCount: 2, wonAmount: 300, openCount: 0, openAmount: 50 }
                ],
                annotations: [
                    { rowKey: 'r', columnKey: 'c', status: 'Targeted', potentialValue: 1 },
                    { rowKey: 'r', columnKey: 'c', status: 'Not a Fit', potentialValue: 2 },
                    { rowKey: 'r', columnKey: 'c', status: 'Bogus', potentialValue: 3 }
                ]
            });
            const cell = grid.cells[0][0];
            expect(cell).toMatchObject({
                status: 'won',
                wonCount: 2,
                wonAmount: 300,
                openCount: 1,
                openAmount: 150
            });
            expect(cell.annotation?.status).toBe('Not a Fit');
        });

        it('builds an empty grid from no rows or no columns', () => {
            expect(buildGrid({ rows: [], columns: [{ key: 'c', label: 'C' }] }).cells).toEqual([]);
            expect(buildGrid({ rows: [{ key: 'r', label: 'R' }], columns: [], facts: null }).cells).toEqual([
                []
            ]);
        });

        it('drops a potential value that is not a finite number', () => {
            const grid = buildGrid({
                rows: [{ key: 'r', label: 'R' }],
                columns: [{ key: 'c', label: 'C' }],
                annotations: [{ rowKey: 'r', columnKey: 'c', status: 'Targeted', potentialValue: Number.NaN }]
            });
            expect(grid.cells[0][0].potentialValue).toBeNull();
        });
    });

    describe('linked opportunities', () => {
        const rows = [{ key: 'r', label: 'R' }];
        const columns = [{ key: 'c', label: 'C' }];
        const deal = (change: Partial<OpportunityInput>): OpportunityInput => ({
            id: '006A',
            amount: 40000,
            closeDate: '2026-05-01',
            isWon: false,
            isClosed: false,
            columnKey: 'c',
            rowKeys: [],
            ...change
        });
        const linkedCell = (opportunity: OpportunityInput, facts: FactInput[] = []) =>
            buildGrid({
                rows,
                columns,
                facts,
                wonSince: '2025-01-01',
                annotations: [
                    {
                        rowKey: 'r',
                        columnKey: 'c',
                        status: 'Competitor Held',
                        potentialValue: 9,
                        opportunityId: '006A'
                    }
                ],
                opportunities: [deal({ id: '006Z', isWon: true, isClosed: true }), opportunity]
            }).cells[0][0];

        it('puts a cell linked to an open opportunity without products in the pipeline, with its amount', () => {
            const cell = linkedCell(deal({}));
            expect(cell).toMatchObject({
                status: 'pipeline',
                openCount: 1,
                openAmount: 40000,
                overridden: true
            });
            expect(cell.linkedOpportunity?.id).toBe('006A');
        });

        it('marks a cell linked to a won opportunity as won, with its amount', () => {
            const cell = linkedCell(deal({ isWon: true, isClosed: true, amount: null }), [
                { rowKey: 'r', columnKey: 'c', wonCount: 0, openCount: 1, openAmount: 10 }
            ]);
            expect(cell).toMatchObject({
                status: 'won',
                wonCount: 1,
                wonAmount: 0,
                openCount: 1,
                openAmount: 10
            });
        });

        it('does not count twice an opportunity whose line items are already in the cell', () => {
            const cell = linkedCell(deal({ rowKeys: ['r'] }), [
                { rowKey: 'r', columnKey: 'c', wonCount: 0, openCount: 1, openAmount: 40000 }
            ]);
            expect(cell).toMatchObject({ status: 'pipeline', openCount: 1, openAmount: 40000 });
        });

        it('counts an opportunity with line items of another row or unit', () => {
            expect(linkedCell(deal({ rowKeys: ['other'] })).openCount).toBe(1);
            expect(linkedCell(deal({ rowKeys: ['r'], columnKey: 'elsewhere' })).openCount).toBe(1);
        });

        it('ignores a lost opportunity, a win before wonSince and an opportunity the grid does not list', () => {
            expect(linkedCell(deal({ isClosed: true, isWon: false })).status).toBe('competitor');
            expect(linkedCell(deal({ isClosed: true, isWon: true, closeDate: '2024-12-31' })).status).toBe(
                'competitor'
            );
            expect(linkedCell(deal({ id: '006B' }))).toMatchObject({
                status: 'competitor',
                linkedOpportunity: null
            });
        });

        it('counts a win without a close date or without wonSince', () => {
            expect(linkedCell(deal({ isClosed: true, isWon: true, closeDate: null })).status).toBe('won');
            const grid = buildGrid({
                rows,
                columns,
                annotations: [{ rowKey: 'r', columnKey: 'c', status: 'Targeted', opportunityId: '006A' }],
                opportunities: [deal({ isClosed: true, isWon: true, closeDate: '2001-01-01' })]
            });
            expect(grid.cells[0][0].status).toBe('won');
        });
    });

    describe('totals and coverage', () => {
        it('totals the whole sample grid', () => {
            const view = gridView(model());
            expect(view.totals).toEqual<Totals>({
                won: 165000,
                pipeline: 160000,
                potential: 115000,
                cells: 12,
                fitCells: 11,
                wonCells: 2,
                coverage: 18
            });
        });

        it('totals each product across every unit', () => {
            const rows = Object.fromEntries(gridView(model()).rows.map((row) => [row.row.key, row.totals]));
            expect(rows[R1]).toMatchObject({ won: 120000, pipeline: 130000, potential: 0, coverage: 33 });
            expect(rows[R2]).toMatchObject({ won: 0, pipeline: 30000, potential: 90000, coverage: 0 });
            expect(rows[R3]).toMatchObject({ won: 45000, pipeline: 0, potential: 0, coverage: 33 });
            expect(rows[R4]).toMatchObject({
                won: 0,
                pipeline: 0,
                potential: 25000,
                fitCells: 2,
                coverage: 0
            });
        });

        it('totals each unit across every product', () => {
            const columns = Object.fromEntries(
                gridView(model()).columns.map((c) => [c.column.key, c.totals])
            );
            expect(columns[C1]).toMatchObject({ won: 120000, pipeline: 80000, potential: 0, coverage: 25 });
            expect(columns[C2]).toMatchObject({
                won: 0,
                pipeline: 80000,
                potential: 90000,
                fitCells: 3,
                coverage: 0
            });
            expect(columns[C3]).toMatchObject({ won: 45000, pipeline: 0, potential: 25000, coverage: 25 });
        });

        it('counts potential only where the value is still to capture', () => {
            expect(STATUS_PRECEDENCE.filter(countsAsPotential)).toEqual(['competitor', 'targeted']);
        });

        it.each([
            [0, 0, null],
            [0, 3, 0],
            [1, 3, 33],
            [2, 3, 67],
            [1, 8, 13],
            [3, 3, 100]
        ])('coverage of %i won cells among %i fit cells is %p', (wonCells, fitCells, expected) => {
            expect(coveragePercent(wonCells, fitCells)).toBe(expected);
        });

        it('has no coverage for a row whose cells are all Not a Fit', () => {
            const grid = buildGrid({
                rows: [{ key: 'r', label: 'R' }],
                columns: [{ key: 'c', label: 'C' }],
                annotations: [{ rowKey: 'r', columnKey: 'c', status: 'Not a Fit', potentialValue: 500 }]
            });
            expect(totalsOf(grid.cells.flat())).toEqual({
                won: 0,
                pipeline: 0,
                potential: 0,
                cells: 1,
                fitCells: 0,
                wonCells: 0,
                coverage: null
            });
        });
    });

    describe('filters', () => {
        it('keeps the rows of one product family, with totals of those rows only', () => {
            const view = gridView(model(), { family: 'Services' });
            expect(view.rows.map((row) => row.row.key)).toEqual([R3, R4]);
            expect(view.columns).toHaveLength(3);
            expect(view.totals).toMatchObject({ won: 45000, pipeline: 0, potential: 25000, cells: 6 });
            expect(view.columns[2].totals).toMatchObject({ won: 45000, cells: 2 });
            expect(view.hiddenRows).toBe(2);
            expect(view.statusCounts).toEqual({
                won: 1,
                pipeline: 0,
                competitor: 1,
                notFit: 1,
                targeted: 0,
                open: 3
            });
        });

        it('keeps every row for a blank family and none for an unknown one', () => {
            expect(gridView(model(), { family: '  ' }).rows).toHaveLength(4);
            const none = gridView(model(), { family: 'Hardware' });
            expect(none.rows).toEqual([]);
            expect(none.columns).toEqual([]);
            expect(none.totals.coverage).toBeNull();
        });

        it('keeps the rows and columns that hold a cell of the chosen statuses and marks the matches', () => {
            const view = gridView(model(), { statuses: ['competitor', 'targeted'] });
            expect(view.rows.map((row) => row.row.key)).toEqual([R2, R4]);
            expect(view.columns.map((column) => column.column.key)).toEqual([C2, C3]);
            expect(view.rows[0].cells.map((cell) => [cell.cell.status, cell.matches])).toEqual([
                ['targeted', true],
                ['open', false]
            ]);
            expect(view.rows[1].cells.map((cell) => [cell.cell.status, cell.matches])).toEqual([
                ['notFit', false],
                ['competitor', true]
            ]);
            expect(view.hiddenColumns).toBe(1);
            // Figures stay those of whole rows and columns.
            expect(view.rows[0].totals.pipeline).toBe(30000);
            expect(view.totals.won).toBe(165000);
        });

        it('shows nothing when no cell has the chosen status', () => {
            const grid = buildGrid({
                rows: [{ key: 'r', label: 'R' }],
                columns: [{ key: 'c', label: 'C' }]
            });
            const view = gridView(grid, { statuses: ['won'] });
            expect(view.rows).toEqual([]);
            expect(view.columns).toEqual([]);
            expect(view.hiddenRows).toBe(1);
            expect(view.hiddenColumns).toBe(1);
        });

        it('lists the families of the rows once, in order, without blanks', () => {
            expect(familiesOf(GRID.rows)).toEqual(['Automation', 'Services']);
            expect(
                familiesOf([
                    { key: 'a', label: 'A', family: ' B ' },
                    { key: 'b', label: 'B', family: null },
                    { key: 'c', label: 'C', family: '' },
                    { key: 'd', label: 'D', family: 'A' },
                    { key: 'e', label: 'E', family: 'B' },
                    { key: 'f', label: 'F' }
                ])
            ).toEqual(['B', 'A']);
        });
    });

    describe('sorting', () => {
        it('keeps the server order by default', () => {
            expect(gridView(model()).rows.map((row) => row.index)).toEqual([0, 1, 2, 3]);
            expect(
                gridView(model(), { rowSort: { by: 'default', direction: 'desc' } }).rows.map(
                    (row) => row.index
                )
            ).toEqual([3, 2, 1, 0]);
        });

        it('sorts products by name, either way', () => {
            const asc = gridView(model(), { rowSort: { by: 'label', direction: 'asc' } });
            expect(asc.rows.map((row) => row.row.label)).toEqual([
                'Conveyor Control Unit',
                'Field Service Contract',
                'Predictive Maintenance',
                'Robotic Arm R5'
            ]);
            const desc = gridView(model(), { rowSort: { by: 'label', direction: 'desc' } });
            expect(desc.rows.map((row) => row.row.label)).toEqual(
                asc.rows.map((row) => row.row.label).reverse()
            );
        });

        it('sorts products by a total, ties by name', () => {
            const byWon = gridView(model(), { rowSort: { by: 'won', direction: 'desc' } });
            expect(byWon.rows.map((row) => row.row.key)).toEqual([R1, R3, R4, R2]);
            const byPotential = gridView(model(), { rowSort: { by: 'potential', direction: 'desc' } });
            expect(byPotential.rows.map((row) => row.row.key)).toEqual([R2, R4, R1, R3]);
            const byPipeline = gridView(model(), { rowSort: { by: 'pipeline', direction: 'asc' } });
            expect(byPipeline.rows.map((row) => row.row.key)).toEqual([R4, R3, R2, R1]);
        });

        it('sorts units by coverage (ties by name), units without fit cells last', () => {
            const view = gridView(model(), { columnSort: { by: 'coverage', direction: 'desc' } });
            // Energy and Industrial Group both cover 25 %: by name.
            expect(view.columns.map((column) => column.column.key)).toEqual([C3, C1, C2]);
            // The cells of each row follow the column order.
            expect(view.rows[0].cells.map((cell) => cell.cell.columnKey)).toEqual([C3, C1, C2]);
            const entries = [
                { index: 0, label: 'b', totals: totalsOf([]) },
                { index: 1, label: 'a', totals: { ...totalsOf([]), coverage: 0 } }
            ];
            expect(
                sortEntries(entries, (entry) => entry.label, { by: 'coverage', direction: 'desc' }).map(
                    (entry) => entry.index
                )
            ).toEqual([1, 0]);
        });

        it('sorts labels naturally and ignores case', () => {
            const entries = ['Unit 10', 'unit 2', 'Unit 1', 'Unit 2'].map((label, index) => ({
                index,
                label,
                totals: totalsOf([])
            }));
            expect(
                sortEntries(entries, (entry) => entry.label, { by: 'label', direction: 'asc' }).map(
                    (entry) => entry.label
                )
            ).toEqual(['Unit 1', 'unit 2', 'Unit 2', 'Unit 10']);
        });
    });

    describe('properties (random grids)', () => {
        it.each(SEEDS)('seed %i: every status is the highest-ranked one that applies', (seed) => {
            const input = randomGrid(seed);
            const grid = buildGrid(input);
            for (const line of grid.cells) {
                for (const cell of line) {
                    const applicable: CellStatus[] = ['open'];
                    const facts = (input.facts ?? []).filter(
                        (fact) => fact.rowKey === cell.rowKey && fact.columnKey === cell.columnKey
                    );
                    if (facts.some((fact) => (fact.wonCount ?? 0) > 0)) {
                        applicable.push('won');
                    }
                    if (facts.some((fact) => (fact.openCount ?? 0) > 0)) {
                        applicable.push('pipeline');
                    }
                    const annotation = cell.annotation;
                    const noted = annotationStatus(annotation);
                    if (noted) {
                        applicable.push(noted);
                    }
                    // A linked opportunity whose line items are in the cell is already in its facts.
                    const linked = (input.opportunities ?? []).find(
                        (opportunity) =>
                            opportunity.id === annotation?.opportunityId &&
                            !(
                                opportunity.columnKey === cell.columnKey &&
                                (opportunity.rowKeys ?? []).includes(cell.rowKey)
                            )
                    );
                    if (linked && !linked.isClosed) {
                        applicable.push('pipeline');
                    }
                    if (linked?.isWon && linked.isClosed && (linked.closeDate ?? '9999') >= '2025-01-01') {
                        applicable.push('won');
                    }
                    const expected = STATUS_PRECEDENCE.find((status) => applicable.includes(status));
                    expect(cell.status).toBe(expected);
                }
            }
        });

        it.each(SEEDS)('seed %i: the order of facts and annotations never changes a status', (seed) => {
            const input = randomGrid(seed);
            const random = generator(seed + 1);
            const shuffled = buildGrid({
                ...input,
                facts: random.shuffle(input.facts ?? []),
                annotations: random.shuffle(input.annotations ?? [])
            });
            const statuses = (cells: readonly (readonly CellModel[])[]) =>
                cells.map((line) => line.map((cell) => cell.status));
            expect(statuses(shuffled.cells)).toEqual(statuses(buildGrid(input).cells));
        });

        it.each(SEEDS)('seed %i: row totals, column totals and the grid total agree', (seed) => {
            const view = gridView(buildGrid(randomGrid(seed)));
            for (const figure of ['won', 'pipeline', 'potential', 'cells', 'fitCells', 'wonCells'] as const) {
                const byRows = sum(view.rows.map((row) => row.totals[figure]));
                const byColumns = sum(view.columns.map((column) => column.totals[figure]));
                expect(close(byRows, view.totals[figure])).toBe(true);
                expect(close(byColumns, view.totals[figure])).toBe(true);
            }
            expect(sum(Object.values(view.statusCounts))).toBe(view.totals.cells);
            for (const totals of [view.totals, ...view.rows.map((row) => row.totals)]) {
                const expected =
                    totals.fitCells === 0 ? null : Math.round((100 * totals.wonCells) / totals.fitCells);
                expect(totals.coverage).toBe(expected);
                expect(totals.coverage ?? 0).toBeGreaterThanOrEqual(0);
                expect(totals.coverage ?? 0).toBeLessThanOrEqual(100);
                expect(totals.potential).toBeGreaterThanOrEqual(0);
            }
        });

        it.each(SEEDS)('seed %i: a status filter keeps exactly the rows and columns with a match', (seed) => {
            const random = generator(seed * 3);
            const grid = buildGrid(randomGrid(seed));
            const statuses = STATUS_PRECEDENCE.filter(() => random.next() < 0.35);
            const view = gridView(grid, { statuses });
            const matching = (status: CellStatus): boolean =>
                statuses.length === 0 || statuses.includes(status);
            const keptRows = new Set(view.rows.map((row) => row.index));
            const keptColumns = new Set(view.columns.map((column) => column.index));
            grid.cells.forEach((line, r) => {
                expect(keptRows.has(r)).toBe(line.some((cell) => matching(cell.status)));
            });
            grid.columns.forEach((_, c) => {
                expect(keptColumns.has(c)).toBe(grid.cells.some((line) => matching(line[c].status)));
            });
            for (const row of view.rows) {
                expect(row.cells.map((cell) => cell.matches)).toEqual(
                    row.cells.map((cell) => matching(cell.cell.status))
                );
            }
            expect(view.hiddenRows + view.rows.length).toBe(grid.rows.length);
        });

        it.each(SEEDS)('seed %i: sorting is a stable permutation in the asked order', (seed) => {
            const grid = buildGrid(randomGrid(seed, 12, 3));
            const random = generator(seed);
            const by = random.pick(['won', 'pipeline', 'potential', 'coverage'] as const);
            const direction = random.pick(['asc', 'desc'] as const);
            const view = gridView(grid, { rowSort: { by, direction } });
            expect(view.rows.map((row) => row.index).sort((a, b) => a - b)).toEqual(
                grid.rows.map((_, i) => i)
            );
            const value = (totals: Totals): number => {
                return by === 'coverage' ? (totals.coverage ?? -1) : totals[by];
            };
            for (let i = 1; i < view.rows.length; i++) {
                const previous = value(view.rows[i - 1].totals);
                const current = value(view.rows[i].totals);
                expect(direction === 'asc' ? previous <= current : previous >= current).toBe(true);
            }
        });
    });

    describe('cost', () => {
        /** Counts every property read of the rows, columns, facts and annotations: the work, without a clock. */
        function countReads(products: number, units: number, lineItems: number): number {
            let reads = 0;
            const counted = <T extends object>(value: T): T =>
                new Proxy(value, {
                    get(target, property, receiver) {
                        reads += 1;
                        return Reflect.get(target, property, receiver) as unknown;
                    }
                });
            const random = generator(products * units + lineItems);
            const rowKeys = Array.from({ length: products }, (_, i) => `p${i}`);
            const columnKeys = Array.from({ length: units }, (_, i) => `u${i}`);
            // One fact per opportunity line item: the worst case, where nothing was aggregated before.
            const facts = Array.from({ length: lineItems }, () =>
                counted<FactInput>({
                    rowKey: random.pick(rowKeys),
                    columnKey: random.pick(columnKeys),
                    wonCount: random.int(2),
                    wonAmount: 1000,
                    openCount: random.int(2),
                    openAmount: 500
                })
            );
            const annotations = rowKeys.map((rowKey) =>
                counted<AnnotationInput>({ rowKey, columnKey: columnKeys[0], status: 'Targeted' })
            );
            const rows = rowKeys.map((key) => counted({ key, label: key, family: null }));
            const columns = columnKeys.map((key) => counted({ key, label: key }));
            reads = 0;
            const grid = buildGrid({ rows, columns, facts, annotations });
            gridView(grid, { rowSort: { by: 'won', direction: 'desc' } });
            return reads;
        }

        it('reads each of 20,000 line-item rows a bounded number of times for a 100 × 50 grid', () => {
            const reads = countReads(100, 50, 20_000);
            expect(reads).toBeLessThan(12 * (20_000 + 100 * 50));
        });

        it('grows linearly: twice the line items cost twice the reads, whatever the grid', () => {
            const ratio = countReads(1, 1, 20_000) / countReads(1, 1, 10_000);
            expect(ratio).toBeGreaterThan(1.9);
            expect(ratio).toBeLessThan(2.1);
        });

        it('grows linearly: twice the cells cost twice the reads', () => {
            const ratio = countReads(200, 50, 0) / countReads(100, 50, 0);
            expect(ratio).toBeGreaterThan(1.9);
            expect(ratio).toBeLessThan(2.1);
            const wider = countReads(100, 100, 0) / countReads(100, 50, 0);
            expect(wider).toBeGreaterThan(1.9);
            expect(wider).toBeLessThan(2.1);
        });
    });
});
