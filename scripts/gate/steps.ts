import fs from 'node:fs';
import path from 'node:path';
import { emitLwc } from '../build/emit-lwc';
import { checkApexContracts } from './checks/apex-contracts';
import { checkApexSemantic } from './checks/apex-semantic';
import { runJest } from './checks/jest';
import { checkLwcCompile } from './checks/lwc-compile';
import { checkMetadataXml } from './checks/metadata-xml';
import { checkPmd } from './checks/pmd';
import { checkSoqlFields } from './checks/soql-fields';
import { checkSourceConvert } from './checks/source-convert';
import { checkTypes } from './checks/typescript';
import { formatFinding, type Finding } from './lib/finding';
import { runCommand } from './lib/spawn';
import { runBrowserStep } from '../workbench/browser-step';

/** What one gate step reports: pass/fail, the lines to show, and how many tests it ran (if it runs tests). */
export interface StepOutcome {
    ok: boolean;
    lines: string[];
    tests?: { passed: number; failed: number };
}

export interface GateStep {
    /** Short id used with `npm test -- --only <id>` / `--skip <id>`. */
    id: string;
    title: string;
    run: (root: string) => Promise<StepOutcome>;
}

const fromFindings = (root: string, findings: Finding[]): StepOutcome => ({
    ok: findings.length === 0,
    lines: findings.map((f) => formatFinding(f, root))
});

const tail = (text: string, lines: number): string[] => text.trimEnd().split('\n').slice(-lines);

function nodeBin(root: string, pkg: string, bin: string): string {
    return path.join(root, 'node_modules', pkg, bin);
}

async function jestStep(root: string): Promise<StepOutcome> {
    const outcome = await runJest(root);
    return {
        ok: outcome.ok,
        lines: outcome.lines,
        tests: { passed: outcome.passed, failed: outcome.failed }
    };
}

async function selfTestStep(root: string): Promise<StepOutcome> {
    const dir = path.join(root, 'scripts', 'gate', 'selftest');
    const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.selftest.ts'))
        .map((f) => path.join(dir, f));
    const result = await runCommand(
        process.execPath,
        ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files],
        { cwd: root }
    );
    const count = (name: string): number =>
        Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(result.output)?.[1] ?? 0);
    const tests = { passed: count('pass'), failed: count('fail') };
    const failing = result.output.split('\n').filter((l) => /^\s*not ok/.test(l));
    return {
        ok: result.status === 0 && tests.failed === 0 && tests.passed > 0,
        lines: result.status === 0 ? [] : [...failing, ...tail(result.output, 40)],
        tests
    };
}

async function commandStep(root: string, pkg: string, bin: string, args: string[]): Promise<StepOutcome> {
    const result = await runCommand(process.execPath, [nodeBin(root, pkg, bin), ...args], { cwd: root });
    return { ok: result.status === 0, lines: result.status === 0 ? [] : tail(result.output, 60) };
}

/** The offline gate, in the order it runs. */
export const GATE_STEPS: GateStep[] = [
    {
        id: 'types',
        title: 'Type-check (components, modules, tests, declarations, scripts, workbench)',
        run: async (root) =>
            fromFindings(root, [
                ...(await checkTypes(root, 'tsconfig.json')),
                ...(await checkTypes(root, 'scripts/tsconfig.json')),
                ...(await checkTypes(root, 'workbench/tsconfig.json')),
                ...(await checkTypes(root, 'workbench/apex/tsconfig.json'))
            ])
    },
    {
        id: 'lint',
        title: 'ESLint (LWC + type-aware TypeScript rules)',
        run: (root) => commandStep(root, 'eslint', 'bin/eslint.js', ['--max-warnings', '0', '.'])
    },
    {
        id: 'format',
        title: 'Prettier (TS, HTML, CSS, JSON, Apex, metadata XML)',
        run: (root) =>
            commandStep(root, 'prettier', 'bin/prettier.cjs', ['--check', '--log-level', 'warn', '.'])
    },
    {
        id: 'build',
        title: 'Build (.ts → .js) and LWC compile',
        run: async (root) => {
            const emitted = emitLwc(root);
            return fromFindings(root, emitted.length > 0 ? emitted : await checkLwcCompile(root));
        }
    },
    { id: 'jest', title: 'Jest (LWC, coverage ≥ 90 % lines)', run: jestStep },
    {
        id: 'apex',
        title: 'Apex semantic check (apex-ls)',
        run: async (root) => fromFindings(root, await checkApexSemantic(root))
    },
    {
        id: 'soql',
        title: 'SOQL field check',
        run: async (root) => fromFindings(root, await checkSoqlFields(root))
    },
    {
        id: 'metadata',
        title: 'Metadata XML and cross-file references',
        run: async (root) => fromFindings(root, await checkMetadataXml(root))
    },
    {
        id: 'pmd',
        title: 'PMD (AppExchange, security, performance, best practices)',
        run: async (root) => fromFindings(root, await checkPmd(root))
    },
    {
        id: 'contracts',
        title: 'Apex ↔ TypeScript contracts',
        run: async (root) => fromFindings(root, await checkApexContracts(root))
    },
    {
        id: 'convert',
        title: 'Source conversion (sf project convert source)',
        run: async (root) => fromFindings(root, await checkSourceConvert(root))
    },
    { id: 'browser', title: 'Browser tests in the workbench (Chromium)', run: runBrowserStep },
    { id: 'selftest', title: 'Gate self-tests (planted defects)', run: selfTestStep }
];
