/**
 * npm test: the whole offline gate. Runs every step (even after a failure, so one run shows everything),
 * prints each step's problems, and ends with one line `gate: N passed, N failed` — one unit per step plus
 * every test the steps ran. Exits non-zero when anything failed.
 *
 *   npm test -- --only jest,pmd     run only some steps
 *   npm test -- --skip selftest     skip some steps
 */
import { GateSetupError } from './lib/finding';
import { GATE_STEPS, type StepOutcome } from './steps';

const MAX_LINES = 80;

function selectedSteps(argv: string[]): typeof GATE_STEPS {
    const valueOf = (flag: string): string[] | undefined => {
        const i = argv.indexOf(flag);
        return i >= 0 ? (argv[i + 1] ?? '').split(',').filter(Boolean) : undefined;
    };
    const only = valueOf('--only');
    const skip = valueOf('--skip') ?? [];
    const known = new Set(GATE_STEPS.map((s) => s.id));
    for (const id of [...(only ?? []), ...skip]) {
        if (!known.has(id)) {
            console.error(`unknown gate step '${id}'; steps: ${[...known].join(', ')}`);
            process.exit(2);
        }
    }
    return GATE_STEPS.filter((s) => (!only || only.includes(s.id)) && !skip.includes(s.id));
}

async function main(): Promise<void> {
    const root = process.cwd();
    let passed = 0;
    let failed = 0;
    const failedSteps: string[] = [];
    const started = Date.now();
    for (const step of selectedSteps(process.argv.slice(2))) {
        const t0 = Date.now();
        let outcome: StepOutcome;
        try {
            outcome = await step.run(root);
        } catch (error) {
            const message =
                error instanceof GateSetupError
                    ? error.message
                    : error instanceof Error
                      ? (error.stack ?? error.message)
                      : String(error);
            outcome = { ok: false, lines: [message] };
        }
        const seconds = ((Date.now() - t0) / 1000).toFixed(1);
        const tests = outcome.tests
            ? ` — ${outcome.tests.passed} passed, ${outcome.tests.failed} failed`
            : '';
        console.log(`${outcome.ok ? 'PASS' : 'FAIL'}  ${step.title} (${seconds}s)${tests}`);
        for (const line of outcome.lines.slice(0, MAX_LINES)) {
            console.log(`      ${line}`);
        }
        if (outcome.lines.length > MAX_LINES) {
            console.log(`      … and ${outcome.lines.length - MAX_LINES} more`);
        }
        passed += (outcome.ok ? 1 : 0) + (outcome.tests?.passed ?? 0);
        failed += (outcome.ok ? 0 : 1) + (outcome.tests?.failed ?? 0);
        if (!outcome.ok) {
            failedSteps.push(step.id);
        }
    }
    const total = ((Date.now() - started) / 1000).toFixed(0);
    if (failedSteps.length > 0) {
        console.log(
            `\nFailed steps: ${failedSteps.join(', ')} (rerun one with: npm test -- --only ${failedSteps[0]}) — ${total}s`
        );
    } else {
        console.log(`\nAll gate steps passed — ${total}s`);
    }
    console.log(`gate: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 ? 1 : 0);
}

void main();
