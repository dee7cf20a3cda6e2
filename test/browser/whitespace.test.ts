/**
 * The whitespace grid in the workbench, as a key account manager uses it on the Account record page: the grid
 * loads classified from the sample data; the keyboard moves around it and opens a cell; annotating a cell
 * validates as the KAM types and saves with a toast; a save the server refuses keeps every entry and shows the
 * message at the field; a conflict is reported and the KAM's entries can still win; a play starts from a cell;
 * New opportunity opens the standard page prefilled. No console errors; no serious accessibility violations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
    describeProblems,
    seriousAxeViolations,
    type ConsoleProblem
} from '../../scripts/workbench/browser/page-checks';
import { openPage, startTestBench, type TestBench } from './harness';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
});

after(async () => {
    await bench.close();
});

function grid(page: Page): Locator {
    return page.locator('c-whitespace-grid');
}

/** Waits for a toast with this title, then closes it so that the next one can be told apart. */
async function toast(page: Page, title: string): Promise<void> {
    const shown = page.locator('wb-toast-host [role]').filter({ hasText: title });
    await shown.first().waitFor();
    await shown.first().getByRole('button', { name: 'Close' }).click();
    await shown.first().waitFor({ state: 'detached' });
}

function assertNoProblems(problems: ConsoleProblem[]): void {
    assert.deepEqual(problems, [], describeProblems(problems));
}

/** An open whitespace cell nobody annotated yet, opened in the panel: its product and unit keys. */
async function openAnOpenCell(page: Page, skip = 0): Promise<{ rowKey: string; columnKey: string }> {
    const cell = grid(page).locator('[data-cell]').filter({ hasText: 'Open' }).nth(skip);
    const key = (await cell.getAttribute('data-cell')) ?? '';
    await cell.click();
    await grid(page).locator('c-whitespace-cell-detail').waitFor();
    const [rowKey = '', columnKey = ''] = key.split('|');
    return { rowKey, columnKey };
}

function annotationOf(place: { rowKey: string; columnKey: string }): Record<string, unknown> | undefined {
    return bench.workbench.store
        .list('Whitespace_Cell__c')
        .find((cell) => cell.Product__c === place.rowKey && cell.Business_Unit__c === place.columnKey);
}

/** An input of the annotation editor or the play form, by the draft property it edits. */
function field(page: Page, name: string): Locator {
    return grid(page).locator(`[data-field="${name}"]`).locator('input, textarea');
}

async function chooseStatus(page: Page, status: string): Promise<void> {
    await grid(page).getByRole('combobox', { name: 'Status' }).click();
    await grid(page).getByRole('option', { name: status, exact: true }).click();
}

describe('the whitespace grid on the demo key account', () => {
    let page: Page;
    let problems: ConsoleProblem[];

    before(async () => {
        ({ page, problems } = await openPage(bench, '/'));
        await grid(page).locator('[data-cell]').first().waitFor();
    });

    after(async () => {
        await page.close();
    });

    it('loads classified, with a legend, totals and no serious accessibility violations', async () => {
        await grid(page).getByRole('grid').waitFor();
        for (const status of ['Won', 'In pipeline', 'Competitor held', 'Not a fit', 'Targeted', 'Open']) {
            await grid(page).locator('c-whitespace-legend').getByRole('button', { name: status }).waitFor();
        }
        assert.ok((await grid(page).locator('[data-cell]').count()) > 20, 'the demo account has a real grid');
        await grid(page).getByRole('columnheader', { name: 'Coverage' }).waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assertNoProblems(problems);
    });

    it('moves with the arrow keys and opens a cell with Enter', async () => {
        const first = grid(page).locator('[data-cell]').first();
        await first.click();
        await grid(page).getByRole('button', { name: 'Close' }).click();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        const focused = await grid(page)
            .locator('c-whitespace-table')
            .evaluate((table) => table.shadowRoot?.activeElement?.getAttribute('data-cell') ?? null);
        const second = await grid(page)
            .locator('tbody tr')
            .nth(1)
            .locator('[data-cell]')
            .nth(1)
            .getAttribute('data-cell');
        assert.equal(focused, second);
        await page.keyboard.press('Enter');
        await grid(page).locator('c-whitespace-cell-detail').waitFor();
        assert.equal(
            await grid(page)
                .locator(`[data-cell="${second ?? ''}"]`)
                .getAttribute('aria-selected'),
            'true'
        );
        assertNoProblems(problems);
    });

    it('filters by status from the legend', async () => {
        const legend = grid(page).locator('c-whitespace-legend');
        await legend.getByRole('button', { name: 'Competitor held' }).click();
        const statuses = (await grid(page).locator('[data-cell]:not(.ws-dim)').allTextContents()).map(
            (text) => text.split('\n')[0]
        );
        assert.ok(statuses.length > 0);
        assert.deepEqual([...new Set(statuses)], ['Competitor held']);
        await legend.getByRole('button', { name: 'Show all' }).click();
        assert.equal(await grid(page).locator('.ws-dim').count(), 0);
    });

    it('annotates a cell: checks as the KAM types, then saves with a toast', async () => {
        const place = await openAnOpenCell(page);
        await grid(page).getByRole('button', { name: 'Annotate' }).click();
        await chooseStatus(page, 'Competitor Held');
        const message = grid(page).getByText('Name the competitor that holds this cell.');
        await message.waitFor();
        bench.workbench.apex.calls.length = 0;
        await grid(page).getByRole('button', { name: 'Save', exact: true }).click();
        await grid(page).getByText('Fix the highlighted fields, then save again.').waitFor();
        assert.equal(bench.workbench.apex.calls.length, 0, 'nothing is sent while a check fails');

        await field(page, 'competitor').fill('Ironbridge Systems');
        await message.waitFor({ state: 'detached' });
        await field(page, 'potentialValue').fill('125000');
        await grid(page).getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Cell saved');
        assert.deepEqual(
            bench.workbench.apex.calls.map((call) => call.method),
            ['WhitespaceController.saveCell'],
            'a save is one call'
        );
        const saved = annotationOf(place);
        assert.equal(saved?.Status__c, 'Competitor Held');
        assert.equal(saved?.Competitor__c, 'Ironbridge Systems');
        assert.equal(saved?.Potential_Value__c, 125000);
        await grid(page).locator('c-whitespace-cell-detail').getByText('Ironbridge Systems').waitFor();
        // The cell reads its status, then the potential value.
        assert.match(
            (await grid(page).locator(`[data-cell="${place.rowKey}|${place.columnKey}"]`).textContent()) ??
                '',
            /^Competitor held\n\D*125K$/
        );
        assertNoProblems(problems);
    });

    it('keeps every entry when the server refuses the save, with the message at the field', async () => {
        const place = await openAnOpenCell(page);
        await grid(page).getByRole('button', { name: 'Annotate' }).click();
        await chooseStatus(page, 'Targeted');
        await field(page, 'potentialValue').fill('80000');
        await field(page, 'note').fill('Budget confirmed by the unit');
        bench.workbench.faults.set({
            nextSave: {
                kind: 'validation',
                field: 'Whitespace_Cell__c.Potential_Value__c',
                message: 'The potential value was refused.'
            }
        });
        await grid(page).getByRole('button', { name: 'Save', exact: true }).click();
        await grid(page)
            .getByText("The change couldn't be saved. Your entries are still here; try again.")
            .waitFor();
        await grid(page).getByText('The potential value was refused.').waitFor();
        assert.equal(await field(page, 'note').inputValue(), 'Budget confirmed by the unit');
        assert.equal(annotationOf(place), undefined, 'nothing was written');

        await grid(page).getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Cell saved');
        assert.equal(annotationOf(place)?.Note__c, 'Budget confirmed by the unit');
        assertNoProblems(problems);
    });

    it('reports a conflict, keeps the entries, and saving them again wins', async () => {
        const place = await openAnOpenCell(page);
        await grid(page).getByRole('button', { name: 'Annotate' }).click();
        await chooseStatus(page, 'Not a Fit');
        await field(page, 'note').fill('Runs its own fleet');
        bench.workbench.faults.set({ nextSave: { kind: 'conflict' } });
        await grid(page).getByRole('button', { name: 'Save', exact: true }).click();
        await grid(page).getByText('Someone else changed this cell', { exact: true }).waitFor();
        assert.equal(await field(page, 'note').inputValue(), 'Runs its own fleet');
        await grid(page).getByRole('button', { name: 'Save mine instead' }).click();
        await toast(page, 'Cell saved');
        assert.equal(annotationOf(place)?.Status__c, 'Not a Fit');
        assertNoProblems(problems);
    });

    it('starts a play from a cell', async () => {
        const place = await openAnOpenCell(page);
        await grid(page).getByRole('button', { name: 'New play' }).click();
        const name = field(page, 'name');
        assert.ok((await name.inputValue()).length > 0, 'the name is prefilled');
        await name.fill('Cross-sell fleet telematics');
        await field(page, 'estimatedValue').fill('60000');
        await grid(page).getByRole('button', { name: 'Create play' }).click();
        await toast(page, 'Play created');
        const play = bench.workbench.store
            .list('Play__c')
            .find((candidate) => candidate.Name === 'Cross-sell fleet telematics');
        assert.ok(play, 'the play exists');
        assert.equal(play.Type__c, 'Cross-sell');
        assert.equal(play.Status__c, 'Planned');
        assert.equal(play.Estimated_Value__c, 60000);
        assert.equal(play.Product__c, place.rowKey);
        assert.equal(play.Business_Unit__c, place.columnKey);
        assertNoProblems(problems);
    });

    it('opens the New Opportunity page prefilled for the unit and product', async () => {
        const place = await openAnOpenCell(page);
        await grid(page).getByRole('button', { name: 'New opportunity' }).click();
        await page.waitForURL(/\/lightning\/o\/Opportunity\/new/);
        const url = new URL(page.url());
        const defaults = url.searchParams.get('defaultFieldValues') ?? '';
        assert.match(defaults, new RegExp(`AccountId=${place.columnKey}`));
        assert.match(defaults, /Name=/);
        assertNoProblems(problems);
    });
});
