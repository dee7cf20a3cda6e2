/**
 * The in-memory PortfolioController over the workbench's sample data (no browser): the demo portfolio has a
 * row per key account with its current plan and real figures — formulas evaluated from the deployed metadata,
 * revenue roll-ups precomputed in the sample data — and filters by scope like PortfolioService.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as PortfolioController from '../../workbench/apex/PortfolioController';
import type { ApexContext } from '../../workbench/apex/support/context';
import { AuraHandledException } from '../../workbench/apex/support/exceptions';
import { workbenchPaths } from '../../scripts/workbench/paths';
import { metadataContext } from '../../scripts/workbench/server/apex-context';
import { PlatformRules } from '../../scripts/workbench/store/platform-rules';
import { RecordStore } from '../../scripts/workbench/store/record-store';
import { localToday, sampleDataState } from '../../scripts/workbench/store/seed';

const rules = new PlatformRules(workbenchPaths().objectsDir, localToday);
const store = new RecordStore(undefined, () => sampleDataState(), rules);
const metadata = metadataContext(workbenchPaths());

/** The Id of a sample user by last name. */
function userId(lastName: string): string {
    const user = store.list('User').find((u) => u.LastName === lastName);
    assert.ok(user, `the sample data has a user ${lastName}`);
    return user.Id;
}

function contextAs(lastName: string): ApexContext {
    return { ...metadata, store, userId: userId(lastName), today: localToday() };
}

async function portfolio(
    lastName: string,
    scope: Apex.PortfolioQuery['scope'],
    options: Partial<Apex.PortfolioQuery> = {}
): Promise<Apex.Portfolio> {
    const query: Apex.PortfolioQuery = { scope, includeArchived: false, maxRows: null, ...options };
    return PortfolioController.getPortfolio({ query }, contextAs(lastName));
}

const accountNames = (result: Apex.Portfolio): string[] => result.rows.map((row) => row.accountName);

const KEY_ACCOUNTS = [
    'Blue Ridge Utilities',
    'Halvorsen Maritime ASA',
    'Kestrel Mining Corporation',
    'Meridian Foods Group',
    'Northwind Industrial Group',
    'Sakura Precision Works'
];

describe('the demo portfolio in memory', () => {
    it('has one row per key account, by name, with its current plan', async () => {
        const result = await portfolio('Okafor', 'ALL');
        assert.deepEqual(accountNames(result), KEY_ACCOUNTS);
        assert.equal(result.truncated, false);
        const statuses = new Set(result.rows.map((row) => row.status));
        assert.deepEqual([...statuses], ['Active'], 'an Active plan beats the Draft and the archived plans');
        const halvorsen = result.rows.find((row) => row.accountName === 'Halvorsen Maritime ASA');
        assert.equal(halvorsen?.planName, 'Halvorsen Maritime – Account Plan');
    });

    it('shows real figures: roll-ups from the sample data, formulas from the metadata', async () => {
        const result = await portfolio('Okafor', 'ALL');
        const plan = store
            .list('Account_Plan__c')
            .find((p) => p.Status__c === 'Active' && String(p.Name).startsWith('Northwind'));
        const northwind = result.rows.find((row) => row.accountName === 'Northwind Industrial Group');
        assert.ok(plan && northwind);
        assert.equal(northwind.wonLast12Months, plan.Won_Last_12_Months__c);
        assert.ok((northwind.wonLast12Months ?? 0) > 0, 'won revenue in the last 12 months');
        assert.ok((northwind.openPipeline ?? 0) >= (northwind.expansionPipeline ?? 0));
        const expectedNrr =
            Math.round(((northwind.wonLast12Months ?? 0) / (northwind.wonPrior12Months ?? 1)) * 100 * 10) /
            10;
        assert.equal(northwind.netRevenueRetention, expectedNrr, 'net revenue retention from the formula');
        assert.match(String(northwind.tier), /^Tier [123]$/);
        assert.match(String(northwind.freshness), /^(Fresh|Due|Stale)$/);
        assert.ok(northwind.stakeholderCount > 0);
        assert.equal(typeof northwind.singleThreaded, 'boolean');
        assert.ok(result.rollupsCalculatedAt, 'every row was calculated: the oldest calculation is known');
        assert.equal(result.settings.renewalHorizonDays, 180);
        assert.deepEqual(
            result.tierOptions.map((o) => o.value),
            ['Tier 1', 'Tier 2', 'Tier 3']
        );
    });

    it('counts overdue plays from the Is_Overdue__c formula', async () => {
        const result = await portfolio('Okafor', 'ALL');
        for (const row of result.rows) {
            const overdue = store.query(
                'Play__c',
                (play) => play.Account_Plan__c === row.planId && play.Is_Overdue__c === true
            ).length;
            assert.equal(row.overduePlayCount, overdue, row.accountName);
        }
        assert.ok(
            result.rows.some((row) => row.overduePlayCount > 0),
            'the demo has overdue plays'
        );
    });
});

describe('scope in memory', () => {
    it('MINE: the demo key account manager sees the plan she owns', async () => {
        const result = await portfolio('Brooks', 'MINE');
        assert.deepEqual(accountNames(result), ['Northwind Industrial Group']);
        assert.equal(result.scope, 'MINE');
    });

    it('MY_TEAM: the VP sees the plans of the managers who report to him', async () => {
        const result = await portfolio('Okafor', 'MY_TEAM');
        assert.equal(result.scope, 'MY_TEAM');
        assert.deepEqual(accountNames(result), KEY_ACCOUNTS);
    });

    it('MY_TEAM without reports falls back to MINE', async () => {
        const result = await portfolio('Lee', 'MY_TEAM');
        assert.equal(result.scope, 'MINE');
        assert.deepEqual(accountNames(result), ['Blue Ridge Utilities', 'Kestrel Mining Corporation']);
    });

    it('bounds the rows and says when more matched', async () => {
        const result = await portfolio('Okafor', 'ALL', { maxRows: 2 });
        assert.deepEqual(accountNames(result), KEY_ACCOUNTS.slice(0, 2));
        assert.equal(result.truncated, true);
    });

    it('refuses an unknown scope with the label message', async () => {
        await assert.rejects(
            portfolio('Okafor', 'EVERYONE' as Apex.PortfolioQuery['scope']),
            (error: unknown) =>
                error instanceof AuraHandledException &&
                error.message === metadata.label('Keystone_Error_Portfolio_Invalid_Scope')
        );
    });

    it('answers a recalculation with a job Id', async () => {
        const started = await PortfolioController.recalculateRollups({}, contextAs('Okafor'));
        assert.match(started.jobId, /^707/);
    });
});
