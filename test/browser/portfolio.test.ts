/**
 * The key-account portfolio in the workbench, as a sales manager uses it on the Keystone Portfolio app page:
 * the team's plans load in one call with their KPIs; filters and search narrow the rows and the KPIs at once,
 * without a server call; sorting, another scope (a new call), the recalculation toast; an account opens its
 * record page. The page logs no console errors and passes an axe audit.
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

const PORTFOLIO_URL = '/lightning/n/Keystone_Portfolio';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
    // Run as the manager of the demo key account's KAM: My team is then the sample data's book of key accounts.
    const store = bench.workbench.store;
    const kam = store.get(String(store.list('Account_Plan__c')[0]?.OwnerId));
    const manager = store.get(typeof kam?.ManagerId === 'string' ? kam.ManagerId : undefined);
    assert.ok(manager, 'the demo KAM has a manager');
    store.userId = manager.Id;
});

after(async () => {
    await bench.close();
});

interface PlanOnFile {
    accountId: string;
    accountName: string;
    freshness: unknown;
    ownerId: unknown;
}

/** The current plans of the key accounts (one per account, never an archived one), as the store computes them. */
function keyAccounts(): PlanOnFile[] {
    const store = bench.workbench.store;
    const byAccount = new Map<string, PlanOnFile>();
    for (const plan of store.list('Account_Plan__c')) {
        const accountId = String(plan.Account__c);
        if (plan.Status__c === 'Archived' || byAccount.has(accountId)) {
            continue;
        }
        byAccount.set(accountId, {
            accountId,
            accountName: String(store.get(accountId)?.Name),
            freshness: plan.Freshness__c,
            ownerId: plan.OwnerId
        });
    }
    return [...byAccount.values()];
}

function portfolio(page: Page): Locator {
    return page.locator('c-portfolio');
}

async function rowNames(page: Page): Promise<string[]> {
    return portfolio(page).locator('tr[data-plan-id] .account-link').allInnerTexts();
}

/** Waits until the table lists exactly these accounts (in any order). */
async function waitForRows(page: Page, names: string[]): Promise<void> {
    const expected = [...names].sort();
    const deadline = Date.now() + 10_000;
    let shown: string[] = [];
    while (Date.now() < deadline) {
        shown = (await rowNames(page)).sort();
        if (JSON.stringify(shown) === JSON.stringify(expected)) {
            return;
        }
        await page.waitForTimeout(50);
    }
    assert.deepEqual(shown, expected);
}

async function planCount(page: Page): Promise<string> {
    return (await portfolio(page).locator('c-portfolio-summary .plan-count').innerText()).trim();
}

function portfolioCalls(): { method: string; params: unknown }[] {
    return bench.workbench.apex.calls.filter((call) => call.method.startsWith('PortfolioController.'));
}

function assertNoProblems(problems: ConsoleProblem[]): void {
    assert.deepEqual(problems, [], describeProblems(problems));
}

describe('the key-account portfolio', () => {
    let page: Page;
    let problems: ConsoleProblem[];

    before(async () => {
        bench.workbench.apex.calls.length = 0;
        ({ page, problems } = await openPage(bench, PORTFOLIO_URL));
        await portfolio(page).locator('[data-plan-id]').first().waitFor();
    });

    after(async () => {
        await page.close();
    });

    it('loads the team’s key accounts in one call, with their KPIs, no console errors and no serious accessibility violations', async () => {
        const accounts = keyAccounts();
        assert.ok(accounts.length >= 5, 'the sample data has a book of key accounts');
        await waitForRows(
            page,
            accounts.map((account) => account.accountName)
        );
        assert.equal(await planCount(page), String(accounts.length));
        const calls = portfolioCalls();
        assert.deepEqual(
            calls.map((call) => [call.method, call.params]),
            [
                [
                    'PortfolioController.getPortfolio',
                    { query: { scope: 'MY_TEAM', includeArchived: false, maxRows: null } }
                ]
            ]
        );
        await portfolio(page).getByText('Revenue figures as of').waitFor();
        await page.waitForLoadState('networkidle');
        const violations = await seriousAxeViolations(page);
        assert.deepEqual(violations, [], describeProblems(violations));
        assertNoProblems(problems);
    });

    it('narrows the rows and the KPIs at once as filters change, without asking the server', async () => {
        bench.workbench.apex.calls.length = 0;
        const accounts = keyAccounts();
        const stale = accounts.filter((account) => account.freshness === 'Stale');
        assert.ok(
            stale.length > 0 && stale.length < accounts.length,
            'some plans of the sample data are stale'
        );

        await portfolio(page).getByRole('combobox', { name: 'Freshness' }).click();
        await portfolio(page).getByRole('option', { name: 'Stale', exact: true }).click();
        await waitForRows(
            page,
            stale.map((account) => account.accountName)
        );
        assert.equal(await planCount(page), String(stale.length));

        const first = stale[0];
        await portfolio(page)
            .getByLabel('Search accounts and KAMs')
            .fill(first.accountName.split(' ')[0] ?? '');
        await waitForRows(page, [first.accountName]);
        assert.equal(await planCount(page), '1');

        await portfolio(page)
            .getByRole('button', { name: /^Clear filters/ })
            .click();
        await waitForRows(
            page,
            accounts.map((account) => account.accountName)
        );
        assert.equal(await planCount(page), String(accounts.length));
        assert.deepEqual(portfolioCalls(), [], 'filtering happens in the browser');
        assertNoProblems(problems);
    });

    it('filters by a KAM from the breakdown and sorts by a column', async () => {
        const accounts = keyAccounts();
        const kam = portfolio(page).locator('c-portfolio-kams .kam-button').first();
        const kamName = (await kam.innerText()).trim();
        const kamId = bench.workbench.store.list('User').find((user) => user.Name === kamName)?.Id;
        await kam.click();
        await waitForRows(
            page,
            accounts.filter((account) => account.ownerId === kamId).map((account) => account.accountName)
        );
        await kam.click();
        await waitForRows(
            page,
            accounts.map((account) => account.accountName)
        );

        const sortButton = portfolio(page).locator('button.sort[data-key="account"]');
        const header = portfolio(page)
            .locator('th[aria-sort]')
            .filter({ has: page.locator('button.sort[data-key="account"]') });
        assert.equal(await header.getAttribute('aria-sort'), 'ascending');
        const ascending = await rowNames(page);
        await sortButton.click();
        assert.equal(await header.getAttribute('aria-sort'), 'descending');
        assert.deepEqual(await rowNames(page), [...ascending].reverse());
        assertNoProblems(problems);
    });

    it('loads another scope from the server', async () => {
        bench.workbench.apex.calls.length = 0;
        await portfolio(page).getByText('My accounts', { exact: true }).click();
        const mine = keyAccounts().filter((account) => account.ownerId === bench.workbench.store.userId);
        await waitForRows(
            page,
            mine.map((account) => account.accountName)
        );
        assert.deepEqual(
            portfolioCalls().map((call) => call.params),
            [{ query: { scope: 'MINE', includeArchived: false, maxRows: null } }]
        );
        await portfolio(page).getByText('My team', { exact: true }).click();
        await waitForRows(
            page,
            keyAccounts().map((account) => account.accountName)
        );
        assertNoProblems(problems);
    });

    it('starts the recalculation of the revenue figures and names the job', async () => {
        await portfolio(page).getByRole('button', { name: 'Recalculate figures' }).click();
        const shown = page.locator('wb-toast-host [role]').filter({ hasText: 'Recalculation started' });
        await shown.first().waitFor();
        assert.match(await shown.first().innerText(), /Job \w+ is recalculating the revenue figures/);
        assertNoProblems(problems);
    });

    it('opens an account’s record page from its row', async () => {
        const account = keyAccounts()[0];
        await portfolio(page).getByRole('link', { name: account.accountName, exact: true }).click();
        await page.locator('wb-record-page .record-name').filter({ hasText: account.accountName }).waitFor();
        assert.match(page.url(), new RegExp(`/lightning/r/Account/${account.accountId}/view$`));
        assertNoProblems(problems);
    });
});
