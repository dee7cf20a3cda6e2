/**
 * The local platform modules, driven by a test-only component placed on the record page: wires start empty
 * and then provision read-only data, imperative Apex, refreshApex, toasts, labels, schema, the user Id and
 * navigation behave as in an org, and saves persist, fail with the platform's error shapes and keep edits.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { describeProblems } from '../../scripts/workbench/browser/page-checks';
import { readCustomLabels } from '../../scripts/workbench/build/labels';
import { demoAccountName, openPage, startTestBench, type OpenedPage, type TestBench } from './harness';

let bench: TestBench;

before(async () => {
    bench = await startTestBench();
});

after(async () => {
    await bench.close();
});

async function openProbe(): Promise<OpenedPage & { probe: Locator }> {
    const opened = await openPage(bench, '/workbench/pages/probe/');
    const probe = opened.page.locator('fx-platform-probe');
    await probe
        .locator('.account-name')
        .filter({ hasText: demoAccountName(bench) })
        .waitFor();
    return { ...opened, probe };
}

describe('local platform modules', () => {
    it('start every wire with { data: undefined, error: undefined }, then provision the data', async () => {
        const { page, probe, problems } = await openProbe();
        assert.equal(await probe.locator('.first-note-value').innerText(), 'data=undefined error=undefined');
        assert.equal(
            await probe.locator('.first-record-value').innerText(),
            'data=undefined error=undefined'
        );
        const labels = readCustomLabels(
            path.join(
                bench.workbench.paths.root,
                'force-app/main/default/labels/CustomLabels.labels-meta.xml'
            )
        );
        assert.equal(await probe.locator('.label-value').innerText(), labels.get('Keystone_Error_Title'));
        assert.equal(await probe.locator('.user-id').innerText(), bench.workbench.store.userId);
        assert.equal(await probe.locator('.schema-reference').innerText(), 'Account.Name');
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('answer an imperative Apex call from the in-memory Apex', async () => {
        const { page, probe } = await openProbe();
        await probe.getByRole('button', { name: 'Echo' }).click();
        await probe
            .locator('.echo-text')
            .filter({ hasText: `ping as ${bench.workbench.store.userId}` })
            .waitFor();
        await page.close();
    });

    it('save, toast, refresh the wire with refreshApex, and keep the change across a reload', async () => {
        const { page, probe, problems } = await openProbe();
        await probe.getByLabel('Subject').fill('Quarterly business review booked');
        await probe.getByRole('button', { name: 'Save note' }).click();
        await page.locator('wb-toast-host').getByText('Note saved').waitFor();
        await probe.locator('.note').filter({ hasText: 'Quarterly business review booked' }).waitFor();
        const state = fs.readFileSync(bench.workbench.paths.stateFile, 'utf8');
        assert.ok(state.includes('Quarterly business review booked'), 'the state file holds the new record');
        await page.reload();
        await probe.locator('.note').filter({ hasText: 'Quarterly business review booked' }).waitFor();
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('report a validation error on a field, keep the edits, and write nothing', async () => {
        const { page, probe, problems } = await openProbe();
        const before = bench.workbench.store.count('Task');
        bench.workbench.faults.set({
            nextSave: { kind: 'validation', field: 'Task.Subject', message: 'Subject must name the meeting.' }
        });
        await probe.getByLabel('Subject').fill('Kick-off');
        await probe.getByRole('button', { name: 'Save note' }).click();
        await probe.locator('.subject-error').filter({ hasText: 'Subject must name the meeting.' }).waitFor();
        assert.equal(await probe.getByLabel('Subject').inputValue(), 'Kick-off', 'the edit stays on screen');
        assert.equal(bench.workbench.store.count('Task'), before, 'nothing was written');
        assert.deepEqual(problems, [], describeProblems(problems));
        await page.close();
    });

    it('report a concurrent-edit conflict with the platform error shape', async () => {
        const { page, probe } = await openProbe();
        bench.workbench.faults.set({ nextSave: { kind: 'conflict' } });
        await probe.getByLabel('Subject').fill('Pricing call');
        await probe.getByRole('button', { name: 'Save note' }).click();
        const panel = probe.locator('c-error-panel');
        await panel.getByRole('button', { name: 'Show details' }).click();
        const labels = readCustomLabels(
            path.join(
                bench.workbench.paths.root,
                'force-app/main/default/labels/CustomLabels.labels-meta.xml'
            )
        );
        await panel
            .getByText(labels.get('Keystone_Error_Plan_Version_Conflict') ?? '(missing label)')
            .waitFor();
        await page.close();
    });

    it('surface a server error on an imperative call in c-error-panel', async () => {
        const { page, probe } = await openProbe();
        bench.workbench.faults.set({ failNextCall: true });
        await probe.getByLabel('Subject').fill('Site visit');
        await probe.getByRole('button', { name: 'Save note' }).click();
        const panel = probe.locator('c-error-panel');
        await panel.getByRole('button', { name: 'Show details' }).click();
        await panel.getByText(/An internal server error has occurred/).waitFor();
        await page.close();
    });

    it('navigate with NavigationMixin inside the workbench', async () => {
        const { page, probe } = await openProbe();
        await probe.getByRole('button', { name: 'Open the portfolio' }).click();
        await page.locator('wb-app-page .page-title').filter({ hasText: 'Key Account Portfolio' }).waitFor();
        assert.match(page.url(), /\/workbench\/pages\/probe\/lightning\/n\/Keystone_Portfolio$/);
        await page.close();
    });
});

describe('the in-memory Apex', () => {
    it('fails loudly for a method that has no in-memory implementation', async () => {
        const response = await fetch(`${bench.workbench.url}/apex/AccountPlanController.noSuchMethod`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ params: {} })
        });
        const envelope = (await response.json()) as {
            ok: boolean;
            error: { status: number; body: { message: string } };
        };
        assert.equal(envelope.ok, false);
        assert.equal(envelope.error.status, 500);
        assert.match(envelope.error.body.message, /no in-memory AccountPlanController/);
    });
});
