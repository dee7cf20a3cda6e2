/**
 * `npm run screenshots`: the README's pictures of the workbench — the demo key account's record page, its
 * relationship map, its whitespace grid with a cell open, and the portfolio page (as the KAM's sales manager) —
 * taken in headless Chromium at 1440×900 from fresh sample data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser/chromium';
import { describeProblems, recordProblems } from './browser/page-checks';
import { PROJECT_ROOT } from './paths';
import { startWorkbench } from './workbench';

const OUT_DIR = path.join(PROJECT_ROOT, 'docs', 'images');

async function main(): Promise<void> {
    const workbench = await startWorkbench({
        port: 0,
        inMemory: true,
        workDir: path.join(PROJECT_ROOT, '.workbench', 'screenshots')
    });
    const browser = await launchChromium();
    try {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const problems = recordProblems(page);
        fs.mkdirSync(OUT_DIR, { recursive: true });

        await page.goto(`${workbench.url}/`);
        await page.locator('wb-record-page .highlight').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(OUT_DIR, 'record-page.png') });

        // The relationship map below the workspace, with a person's details and score factors open.
        const map = page.locator('c-org-chart');
        await map.locator('[role="treeitem"]').nth(1).click();
        await map.locator('c-org-chart-detail .factor').first().waitFor();
        const mapBox = await map.boundingBox();
        // the top of the card just below the page's fixed header
        await page.evaluate(`window.scrollBy(0, ${Math.round((mapBox?.y ?? 0) - 108)})`);
        await page.screenshot({ path: path.join(OUT_DIR, 'relationship-map.png') });

        const grid = page.locator('c-whitespace-grid');
        await grid.locator('[data-cell]').filter({ hasText: 'Competitor held' }).first().click();
        await grid.locator('c-whitespace-cell-detail').waitFor();
        // The whole card, in page coordinates: a full-page capture keeps the fixed global header at the top.
        const box = await grid.boundingBox();
        const scrollY = await page.evaluate<number>('window.scrollY');
        if (!box) {
            throw new Error('the whitespace grid is not on the record page');
        }
        await page.screenshot({
            path: path.join(OUT_DIR, 'whitespace-grid.png'),
            fullPage: true,
            clip: { ...box, y: box.y + scrollY }
        });

        // The portfolio as the sales manager of the demo key account's KAM sees it: the whole team's book.
        const store = workbench.store;
        const kam = store.get(String(store.list('Account_Plan__c')[0]?.OwnerId));
        const manager = store.get(typeof kam?.ManagerId === 'string' ? kam.ManagerId : undefined);
        if (manager) {
            store.userId = manager.Id;
        }
        await page.goto(`${workbench.url}/lightning/n/Keystone_Portfolio`);
        await page.locator('c-portfolio [data-plan-id]').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(OUT_DIR, 'portfolio-page.png') });

        if (problems.length > 0) {
            throw new Error(`the pages logged errors:\n${describeProblems(problems)}`);
        }
        console.log(
            `Wrote ${path.relative(PROJECT_ROOT, path.join(OUT_DIR, 'record-page.png'))}, relationship-map.png, whitespace-grid.png and portfolio-page.png (1440 wide).`
        );
    } finally {
        await browser.close();
        await workbench.close();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
