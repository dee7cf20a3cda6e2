import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from '../lib/spawn';

export interface JestOutcome {
    /** Jest's exit status was 0 (tests passed and coverage met the thresholds in jest.config.js). */
    ok: boolean;
    passed: number;
    failed: number;
    /** Line coverage in percent, read from the coverage summary (undefined when none was written). */
    linesPct?: number;
    /** Failure lines and the coverage summary, for the gate's report. */
    lines: string[];
}

function sfdxLwcJest(): string {
    for (const dir of require.resolve.paths('@salesforce/sfdx-lwc-jest') ?? []) {
        const candidate = path.join(dir, '@salesforce', 'sfdx-lwc-jest', 'bin', 'sfdx-lwc-jest');
        if (fs.existsSync(candidate)) {
            return candidate;
        }
    }
    throw new Error('@salesforce/sfdx-lwc-jest is not installed: run npm ci');
}

/**
 * Runs the project's Jest suite through sfdx-lwc-jest with coverage. `--no-cache` is required: the LWC
 * transformer's cache ignores `--coverage`, and a warm cache would report 0 % covered.
 */
export async function runJest(projectDir: string): Promise<JestOutcome> {
    const gateDir = path.join(projectDir, '.gate');
    const report = path.join(gateDir, 'jest-results.json');
    const coverageDir = path.join(gateDir, 'coverage');
    fs.mkdirSync(gateDir, { recursive: true });
    fs.rmSync(report, { force: true });
    fs.rmSync(coverageDir, { recursive: true, force: true });
    const result = await runCommand(
        process.execPath,
        [
            sfdxLwcJest(),
            '--coverage',
            '--',
            '--no-cache',
            '--json',
            `--outputFile=${report}`,
            `--coverageDirectory=${coverageDir}`,
            '--coverageReporters=json-summary',
            '--coverageReporters=text-summary'
        ],
        { cwd: projectDir, env: { CI: 'true' } }
    );
    let passed = 0;
    let failed = 0;
    if (fs.existsSync(report)) {
        const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
            numPassedTests: number;
            numFailedTests: number;
        };
        passed = json.numPassedTests;
        failed = json.numFailedTests;
    }
    const summaryFile = path.join(coverageDir, 'coverage-summary.json');
    const linesPct = fs.existsSync(summaryFile)
        ? (JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as { total: { lines: { pct: number } } }).total
              .lines.pct
        : undefined;
    const output = result.output.split('\n');
    const summary = output
        .filter((l) => /^(Statements|Branches|Functions|Lines)\s*:/.test(l.trim()))
        .map((l) => l.trim());
    const failures = output.filter((l) => /●|coverage threshold|FAIL /.test(l));
    return {
        ok: result.status === 0,
        passed,
        failed,
        linesPct,
        lines: result.status === 0 ? summary : [...failures.slice(0, 60), ...output.slice(-15)]
    };
}
