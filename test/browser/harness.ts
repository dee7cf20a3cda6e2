/**
 * Starts what a browser test needs: a workbench on a free port with its own state directory (the vendor
 * bundle cache is shared), the test pages, and a headless Chromium.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/workbench/browser/chromium';
import { recordProblems, type ConsoleProblem } from '../../scripts/workbench/browser/page-checks';
import { startWorkbench, type Workbench } from '../../scripts/workbench/workbench';
import { WorkbenchProbe } from './fixtures/apex/WorkbenchProbe';

const FIXTURES = path.join(__dirname, 'fixtures');

export const TEST_PAGES = {
    probe: path.join(FIXTURES, 'pages', 'probe.ts'),
    plantedConsoleError: path.join(FIXTURES, 'pages', 'plantedConsoleError.ts'),
    plantedA11yViolation: path.join(FIXTURES, 'pages', 'plantedA11yViolation.ts')
};

export interface TestBench {
    workbench: Workbench;
    browser: Browser;
    workDir: string;
    close(): Promise<void>;
}

export async function startTestBench(): Promise<TestBench> {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-workbench-'));
    const workbench = await startWorkbench({
        port: 0,
        workDir,
        pages: TEST_PAGES,
        apexClasses: { WorkbenchProbe }
    });
    const browser = await launchChromium();
    return {
        workbench,
        browser,
        workDir,
        close: async () => {
            await browser.close();
            await workbench.close();
            fs.rmSync(workDir, { recursive: true, force: true });
        }
    };
}

export interface OpenedPage {
    page: Page;
    problems: ConsoleProblem[];
}

/** A new page (1440×900) recording its console errors, at `url`. */
export async function openPage(bench: TestBench, url: string): Promise<OpenedPage> {
    const page = await bench.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems = recordProblems(page);
    await page.goto(`${bench.workbench.url}${url}`);
    return { page, problems };
}

/** The name of the demo key account (the first key account of the sample data). */
export function demoAccountName(bench: TestBench): string {
    const accountId = bench.workbench.store.list('Account_Plan__c')[0]?.Account__c;
    const name = bench.workbench.store.get(typeof accountId === 'string' ? accountId : undefined)?.Name;
    return typeof name === 'string' ? name : '';
}
