/**
 * The account plans of one key account: the current Active plan with objectives, a stakeholder map built from
 * the account's Contacts plus placeholders, influence and conflict lines, plays and whitespace annotations; and
 * the account's archived or draft plans.
 */
import type { AccountDef, PlayDef, StakeholderOverride } from './account-defs';
import {
    COMPETITORS,
    PRODUCTS,
    productByCode,
    productCodeOfKey,
    productKey,
    userKey,
    type Family
} from './catalog';
import { day } from './dates';
import { accountKey, unitAccountKey, type Person } from './people';
import type { Pipeline } from './pipeline';
import type { Random } from './random';
import type {
    SampleAccountPlan,
    SamplePlanObjective,
    SamplePlay,
    SampleStakeholder,
    SampleStakeholderRelationship,
    SampleWhitespaceCell
} from '../sample-data-model';

export interface MappedStakeholder {
    record: SampleStakeholder;
    person?: Person;
}

export interface PlannedPlay {
    def: PlayDef;
    record: SamplePlay;
    contact: Person;
}

export interface AccountPlans {
    plans: SampleAccountPlan[];
    objectives: SamplePlanObjective[];
    stakeholders: MappedStakeholder[];
    relationships: SampleStakeholderRelationship[];
    plays: PlannedPlay[];
    whitespace: SampleWhitespaceCell[];
}

const NOT_A_FIT: Readonly<Record<Family, string>> = {
    'Asset Performance': 'Too few rotating assets in this unit to justify it.',
    'Industrial IoT': 'The unit’s sites connect through the group platform instead.',
    'Energy & Sustainability': 'Energy and emissions reporting is run by the group team.',
    'Supply Chain': 'Supply planning for this unit is run centrally by the group.',
    'Field Service': 'The unit has no field workforce of its own.',
    Services: 'The unit’s own IT team delivers this.'
};

export const OPEN_PLAY_STATUSES: readonly string[] = ['Planned', 'In Progress', 'On Hold'];

const STANCE_STRENGTH: Readonly<Record<StakeholderOverride['stance'], readonly [number, number]>> = {
    Advocate: [4, 5],
    Supporter: [3, 4],
    Neutral: [2, 3],
    Skeptic: [1, 2],
    Opponent: [1, 1]
};

function slotMap(people: readonly Person[]): Map<string, Person> {
    const map = new Map<string, Person>();
    for (const person of people) {
        if (person.slot) {
            map.set(person.slot, person);
        }
    }
    return map;
}

function bySlot(slots: Map<string, Person>, slot: string, account: AccountDef): Person {
    const person = slots.get(slot);
    if (!person) {
        throw new Error(`${account.slug}: no contact in slot '${slot}'`);
    }
    return person;
}

/** Contacts on the stakeholder map: everyone named in the plan first, then the most senior people. */
function chooseStakeholders(account: AccountDef, people: readonly Person[], r: Random): Person[] {
    const slots = slotMap(people);
    const plan = account.plan;
    const named = new Set<string>([
        ...Object.keys(plan.overrides),
        ...plan.relationships.flatMap((rel) => [rel.from, rel.to]),
        ...plan.placeholders.map((p) => p.reportsTo),
        ...plan.plays.map((p) => p.contact)
    ]);
    const chosen = new Set<Person>([...named].map((slot) => bySlot(slots, slot, account)));
    const senior = people.filter((p) => p.level <= 3 && p.slot !== 'chro' && p.slot !== 'gc');
    const directors = r.shuffle(people.filter((p) => p.level === 4));
    const managers = r.shuffle(people.filter((p) => p.level === 5));
    for (const person of [...senior, ...directors, ...managers]) {
        if (chosen.size >= plan.stakeholders) {
            break;
        }
        chosen.add(person);
    }
    return people.filter((p) => chosen.has(p));
}

function assess(person: Person, r: Random): StakeholderOverride {
    let role: string;
    let influence: StakeholderOverride['influence'];
    if (person.level === 0 || person.slot?.endsWith(':president')) {
        role = 'Decision Maker';
        influence = 'High';
    } else if (person.level === 1) {
        role = r.weighted([
            ['Decision Maker', 1],
            ['Influencer', 2],
            ['Coach', 0.5]
        ] as const);
        influence = 'High';
    } else if (person.level <= 3) {
        role = r.weighted([
            ['Influencer', 3],
            ['Technical Evaluator', 2],
            ['Coach', 1],
            ['Champion', 1]
        ] as const);
        influence = r.pick(['High', 'Medium'] as const);
    } else if (person.level === 4) {
        role = r.weighted([
            ['Technical Evaluator', 3],
            ['Coach', 2],
            ['User', 2],
            ['Influencer', 1]
        ] as const);
        influence = r.pick(['Medium', 'Low'] as const);
    } else {
        role = r.weighted([
            ['User', 3],
            ['Technical Evaluator', 1]
        ] as const);
        influence = 'Low';
    }
    const stance =
        role === 'Champion'
            ? r.pick(['Advocate', 'Supporter'] as const)
            : r.weighted([
                  ['Advocate', 1.5],
                  ['Supporter', 3.5],
                  ['Neutral', 3],
                  ['Skeptic', 1.5],
                  ['Opponent', 0.5]
              ] as const);
    const [low, high] = STANCE_STRENGTH[stance];
    return { role, influence, stance, strength: r.int(low, high) };
}

function relationshipOwner(account: AccountDef, person: Person, r: Random): string {
    if (person.level <= 1) {
        return r.chance(0.4) ? account.sponsor : account.kam;
    }
    if (person.level <= 3) {
        return r.weighted([
            [account.kam, 7],
            [account.engineer, 1.5],
            [account.success, 1.5]
        ] as const);
    }
    return r.pick([account.kam, account.engineer, account.success]);
}

function planRecords(account: AccountDef): SampleAccountPlan[] {
    const plan = account.plan;
    const scores = (values: AccountDef['plan']['scores']): Partial<SampleAccountPlan> => ({
        Score_Current_Revenue__c: values[0],
        Score_Growth_Potential__c: values[1],
        Score_Strategic_Fit__c: values[2],
        Score_Competitive_Position__c: values[3],
        Score_Relationship_Depth__c: values[4]
    });
    const active: SampleAccountPlan = {
        key: `Account_Plan__c:${account.slug}`,
        Name: plan.name,
        Account__c: accountKey(account.slug),
        OwnerId: userKey(account.kam),
        Status__c: 'Active',
        Period_Start__c: plan.periodStart,
        Period_End__c: plan.periodEnd,
        ...scores(plan.scores),
        Primary_Competitor__c: plan.competitor,
        Competitive_Position__c: plan.position,
        Competitive_Notes__c: plan.competitiveNotes,
        Renewal_Date__c: plan.renewal,
        Renewal_Risk__c: plan.risk,
        Renewal_Risk_Reason__c: plan.riskReason,
        Review_Cadence_Days__c: plan.cadence,
        Last_Reviewed_Date__c: day(-plan.lastReviewedDaysAgo),
        Last_Reviewed_By__c: userKey(account.kam)
    };
    const others = account.otherPlans.map(
        (other): SampleAccountPlan => ({
            key: `Account_Plan__c:${account.slug}-${other.status.toLowerCase()}`,
            Name: other.name,
            Account__c: accountKey(account.slug),
            OwnerId: userKey(account.kam),
            Status__c: other.status,
            Period_Start__c: other.periodStart,
            Period_End__c: other.periodEnd,
            ...scores(other.scores),
            Renewal_Risk__c: other.risk,
            Renewal_Risk_Reason__c: other.riskReason,
            Review_Cadence_Days__c: other.cadence,
            Last_Reviewed_Date__c: other.lastReviewed,
            Last_Reviewed_By__c: other.lastReviewed ? userKey(account.kam) : undefined
        })
    );
    return [active, ...others];
}

function stakeholderRecords(account: AccountDef, people: readonly Person[], r: Random): MappedStakeholder[] {
    const planKey = `Account_Plan__c:${account.slug}`;
    const chosen = chooseStakeholders(account, people, r);
    const keyOfPerson = new Map<string, string>();
    const byKey = new Map(people.map((p) => [p.key, p]));
    const mapped: MappedStakeholder[] = [];
    const nextKey = (): string =>
        `Stakeholder__c:${account.slug}-${String(mapped.length + 1).padStart(3, '0')}`;
    for (const person of chosen) {
        const override = person.slot ? account.plan.overrides[person.slot] : undefined;
        const assessed = override ?? assess(person, r);
        let manager = person.managerKey ? byKey.get(person.managerKey) : undefined;
        while (manager && !keyOfPerson.has(manager.key)) {
            manager = manager.managerKey ? byKey.get(manager.managerKey) : undefined;
        }
        const key = nextKey();
        keyOfPerson.set(person.key, key);
        mapped.push({
            person,
            record: {
                key,
                Account_Plan__c: planKey,
                Contact__c: person.key,
                Reports_To__c: manager ? keyOfPerson.get(manager.key) : undefined,
                Buying_Role__c: assessed.role,
                Influence__c: assessed.influence,
                Stance__c: assessed.stance,
                Relationship_Strength__c: assessed.strength,
                Relationship_Owner__c: userKey(override?.owner ?? relationshipOwner(account, person, r)),
                Is_Executive__c: person.level <= 3,
                Business_Unit__c: person.accountKey,
                Notes__c: override?.notes
            }
        });
    }
    const slots = slotMap(people);
    for (const placeholder of account.plan.placeholders) {
        const manager = bySlot(slots, placeholder.reportsTo, account);
        const unit = account.units.find((u) => u.slug === placeholder.unit);
        mapped.push({
            record: {
                key: nextKey(),
                Account_Plan__c: planKey,
                Placeholder_Name__c: placeholder.name,
                Placeholder_Title__c: placeholder.title,
                Reports_To__c: keyOfPerson.get(manager.key),
                Buying_Role__c: placeholder.role,
                Influence__c: placeholder.influence,
                Stance__c: placeholder.stance,
                Relationship_Strength__c: 1,
                Relationship_Owner__c: userKey(account.kam),
                Is_Executive__c: placeholder.executive,
                Business_Unit__c: unit ? unitAccountKey(account, unit) : accountKey(account.slug),
                Notes__c: placeholder.notes
            }
        });
    }
    return mapped;
}

function relationshipRecords(
    account: AccountDef,
    stakeholders: readonly MappedStakeholder[]
): SampleStakeholderRelationship[] {
    const slots = new Map<string, string>();
    for (const s of stakeholders) {
        if (s.person?.slot) {
            slots.set(s.person.slot, s.record.key);
        }
    }
    const resolve = (slot: string): string => {
        const key = slots.get(slot);
        if (!key) {
            throw new Error(`${account.slug}: relationship names '${slot}', who is not on the map`);
        }
        return key;
    };
    return account.plan.relationships.map((rel, index) => ({
        key: `Stakeholder_Relationship__c:${account.slug}-${String(index + 1).padStart(2, '0')}`,
        Account_Plan__c: `Account_Plan__c:${account.slug}`,
        From_Stakeholder__c: resolve(rel.from),
        To_Stakeholder__c: resolve(rel.to),
        Type__c: rel.type,
        Strength__c: rel.strength,
        Notes__c: rel.notes
    }));
}

function playRecords(account: AccountDef, people: readonly Person[], pipeline: Pipeline): PlannedPlay[] {
    const slots = slotMap(people);
    return account.plan.plays.map((def) => {
        const unit = account.units.find((u) => u.slug === def.unit);
        const opportunity = pipeline.byPlay.get(def.slug);
        if (def.opportunity && !opportunity) {
            throw new Error(`${account.slug}: play '${def.slug}' has no opportunity`);
        }
        return {
            def,
            contact: bySlot(slots, def.contact, account),
            record: {
                key: `Play__c:${account.slug}-${def.slug}`,
                Name: def.name,
                Account_Plan__c: `Account_Plan__c:${account.slug}`,
                Type__c: def.type,
                Owner__c: userKey(def.owner),
                Start_Date__c: day(def.start),
                Due_Date__c: day(def.due),
                Status__c: def.status,
                Estimated_Value__c: def.value,
                Opportunity__c: opportunity,
                Product__c: def.product ? productKey(def.product) : undefined,
                Business_Unit__c: unit ? unitAccountKey(account, unit) : undefined,
                Next_Step__c: def.nextStep
            }
        };
    });
}

/**
 * Annotations: on cells that have no opportunity at all (competitor-held, not a fit, targeted; the first
 * Targeted one linked to an open opportunity of its unit that does not carry the product yet), plus one
 * competitor-held cell where open pipeline is displacing the incumbent — the grid shows it in pipeline, live data
 * winning over the annotation.
 */
function whitespaceRecords(account: AccountDef, pipeline: Pipeline, r: Random): SampleWhitespaceCell[] {
    const cells = annotatedWhitespace(account, pipeline, r);
    const firstTargeted = cells.find((cell) => cell.Status__c === 'Targeted');
    const unitOfCell = (cell: SampleWhitespaceCell): string | undefined =>
        account.units.find((u) => unitAccountKey(account, u) === cell.Business_Unit__c)?.slug;
    const linkable = pipeline.opportunities
        .filter((o) => o.outcome === 'open' && firstTargeted && o.unit === unitOfCell(firstTargeted))
        .map((o) => o.record.key)
        .sort();
    if (firstTargeted && linkable.length > 0) {
        firstTargeted.Opportunity__c = linkable[0];
        firstTargeted.Note__c =
            'The unit’s open deal will carry it: linked until the product is added as a line.';
    }
    const displaced = displacementCell(account, pipeline, cells.length + 1);
    return displaced ? [...cells, displaced] : cells;
}

/** A unit × product cell whose only opportunities are open ones, annotated Competitor Held (deterministic). */
function displacementCell(
    account: AccountDef,
    pipeline: Pipeline,
    number: number
): SampleWhitespaceCell | undefined {
    const outcomes = new Map<string, Set<string>>();
    const byKey = new Map(pipeline.opportunities.map((o) => [o.record.key, o]));
    for (const line of pipeline.lines) {
        const opportunity = byKey.get(line.OpportunityId);
        if (!opportunity?.unit) {
            continue;
        }
        const id = `${opportunity.unit}|${productCodeOfKey(line.Product2Id)}`;
        outcomes.set(id, (outcomes.get(id) ?? new Set()).add(opportunity.outcome));
    }
    const [id] = [...outcomes]
        .filter(([, seen]) => seen.size === 1 && seen.has('open'))
        .map(([cell]) => cell)
        .sort();
    if (!id) {
        return undefined;
    }
    const [unitSlug, code] = id.split('|');
    const unit = account.units.find((u) => u.slug === unitSlug);
    if (!unit) {
        return undefined;
    }
    return {
        key: `Whitespace_Cell__c:${account.slug}-${String(number).padStart(2, '0')}`,
        Account_Plan__c: `Account_Plan__c:${account.slug}`,
        Product__c: productKey(code),
        Business_Unit__c: unitAccountKey(account, unit),
        Status__c: 'Competitor Held',
        Competitor__c: account.plan.competitor,
        Note__c: `${account.plan.competitor} supplies it today; our open opportunity is pitching to replace them.`
    };
}

/** Annotations on cells that have no opportunity at all: competitor-held, not a fit, targeted. */
function annotatedWhitespace(account: AccountDef, pipeline: Pipeline, r: Random): SampleWhitespaceCell[] {
    const unitOf = new Map(pipeline.opportunities.map((o) => [o.record.key, o.unit ?? '']));
    const busy = new Set(
        pipeline.lines.map(
            (line) => `${unitOf.get(line.OpportunityId) ?? ''}|${productCodeOfKey(line.Product2Id)}`
        )
    );
    const planned = account.plan.plays
        .filter((p) => p.unit && p.product && !p.opportunity && OPEN_PLAY_STATUSES.includes(p.status))
        .map((p) => `${p.unit ?? ''}|${p.product ?? ''}`)
        .filter((id) => !busy.has(id));
    const open = r.shuffle(
        account.units
            .flatMap((u) => PRODUCTS.map((p) => `${u.slug}|${p.code}`))
            .filter((id) => !busy.has(id) && !planned.includes(id))
    );
    const mix = account.plan.whitespace;
    const statuses: string[] = [
        ...planned.map(() => 'Targeted'),
        ...Array<string>(Math.max(0, mix.targeted - planned.length)).fill('Targeted'),
        ...Array<string>(mix.competitorHeld).fill('Competitor Held'),
        ...Array<string>(mix.notAFit).fill('Not a Fit')
    ];
    const ids = [...planned, ...open];
    return statuses.map((status, index) => {
        const [unitSlug, code] = ids[index].split('|');
        const unit = account.units.find((u) => u.slug === unitSlug);
        if (!unit) {
            throw new Error(`${account.slug}: unknown unit ${unitSlug}`);
        }
        const product = productByCode(code);
        const potential = product.listPrice * r.int(1, product.maxQuantity);
        const competitor = index % 2 === 0 ? account.plan.competitor : r.pick(COMPETITORS);
        return {
            key: `Whitespace_Cell__c:${account.slug}-${String(index + 1).padStart(2, '0')}`,
            Account_Plan__c: `Account_Plan__c:${account.slug}`,
            Product__c: productKey(code),
            Business_Unit__c: unitAccountKey(account, unit),
            Status__c: status,
            Competitor__c: status === 'Competitor Held' ? competitor : undefined,
            Potential_Value__c: status === 'Not a Fit' ? undefined : potential,
            Note__c:
                status === 'Not a Fit'
                    ? NOT_A_FIT[product.family]
                    : status === 'Competitor Held'
                      ? `${competitor} is the incumbent; its contract comes up for renewal within the plan period.`
                      : 'Raised by the unit’s operations team; qualify in the next account review.'
        };
    });
}

function objectiveRecords(account: AccountDef): SamplePlanObjective[] {
    return account.plan.objectives.map((objective, index) => ({
        key: `Plan_Objective__c:${account.slug}-${index + 1}`,
        Name: objective.name,
        Account_Plan__c: `Account_Plan__c:${account.slug}`,
        Owner__c: userKey(objective.owner),
        Measure__c: objective.measure,
        Target__c: objective.target,
        Due_Date__c: objective.due,
        Status__c: objective.status,
        Sort_Order__c: index + 1
    }));
}

export function generatePlans(
    account: AccountDef,
    people: readonly Person[],
    pipeline: Pipeline,
    r: Random
): AccountPlans {
    const stakeholders = stakeholderRecords(account, people, r);
    return {
        plans: planRecords(account),
        objectives: objectiveRecords(account),
        stakeholders,
        relationships: relationshipRecords(account, stakeholders),
        plays: playRecords(account, people, pipeline),
        whitespace: whitespaceRecords(account, pipeline, r)
    };
}
