/** loadSampleData: fake Ids, resolvable relationships, dates shifted by whole weeks to the chosen day. */
import {
    loadSampleData,
    SAMPLE_TABLE_ORDER,
    SAMPLE_TABLES,
    shiftDate,
    shiftDaysFor,
    type AnyLoadedRecord
} from '../../scripts/data/sample-data';
import { anchor, tables } from './sample-data-helpers';

describe('loadSampleData', () => {
    it('loads the data as of the anchor date by default, with unique fake Salesforce Ids', () => {
        const data = loadSampleData();
        expect([data.today, data.shiftDays]).toEqual([anchor, 0]);
        const total = SAMPLE_TABLE_ORDER.reduce((sum, name) => sum + data[name].length, 0);
        expect(data.byId.size).toBe(total);
        expect([...data.byId.keys()].filter((id) => !/^[0-9a-zA-Z]{18}$/.test(id))).toEqual([]);
        expect(data.contacts[0].Email).toBe(tables.contacts[0].Email);
    });

    it('resolves every reference to a record of the right object', () => {
        const data = loadSampleData();
        const wrong: string[] = [];
        for (const name of SAMPLE_TABLE_ORDER) {
            for (const record of data[name] as AnyLoadedRecord[]) {
                for (const field of SAMPLE_TABLES[name].references) {
                    const id = (record as unknown as Record<string, unknown>)[field];
                    if (typeof id !== 'string' || id.startsWith('01s')) {
                        continue;
                    }
                    if (!data.byId.has(id)) {
                        wrong.push(`${record.key}.${field}`);
                    }
                }
            }
        }
        expect(wrong).toEqual([]);
        const plan = data.accountPlans[0];
        const account = data.byId.get(plan.Account__c);
        expect(account?.attributes.type).toBe('Account');
        expect(data.idOf('Account:northwind')).toBe(plan.Account__c);
        const contact = data.contacts.find((c) => c.ReportsToId);
        expect(data.byId.get(contact?.ReportsToId ?? '')?.attributes.type).toBe('Contact');
    });

    it('moves dates and times by whole weeks so the data is as fresh on another day', () => {
        // Six days after the anchor date rounds to one week.
        const today = shiftDate(anchor, 6);
        const data = loadSampleData({ today });
        expect(data.shiftDays).toBe(7);
        expect(data.opportunities[0].CloseDate).toBe(shiftDate(tables.opportunities[0].CloseDate, 7));
        const event = tables.events[0];
        expect(Date.parse(data.events[0].StartDateTime) - Date.parse(event.StartDateTime)).toBe(
            7 * 86_400_000
        );
        expect(data.accountPlans[0].Period_Start__c).toBe(
            shiftDate(tables.accountPlans[0].Period_Start__c, 7)
        );
    });

    it('rounds the shift to the nearest week in both directions', () => {
        expect(
            [-11, -10, -4, -3, 0, 3, 4, 10, 11].map((days) => shiftDaysFor(anchor, shiftDate(anchor, days)))
        ).toEqual([-14, -7, -7, 0, 0, 0, 7, 7, 14]);
    });
});
