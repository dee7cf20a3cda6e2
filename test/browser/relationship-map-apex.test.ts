/**
 * The in-memory RelationshipMapController over the sample data (no browser): it serves the demo plan's map
 * with the scores the deployed formulas give, writes real records, refuses a stale version and a reporting
 * loop at the field, and a refusal writes nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as RelationshipMapController from '../../workbench/apex/RelationshipMapController';
import type { ApexContext } from '../../workbench/apex/support/context';
import { workbenchPaths } from '../../scripts/workbench/paths';
import { metadataContext } from '../../scripts/workbench/server/apex-context';
import { PlatformRules } from '../../scripts/workbench/store/platform-rules';
import { RecordStore } from '../../scripts/workbench/store/record-store';
import { keyAccountIds, localToday, sampleDataState } from '../../scripts/workbench/store/seed';

const rules = new PlatformRules(workbenchPaths().objectsDir, localToday);

function workbench(): { store: RecordStore; context: ApexContext; accountId: string } {
    const store = new RecordStore(undefined, () => sampleDataState(), rules);
    const context: ApexContext = {
        ...metadataContext(workbenchPaths()),
        store,
        userId: store.userId,
        today: localToday()
    };
    const accountId = keyAccountIds(store.list('Account_Plan__c'))[0];
    assert.ok(accountId, 'the sample data has a key account with a plan');
    return { store, context, accountId };
}

/** Runs one in-memory Apex call as the workbench server does: one all-or-nothing transaction. */
function call<T>(store: RecordStore, work: () => T): Promise<T> {
    return store.transaction(work);
}

describe('in-memory RelationshipMapController', () => {
    it("serves the demo plan's map: people, lines, scores that add up, depth, gaps and candidates", async () => {
        const { store, context, accountId } = workbench();
        const map = await call(store, () =>
            RelationshipMapController.getRelationshipMap({ accountId, planId: null }, context)
        );
        const plan = store.get(map.planId);
        assert.equal(plan?.Status__c, 'Active', 'the account plan the workspace shows');
        const stored = store.query('Stakeholder__c', (s) => s.Account_Plan__c === map.planId);
        assert.equal(map.stakeholders.length, stored.length);
        assert.ok(map.stakeholders.length >= 30, 'the demo map has its people');
        assert.ok(map.relationships.length > 0, 'and its influence and conflict lines');
        assert.ok(
            map.stakeholders.some((s) => s.isPlaceholder),
            'placeholders included'
        );
        for (const node of map.stakeholders) {
            assert.equal(node.scoreFactors.length, 6, `${node.name} has six factors`);
            assert.equal(
                node.scoreFactors.reduce((sum, f) => sum + f.points, 0),
                node.score,
                `${node.name}: the factors add up to the score`
            );
        }
        assert.ok(
            map.stakeholders.some((s) => s.score > 0),
            'the score formulas are evaluated from the deployed metadata'
        );
        assert.equal(
            map.depthFactors.reduce((sum, f) => sum + f.points, 0),
            map.relationshipDepth,
            'the depth factors add up to the depth'
        );
        assert.ok((map.relationshipDepth ?? 0) > 0, 'the stored scores feed the depth roll-up');
        assert.ok(map.candidateContacts.length > 0, 'contacts of the hierarchy not on the map yet');
        const mapped = new Set(map.stakeholders.map((s) => s.contactId));
        assert.ok(
            map.candidateContacts.every((c) => !mapped.has(c.id)),
            'no mapped contact is a candidate'
        );
        assert.ok(map.businessUnits.length > 1, 'the account and its business units');
        assert.equal(map.businessUnits[0]?.value, accountId, 'the key account first');
        assert.deepEqual(map.access, { canEdit: true, canEditContacts: true, canCreateContacts: true });
    });

    it('saves an edit: the record changes, the version rises and the score is recalculated', async () => {
        const { store, context, accountId } = workbench();
        const map = await call(store, () =>
            RelationshipMapController.getRelationshipMap({ accountId, planId: null }, context)
        );
        const person = map.stakeholders.find((s) => !s.isPlaceholder && (s.relationshipStrength ?? 5) < 5);
        assert.ok(person && map.planId);
        const saved = await call(store, () =>
            RelationshipMapController.saveStakeholder(
                {
                    request: {
                        planId: map.planId as string,
                        id: person.id,
                        expectedVersion: person.version,
                        contactId: person.contactId,
                        placeholderName: null,
                        title: person.title,
                        department: person.department,
                        businessUnitId: person.businessUnitId,
                        reportsToId: person.reportsToId,
                        buyingRole: person.buyingRole,
                        influence: person.influence,
                        stance: person.stance,
                        relationshipStrength: 5,
                        relationshipOwnerId: person.relationshipOwnerId,
                        isExecutive: person.isExecutive,
                        lastEngagedDate: person.lastEngagedDate,
                        notes: person.notes
                    }
                },
                context
            )
        );
        assert.equal(saved.status, 'saved');
        const node = saved.stakeholders[0];
        assert.equal(node?.relationshipStrength, 5);
        assert.equal(node?.version, person.version + 1);
        assert.equal(
            node?.score,
            person.score - (person.scoreFactors[0]?.points ?? 0) + 35,
            'strength 5 gives the strength factor its 35 points'
        );
        assert.equal(store.get(person.id)?.Relationship_Strength__c, 5, 'the record is written');
    });

    it('refuses a stale version with a conflict and writes nothing', async () => {
        const { store, context, accountId } = workbench();
        const map = await call(store, () =>
            RelationshipMapController.getRelationshipMap({ accountId, planId: null }, context)
        );
        const person = map.stakeholders.find((s) => s.reportsToId !== null);
        assert.ok(person);
        const result = await call(store, () =>
            RelationshipMapController.moveStakeholder(
                { stakeholderId: person.id, expectedVersion: person.version + 1, reportsToId: null },
                context
            )
        );
        assert.equal(result.status, 'conflict');
        assert.equal(result.ok, false);
        assert.equal(result.message, context.label('OrgChart_Error_Stakeholder_Conflict'));
        assert.equal(store.get(person.id)?.Reports_To__c, person.reportsToId, 'nothing was written');
    });

    it("refuses a move under one of the person's own reports at reportsToId", async () => {
        const { store, context, accountId } = workbench();
        const map = await call(store, () =>
            RelationshipMapController.getRelationshipMap({ accountId, planId: null }, context)
        );
        const report = map.stakeholders.find((s) => s.reportsToId !== null);
        const boss = map.stakeholders.find((s) => s.id === report?.reportsToId);
        assert.ok(report && boss);
        const result = await call(store, () =>
            RelationshipMapController.moveStakeholder(
                { stakeholderId: boss.id, expectedVersion: boss.version, reportsToId: report.id },
                context
            )
        );
        assert.equal(result.status, 'invalid');
        assert.deepEqual(result.fieldErrors, [
            {
                recordKey: boss.id,
                field: 'reportsToId',
                message: context.label('Keystone_Error_Stakeholder_Reports_To_Loop')
            }
        ]);
        assert.equal(store.get(boss.id)?.Reports_To__c ?? null, boss.reportsToId);
    });

    it('maps contacts under their managers and removes a person, moving their reports up', async () => {
        const { store, context, accountId } = workbench();
        const map = await call(store, () =>
            RelationshipMapController.getRelationshipMap({ accountId, planId: null }, context)
        );
        const planId = map.planId as string;
        const candidate = map.candidateContacts.find((c) =>
            map.stakeholders.some((s) => s.contactId !== null && s.contactId === c.reportsToContactId)
        );
        assert.ok(candidate, 'a candidate whose manager is on the map');
        const added = await call(store, () =>
            RelationshipMapController.addContacts({ planId, contactIds: [candidate.id] }, context)
        );
        assert.equal(added.status, 'saved');
        const node = added.stakeholders.find((s) => s.contactId === candidate.id);
        const manager = map.stakeholders.find((s) => s.contactId === candidate.reportsToContactId);
        assert.equal(node?.reportsToId, manager?.id, 'reports-to comes from Contact.ReportsToId');

        assert.ok(manager);
        const removed = await call(store, () =>
            RelationshipMapController.removeStakeholder(
                { stakeholderId: manager.id, expectedVersion: manager.version },
                context
            )
        );
        assert.equal(removed.status, 'saved');
        assert.deepEqual(removed.removedStakeholderIds, [manager.id]);
        assert.equal(store.get(manager.id), undefined);
        assert.equal(store.get(node?.id)?.Reports_To__c ?? null, manager.reportsToId, 'reports move up');
        assert.equal(store.get(manager.contactId)?.attributes.type, 'Contact', 'the Contact is kept');
    });
});
