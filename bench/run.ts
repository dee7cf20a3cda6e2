/**
 * `npm run bench`: renders components at scale in headless Chromium, against the in-memory Apex serving
 * generated data (or runs pure view logic in Node on what that Apex answers), and prints figures — the median of several runs per size, the first (cold) run apart,
 * and the growth ratio between sizes. It never asserts times: compare the figures with the budgets.
 *
 *   npm run bench                          every case
 *   npm run bench -- --case org-chart      some cases (comma-separated ids)
 *   npm run bench -- --runs 11             runs per size (default 7)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../scripts/workbench/browser/chromium';
import { PROJECT_ROOT, workbenchPaths } from '../scripts/workbench/paths';
import { startWorkbench, type Workbench } from '../scripts/workbench/workbench';
import { BENCH_CASES } from './cases';
import type { BenchCase, BenchSize } from './cases/types';
import type { GeneratedData } from './generate';

interface BenchResult {
    ok: boolean;
    message?: string;
    times: number[];
    afterData: number[];
}

interface Row {
    caseTitle: string;
    size: string;
    median?: number;
    min?: number;
    max?: number;
    cold?: number;
    /** Median from the last Apex answer to the ready marker: the component's own work. */
    afterData?: number;
    note?: string;
}

function option(name: string): string | undefined {
    const index = process.argv.indexOf(`--${name}`);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 0
        ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
        : (sorted[middle] ?? 0);
}

const ms = (value: number | undefined): string => (value === undefined ? '' : `${value.toFixed(1)} ms`);

async function measure(browser: Browser, benchCase: BenchCase, size: BenchSize, runs: number): Promise<Row> {
    const data = size.data?.();
    const workbench = await startWorkbench({
        port: 0,
        inMemory: true,
        mode: 'production',
        workDir: path.join(os.tmpdir(), `keystone-bench-${process.pid}`),
        seed: data ? () => data.state : undefined,
        pages: { bench: path.join(__dirname, 'pages', 'bench.ts') }
    });
    try {
        // Compute formula and roll-up fields once, so that the figures are about rendering.
        const warm = Date.now();
        for (const sobject of [
            'Account_Plan__c',
            'Stakeholder__c',
            'Play__c',
            'Plan_Objective__c',
            'Whitespace_Cell__c'
        ]) {
            workbench.store.list(sobject);
        }
        const warmMs = Date.now() - warm;
        workbench.apex.calls.length = 0;
        const result = benchCase.node
            ? await measureInNode(benchCase.node, workbench, data, runs + 1)
            : await measureInBrowser(browser, workbench.url, benchCase, size.props(data), runs + 1);
        if (!result.ok) {
            return { caseTitle: benchCase.title, size: size.label, note: `failed: ${result.message ?? ''}` };
        }
        const [cold, ...rest] = result.times;
        // A component that calls Apex on every mount (not through a cached wire) waits for it in every run.
        const apexMs = benchCase.node ? [] : workbench.apex.calls.slice(1).map((call) => call.ms);
        return {
            caseTitle: benchCase.title,
            size: size.label,
            cold,
            median: median(rest),
            afterData: result.afterData.length > 1 ? median(result.afterData.slice(1)) : undefined,
            min: Math.min(...rest),
            max: Math.max(...rest),
            note:
                [
                    warmMs > 1000
                        ? `server computed formula fields in ${(warmMs / 1000).toFixed(1)} s first`
                        : '',
                    apexMs.length > 0
                        ? `of which in-memory Apex: median ${ms(median(apexMs))} per call, ${apexMs.length} calls after the first run`
                        : ''
                ]
                    .filter(Boolean)
                    .join('; ') || undefined
        };
    } finally {
        await workbench.close();
    }
}

/** Mounts the case's component `runs` times on the benchmark page. */
async function measureInBrowser(
    browser: Browser,
    url: string,
    benchCase: BenchCase,
    props: Record<string, unknown>,
    runs: number
): Promise<BenchResult> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
        await page.goto(`${url}/workbench/pages/bench/`);
        await page.waitForFunction('window.keystoneBench !== undefined');
        const request = { component: benchCase.component, props, ready: benchCase.ready, runs };
        return await page.evaluate(`window.keystoneBench.run(${JSON.stringify(request)})`);
    } finally {
        await page.close();
    }
}

/** Runs pure view logic `runs` times in Node, on what the in-memory Apex answers for the case's data. */
async function measureInNode(
    node: NonNullable<BenchCase['node']>,
    workbench: Workbench,
    data: GeneratedData | undefined,
    runs: number
): Promise<BenchResult> {
    try {
        const work = await node({
            data,
            apex: async (method, params) => {
                const outcome = await workbench.apex.call(method, params);
                if (!('value' in outcome)) {
                    throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
                }
                return outcome.value;
            }
        });
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
            const started = performance.now();
            work();
            times.push(performance.now() - started);
        }
        // Pure view logic in Node: no Apex answer to measure from.
        return { ok: true, times, afterData: [] };
    } catch (error) {
        return {
            ok: false,
            message: error instanceof Error ? error.message : String(error),
            times: [],
            afterData: []
        };
    }
}

async function main(): Promise<void> {
    const runs = Number(option('runs') ?? 7);
    const only = option('case')?.split(',');
    const lwcDir = workbenchPaths(PROJECT_ROOT).lwcDir;
    const cases = BENCH_CASES.filter((c) => !only || only.includes(c.id));
    const browser = await launchChromium();
    const rows: Row[] = [];
    console.log(
        `Keystone benchmarks — ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${runs} runs per size (median; the first, cold run apart)\n`
    );
    try {
        for (const benchCase of cases) {
            if (benchCase.bundle && !fs.existsSync(path.join(lwcDir, benchCase.bundle))) {
                rows.push({
                    caseTitle: benchCase.title,
                    size: '—',
                    note: `skipped: c/${benchCase.bundle} does not exist yet`
                });
                continue;
            }
            const caseRows: Row[] = [];
            for (const size of benchCase.sizes) {
                const row = await measure(browser, benchCase, size, runs);
                caseRows.push(row);
                console.log(
                    `${benchCase.id} · ${size.label}: ${row.median === undefined ? (row.note ?? '') : `${ms(row.median)} (cold ${ms(row.cold)}${row.afterData === undefined ? '' : `; after the Apex answer ${ms(row.afterData)}`})`}`
                );
            }
            const first = caseRows[0]?.median;
            const last = caseRows[caseRows.length - 1]?.median;
            if (caseRows.length > 1 && first && last) {
                const firstAfter = caseRows[0]?.afterData;
                const lastAfter = caseRows[caseRows.length - 1]?.afterData;
                const afterGrowth =
                    firstAfter && lastAfter
                        ? ` (after the Apex answer: ${(lastAfter / firstAfter).toFixed(1)}×)`
                        : '';
                const growth = `growth ${caseRows[0]?.size} → ${caseRows[caseRows.length - 1]?.size}: ${(last / first).toFixed(1)}×${afterGrowth}`;
                const lastRow = caseRows[caseRows.length - 1];
                if (lastRow) {
                    lastRow.note = [lastRow.note, growth].filter(Boolean).join('; ');
                }
            }
            if (benchCase.budget && caseRows[0]) {
                caseRows[0].note = [caseRows[0].note, `budget: ${benchCase.budget}`]
                    .filter(Boolean)
                    .join('; ');
            }
            rows.push(...caseRows);
        }
    } finally {
        await browser.close();
    }
    console.log(
        '\n| case | size | median | min | max | cold (first run) | after the Apex answer (median) | notes |\n|---|---|---|---|---|---|---|---|'
    );
    for (const row of rows) {
        console.log(
            `| ${row.caseTitle} | ${row.size} | ${ms(row.median)} | ${ms(row.min)} | ${ms(row.max)} | ${ms(row.cold)} | ${ms(row.afterData)} | ${row.note ?? ''} |`
        );
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
});
