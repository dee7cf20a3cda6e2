/**
 * The account-plan workspace in the workbench, as a key account manager uses it on the Account record page:
 * create a plan, edit it with instant validation, save it; a save the server refuses keeps every edit and
 * shows the message at the field; a conflict is reported and Reload keeps the edits; Mark reviewed. Faults
 * are injected the way the workbench panel injects them. The page logs no console errors and passes an axe
 * audit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import {
    describeProblems,
    seriousAxeViolations,
    type ConsoleProblem
} from '../../scripts/workbench/browser/page-checks';
import { localToday } from '../../scripts/workbench/store/seed';
import { openPage, startTestBench, type TestBench } from './harness';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
});

after(async () => {
    await bench.close();
});

/** A business unit of the demo key account: an Account without a plan. */
function accountWithoutPlan(): { id: string; name: string } {
    const store = bench.workbench.store;
    const planned = new Set(store.list('Account_Plan__c').map((plan) => plan.Account__c));
    const account = store
        .list('Account')
        .find((candidate) => candidate.ParentId && !planned.has(candidate.Id));
    assert.ok(account, 'the sample data has a business unit without a plan');
    return { id: account.Id, name: String(account.Name) };
}

function planOf(accountId: string): Record<string, unknown> {
    const plan = bench.workbench.store
        .list('Account_Plan__c')
        .find((candidate) => candidate.Account__c === accountId);
    assert.ok(plan, `account ${accountId} has a plan`);
    return plan;
}

function workspace(page: Page): Locator {
    return page.locator('c-account-plan-workspace');
}

/** Waits for a toast with this title, then closes it so that the next one can be told apart. */
async function toast(page: Page, title: string): Promise<void> {
    const shown = page.locator('wb-toast-host [role]').filter({ hasText: title });
    await shown.first().waitFor();
    await shown.first().getByRole('button', { name: 'Close' }).click();
    await shown.first().waitFor({ state: 'detached' });
}

async function chooseOption(page: Page, combobox: string, option: string): Promise<void> {
    await workspace(page).getByRole('combobox', { name: combobox }).click();
    await workspace(page).getByRole('option', { name: option, exact: true }).click();
}

function assertNoProblems(problems: ConsoleProblem[]): void {
    assert.deepEqual(problems, [], describeProblems(problems));
}

describe('the account-plan workspace', () => {
    let accountId = '';
    let page: Page;
    let problems: ConsoleProblem[];

    before(async () => {
        const account = accountWithoutPlan();
        accountId = account.id;
        ({ page, problems } = await openPage(bench, `/lightning/r/Account/${accountId}/view`));
    });

    after(async () => {
        await page.close();
    });

    it('creates a plan in one step on an account without one', async () => {
        await workspace(page).getByText('No account plan yet').waitFor();
        await workspace(page).getByRole('button', { name: 'Create plan' }).click();
        await toast(page, 'Plan created');
        const plan = planOf(accountId);
        assert.equal(plan.Status__c, 'Draft');
        assert.equal(plan.Period_Start__c, localToday());
        assert.equal(plan.OwnerId, bench.workbench.store.userId);
        await workspace(page).getByText('No account plan yet').waitFor({ state: 'detached' });
        assert.equal(await workspace(page).getByLabel('Plan name').inputValue(), plan.Name);
        assertNoProblems(problems);
    });

    it('validates as the KAM types and saves every edit in one call', async () => {
        await workspace(page).getByLabel('Primary competitor').fill('Ironbridge Systems');
        await chooseOption(page, 'Renewal risk', 'High');
        const reasonMessage = workspace(page).getByText(
            'Say why the renewal is at risk: a reason is required when the risk is Medium or High.'
        );
        await reasonMessage.waitFor();
        await workspace(page)
            .getByLabel('Why is the renewal at risk?')
            .fill('Budget freeze in the fleet unit');
        await reasonMessage.waitFor({ state: 'detached' });
        await workspace(page).getByText('You have unsaved changes.').waitFor();

        bench.workbench.apex.calls.length = 0;
        await workspace(page).getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Plan saved');
        assert.deepEqual(
            bench.workbench.apex.calls.map((call) => call.method),
            ['AccountPlanWorkspaceController.savePlan'],
            'a save is one call'
        );
        const plan = planOf(accountId);
        assert.equal(plan.Primary_Competitor__c, 'Ironbridge Systems');
        assert.equal(plan.Renewal_Risk__c, 'High');
        assert.equal(plan.Renewal_Risk_Reason__c, 'Budget freeze in the fleet unit');
        await workspace(page).getByText('You have unsaved changes.').waitFor({ state: 'detached' });
        assertNoProblems(problems);
    });

    it('keeps every edit when the server refuses a save, with the message at the field', async () => {
        bench.workbench.faults.set({
            nextSave: {
                kind: 'validation',
                field: 'Account_Plan__c.Renewal_Risk_Reason__c',
                message: 'The reason was refused.'
            }
        });
        await workspace(page).getByLabel('Primary competitor').fill('Veridian');
        await workspace(page).getByRole('button', { name: 'Save', exact: true }).click();
        await workspace(page).getByText("The plan wasn't saved. Your changes are still here.").waitFor();
        await workspace(page).getByText('The reason was refused.').waitFor();
        assert.equal(await workspace(page).getByLabel('Primary competitor').inputValue(), 'Veridian');
        assert.equal(planOf(accountId).Primary_Competitor__c, 'Ironbridge Systems', 'nothing was written');
        assertNoProblems(problems);
    });

    it('reports that someone else saved first, and Reload keeps the edits', async () => {
        bench.workbench.faults.set({ nextSave: { kind: 'conflict' } });
        await workspace(page).getByRole('button', { name: 'Save', exact: true }).click();
        await workspace(page).getByText('Someone else changed this plan').waitFor();
        assert.equal(await workspace(page).getByLabel('Primary competitor').inputValue(), 'Veridian');

        await workspace(page).getByRole('button', { name: 'Reload' }).click();
        await workspace(page)
            .getByText('The latest version is loaded and your changes are kept.', { exact: false })
            .waitFor();
        assert.equal(await workspace(page).getByLabel('Primary competitor').inputValue(), 'Veridian');

        await workspace(page).getByRole('button', { name: 'Save', exact: true }).click();
        await toast(page, 'Plan saved');
        assert.equal(planOf(accountId).Primary_Competitor__c, 'Veridian');
        assertNoProblems(problems);
    });

    it('keeps the edits and explains when the server fails outright', async () => {
        await workspace(page).getByLabel('Primary competitor').fill('Stratus');
        bench.workbench.faults.set({ failNextCall: true });
        await workspace(page).getByRole('button', { name: 'Save', exact: true }).click();
        await workspace(page)
            .locator('c-error-panel')
            .getByText("The plan wasn't saved. Your changes are still here.")
            .waitFor();
        assert.equal(await workspace(page).getByLabel('Primary competitor').inputValue(), 'Stratus');
        await workspace(page).getByRole('button', { name: 'Cancel' }).click();
        assert.equal(await workspace(page).getByLabel('Primary competitor').inputValue(), 'Veridian');
        // The server error is what the browser logs for a failed request; nothing else may be logged.
        assertNoProblems(problems.filter((problem) => !problem.text.includes('500')));
    });

    it('marks the plan reviewed', async () => {
        await workspace(page).getByRole('button', { name: 'Mark reviewed' }).click();
        await toast(page, 'Review recorded');
        const plan = planOf(accountId);
        assert.equal(plan.Last_Reviewed_Date__c, localToday());
        assert.equal(plan.Last_Reviewed_By__c, bench.workbench.store.userId);
        await workspace(page).getByText('Not reviewed yet').waitFor({ state: 'detached' });
    });
});

describe('the demo key account’s plan', () => {
    it('loads with the plan at a glance, no console errors and no serious accessibility violations', async () => {
        const { page, problems } = await openPage(bench, '/');
        await workspace(page).locator('c-plan-header').getByText('Tier 1', { exact: true }).waitFor();
        await workspace(page).getByText('Won, last 12 months').waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assertNoProblems(problems);
        await page.close();
    });

    it('reorders objectives from the keyboard', async () => {
        const { page, problems } = await openPage(bench, '/');
        const names = workspace(page).locator('c-plan-objectives lightning-input[data-field="name"] input');
        await names.first().waitFor();
        const before = await names.evaluateAll((inputs) =>
            inputs.map((input) => (input as HTMLInputElement).value)
        );
        await workspace(page).getByRole('button', { name: 'Move objective 2 up' }).focus();
        await page.keyboard.press('Enter');
        await workspace(page)
            .getByText(`${before[1] ?? ''} moved to position 1.`)
            .waitFor({ state: 'attached' });
        const after = await names.evaluateAll((inputs) =>
            inputs.map((input) => (input as HTMLInputElement).value)
        );
        assert.deepEqual(after.slice(0, 2), [before[1], before[0]]);
        await workspace(page).getByRole('button', { name: 'Cancel' }).click();
        assertNoProblems(problems);
        await page.close();
    });

    it('opens an archived plan read-only from the plan switcher', async () => {
        const { page, problems } = await openPage(bench, '/');
        await workspace(page).locator('c-plan-header').waitFor();
        const plans = bench.workbench.store.list('Account_Plan__c');
        const demoAccountId = plans[0]?.Account__c;
        const archived = plans.find(
            (plan) => plan.Status__c === 'Archived' && plan.Account__c === demoAccountId
        );
        assert.ok(archived, 'the demo account has an archived plan');
        await chooseOption(page, 'Plan', `${String(archived.Name)} (Archived)`);
        await workspace(page).getByText('This plan is archived and read-only.', { exact: false }).waitFor();
        assert.equal(await workspace(page).getByRole('button', { name: 'Add objective' }).count(), 0);
        assert.equal(await workspace(page).getByRole('button', { name: 'Archive' }).count(), 0);
        assertNoProblems(problems);
        await page.close();
    });
});
