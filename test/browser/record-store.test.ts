/**
 * The workbench's in-memory records (no browser): writes are all-or-nothing and persist, formula fields and
 * roll-up summaries are computed from the deployed metadata, validation rules refuse writes with the
 * platform's DML error, and a reset brings the sample data back.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DmlException } from '../../workbench/apex/support/exceptions';
import { workbenchPaths } from '../../scripts/workbench/paths';
import { metadataContext } from '../../scripts/workbench/server/apex-context';
import { PlatformRules } from '../../scripts/workbench/store/platform-rules';
import { RecordStore, type SObjectRecord } from '../../scripts/workbench/store/record-store';
import { localToday, sampleDataState } from '../../scripts/workbench/store/seed';

let dir: string;
let stateFile: string;
const rules = new PlatformRules(workbenchPaths().objectsDir, localToday);
const seed = (): ReturnType<typeof sampleDataState> => sampleDataState();

before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keystone-store-'));
    stateFile = path.join(dir, 'state.json');
});

after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
});

function activePlan(store: RecordStore): SObjectRecord {
    const plan = store.query('Account_Plan__c', (p) => p.Status__c === 'Active')[0];
    assert.ok(plan, 'the sample data has an active plan');
    return plan;
}

describe('the record store', () => {
    it('computes formula fields and roll-up summaries from the metadata', () => {
        const store = new RecordStore(undefined, seed, rules);
        const plan = activePlan(store);
        const stakeholders = store.query('Stakeholder__c', (s) => s.Account_Plan__c === plan.Id);
        assert.equal(plan.Stakeholder_Count__c, stakeholders.length);
        assert.match(String(plan.Freshness__c), /^(Fresh|Due|Stale)$/);
        const withContact = stakeholders.find((s) => typeof s.Contact__c === 'string');
        const contact = store.get(withContact?.Contact__c as string);
        assert.equal(
            withContact?.Display_Name__c,
            `${String(contact?.FirstName)} ${String(contact?.LastName)}`
        );
    });

    it('refuses a write that breaks a validation rule, with the rule message on its field, and writes nothing', async () => {
        const store = new RecordStore(undefined, seed, rules);
        const plan = activePlan(store);
        await assert.rejects(
            store.transaction(() =>
                store.update(plan.Id, { Renewal_Risk__c: 'High', Renewal_Risk_Reason__c: null })
            ),
            (error: unknown) =>
                error instanceof DmlException && (error.fieldErrors.Renewal_Risk_Reason__c?.length ?? 0) === 1
        );
        assert.equal(store.get(plan.Id)?.Renewal_Risk__c, plan.Renewal_Risk__c);
    });

    it('undoes every write of a call that fails', async () => {
        const store = new RecordStore(undefined, seed, rules);
        const tasks = store.count('Task');
        await assert.rejects(
            store.transaction(() => {
                store.insert('Task', { Subject: 'first', Status: 'Open', Priority: 'Normal' });
                throw new Error('the call fails after a write');
            })
        );
        assert.equal(store.count('Task'), tasks);
    });

    it('keeps committed writes in the state file across restarts, until a reset', async () => {
        const first = new RecordStore(stateFile, seed, rules);
        const id = (
            await first.transaction(() =>
                first.insert('Task', { Subject: 'Persisted', Status: 'Open', Priority: 'Normal' })
            )
        ).Id;
        const second = new RecordStore(stateFile, seed, rules);
        assert.equal(second.get(id)?.Subject, 'Persisted');
        second.reset();
        assert.equal(new RecordStore(stateFile, seed, rules).get(id), undefined);
    });
});

describe('savepoints', () => {
    it('roll back the writes made after them, and keep the earlier ones', async () => {
        const store = new RecordStore(undefined, seed, rules);
        const tasks = store.count('Task');
        await store.transaction(() => {
            store.insert('Task', { Subject: 'kept', Status: 'Open', Priority: 'Normal' });
            const rollback = store.savepoint();
            store.insert('Task', { Subject: 'undone', Status: 'Open', Priority: 'Normal' });
            rollback();
        });
        assert.equal(store.count('Task'), tasks + 1);
        assert.equal(store.query('Task', (t) => t.Subject === 'undone').length, 0);
    });
});

describe('the metadata an in-memory Apex call reads', () => {
    const context = metadataContext(workbenchPaths());

    it('reads custom metadata records with typed values', () => {
        const settings = context.customMetadata('Keystone_Setting', 'Default');
        assert.equal(typeof settings.Default_Review_Cadence_Days__c, 'number');
    });

    it('reads picklist values and labels from force-app', () => {
        const statuses = context.picklistValues('Account_Plan__c', 'Status__c').map((o) => o.value);
        assert.deepEqual(statuses, ['Draft', 'Active', 'Archived']);
        assert.throws(() => context.label('No_Such_Label'), /does not exist/);
    });
});
