/**
 * The workbench in Chromium: the record page and the portfolio page load cleanly and pass an accessibility
 * audit, navigation works, injected faults reach the page the way the platform delivers them, and the demo
 * data persists and resets.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeProblems, seriousAxeViolations } from '../../scripts/workbench/browser/page-checks';
import { demoAccountName, openPage, startTestBench, type TestBench } from './harness';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
});

after(async () => {
    await bench.close();
});

describe('the Account record page', () => {
    it('opens on the demo key account with its highlights and no console errors', async () => {
        const { page, problems } = await openPage(bench, '/');
        await page
            .locator('wb-record-page .record-name')
            .filter({ hasText: demoAccountName(bench) })
            .waitFor();
        assert.match(page.url(), /\/lightning\/r\/Account\/001\w+\/view$/);
        const highlights = await page.locator('wb-record-page .highlight').allInnerTexts();
        assert.ok(
            highlights.some((text) => text.startsWith('Industry')),
            highlights.join(' | ')
        );
        assert.ok(
            highlights.some((text) => text.includes('Account Owner')),
            highlights.join(' | ')
        );
        assert.equal(
            await page.locator('wb-region c-account-plan-workspace').count(),
            1,
            'the main region holds the components registered for the Account record page'
        );
        assert.equal(await page.title(), `${demoAccountName(bench)} | Account | Keystone`);
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('logs the calls a page load makes, for call-count budgets', async () => {
        bench.workbench.apex.calls.length = 0;
        const { page } = await openPage(bench, '/');
        await page.locator('wb-record-page .highlight').first().waitFor();
        await page.locator('c-account-plan-workspace c-plan-header').waitFor();
        await page.locator('c-org-chart [data-stakeholder-id]').first().waitFor();
        await page.locator('c-whitespace-grid [data-cell]').first().waitFor();
        const response = await fetch(`${bench.workbench.url}/workbench/calls`);
        const calls = (await response.json()) as { method: string; status: number }[];
        assert.deepEqual(
            calls.map((c) => `${c.method} ${c.status}`).sort(),
            [
                'AccountPlanWorkspaceController.getWorkspace 200',
                'RelationshipMapController.getRelationshipMap 200',
                'WhitespaceController.getWhitespace 200',
                'uiRecordApi.getRecord 200'
            ],
            'the shell makes one UI API call, and each placed component at most one Apex call'
        );
        await page.close();
    });

    it('passes the accessibility audit (no serious or critical axe violations)', async () => {
        const { page } = await openPage(bench, '/');
        await page.locator('wb-record-page .highlight').first().waitFor();
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        await page.close();
    });

    it('shows an injected server error in the page, through c-error-panel', async () => {
        // A User record page: the shell's call is the page's only call, so it is the one that fails.
        const ownerId = bench.workbench.store.list('Account_Plan__c')[0]?.OwnerId as string;
        const { page, problems } = await openPage(
            bench,
            `/lightning/r/${ownerId}/view?wb-fault=server-error`
        );
        const panel = page.locator('wb-record-page c-error-panel');
        await panel.getByText('This record could not be loaded.').waitFor();
        await panel.getByRole('button', { name: 'Show details' }).click();
        await panel.getByText(/An internal server error has occurred/).waitFor();
        assert.doesNotMatch(page.url(), /wb-fault/, 'the fault parameter is dropped from the address');
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('shows a spinner while a slow call is pending', async () => {
        const { page } = await openPage(bench, '/?wb-latency=1500');
        await page.locator('wb-record-page .highlights-loading lightning-spinner').waitFor();
        await page.locator('wb-record-page .highlight').first().waitFor();
        assert.equal(await page.locator('wb-record-page .highlights-loading').count(), 0);
        bench.workbench.faults.set({ latencyMs: 0 });
        await page.close();
    });
});

describe('navigation', () => {
    it('goes to the portfolio page and to the other key accounts, and back', async () => {
        const { page, problems } = await openPage(bench, '/');
        await page
            .locator('wb-record-page .record-name')
            .filter({ hasText: demoAccountName(bench) })
            .waitFor();
        await page
            .getByRole('navigation', { name: 'Keystone' })
            .getByRole('link', { name: 'Key Account Portfolio' })
            .click();
        await page.locator('wb-app-page .page-title').filter({ hasText: 'Key Account Portfolio' }).waitFor();
        assert.match(page.url(), /\/lightning\/n\/Keystone_Portfolio$/);
        const accounts = bench.workbench.store
            .list('Account_Plan__c')
            .map((plan) => bench.workbench.store.get(plan.Account__c as string)?.Name as string);
        const other = accounts.find((name) => name !== demoAccountName(bench)) ?? '';
        await page.getByRole('navigation', { name: 'Keystone' }).getByRole('link', { name: other }).click();
        await page.locator('wb-record-page .record-name').filter({ hasText: other }).waitFor();
        await page.goBack();
        await page.locator('wb-app-page .page-title').waitFor();
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('follows lookup links in the highlights to other record pages', async () => {
        const { page } = await openPage(bench, '/');
        const owner = page
            .locator('wb-record-page .highlight')
            .filter({ hasText: 'Account Owner' })
            .getByRole('link');
        const ownerName = await owner.innerText();
        await owner.click();
        await page.locator('wb-record-page .record-name').filter({ hasText: ownerName }).waitFor();
        assert.match(page.url(), /\/lightning\/r\/005\w+\/view$/);
        await page.close();
    });

    it('passes the accessibility audit on the portfolio page', async () => {
        const { page, problems } = await openPage(bench, '/lightning/n/Keystone_Portfolio');
        await page.locator('wb-app-page .page-title').waitFor();
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });
});

describe('the workbench panel', () => {
    it('injects faults and resets the demo data', async () => {
        const { page, problems } = await openPage(bench, '/');
        await page.locator('wb-record-page .highlight').first().waitFor();
        await page.getByRole('button', { name: 'Workbench' }).click();
        const panel = page.locator('wb-workbench-panel');
        await panel.getByRole('button', { name: 'Conflict on the next save' }).click();
        await panel.getByText('The next save reports that someone else saved first.').waitFor();
        assert.equal(bench.workbench.faults.current.nextSave?.kind, 'conflict');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        const reloaded = page.waitForEvent('load');
        await panel.getByRole('button', { name: 'Reset demo data' }).click();
        await page.locator('wb-toast-host').getByText('Demo data reset').waitFor();
        await reloaded;
        assert.equal(bench.workbench.faults.current.nextSave, null, 'a reset clears the faults');
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });
});
