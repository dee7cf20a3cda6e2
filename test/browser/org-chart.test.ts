/**
 * The relationship map in the workbench, as a key account manager uses it on the Account record page: the
 * demo plan's org chart loads; a person is selected with the mouse or the keyboard and shows their score
 * factors; an edit saves with a toast in one call; a save the server refuses keeps the edits with the message
 * at the field; a conflict is reported and Reload keeps the edits; a placeholder is added. The page logs no
 * console errors and passes an axe audit.
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

function chart(page: Page): Locator {
    return page.locator('c-org-chart');
}

function card(page: Page, id: string): Locator {
    return chart(page).locator(`[data-stakeholder-id="${id}"]`);
}

/** The demo account's plan and its people as stored. */
function demoPlan(): { planId: string; people: Record<string, unknown>[] } {
    const store = bench.workbench.store;
    const planId = store.list('Account_Plan__c')[0]?.Id;
    assert.ok(typeof planId === 'string', 'the sample data has a plan');
    return { planId, people: store.query('Stakeholder__c', (s) => s.Account_Plan__c === planId) };
}

/** A person at the top of the demo chart (shown without opening anything). */
function topPerson(): Record<string, unknown> {
    const { people } = demoPlan();
    const ids = new Set(people.map((person) => person.Id));
    const top = people.find((person) => !person.Reports_To__c || !ids.has(person.Reports_To__c));
    assert.ok(top, 'the demo chart has someone at the top');
    return top;
}

function stored(id: unknown): Record<string, unknown> {
    const record = bench.workbench.store.get(typeof id === 'string' ? id : undefined);
    assert.ok(record, `record ${String(id)} exists`);
    return record;
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

async function openEditor(page: Page, id: string): Promise<Locator> {
    await card(page, id).click();
    const detail = chart(page).locator('c-org-chart-detail');
    await detail.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = chart(page).locator('c-org-chart-editor');
    await editor.getByLabel('Notes').waitFor();
    return editor;
}

describe('the relationship map', () => {
    let page: Page;
    let problems: ConsoleProblem[];

    before(async () => {
        ({ page, problems } = await openPage(bench, '/'));
        await chart(page).locator('[data-stakeholder-id]').first().waitFor();
    });

    after(async () => {
        await page.close();
    });

    it('loads the demo plan’s org chart with its coverage and depth, no console errors and no serious accessibility violations', async () => {
        assert.ok((await chart(page).locator('[role="treeitem"]').count()) > 3, 'people are drawn');
        await chart(page).getByText('Relationship depth', { exact: false }).waitFor();
        await chart(page).getByText('people on the map', { exact: false }).waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assertNoProblems(problems);
    });

    it('shows the selected person’s details and the factors behind their score', async () => {
        const top = topPerson();
        await card(page, String(top.Id)).click();
        const detail = chart(page).locator('c-org-chart-detail');
        await detail.getByRole('heading', { name: String(top.Display_Name__c) }).waitFor();
        await detail.getByText('Why this score').waitFor();
        assert.equal(await detail.locator('.factor').count(), 6, 'six factors explain the score');
        assert.equal(await card(page, String(top.Id)).getAttribute('aria-selected'), 'true');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assertNoProblems(problems);
    });

    it('moves through the chart with the keyboard and opens a person with Enter', async () => {
        const top = topPerson();
        await card(page, String(top.Id)).focus();
        await page.keyboard.press('ArrowDown');
        const focused = chart(page).locator('[role="treeitem"]:focus');
        await focused.waitFor();
        assert.equal(await focused.getAttribute('aria-level'), '2', 'Down goes to the first direct report');
        const id = await focused.getAttribute('data-stakeholder-id');
        await page.keyboard.press('Enter');
        const name = String(stored(id).Display_Name__c);
        await chart(page).locator('c-org-chart-detail').getByRole('heading', { name }).waitFor();
        await page.keyboard.press('ArrowUp');
        assert.equal(
            await chart(page).locator('[role="treeitem"]:focus').getAttribute('data-stakeholder-id'),
            top.Id
        );
        assertNoProblems(problems);
    });

    it('saves an edit in one call and says so', async () => {
        const top = topPerson();
        const editor = await openEditor(page, String(top.Id));
        await editor.getByLabel('Notes').fill('Prefers a short agenda sent the day before.');
        bench.workbench.apex.calls.length = 0;
        await editor.getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Person saved');
        assert.deepEqual(
            bench.workbench.apex.calls.map((call) => call.method),
            ['RelationshipMapController.saveStakeholder'],
            'a save is one call'
        );
        assert.equal(stored(top.Id).Notes__c, 'Prefers a short agenda sent the day before.');
        await chart(page).locator('c-org-chart-editor').waitFor({ state: 'detached' });
        await chart(page)
            .locator('c-org-chart-detail')
            .getByText('Prefers a short agenda sent the day before.')
            .waitFor();
        assertNoProblems(problems);
    });

    it('keeps the edits when the server refuses the save, with the message at the field', async () => {
        const top = topPerson();
        const editor = await openEditor(page, String(top.Id));
        bench.workbench.faults.set({
            nextSave: {
                kind: 'validation',
                field: 'Stakeholder__c.Relationship_Strength__c',
                message: 'The strength was refused.'
            }
        });
        await editor.getByLabel('Notes').fill('Second thoughts about the agenda.');
        await editor.getByRole('button', { name: 'Save', exact: true }).click();
        await editor.getByText('The strength was refused.').waitFor();
        assert.equal(await editor.getByLabel('Notes').inputValue(), 'Second thoughts about the agenda.');
        assert.equal(
            stored(top.Id).Notes__c,
            'Prefers a short agenda sent the day before.',
            'nothing was written'
        );
        await editor.getByRole('button', { name: 'Cancel' }).click();
        assertNoProblems(problems);
    });

    it('reports that someone else saved first, and Reload keeps the edits', async () => {
        const top = topPerson();
        const editor = await openEditor(page, String(top.Id));
        await editor.getByLabel('Notes').fill('Agreed to a quarterly review.');
        bench.workbench.faults.set({ nextSave: { kind: 'conflict' } });
        await editor.getByRole('button', { name: 'Save', exact: true }).click();
        await chart(page).getByText('Someone else changed this since you opened the map').waitFor();
        await chart(page).getByRole('button', { name: 'Reload' }).click();
        await chart(page).getByText('Reloaded with the latest changes.', { exact: false }).waitFor();
        assert.equal(await editor.getByLabel('Notes').inputValue(), 'Agreed to a quarterly review.');
        await editor.getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Person saved');
        assert.equal(stored(top.Id).Notes__c, 'Agreed to a quarterly review.');
        assertNoProblems(problems);
    });

    it('adds a placeholder under the selected person', async () => {
        const top = topPerson();
        await card(page, String(top.Id)).click();
        await chart(page).getByRole('button', { name: 'Add placeholder' }).first().click();
        const editor = chart(page).locator('c-org-chart-editor');
        const save = editor.getByRole('button', { name: 'Save', exact: true });
        // Saved from the keyboard: leaving the name field shows or hides its message, which moves the button.
        await save.focus();
        await page.keyboard.press('Enter');
        await editor.getByText('Complete this field.', { exact: false }).first().waitFor();
        await chart(page).getByText('Fix the highlighted fields', { exact: false }).waitFor();
        await editor.getByLabel('Name').fill('Head of Logistics');
        await save.focus();
        await page.keyboard.press('Enter');
        await toast(page, 'Person saved');
        const created = demoPlan().people.find(
            (person) => person.Placeholder_Name__c === 'Head of Logistics'
        );
        assert.ok(created, 'the placeholder is stored');
        assert.equal(created.Reports_To__c, top.Id);
        await card(page, String(created.Id)).waitFor();
        assertNoProblems(problems);
    });
});
