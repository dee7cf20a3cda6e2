/**
 * The sample plans carry the revenue roll-ups PortfolioRollupBatch writes, precomputed for the anchor date
 * (scripts/data/generator/rollups.ts), and the precomputation follows the batch's rules: the windows of
 * AccountKpiService, business units five levels down, won / open / expansion opportunities only.
 */
import { revenueRollups, wonFrom } from '../../scripts/data/generator/rollups';
import type { SampleAccount, SampleOpportunity } from '../../scripts/data/sample-data';
import { anchor, tables } from './sample-data-helpers';

function account(key: string, parent?: string): SampleAccount {
    return {
        key,
        Name: key,
        ParentId: parent,
        Type: 'Customer - Direct',
        Industry: 'Manufacturing',
        AnnualRevenue: 1,
        NumberOfEmployees: 1,
        BillingCity: 'Chicago',
        BillingCountry: 'United States',
        Phone: '+1 312 555 0100',
        Website: 'https://example.com',
        Description: key,
        OwnerId: 'User:kam'
    };
}

let sequence = 0;
function deal(
    accountKey: string,
    stage: 'won' | 'open' | 'lost',
    amount: number,
    closeDate: string,
    type = 'Renewal'
): SampleOpportunity {
    sequence += 1;
    return {
        key: `Opportunity:t-${sequence}`,
        Name: `Deal ${sequence}`,
        AccountId: accountKey,
        Type: type,
        StageName: stage === 'won' ? 'Closed Won' : stage === 'lost' ? 'Closed Lost' : 'Prospecting',
        CloseDate: closeDate,
        Amount: amount,
        Probability: stage === 'won' ? 100 : stage === 'lost' ? 0 : 10,
        IsClosed: stage !== 'open',
        IsWon: stage === 'won',
        Pricebook2Id: 'Pricebook2:standard',
        OwnerId: 'User:kam'
    };
}

/** A key account with a chain of six levels below it (the sixth is beyond the hierarchy the batch reads). */
const ACCOUNTS: SampleAccount[] = [
    account('Account:key'),
    account('Account:l1', 'Account:key'),
    account('Account:l2', 'Account:l1'),
    account('Account:l3', 'Account:l2'),
    account('Account:l4', 'Account:l3'),
    account('Account:l5', 'Account:l4'),
    account('Account:l6', 'Account:l5'),
    account('Account:other')
];

describe('the revenue windows (AccountKpiService.wonFrom)', () => {
    it.each([
        ['2026-11-16', '2025-11-17'],
        ['2026-03-01', '2025-03-02'],
        ['2024-02-29', '2023-03-01'],
        ['2025-02-28', '2024-02-29']
    ])('the 12 months ending %s start %s', (today, from) => {
        expect(wonFrom(today)).toBe(from);
    });
});

describe('revenueRollups', () => {
    const today = '2026-11-16';

    it('counts won deals in both windows up to their boundary days, open and expansion pipeline', () => {
        const deals = [
            deal('Account:key', 'won', 100, '2026-11-16'), // today: last 12 months
            deal('Account:key', 'won', 200, '2025-11-17'), // first day of the last 12 months
            deal('Account:key', 'won', 400, '2025-11-16'), // last day of the prior 12 months
            deal('Account:key', 'won', 800, '2024-11-17'), // first day of the prior 12 months
            deal('Account:key', 'won', 1600, '2024-11-16'), // before both windows
            deal('Account:key', 'won', 3200, '2026-11-17'), // after today
            deal('Account:key', 'lost', 6400, '2026-10-01'),
            deal('Account:key', 'open', 10, '2027-01-01', 'Expansion'),
            deal('Account:key', 'open', 20, '2025-01-01', 'New Business'), // open whatever its close date
            deal('Account:key', 'open', 40, '2027-01-01', 'Renewal')
        ];
        expect(revenueRollups('Account:key', ACCOUNTS, deals, today)).toEqual({
            Won_Last_12_Months__c: 300,
            Won_Prior_12_Months__c: 1200,
            Open_Pipeline__c: 70,
            Expansion_Pipeline__c: 30
        });
    });

    it('includes business units five levels down, not six, and never other accounts', () => {
        const deals = [
            deal('Account:l1', 'won', 1, '2026-10-01'),
            deal('Account:l5', 'won', 10, '2026-10-01'),
            deal('Account:l6', 'won', 100, '2026-10-01'),
            deal('Account:other', 'won', 1000, '2026-10-01')
        ];
        expect(revenueRollups('Account:key', ACCOUNTS, deals, today).Won_Last_12_Months__c).toBe(11);
        expect(revenueRollups('Account:l3', ACCOUNTS, deals, today).Won_Last_12_Months__c).toBe(110);
    });

    it('gives zeros, not blanks, without opportunities', () => {
        expect(revenueRollups('Account:other', ACCOUNTS, [], today)).toEqual({
            Won_Last_12_Months__c: 0,
            Won_Prior_12_Months__c: 0,
            Open_Pipeline__c: 0,
            Expansion_Pipeline__c: 0
        });
    });
});

describe('the committed sample plans', () => {
    const recalculated = tables.accountPlans.filter((p) => p.Status__c !== 'Archived');
    const archived = tables.accountPlans.filter((p) => p.Status__c === 'Archived');

    it.each(recalculated.map((p) => [p.key, p] as const))(
        '%s holds the figures of its account for the anchor date',
        (_key, plan) => {
            expect({
                Won_Last_12_Months__c: plan.Won_Last_12_Months__c,
                Won_Prior_12_Months__c: plan.Won_Prior_12_Months__c,
                Open_Pipeline__c: plan.Open_Pipeline__c,
                Expansion_Pipeline__c: plan.Expansion_Pipeline__c
            }).toEqual(revenueRollups(plan.Account__c, tables.accounts, tables.opportunities, anchor));
            expect(plan.Rollups_Calculated_At__c).toBe(`${anchor}T03:00:00.000Z`);
            expect(plan.Won_Last_12_Months__c).toBeGreaterThan(0);
        }
    );

    it('leaves archived plans uncalculated, as the batch does', () => {
        expect(archived.length).toBeGreaterThan(0);
        for (const plan of archived) {
            expect(plan.Won_Last_12_Months__c).toBeUndefined();
            expect(plan.Rollups_Calculated_At__c).toBeUndefined();
        }
    });
});
