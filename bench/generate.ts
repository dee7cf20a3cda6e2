/**
 * Data at scale for the benchmarks, added to the sample data: a key account whose plan has N stakeholders
 * in a reporting tree; a customer with 50 business units, 100 products and 20,000 opportunity product rows;
 * a book of N key accounts with a plan each. Deterministic (seeded), so figures compare across runs.
 */
import { fakeId } from '../scripts/data/sample-data';
import type { SObjectRecord, StoreState } from '../scripts/workbench/store/record-store';
import { sampleDataState } from '../scripts/workbench/store/seed';

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const ROLES = [
    'Economic Buyer',
    'Decision Maker',
    'Champion',
    'Coach',
    'Influencer',
    'Technical Evaluator',
    'User',
    'Blocker',
    'Gatekeeper'
];
const INFLUENCE = ['High', 'Medium', 'Low'];
const STANCE = ['Advocate', 'Supporter', 'Neutral', 'Skeptic', 'Opponent'];
const STAGES: [string, boolean, boolean][] = [
    ['Prospecting', false, false],
    ['Proposal/Price Quote', false, false],
    ['Closed Won', true, true],
    ['Closed Lost', true, false]
];

/** An ISO date `days` days from another. */
function addDays(isoDate: string, days: number): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

class Builder {
    readonly records: SObjectRecord[];
    private sequence = 0;
    readonly userId: string;
    readonly today: string;

    constructor(readonly base: StoreState) {
        this.records = [...base.records];
        this.userId = base.userId;
        this.today = base.seed.today;
    }

    add(sobject: string, prefix: string, fields: Record<string, unknown>): SObjectRecord {
        const loadedAt = `${this.today}T08:00:00.000Z`;
        const record = {
            CreatedDate: loadedAt,
            CreatedById: this.userId,
            LastModifiedDate: loadedAt,
            LastModifiedById: this.userId,
            ...fields,
            Id: fakeId(prefix, 900_000_000 + ++this.sequence),
            attributes: { type: sobject }
        } as SObjectRecord;
        this.records.push(record);
        return record;
    }

    plan(accountId: string, name: string, rnd: () => number): SObjectRecord {
        const score = (): number => 1 + Math.floor(rnd() * 5);
        return this.add('Account_Plan__c', 'a01', {
            Name: name,
            Account__c: accountId,
            OwnerId: this.userId,
            Status__c: 'Active',
            Period_Start__c: `${this.today.slice(0, 4)}-01-01`,
            Period_End__c: `${this.today.slice(0, 4)}-12-31`,
            Score_Current_Revenue__c: score(),
            Score_Growth_Potential__c: score(),
            Score_Strategic_Fit__c: score(),
            Score_Competitive_Position__c: score(),
            Score_Relationship_Depth__c: score(),
            Review_Cadence_Days__c: 90,
            Last_Reviewed_Date__c: this.today,
            Version__c: 0
        });
    }

    state(): StoreState {
        return { ...this.base, records: this.records };
    }
}

export interface GeneratedData {
    state: StoreState;
    /** The record the benchmarked component is placed on. */
    recordId: string;
}

/** A key account whose active plan maps `count` stakeholders (most of them real contacts) in one tree. */
export function orgChartData(count: number): GeneratedData {
    const rnd = random(count);
    const b = new Builder(sampleDataState());
    const account = b.add('Account', '001', {
        Name: `Benchmark Org Chart ${count}`,
        Industry: 'Manufacturing',
        Type: 'Customer - Direct',
        OwnerId: b.userId
    });
    const plan = b.plan(account.Id, `Benchmark Org Chart ${count} – Account Plan`, rnd);
    const stakeholders: SObjectRecord[] = [];
    for (let i = 0; i < count; i++) {
        const contact =
            rnd() < 0.9
                ? b.add('Contact', '003', {
                      FirstName: `Person`,
                      LastName: `${i}`,
                      Name: `Person ${i}`,
                      Title: 'Director',
                      AccountId: account.Id,
                      OwnerId: b.userId
                  })
                : undefined;
        const manager = i === 0 ? undefined : stakeholders[Math.floor(rnd() * Math.min(i, 1 + i / 4))];
        stakeholders.push(
            b.add('Stakeholder__c', 'a03', {
                Account_Plan__c: plan.Id,
                Contact__c: contact?.Id,
                Placeholder_Name__c: contact ? undefined : `Unknown ${i}`,
                Reports_To__c: manager?.Id,
                Buying_Role__c: ROLES[i % ROLES.length],
                Influence__c: INFLUENCE[i % INFLUENCE.length],
                Stance__c: STANCE[i % STANCE.length],
                Relationship_Strength__c: 1 + (i % 5),
                Relationship_Owner__c: b.userId,
                Is_Executive__c: i < count / 20,
                Business_Unit__c: account.Id
            })
        );
    }
    return { state: b.state(), recordId: account.Id };
}

/** A customer with `units` business units, `products` products and `rows` opportunity product rows. */
export function whitespaceData(products: number, units: number, rows: number): GeneratedData {
    const rnd = random(rows);
    const b = new Builder(sampleDataState());
    const parent = b.add('Account', '001', {
        Name: 'Benchmark Whitespace Group',
        Industry: 'Manufacturing',
        Type: 'Customer - Direct',
        OwnerId: b.userId
    });
    const unitIds = Array.from(
        { length: units },
        (_, i) =>
            b.add('Account', '001', {
                Name: `Unit ${i + 1}`,
                ParentId: parent.Id,
                Industry: 'Manufacturing',
                OwnerId: b.userId
            }).Id
    );
    const productIds = Array.from(
        { length: products },
        (_, i) =>
            b.add('Product2', '01t', {
                Name: `Product ${i + 1}`,
                ProductCode: `BENCH-${i + 1}`,
                Family: `Family ${(i % 10) + 1}`,
                IsActive: true
            }).Id
    );
    b.plan(parent.Id, 'Benchmark Whitespace Group – Account Plan', rnd);
    const perOpportunity = 5;
    for (let o = 0; o < rows / perOpportunity; o++) {
        const [stage = 'Prospecting', closed = false, won = false] =
            STAGES[Math.floor(rnd() * STAGES.length)] ?? [];
        const opportunity = b.add('Opportunity', '006', {
            Name: `Benchmark deal ${o + 1}`,
            AccountId: unitIds[Math.floor(rnd() * unitIds.length)],
            StageName: stage,
            IsClosed: closed,
            IsWon: won,
            CloseDate: b.today,
            Amount: 10_000 + Math.floor(rnd() * 90_000),
            OwnerId: b.userId
        });
        for (let l = 0; l < perOpportunity; l++) {
            b.add('OpportunityLineItem', '00k', {
                OpportunityId: opportunity.Id,
                Product2Id: productIds[Math.floor(rnd() * productIds.length)],
                Quantity: 1,
                UnitPrice: 1000
            });
        }
    }
    return { state: b.state(), recordId: parent.Id };
}

const RISKS = ['Low', 'Medium', 'High'];

/**
 * A book of `count` key accounts, each with an active plan and stakeholders, spread over the sample data's
 * users as KAMs, with every freshness, renewals over the next year and the revenue roll-ups the nightly batch
 * keeps (so that every figure of the portfolio is on screen).
 */
export function portfolioData(count: number): GeneratedData {
    const rnd = random(count);
    const b = new Builder(sampleDataState());
    const kams = b.records.filter((record) => record.attributes.type === 'User').map((user) => user.Id);
    const money = (): number => 10_000 * Math.floor(rnd() * 200);
    let first = '';
    for (let i = 0; i < count; i++) {
        const owner = kams[i % kams.length] ?? b.userId;
        const account = b.add('Account', '001', {
            Name: `Key Account ${i + 1}`,
            Industry: 'Manufacturing',
            Type: 'Customer - Direct',
            OwnerId: owner
        });
        const plan = b.plan(account.Id, `Key Account ${i + 1} – Account Plan`, rnd);
        Object.assign(plan, {
            OwnerId: owner,
            Last_Reviewed_Date__c: addDays(b.today, -Math.floor(rnd() * 150)),
            Renewal_Date__c: addDays(b.today, Math.floor(rnd() * 365)),
            Renewal_Risk__c: RISKS[i % RISKS.length],
            Renewal_Risk_Reason__c: i % RISKS.length === 0 ? undefined : 'Budget review',
            Won_Last_12_Months__c: money(),
            Won_Prior_12_Months__c: i % 7 === 0 ? undefined : money(),
            Open_Pipeline__c: money(),
            Expansion_Pipeline__c: money(),
            Rollups_Calculated_At__c: `${b.today}T03:00:00.000Z`
        });
        first ||= account.Id;
        for (let s = 0; s < 3; s++) {
            b.add('Stakeholder__c', 'a03', {
                Account_Plan__c: plan.Id,
                Placeholder_Name__c: `Contact ${i}-${s}`,
                Buying_Role__c: ROLES[(i + s) % ROLES.length],
                Influence__c: 'Medium',
                Stance__c: 'Neutral',
                Relationship_Strength__c: 3,
                Relationship_Owner__c: b.userId,
                Is_Executive__c: s === 0,
                Business_Unit__c: account.Id
            });
        }
    }
    return { state: b.state(), recordId: first };
}
