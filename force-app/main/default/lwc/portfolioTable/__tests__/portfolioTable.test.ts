import {
    COLUMNS,
    dateText,
    DEFAULT_SORT,
    headerViews,
    moneyText,
    nextSort,
    percentText,
    recordUrl,
    rowView
} from 'c/portfolioTable';
import portfolioJson from './data/portfolio.json';

const PORTFOLIO = portfolioJson as unknown as Apex.Portfolio;
const CONTEXT = { planObjectApiName: 'Account_Plan__c', currencyCode: 'USD' };
const row = (accountName: string): Apex.PortfolioPlanRow => {
    const found = PORTFOLIO.rows.find((candidate) => candidate.accountName === accountName);
    if (!found) {
        throw new Error(`no row ${accountName}`);
    }
    return found;
};

describe('c/portfolioTable', () => {
    describe('columns and order', () => {
        it('sorts every column by a value of the row', () => {
            expect(COLUMNS.map((column) => column.field)).toEqual([
                'accountName',
                'ownerName',
                'tier',
                'freshness',
                'completeness',
                'relationshipDepth',
                'renewalDate',
                'openPipeline',
                'expansionPipeline',
                'wonLast12Months',
                'netRevenueRetention'
            ]);
            expect(new Set(COLUMNS.map((column) => column.key)).size).toBe(COLUMNS.length);
        });

        it('sorts text A to Z and figures largest first on the first click, the other way on the next', () => {
            expect(nextSort(DEFAULT_SORT, 'kam')).toEqual({ field: 'ownerName', direction: 'asc' });
            expect(nextSort(DEFAULT_SORT, 'won')).toEqual({ field: 'wonLast12Months', direction: 'desc' });
            expect(nextSort(DEFAULT_SORT, 'account')).toEqual({ field: 'accountName', direction: 'desc' });
            expect(nextSort({ field: 'wonLast12Months', direction: 'desc' }, 'won')).toEqual({
                field: 'wonLast12Months',
                direction: 'asc'
            });
            expect(nextSort(DEFAULT_SORT, 'nothing')).toBe(DEFAULT_SORT);
        });

        it('marks the sorted column for screen readers and leaves the others unsorted', () => {
            const headers = headerViews({ field: 'netRevenueRetention', direction: 'desc' });
            const nrr = headers.find((header) => header.key === 'nrr');
            expect(nrr).toEqual(
                expect.objectContaining({
                    ariaSort: 'descending',
                    sorted: true,
                    iconName: 'utility:arrowdown',
                    className: 'slds-is-sortable slds-is-sorted numeric',
                    sortLabel: 'c.Portfolio_Sort_By',
                    sortedText: 'c.Portfolio_Sorted_Descending'
                })
            );
            const account = headers.find((header) => header.key === 'account');
            expect(account).toEqual(
                expect.objectContaining({
                    ariaSort: 'none',
                    sorted: false,
                    className: 'slds-is-sortable',
                    sortedText: ''
                })
            );
            expect(headerViews(DEFAULT_SORT)[0]).toEqual(
                expect.objectContaining({ ariaSort: 'ascending', sortedText: 'c.Portfolio_Sorted_Ascending' })
            );
        });
    });

    describe('rowView', () => {
        it('reads a plan row: links, tier, freshness badge, figures', () => {
            const view = rowView(row('Blue Ridge Utilities'), {
                planObjectApiName: 'ns__Account_Plan__c',
                currencyCode: 'USD',
                tierOptions: PORTFOLIO.tierOptions
            });
            expect(view).toEqual({
                planId: 'a01000000000004AAA',
                accountId: '001000000000004AAA',
                accountName: 'Blue Ridge Utilities',
                accountUrl: '/lightning/r/Account/001000000000004AAA/view',
                planName: 'Blue Ridge Utilities – Account Plan',
                planUrl: '/lightning/r/ns__Account_Plan__c/a01000000000004AAA/view',
                ownerName: 'Marcus Lee',
                tierText: 'Tier 2',
                freshnessLabel: 'c.Keystone_Plan_Freshness_Stale',
                freshnessClass: 'slds-badge slds-theme_error',
                reviewText: 'c.Portfolio_Review_By',
                completenessText: '43%',
                stakeholdersText: 'c.Portfolio_Stakeholders',
                depthText: 'c.Portfolio_Depth',
                singleThreaded: true,
                renewalText: 'Jan 15, 2027',
                riskText: 'c.Portfolio_Renewal_Risk',
                renewalAtRisk: true,
                openPipelineText: '$50,000',
                expansionPipelineText: '$0',
                wonText: '$200,000',
                nrrText: '57%'
            });
        });

        it('reads blanks (left out by Apex) as nothing to show', () => {
            const view = rowView(row('Élan Logistique'), CONTEXT);
            expect(view).toEqual(
                expect.objectContaining({
                    tierText: 'c.Keystone_Plan_Tier_3',
                    freshnessLabel: 'c.Keystone_Plan_Freshness_Unknown',
                    freshnessClass: 'slds-badge',
                    reviewText: '',
                    depthText: '',
                    renewalText: 'c.Portfolio_No_Renewal',
                    riskText: '',
                    singleThreaded: false,
                    renewalAtRisk: false,
                    nrrText: ''
                })
            );
            const sakura = rowView(row('Sakura Precision Works'), {
                ...CONTEXT,
                tierOptions: PORTFOLIO.tierOptions
            });
            expect(sakura.tierText).toBe('c.Keystone_Plan_Tier_Not_Tiered');
            const uncalculated = { ...row('Orbit Telecom') } as Partial<Apex.PortfolioPlanRow>;
            delete uncalculated.openPipeline;
            delete uncalculated.wonLast12Months;
            const blank = rowView(uncalculated as Apex.PortfolioPlanRow, CONTEXT);
            expect(blank).toEqual(
                expect.objectContaining({
                    openPipelineText: '',
                    wonText: '',
                    expansionPipelineText: '$30,000'
                })
            );
        });

        it('names a tier by the server’s option, else by its own label', () => {
            const tiers = [{ value: 'Tier 1', label: 'Stufe 1' }];
            expect(rowView(row('Orbit Telecom'), { ...CONTEXT, tierOptions: tiers }).tierText).toBe(
                'Stufe 1'
            );
            expect(rowView(row('Orbit Telecom'), CONTEXT).tierText).toBe('c.Keystone_Plan_Tier_1');
        });
    });

    describe('formatting', () => {
        it('writes dates in the user’s locale, whatever the time zone', () => {
            expect(dateText('2027-02-05')).toBe('Feb 5, 2027');
            expect(dateText('2027-02-05T23:30:00.000Z')).toBe('Feb 5, 2027');
            expect(dateText(null)).toBe('');
            expect(dateText('not a date')).toBe('');
        });

        it('writes percentages as whole numbers', () => {
            expect(percentText(105.345)).toBe('105%');
            expect(percentText(0)).toBe('0%');
            expect(percentText(null)).toBe('');
            expect(percentText(undefined)).toBe('');
        });

        it('writes money in whole units of the portfolio’s currency', () => {
            expect(moneyText(1_250_000, 'USD')).toBe('$1,250,000');
            expect(moneyText(1_250_000.6, 'USD')).toBe('$1,250,001');
            expect(moneyText(980, 'EUR')).toBe('€980');
            expect(moneyText(0, 'USD')).toBe('$0');
            expect(moneyText(null, 'USD')).toBe('');
            expect(moneyText(undefined, 'EUR')).toBe('');
        });

        it('links to the Lightning record page', () => {
            expect(recordUrl('Account', '001X')).toBe('/lightning/r/Account/001X/view');
        });
    });
});
