/**
 * The gate's `browser` step: type-checks the workbench's browser side and the benchmarks (the build strips
 * types without checking them) while the browser tests run (test/browser/*.test.ts: node:test, playwright-core,
 * Chromium), and reports the tests' counts. The first run on a machine also builds the vendor bundle (about
 * 20 s, then cached in .workbench/cache).
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkTypes } from '../gate/checks/typescript';
import { formatFinding } from '../gate/lib/finding';
import { runCommand } from '../gate/lib/spawn';

/** Workbench code outside the gate's `types` step: its browser side, the benchmarks. */
const BROWSER_SIDE_PROJECTS = ['workbench/tsconfig.json', 'bench/pages/tsconfig.json', 'bench/tsconfig.json'];

export interface BrowserStepOutcome {
    ok: boolean;
    lines: string[];
    tests: { passed: number; failed: number };
}

export async function runBrowserStep(root: string): Promise<BrowserStepOutcome> {
    const dir = path.join(root, 'test', 'browser');
    const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => path.join(dir, f));
    // The type-check runs here while the tests run in a child process.
    const [typeFindings, result] = await Promise.all([
        (async () => {
            const findings = [];
            for (const project of BROWSER_SIDE_PROJECTS) {
                findings.push(...(await checkTypes(root, project)));
            }
            return findings;
        })(),
        runCommand(
            process.execPath,
            ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
            {
                cwd: root
            }
        )
    ]);
    const count = (name: string): number =>
        Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(result.output)?.[1] ?? 0);
    const tests = { passed: count('pass'), failed: count('fail') + count('cancelled') };
    const testsOk = result.status === 0 && tests.failed === 0 && tests.passed > 0;
    const failing = result.output
        .split('\n')
        .filter((l) => /^\s*not ok/.test(l) || /^\s+(error|pageerror|console\.error):/.test(l));
    return {
        ok: typeFindings.length === 0 && testsOk,
        lines: [
            ...typeFindings.map((f) => formatFinding(f, root)),
            ...(testsOk ? [] : [...failing.slice(0, 40), ...result.output.trimEnd().split('\n').slice(-30)])
        ],
        tests
    };
}
