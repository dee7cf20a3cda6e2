/** The committed sample data keeps the data model's rules (docs/data-model.md) and has the promised shape. */
import { shiftDate, STANDARD_PRICEBOOK_KEY } from '../../scripts/data/sample-data';
import {
    accountsByKey,
    anchor,
    daysBetween,
    groupBy,
    keyAccounts,
    NORTHWIND,
    tables,
    topAccount
} from './sample-data-helpers';

/** The standard opportunity stages of a new org and their default probabilities. */
const STAGE_PROBABILITY: Readonly<Record<string, number>> = {
    Prospecting: 10,
    Qualification: 10,
    'Needs Analysis': 20,
    'Value Proposition': 50,
    'Id. Decision Makers': 60,
    'Perception Analysis': 70,
    'Proposal/Price Quote': 75,
    'Negotiation/Review': 90,
    'Closed Won': 100,
    'Closed Lost': 0
};

const contactsByKey = new Map(tables.contacts.map((c) => [c.key, c]));
const plansByKey = new Map(tables.accountPlans.map((p) => [p.key, p]));
const stakeholdersByKey = new Map(tables.stakeholders.map((s) => [s.key, s]));
const opportunitiesByKey = new Map(tables.opportunities.map((o) => [o.key, o]));
const pricebookEntriesByKey = new Map(tables.pricebookEntries.map((e) => [e.key, e]));
const activePlan = (account: string) =>
    tables.accountPlans.find((p) => p.Account__c === account && p.Status__c === 'Active');

/** Follows `next` from every item and returns the items that reach themselves again. */
function cycles<T extends { key: string }>(items: readonly T[], next: (item: T) => T | undefined): string[] {
    const found: string[] = [];
    for (const start of items) {
        const seen = new Set<string>([start.key]);
        for (let item = next(start); item; item = next(item)) {
            if (seen.has(item.key)) {
                found.push(start.key);
                break;
            }
            seen.add(item.key);
        }
    }
    return found;
}

describe('the key accounts', () => {
    it('has Northwind with 5 to 8 business units and 4 to 6 more key accounts', () => {
        const units = tables.accounts.filter((a) => a.ParentId === NORTHWIND);
        expect(accountsByKey.get(NORTHWIND)?.Name).toBe('Northwind Industrial Group');
        expect(units.length).toBeGreaterThanOrEqual(5);
        expect(units.length).toBeLessThanOrEqual(8);
        expect(keyAccounts.length - 1).toBeGreaterThanOrEqual(4);
        expect(keyAccounts.length - 1).toBeLessThanOrEqual(6);
    });

    it('keeps the account hierarchy two levels deep with parents that exist', () => {
        const wrong = tables.accounts.filter(
            (a) => a.ParentId && (!accountsByKey.has(a.ParentId) || accountsByKey.get(a.ParentId)?.ParentId)
        );
        expect(wrong).toEqual([]);
    });
});

describe('contacts', () => {
    const northwind = tables.contacts.filter((c) => topAccount(c.AccountId) === NORTHWIND);

    it('has about 150 Northwind contacts spread across the units, on example.com addresses', () => {
        expect(northwind.length).toBeGreaterThanOrEqual(130);
        expect(northwind.length).toBeLessThanOrEqual(170);
        expect(new Set(northwind.map((c) => c.AccountId)).size).toBe(
            tables.accounts.filter((a) => topAccount(a.key) === NORTHWIND).length
        );
        expect(
            tables.contacts.filter((c) => !/^[a-z0-9.]+@([a-z0-9-]+\.)*example\.com$/.test(c.Email))
        ).toEqual([]);
        expect(tables.contacts.filter((c) => !c.Title || !c.Department)).toEqual([]);
    });

    it('reports to a contact of the same key account, one CEO at the top, without cycles', () => {
        const wrong = tables.contacts.filter((c) => {
            const manager = c.ReportsToId ? contactsByKey.get(c.ReportsToId) : undefined;
            return c.ReportsToId && (!manager || topAccount(manager.AccountId) !== topAccount(c.AccountId));
        });
        expect(wrong).toEqual([]);
        const roots = groupBy(
            tables.contacts.filter((c) => !c.ReportsToId),
            (c) => topAccount(c.AccountId)
        );
        expect([...roots.values()].map((r) => r.map((c) => c.Title))).toEqual(
            keyAccounts.map(() => ['Chief Executive Officer'])
        );
        expect(
            cycles(tables.contacts, (c) => (c.ReportsToId ? contactsByKey.get(c.ReportsToId) : undefined))
        ).toEqual([]);
    });

    it('has a deep Northwind hierarchy: CEO, C-suite, VPs, directors, managers and individual contributors', () => {
        const depth = (key: string): number => {
            const manager = contactsByKey.get(key)?.ReportsToId;
            return manager ? 1 + depth(manager) : 0;
        };
        const depths = new Set(northwind.map((c) => depth(c.key)));
        expect(Math.max(...depths)).toBeGreaterThanOrEqual(5);
        expect(northwind.filter((c) => c.Title.startsWith('Chief')).length).toBeGreaterThanOrEqual(5);
        expect(northwind.filter((c) => c.Title.startsWith('VP')).length).toBeGreaterThanOrEqual(10);
        expect(northwind.filter((c) => c.Title.startsWith('Director')).length).toBeGreaterThanOrEqual(10);
    });
});

describe('products and price book', () => {
    it('has 20 to 40 products in 4 to 6 families with unique codes and one standard price each', () => {
        expect(tables.products.length).toBeGreaterThanOrEqual(20);
        expect(tables.products.length).toBeLessThanOrEqual(40);
        const families = new Set(tables.products.map((p) => p.Family));
        expect(families.size).toBeGreaterThanOrEqual(4);
        expect(families.size).toBeLessThanOrEqual(6);
        expect(new Set(tables.products.map((p) => p.ProductCode)).size).toBe(tables.products.length);
        expect(tables.pricebookEntries.map((e) => e.Product2Id).sort()).toEqual(
            tables.products.map((p) => p.key).sort()
        );
        expect(
            tables.pricebookEntries.filter(
                (e) => e.Pricebook2Id !== STANDARD_PRICEBOOK_KEY || e.UnitPrice <= 0
            )
        ).toEqual([]);
    });
});

describe('opportunities', () => {
    it('has 300+ Northwind opportunities of every type and outcome over two years of close dates', () => {
        const northwind = tables.opportunities.filter((o) => topAccount(o.AccountId) === NORTHWIND);
        expect(northwind.length).toBeGreaterThanOrEqual(300);
        expect(new Set(northwind.map((o) => o.Type))).toEqual(
            new Set(['New Business', 'Expansion', 'Renewal'])
        );
        expect(new Set(northwind.map((o) => (o.IsWon ? 'won' : o.IsClosed ? 'lost' : 'open')))).toEqual(
            new Set(['won', 'lost', 'open'])
        );
        expect(new Set(northwind.map((o) => o.AccountId)).size).toBeGreaterThanOrEqual(6);
        expect(new Set(northwind.map((o) => o.StageName)).size).toBeGreaterThanOrEqual(8);
        const closes = northwind.map((o) => o.CloseDate).sort();
        expect(daysBetween(closes[0], anchor)).toBeGreaterThanOrEqual(600);
        expect(daysBetween(anchor, closes[closes.length - 1])).toBeGreaterThanOrEqual(180);
    });

    it('keeps stage, IsClosed, IsWon, probability and close date consistent', () => {
        const wrong = tables.opportunities.filter((o) => {
            const closed = o.StageName === 'Closed Won' || o.StageName === 'Closed Lost';
            const closeOk = closed ? o.CloseDate < anchor : o.CloseDate > anchor;
            return (
                o.IsClosed !== closed ||
                o.IsWon !== (o.StageName === 'Closed Won') ||
                o.Probability !== STAGE_PROBABILITY[o.StageName] ||
                !closeOk
            );
        });
        expect(wrong).toEqual([]);
    });

    it('carries its products as line items that add up to the amount', () => {
        const lines = groupBy(tables.opportunityLineItems, (l) => l.OpportunityId);
        const wrong = tables.opportunities.filter((o) => {
            const own = lines.get(o.key) ?? [];
            const total = own.reduce((sum, l) => sum + l.Quantity * l.UnitPrice, 0);
            return own.length === 0 || total !== o.Amount || o.Pricebook2Id !== STANDARD_PRICEBOOK_KEY;
        });
        expect(wrong).toEqual([]);
        const mismatched = tables.opportunityLineItems.filter(
            (l) =>
                pricebookEntriesByKey.get(l.PricebookEntryId)?.Product2Id !== l.Product2Id ||
                !opportunitiesByKey.has(l.OpportunityId) ||
                l.Quantity <= 0
        );
        expect(mismatched).toEqual([]);
    });
});

describe('account plans', () => {
    it('gives every key account exactly one Active plan, and plans only to key accounts', () => {
        const active = groupBy(
            tables.accountPlans.filter((p) => p.Status__c === 'Active'),
            (p) => p.Account__c
        );
        expect(keyAccounts.map((a) => active.get(a.key)?.length)).toEqual(keyAccounts.map(() => 1));
        expect(
            tables.accountPlans.filter((p) => accountsByKey.get(p.Account__c)?.ParentId !== undefined)
        ).toEqual([]);
    });

    it('keeps periods, scores, cadence and renewal reasons valid', () => {
        const scores = (p: (typeof tables.accountPlans)[number]) => [
            p.Score_Current_Revenue__c,
            p.Score_Growth_Potential__c,
            p.Score_Strategic_Fit__c,
            p.Score_Competitive_Position__c,
            p.Score_Relationship_Depth__c
        ];
        const wrong = tables.accountPlans.filter(
            (p) =>
                p.Period_End__c < p.Period_Start__c ||
                scores(p).some((s) => s !== undefined && (!Number.isInteger(s) || s < 1 || s > 5)) ||
                p.Review_Cadence_Days__c < 7 ||
                p.Review_Cadence_Days__c > 365 ||
                ((p.Renewal_Risk__c === 'Medium' || p.Renewal_Risk__c === 'High') &&
                    !p.Renewal_Risk_Reason__c)
        );
        expect(wrong).toEqual([]);
    });

    it('varies freshness (fresh, due, stale), renewal risk and plan status across the portfolio', () => {
        const active = tables.accountPlans.filter((p) => p.Status__c === 'Active');
        const dueIn = active.map((p) =>
            daysBetween(anchor, shiftDate(p.Last_Reviewed_Date__c ?? anchor, p.Review_Cadence_Days__c))
        );
        expect(dueIn.some((d) => d > 7)).toBe(true);
        expect(dueIn.some((d) => d < -3 && d > -30)).toBe(true);
        expect(dueIn.some((d) => d < -60)).toBe(true);
        expect(new Set(active.map((p) => p.Renewal_Risk__c))).toEqual(new Set(['Low', 'Medium', 'High']));
        expect(new Set(tables.accountPlans.map((p) => p.Status__c))).toEqual(
            new Set(['Active', 'Archived', 'Draft'])
        );
    });

    it('has objectives that fall due on or after the plan start', () => {
        const wrong = tables.planObjectives.filter((o) => {
            const plan = plansByKey.get(o.Account_Plan__c);
            return !plan || o.Due_Date__c < plan.Period_Start__c;
        });
        expect(wrong).toEqual([]);
        expect(
            tables.planObjectives.filter((o) => o.Account_Plan__c === 'Account_Plan__c:northwind').length
        ).toBeGreaterThanOrEqual(4);
    });
});

describe('stakeholders', () => {
    it('maps about 40 Northwind people, with a few placeholders', () => {
        const plan = activePlan(NORTHWIND);
        const northwind = tables.stakeholders.filter((s) => s.Account_Plan__c === plan?.key);
        expect(northwind.length).toBeGreaterThanOrEqual(35);
        expect(northwind.length).toBeLessThanOrEqual(45);
        expect(northwind.filter((s) => !s.Contact__c).length).toBeGreaterThanOrEqual(2);
    });

    it('takes its Contacts from the plan account’s hierarchy, each Contact at most once per plan', () => {
        const wrong = tables.stakeholders.filter((s) => {
            const plan = plansByKey.get(s.Account_Plan__c);
            const contact = s.Contact__c ? contactsByKey.get(s.Contact__c) : undefined;
            return (
                !plan ||
                (s.Contact__c && (!contact || topAccount(contact.AccountId) !== plan.Account__c)) ||
                topAccount(s.Business_Unit__c) !== plan.Account__c
            );
        });
        expect(wrong).toEqual([]);
        const pairs = tables.stakeholders
            .filter((s) => s.Contact__c)
            .map((s) => `${s.Account_Plan__c}|${s.Contact__c}`);
        expect(pairs.length).toBe(new Set(pairs).size);
    });

    it('names placeholders, and reports to a stakeholder of the same plan without cycles', () => {
        expect(tables.stakeholders.filter((s) => !s.Contact__c && !s.Placeholder_Name__c)).toEqual([]);
        const wrong = tables.stakeholders.filter((s) => {
            const manager = s.Reports_To__c ? stakeholdersByKey.get(s.Reports_To__c) : undefined;
            return (
                s.Reports_To__c &&
                (!manager || manager.key === s.key || manager.Account_Plan__c !== s.Account_Plan__c)
            );
        });
        expect(wrong).toEqual([]);
        expect(
            cycles(tables.stakeholders, (s) =>
                s.Reports_To__c ? stakeholdersByKey.get(s.Reports_To__c) : undefined
            )
        ).toEqual([]);
    });

    it('scores relationship strength 1 to 5 and uses every buying role', () => {
        expect(
            tables.stakeholders.filter((s) => ![1, 2, 3, 4, 5].includes(s.Relationship_Strength__c))
        ).toEqual([]);
        expect(new Set(tables.stakeholders.map((s) => s.Buying_Role__c)).size).toBe(9);
    });

    it('records the last engagement as the latest past activity with the Contact', () => {
        const latest = new Map<string, string>();
        const note = (who: string | undefined, date: string) => {
            if (who && date <= anchor && date > (latest.get(who) ?? '')) {
                latest.set(who, date);
            }
        };
        tables.tasks.filter((t) => t.Status === 'Completed').forEach((t) => note(t.WhoId, t.ActivityDate));
        tables.events.forEach((e) => note(e.WhoId, e.StartDateTime.slice(0, 10)));
        const wrong = tables.stakeholders.filter(
            (s) => s.Contact__c && s.Last_Engaged_Date__c !== latest.get(s.Contact__c)
        );
        expect(wrong).toEqual([]);
        const engaged = tables.stakeholders.map((s) =>
            s.Last_Engaged_Date__c ? daysBetween(s.Last_Engaged_Date__c, anchor) : 999
        );
        expect(engaged.some((d) => d <= 14)).toBe(true);
        expect(engaged.some((d) => d > 90 && d < 999)).toBe(true);
    });
});

describe('influence and conflict lines', () => {
    it('joins two different stakeholders of the line’s own plan', () => {
        const wrong = tables.stakeholderRelationships.filter((r) => {
            const from = stakeholdersByKey.get(r.From_Stakeholder__c);
            const to = stakeholdersByKey.get(r.To_Stakeholder__c);
            return (
                !from ||
                !to ||
                from.key === to.key ||
                from.Account_Plan__c !== r.Account_Plan__c ||
                to.Account_Plan__c !== r.Account_Plan__c
            );
        });
        expect(wrong).toEqual([]);
        expect(new Set(tables.stakeholderRelationships.map((r) => r.Type__c))).toEqual(
            new Set(['Influences', 'Conflicts With', 'Allied With'])
        );
    });
});

describe('plays', () => {
    it('never falls due before it starts, and links records of the plan’s own account', () => {
        const wrong = tables.plays.filter((p) => {
            const plan = plansByKey.get(p.Account_Plan__c);
            const opportunity = p.Opportunity__c ? opportunitiesByKey.get(p.Opportunity__c) : undefined;
            return (
                !plan ||
                p.Due_Date__c < p.Start_Date__c ||
                p.Estimated_Value__c < 0 ||
                (p.Business_Unit__c && topAccount(p.Business_Unit__c) !== plan.Account__c) ||
                (p.Opportunity__c && (!opportunity || topAccount(opportunity.AccountId) !== plan.Account__c))
            );
        });
        expect(wrong).toEqual([]);
    });

    it('has overdue open plays, closed plays, and steps as Tasks', () => {
        const open = tables.plays.filter((p) => ['Planned', 'In Progress', 'On Hold'].includes(p.Status__c));
        expect(open.filter((p) => p.Due_Date__c < anchor).length).toBeGreaterThanOrEqual(3);
        expect(
            tables.plays.filter((p) => p.Status__c === 'Won' || p.Status__c === 'Lost').length
        ).toBeGreaterThanOrEqual(2);
        const steps = groupBy(
            tables.tasks.filter((t) => t.WhatId.startsWith('Play__c:')),
            (t) => t.WhatId
        );
        expect(tables.plays.filter((p) => !steps.has(p.key))).toEqual([]);
        expect(
            tables.tasks.filter(
                (t) => t.WhatId.startsWith('Play__c:') && t.Status !== 'Completed' && t.ActivityDate < anchor
            ).length
        ).toBeGreaterThan(0);
    });
});

describe('whitespace annotations', () => {
    it('annotates each product × unit cell at most once per plan, on cells without won opportunities', () => {
        const cells = tables.whitespaceCells.map(
            (c) => `${c.Account_Plan__c}|${c.Product__c}|${c.Business_Unit__c}`
        );
        expect(cells.length).toBe(new Set(cells).size);
        const outcomes = new Map<string, Set<string>>();
        for (const line of tables.opportunityLineItems) {
            const opportunity = opportunitiesByKey.get(line.OpportunityId);
            const cell = `${opportunity?.AccountId ?? ''}|${line.Product2Id}`;
            const outcome = opportunity?.IsWon ? 'won' : opportunity?.IsClosed ? 'lost' : 'open';
            outcomes.set(cell, (outcomes.get(cell) ?? new Set()).add(outcome));
        }
        const wrong = tables.whitespaceCells.filter((c) => {
            const plan = plansByKey.get(c.Account_Plan__c);
            const seen = outcomes.get(`${c.Business_Unit__c}|${c.Product__c}`);
            // Only a competitor-held cell may have opportunities, and only open ones (pipeline displacing the
            // incumbent); every other annotation is on a cell without any.
            const displacing = c.Status__c === 'Competitor Held' && seen?.size === 1 && seen.has('open');
            return (
                !plan ||
                topAccount(c.Business_Unit__c) !== plan.Account__c ||
                (seen !== undefined && !displacing) ||
                (c.Status__c === 'Competitor Held' && !c.Competitor__c) ||
                (c.Potential_Value__c ?? 0) < 0
            );
        });
        expect(wrong).toEqual([]);
        const linked = tables.whitespaceCells.filter((c) => c.Opportunity__c);
        expect(linked.length).toBeGreaterThan(0);
        for (const cell of linked) {
            const opportunity = opportunitiesByKey.get(cell.Opportunity__c ?? '');
            expect(opportunity?.IsClosed).toBe(false);
            expect(opportunity?.AccountId).toBe(cell.Business_Unit__c);
        }
        expect(
            tables.whitespaceCells.some((c) =>
                outcomes.get(`${c.Business_Unit__c}|${c.Product__c}`)?.has('open')
            )
        ).toBe(true);
        expect(new Set(tables.whitespaceCells.map((c) => c.Status__c))).toEqual(
            new Set(['Competitor Held', 'Not a Fit', 'Targeted'])
        );
    });
});

describe('activities', () => {
    it('keeps completed work in the past and scheduled work open', () => {
        expect(tables.tasks.filter((t) => t.Status === 'Completed' && t.ActivityDate > anchor)).toEqual([]);
        expect(
            tables.tasks.filter((t) => t.Status === 'Not Started' && t.ActivityDate < shiftDate(anchor, -60))
        ).toEqual([]);
        expect(tables.events.filter((e) => e.EndDateTime <= e.StartDateTime)).toEqual([]);
        expect(tables.events.filter((e) => e.StartDateTime.slice(0, 10) > anchor).length).toBeGreaterThan(0);
    });
});
