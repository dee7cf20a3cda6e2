/**
 * What the browser tests check on every page: no console errors or uncaught exceptions, and an axe-core
 * audit with no serious or critical violations.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export interface ConsoleProblem {
    kind: 'console.error' | 'pageerror' | 'requestfailed';
    text: string;
}

/** Starts recording console errors, uncaught exceptions and failed requests of `page`. */
export function recordProblems(page: Page): ConsoleProblem[] {
    const problems: ConsoleProblem[] = [];
    page.on('console', (message) => {
        if (message.type() === 'error') {
            problems.push({ kind: 'console.error', text: message.text() });
        }
    });
    page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: error.stack ?? error.message }));
    page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText ?? '';
        // A navigation that replaces the page aborts its pending requests: not a defect.
        if (!failure.includes('ERR_ABORTED')) {
            problems.push({
                kind: 'requestfailed',
                text: `${request.method()} ${request.url()}: ${failure}`
            });
        }
    });
    return problems;
}

export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: string[];
}

const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

interface AxeResult {
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Runs axe-core on the page (WCAG 2.x A and AA rules); returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
    await page.addScriptTag({ content: fs.readFileSync(AXE_SOURCE, 'utf8') });
    const options = {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
    };
    // Evaluated in the page (a string: these Node scripts have no DOM types).
    const result: unknown = await page.evaluate(`window.axe.run(document, ${JSON.stringify(options)})`);
    return (result as AxeResult).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => JSON.stringify(n.target))
        }));
}

/** One line per problem, for assertion messages. */
export function describeProblems(problems: readonly (ConsoleProblem | AxeViolation)[]): string {
    return problems
        .map((p) =>
            'kind' in p
                ? `${p.kind}: ${p.text}`
                : `${p.impact ?? ''} ${p.id}: ${p.help} at ${p.nodes.join(', ')}`
        )
        .join('\n');
}
