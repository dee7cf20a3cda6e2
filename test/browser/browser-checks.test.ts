/**
 * Self-test of the browser checks: a planted console error and a planted accessibility violation, each on a
 * tiny test page, make the checks the browser tests rely on report a failure; and the build refuses imports
 * that would fail in an org.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seriousAxeViolations } from '../../scripts/workbench/browser/page-checks';
import { AppBuilder } from '../../scripts/workbench/build/app';
import { workbenchPaths } from '../../scripts/workbench/paths';
import { openPage, startTestBench, type TestBench } from './harness';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
});

after(async () => {
    await bench.close();
});

describe('the browser checks catch planted defects', () => {
    it('a console error on the page is reported', async () => {
        const { page, problems } = await openPage(bench, '/workbench/pages/plantedConsoleError/');
        await page.locator('fx-planted-console-error').waitFor();
        assert.ok(
            problems.some((p) => p.kind === 'console.error' && p.text.includes('planted console error')),
            `expected the planted error among: ${JSON.stringify(problems)}`
        );
        await page.close();
    });

    it('an accessibility violation on the page is reported as serious or critical', async () => {
        const { page } = await openPage(bench, '/workbench/pages/plantedA11yViolation/');
        await page.locator('fx-planted-a11y-violation button').waitFor();
        const violations = await seriousAxeViolations(page);
        assert.ok(
            violations.some((v) => v.id === 'button-name'),
            `expected button-name among: ${violations.map((v) => v.id).join(', ')}`
        );
        await page.close();
    });
});

describe('the workbench build refuses what an org would refuse', () => {
    const cases: [string, string, RegExp][] = [
        [
            'an Apex method without an in-memory implementation',
            "import m from '@salesforce/apex/NoSuchController.load';\nexport default m;",
            /no in-memory NoSuchController/
        ],
        [
            'a custom label that does not exist',
            "import l from '@salesforce/label/c.No_Such_Label';\nexport default l;",
            /no custom label No_Such_Label/
        ],
        [
            'a custom field that does not exist',
            "import f from '@salesforce/schema/Account_Plan__c.No_Such_Field__c';\nexport default f;",
            /No_Such_Field__c is not defined/
        ],
        [
            'a base component that needs an org',
            "import f from 'lightning/recordForm';\nexport default f;",
            /not available outside Salesforce/
        ]
    ];
    for (const [name, source, expected] of cases) {
        it(name, async () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-build-'));
            try {
                const entry = path.join(dir, 'entry.ts');
                fs.writeFileSync(entry, source);
                const builder = new AppBuilder({
                    paths: workbenchPaths(undefined, dir),
                    mode: 'development',
                    outDir: path.join(dir, 'out'),
                    entries: { entry },
                    apexMethod: (cls, method) =>
                        `@salesforce/apex/${cls}.${method}: the workbench has no in-memory ${cls}.`
                });
                await assert.rejects(builder.build(), expected);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });
    }
});
