/**
 * The workbench's in-memory WhitespaceController (no browser): it serves the demo key account an interesting grid
 * from the sample data (won and pipeline cells, annotations of every status, a linked opportunity), refuses a
 * change made on an outdated version or where an annotation already exists, puts validation-rule messages at
 * the request's fields, and creates plays.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { workbenchPaths } from '../../scripts/workbench/paths';
import { metadataContext } from '../../scripts/workbench/server/apex-context';
import { PlatformRules } from '../../scripts/workbench/store/platform-rules';
import { RecordStore } from '../../scripts/workbench/store/record-store';
import { keyAccountIds, localToday, sampleDataState } from '../../scripts/workbench/store/seed';
import type { ApexContext } from '../../workbench/apex/support/context';
import * as WhitespaceController from '../../workbench/apex/WhitespaceController';

const rules = new PlatformRules(workbenchPaths().objectsDir, localToday);

function newContext(): ApexContext {
    const store = new RecordStore(undefined, () => sampleDataState(), rules);
    return { ...metadataContext(workbenchPaths()), store, userId: store.userId, today: localToday() };
}

/** Runs one in-memory Apex call as the workbench server does: one all-or-nothing transaction. */
function call<T>(context: ApexContext, work: () => T | Promise<T>): Promise<T> {
    return context.store.transaction(work);
}

function demoAccountId(context: ApexContext): string {
    const [demo] = keyAccountIds(context.store.list('Account_Plan__c'));
    assert.ok(demo, 'the sample data has a key account');
    return demo;
}

async function demoGrid(context: ApexContext): Promise<Apex.WhitespaceGrid> {
    return call(context, () =>
        WhitespaceController.getWhitespace({ accountId: demoAccountId(context), planId: null }, context)
    );
}

/** A cell of the grid without facts or annotation: open whitespace. */
function openCell(grid: Apex.WhitespaceGrid): { rowKey: string; columnKey: string } {
    const taken = new Set([
        ...grid.facts.map((f) => `${f.rowKey}|${f.columnKey}`),
        ...grid.annotations.map((a) => `${a.rowKey}|${a.columnKey}`)
    ]);
    for (const row of grid.rows) {
        for (const column of grid.columns) {
            if (!taken.has(`${row.key}|${column.key}`)) {
                return { rowKey: row.key, columnKey: column.key };
            }
        }
    }
    throw new Error('the demo grid has no open cell');
}

describe('the in-memory WhitespaceController', () => {
    it('serves the demo key account a grid with won, pipeline and every annotation status', async () => {
        const context = newContext();
        const grid = await demoGrid(context);

        assert.ok(grid.plan, 'the demo account has a plan');
        assert.ok(grid.rows.length >= 20, `products are rows (${grid.rows.length})`);
        assert.ok(grid.columns[0]?.isKeyAccount, 'the key account is the first column');
        assert.ok(grid.columns.length >= 5, `business units are columns (${grid.columns.length})`);
        assert.ok(
            grid.facts.some((f) => f.wonCount > 0 && f.openCount === 0),
            'some cells are won only'
        );
        assert.ok(
            grid.facts.some((f) => f.openCount > 0 && f.wonCount === 0),
            'some cells are pipeline only'
        );
        const statuses = new Set(grid.annotations.map((a) => a.status));
        assert.deepEqual([...statuses].sort(), ['Competitor Held', 'Not a Fit', 'Targeted']);
        assert.ok(
            grid.annotations.some(
                (a) => a.opportunityId && grid.opportunities.some((o) => o.id === a.opportunityId)
            ),
            'a linked opportunity is annotated and listed'
        );
        assert.ok(
            grid.annotations.some((a) =>
                grid.facts.some((f) => f.rowKey === a.rowKey && f.columnKey === a.columnKey)
            ),
            'some annotated cells also have live figures (precedence shows)'
        );
        assert.equal(grid.access.canEdit, true);
        assert.deepEqual(
            grid.picklists.playType.map((o) => o.value),
            ['Cross-sell', 'Expansion']
        );
    });

    it('sums each cell from the line items of its column, wins within the lookback only', async () => {
        const context = newContext();
        const grid = await demoGrid(context);
        const fact = grid.facts.find((f) => f.wonCount > 0);
        assert.ok(fact);
        assert.ok(fact.lastWonDate && fact.lastWonDate >= grid.wonSince, 'won within the lookback');
        assert.ok(fact.opportunityIds.length > 0, 'the cell lists its opportunities');
        const listed = grid.opportunities.find((o) => o.id === fact.opportunityIds[0]);
        assert.equal(listed?.columnKey, fact.columnKey, 'its opportunity is in its column');
        assert.ok(listed?.rowKeys.includes(fact.rowKey), 'and carries its product');
    });

    it('saves a new annotation, then refuses a change on the outdated version', async () => {
        const context = newContext();
        const grid = await demoGrid(context);
        assert.ok(grid.plan);
        const cell = openCell(grid);
        const request: Apex.WhitespaceCellRequest = {
            planId: grid.plan.id,
            ...cell,
            cellId: null,
            expectedVersion: null,
            status: 'Targeted',
            competitor: null,
            potentialValue: 120000,
            note: null
        };
        const created = await call(context, () => WhitespaceController.saveCell({ request }, context));
        assert.equal(created.status, 'saved');
        assert.ok(created.annotation);
        assert.equal(created.annotation.version, 0);

        const first = await call(context, () =>
            WhitespaceController.saveCell(
                {
                    request: {
                        ...request,
                        cellId: created.annotation?.id ?? null,
                        expectedVersion: 0,
                        note: 'First'
                    }
                },
                context
            )
        );
        assert.equal(first.status, 'saved');
        assert.equal(first.annotation?.version, 1);

        const stale = await call(context, () =>
            WhitespaceController.saveCell(
                {
                    request: {
                        ...request,
                        cellId: created.annotation?.id ?? null,
                        expectedVersion: 0,
                        note: 'Stale'
                    }
                },
                context
            )
        );
        assert.equal(stale.status, 'conflict');
        assert.equal(stale.ok, false);
        assert.equal(stale.current?.note, 'First', 'the stored annotation comes back');
        assert.equal(stale.current?.version, 1);

        const again = await call(context, () => WhitespaceController.saveCell({ request }, context));
        assert.equal(again.status, 'conflict', 'a second annotation for the same cell is a conflict');
    });

    it('puts validation-rule messages at the request fields and writes nothing', async () => {
        const context = newContext();
        const grid = await demoGrid(context);
        assert.ok(grid.plan);
        const cells = context.store.count('Whitespace_Cell__c');
        const invalid = await call(context, () =>
            WhitespaceController.saveCell(
                {
                    request: {
                        planId: grid.plan?.id ?? '',
                        ...openCell(grid),
                        cellId: null,
                        expectedVersion: null,
                        status: 'Competitor Held',
                        competitor: null,
                        potentialValue: -5,
                        note: null
                    }
                },
                context
            )
        );
        assert.equal(invalid.status, 'invalid');
        assert.deepEqual(invalid.fieldErrors.map((e) => e.field).sort(), ['competitor', 'potentialValue']);
        assert.equal(context.store.count('Whitespace_Cell__c'), cells);
    });

    it('links only open opportunities of the hierarchy, and clears at the loaded version', async () => {
        const context = newContext();
        const grid = await demoGrid(context);
        assert.ok(grid.plan);
        const cell = openCell(grid);
        const open = grid.opportunities.find((o) => !o.isClosed);
        const won = grid.opportunities.find((o) => o.isWon);
        assert.ok(open && won);
        const link = (opportunityId: string): Promise<Apex.WhitespaceCellResult> =>
            call(context, () =>
                WhitespaceController.linkOpportunity(
                    {
                        request: {
                            planId: grid.plan?.id ?? '',
                            ...cell,
                            cellId: null,
                            expectedVersion: null,
                            opportunityId
                        }
                    },
                    context
                )
            );
        const refused = await link(won.id);
        assert.equal(refused.fieldErrors[0]?.field, 'opportunityId');
        const linked = await link(open.id);
        assert.equal(linked.status, 'saved');
        assert.equal(linked.annotation?.status, 'Targeted');
        assert.equal(linked.annotation?.opportunityName, open.name);

        const id = linked.annotation?.id ?? '';
        const stale = await call(context, () =>
            WhitespaceController.clearCell({ cellId: id, expectedVersion: 3 }, context)
        );
        assert.equal(stale.status, 'conflict');
        const cleared = await call(context, () =>
            WhitespaceController.clearCell({ cellId: id, expectedVersion: 0 }, context)
        );
        assert.equal(cleared.status, 'saved');
        assert.equal(context.store.get(id), undefined);
    });

    it('creates a play for the cell, with rule messages at its fields', async () => {
        const context = newContext();
        const grid = await demoGrid(context);
        assert.ok(grid.plan);
        const request: Apex.WhitespacePlayRequest = {
            planId: grid.plan.id,
            ...openCell(grid),
            name: 'Cross-sell into the unit',
            type: 'Cross-sell',
            estimatedValue: 50000,
            dueDate: null,
            opportunityId: null
        };
        const created = await call(context, () => WhitespaceController.createPlay({ request }, context));
        assert.equal(created.status, 'saved');
        const play = context.store.get(created.playId);
        assert.equal(play?.Product__c, request.rowKey);
        assert.equal(play?.Business_Unit__c, request.columnKey);
        assert.equal(play?.Status__c, 'Planned');

        const early = await call(context, () =>
            WhitespaceController.createPlay({ request: { ...request, dueDate: '2000-01-01' } }, context)
        );
        assert.equal(early.ok, false);
        assert.equal(early.playId, null);
        assert.equal(early.fieldErrors[0]?.field, 'dueDate');
    });

    it('refuses an account that does not exist', async () => {
        const context = newContext();
        await assert.rejects(
            call(context, () =>
                WhitespaceController.getWhitespace({ accountId: '001000000000000AAA', planId: null }, context)
            ),
            /no longer exists/
        );
    });
});
