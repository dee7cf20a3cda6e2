/**
 * The customer's people: a reports-to hierarchy from the CEO through the C-suite, group VPs and unit
 * presidents down to managers and individual contributors, each placed in the unit (child account) they work in.
 */
import type { AccountDef, UnitDef } from './account-defs';
import { EXECUTIVES, FUNCTIONS, type FunctionId } from './functions';
import { emailPart, LOCALES, type Locale } from './names';
import type { Random } from './random';

export interface Person {
    key: string;
    /** Named position for hand-written references (`ceo`, `cio`, `automation:vp1`). */
    slot?: string;
    /** 0 CEO, 1 C-suite, 2 group VP or unit president, 3 unit VP, 4 director, 5 manager, 6 individual. */
    level: number;
    /** Unit slug; absent for people of the group itself. */
    unit?: string;
    accountKey: string;
    managerKey?: string;
    firstName: string;
    lastName: string;
    title: string;
    department: string;
    email: string;
    phone: string;
    city: string;
    country: string;
}

interface Place {
    unit?: UnitDef;
    accountKey: string;
    locale: Locale;
    areaCode: string;
    city: string;
    country: string;
}

export const accountKey = (slug: string): string => `Account:${slug}`;
export const unitAccountKey = (account: AccountDef, unit: UnitDef): string =>
    accountKey(`${account.slug}-${unit.slug}`);

class PeopleBuilder {
    readonly people: Person[] = [];
    private readonly names = new Set<string>();
    private readonly emails = new Set<string>();

    constructor(
        private readonly account: AccountDef,
        private readonly r: Random
    ) {}

    add(
        place: Place,
        level: number,
        title: string,
        department: string,
        manager?: Person,
        slot?: string
    ): Person {
        const locale = LOCALES[place.locale];
        let first = this.r.pick(locale.first);
        let last = this.r.pick(locale.last);
        while (this.names.has(`${first} ${last}`)) {
            first = this.r.pick(locale.first);
            last = this.r.pick(locale.last);
        }
        this.names.add(`${first} ${last}`);
        const local = `${emailPart(first)}.${emailPart(last)}`;
        let email = `${local}@${this.account.domain}`;
        for (let n = 2; this.emails.has(email); n++) {
            email = `${local}${n}@${this.account.domain}`;
        }
        this.emails.add(email);
        const person: Person = {
            key: `Contact:${this.account.slug}-${String(this.people.length + 1).padStart(3, '0')}`,
            slot,
            level,
            unit: place.unit?.slug,
            accountKey: place.accountKey,
            managerKey: manager?.key,
            firstName: first,
            lastName: last,
            title,
            department,
            email,
            phone: `${locale.countryCode} ${place.areaCode} 555 ${String(this.r.int(100, 9999)).padStart(4, '0')}`,
            city: place.city,
            country: place.country
        };
        this.people.push(person);
        return person;
    }

    /** Directors under a leader, managers under each director, individuals under each manager. */
    team(
        place: Place,
        leader: Person,
        fn: FunctionId,
        shape: {
            directors: readonly [number, number];
            managers: readonly [number, number];
            individuals: readonly [number, number];
        }
    ): void {
        const def = FUNCTIONS[fn];
        const directorTitles = this.r.shuffle(def.directors);
        const directorCount = this.r.int(shape.directors[0], shape.directors[1]);
        for (let d = 0; d < directorCount; d++) {
            const director = this.add(
                place,
                4,
                directorTitles[d % directorTitles.length],
                def.department,
                leader
            );
            const managerCount = this.r.int(shape.managers[0], shape.managers[1]);
            for (let m = 0; m < managerCount; m++) {
                const manager = this.add(place, 5, this.r.pick(def.managers), def.department, director);
                const individualCount = this.r.int(shape.individuals[0], shape.individuals[1]);
                for (let i = 0; i < individualCount; i++) {
                    this.add(place, 6, this.r.pick(def.individuals), def.department, manager);
                }
            }
        }
    }
}

/** Everyone at one key account, CEO first, in reports-to order (a manager always precedes their reports). */
export function generatePeople(account: AccountDef, r: Random): Person[] {
    const builder = new PeopleBuilder(account, r);
    const group: Place = {
        accountKey: accountKey(account.slug),
        locale: account.locale,
        areaCode: account.areaCode,
        city: account.city,
        country: account.country
    };
    const ceo = builder.add(group, 0, 'Chief Executive Officer', 'Executive Management', undefined, 'ceo');
    const bySlot = new Map<string, Person>([['ceo', ceo]]);
    for (const exec of EXECUTIVES.filter((e) => account.executives.includes(e.slot))) {
        bySlot.set(exec.slot, builder.add(group, 1, exec.title, exec.department, ceo, exec.slot));
    }
    for (const vp of account.groupVps) {
        const manager = bySlot.get(vp.reportsTo) ?? ceo;
        const person = builder.add(group, 2, vp.title, FUNCTIONS[vp.fn].department, manager, vp.slot);
        bySlot.set(vp.slot, person);
        builder.team(group, person, vp.fn, { directors: [1, 1], managers: [0, 1], individuals: [0, 1] });
    }
    for (const exec of EXECUTIVES.filter((e) => account.executives.includes(e.slot))) {
        const hasVp = account.groupVps.some((vp) => vp.reportsTo === exec.slot);
        const leader = bySlot.get(exec.slot);
        if (exec.fn && !hasVp && leader) {
            builder.team(group, leader, exec.fn, {
                directors: [0, 1],
                managers: [0, 1],
                individuals: [0, 0]
            });
        }
    }
    for (const unit of account.units) {
        const place: Place = {
            unit,
            accountKey: unitAccountKey(account, unit),
            locale: unit.locale,
            areaCode: unit.areaCode,
            city: unit.city,
            country: unit.country
        };
        const boss = bySlot.get('coo') ?? ceo;
        const president = builder.add(
            place,
            2,
            `President, ${unit.name}`,
            'Executive Management',
            boss,
            `${unit.slug}:president`
        );
        for (let v = 0; v < account.unitShape.vps; v++) {
            const fn = unit.functions[v];
            const vp = builder.add(
                place,
                3,
                FUNCTIONS[fn].vp,
                FUNCTIONS[fn].department,
                president,
                `${unit.slug}:vp${v + 1}`
            );
            builder.team(place, vp, fn, account.unitShape);
        }
    }
    return builder.people;
}
