/** Builds the whole sample data set and renders it as the files under data/. Pure and deterministic. */
import type { AccountDef } from './account-defs';
import { NORTHWIND } from './accounts/northwind';
import { PORTFOLIO } from './accounts/portfolio';
import { generateActivities } from './activities';
import { PRODUCTS, TEAM, pricebookEntryKey, productKey, userKey } from './catalog';
import { ANCHOR_DATE } from './dates';
import { LOCALES } from './names';
import { accountKey, generatePeople, unitAccountKey } from './people';
import { generatePipeline } from './pipeline';
import { generatePlans } from './plans';
import { Random } from './random';
import { withPortfolioRollups } from './rollups';
import {
    SAMPLE_TABLE_ORDER,
    SAMPLE_TABLES,
    STANDARD_PRICEBOOK_KEY,
    type SampleAccount,
    type SampleFile,
    type SampleManifest,
    type SampleTables
} from '../sample-data-model';

/** The seed of the whole data set: change it and every generated value changes. */
export const SEED = 20_261_116;
export const ACCOUNTS: readonly AccountDef[] = [NORTHWIND, ...PORTFOLIO];

function accountRecords(def: AccountDef): SampleAccount[] {
    const group: SampleAccount = {
        key: accountKey(def.slug),
        Name: def.name,
        Type: 'Customer - Direct',
        Industry: def.industry,
        AnnualRevenue: def.revenue,
        NumberOfEmployees: def.employees,
        BillingCity: def.city,
        BillingCountry: def.country,
        Phone: `${LOCALES[def.locale].countryCode} ${def.areaCode} 555 0100`,
        Website: def.website,
        Description: def.description,
        OwnerId: userKey(def.kam)
    };
    const units = def.units.map(
        (unit, index): SampleAccount => ({
            key: unitAccountKey(def, unit),
            Name: unit.name,
            ParentId: group.key,
            Type: 'Customer - Direct',
            Industry: unit.industry,
            AnnualRevenue: unit.revenue,
            NumberOfEmployees: unit.employees,
            BillingCity: unit.city,
            BillingCountry: unit.country,
            Phone: `${LOCALES[unit.locale].countryCode} ${unit.areaCode} 555 ${String(200 + index * 10).padStart(4, '0')}`,
            Website: def.website,
            Description: unit.description,
            OwnerId: userKey(def.kam)
        })
    );
    return [group, ...units];
}

export function buildSampleData(): { manifest: SampleManifest; tables: SampleTables } {
    const root = new Random(SEED);
    const tables: SampleTables = {
        users: TEAM.map((user) => ({
            key: userKey(user.slug),
            FirstName: user.firstName,
            LastName: user.lastName,
            Title: user.title,
            Email: `${user.firstName}.${user.lastName}@example.com`.toLowerCase(),
            ManagerId: user.manager ? userKey(user.manager) : undefined
        })),
        accounts: [],
        contacts: [],
        products: PRODUCTS.map((p) => ({
            key: productKey(p.code),
            Name: p.name,
            ProductCode: p.code,
            Family: p.family,
            Description: p.description,
            IsActive: true
        })),
        pricebookEntries: PRODUCTS.map((p) => ({
            key: pricebookEntryKey(p.code),
            Pricebook2Id: STANDARD_PRICEBOOK_KEY,
            Product2Id: productKey(p.code),
            ProductCode: p.code,
            UnitPrice: p.listPrice,
            IsActive: true,
            UseStandardPrice: false
        })),
        opportunities: [],
        opportunityLineItems: [],
        accountPlans: [],
        planObjectives: [],
        stakeholders: [],
        stakeholderRelationships: [],
        plays: [],
        whitespaceCells: [],
        tasks: [],
        events: []
    };
    for (const def of ACCOUNTS) {
        const people = generatePeople(def, root.fork(`${def.slug}:people`));
        const pipeline = generatePipeline(def, root.fork(`${def.slug}:pipeline`));
        const plans = generatePlans(def, people, pipeline, root.fork(`${def.slug}:plans`));
        const activities = generateActivities(def, people, plans, root.fork(`${def.slug}:activities`));
        tables.accounts.push(...accountRecords(def));
        tables.contacts.push(
            ...people.map((p) => ({
                key: p.key,
                FirstName: p.firstName,
                LastName: p.lastName,
                Title: p.title,
                Department: p.department,
                Email: p.email,
                Phone: p.phone,
                AccountId: p.accountKey,
                ReportsToId: p.managerKey,
                MailingCity: p.city,
                MailingCountry: p.country,
                OwnerId: userKey(def.kam)
            }))
        );
        tables.opportunities.push(...pipeline.opportunities.map((o) => o.record));
        tables.opportunityLineItems.push(...pipeline.lines);
        tables.accountPlans.push(...plans.plans);
        tables.planObjectives.push(...plans.objectives);
        tables.stakeholders.push(...plans.stakeholders.map((s) => s.record));
        tables.stakeholderRelationships.push(...plans.relationships);
        tables.plays.push(...plans.plays.map((p) => p.record));
        tables.whitespaceCells.push(...plans.whitespace);
        tables.tasks.push(...activities.tasks);
        tables.events.push(...activities.events);
    }
    // The revenue roll-ups the nightly batch would have written on the anchor date (see rollups.ts).
    tables.accountPlans = withPortfolioRollups(
        tables.accountPlans,
        tables.accounts,
        tables.opportunities,
        ANCHOR_DATE
    );
    const manifest: SampleManifest = {
        anchorDate: ANCHOR_DATE,
        description:
            'Keystone sample data: the Northwind Industrial Group key account and five more key accounts. Dates are written against anchorDate; loaders shift them by whole weeks to the day of loading.',
        phases: [
            {
                name: 'accounts',
                label: 'Accounts, contacts and products',
                files: [
                    { file: SAMPLE_TABLES.accounts.file },
                    { file: SAMPLE_TABLES.contacts.file },
                    { file: SAMPLE_TABLES.products.file }
                ]
            },
            {
                name: 'opportunities',
                label: 'Opportunities',
                files: [{ file: SAMPLE_TABLES.opportunities.file }]
            },
            {
                name: 'line-items',
                label: 'Price book entries and opportunity line items',
                files: [
                    { file: SAMPLE_TABLES.pricebookEntries.file },
                    { file: SAMPLE_TABLES.opportunityLineItems.file }
                ]
            },
            {
                name: 'plans',
                label: 'Account plans, stakeholders, plays, whitespace and activities',
                files: [
                    { file: SAMPLE_TABLES.accountPlans.file },
                    { file: SAMPLE_TABLES.planObjectives.file },
                    { file: SAMPLE_TABLES.stakeholders.file },
                    { file: SAMPLE_TABLES.stakeholderRelationships.file },
                    { file: SAMPLE_TABLES.plays.file },
                    { file: SAMPLE_TABLES.whitespaceCells.file },
                    { file: SAMPLE_TABLES.tasks.file },
                    { file: SAMPLE_TABLES.events.file }
                ]
            }
        ]
    };
    return { manifest, tables };
}

const render = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every file under data/ with its exact content. */
export function renderSampleDataFiles(): Map<string, string> {
    const { manifest, tables } = buildSampleData();
    const files = new Map<string, string>([['manifest.json', render(manifest)]]);
    for (const name of SAMPLE_TABLE_ORDER) {
        const spec = SAMPLE_TABLES[name];
        const file: SampleFile<unknown> = {
            sobject: spec.sobject,
            naturalKey: spec.naturalKey,
            records: tables[name]
        };
        files.set(spec.file, render(file));
    }
    return files;
}
