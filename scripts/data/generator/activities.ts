/**
 * Activities of one key account: the steps of each play as Tasks (a mutual action plan), and a year of calls,
 * e-mails and meetings with the customer's people, more recent and frequent the stronger the relationship, so
 * that engagement recency is real. Sets each stakeholder's last engagement from those activities.
 */
import type { AccountDef } from './account-defs';
import { userKey } from './catalog';
import { addMinutes, dateTime, day, workday } from './dates';
import type { Person } from './people';
import { OPEN_PLAY_STATUSES, type AccountPlans } from './plans';
import type { Random } from './random';
import type { SampleEvent, SampleTask } from '../sample-data-model';

export interface AccountActivities {
    tasks: SampleTask[];
    events: SampleEvent[];
}

const CALLS = [
    'Call: quarterly check-in',
    'Call: renewal timeline',
    'Call: introduction',
    'Call: follow-up on the escalation',
    'Call: roadmap questions',
    'Email: sent the value review',
    'Email: shared a customer case study',
    'Email: meeting recap and next steps',
    'Email: sent the proposal'
];

const MEETINGS = [
    'Quarterly business review',
    'Executive briefing',
    'Site visit',
    'Solution workshop',
    'Roadmap session',
    'Steering committee',
    'Dinner with the account team'
];

const DURATIONS = [30, 60, 60, 90, 120];

/** Most recent engagement (days before the anchor date) and number of touches, by relationship strength. */
const ENGAGEMENT: Readonly<
    Record<number, { recent: readonly [number, number]; touches: readonly [number, number] }>
> = {
    5: { recent: [4, 14], touches: [4, 7] },
    4: { recent: [5, 30], touches: [3, 5] },
    3: { recent: [20, 75], touches: [2, 4] },
    2: { recent: [60, 160], touches: [1, 3] },
    1: { recent: [120, 300], touches: [0, 2] }
};

/** Completed work lies at least this many days back, so it stays in the past after the loaders' week shift. */
const PAST_MARGIN = 4;

class ActivityLog {
    readonly tasks: SampleTask[] = [];
    readonly events: SampleEvent[] = [];
    /** Latest past engagement per contact key (offset from the anchor date). */
    readonly lastEngaged = new Map<string, number>();

    constructor(
        private readonly account: AccountDef,
        private readonly r: Random
    ) {}

    private engaged(contact: string, offset: number): void {
        if (offset <= -PAST_MARGIN) {
            this.lastEngaged.set(contact, Math.max(this.lastEngaged.get(contact) ?? -100_000, offset));
        }
    }

    task(task: Omit<SampleTask, 'key'>, offset: number): void {
        this.tasks.push({
            key: `Task:${this.account.slug}-${String(this.tasks.length + 1).padStart(4, '0')}`,
            ...task
        });
        if (task.WhoId && task.Status === 'Completed') {
            this.engaged(task.WhoId, offset);
        }
    }

    touch(person: Person, offset: number, owner: string): void {
        const when = workday(offset);
        if (this.r.chance(0.6)) {
            this.task(
                {
                    Subject: this.r.pick(CALLS),
                    Status: 'Completed',
                    Priority: 'Normal',
                    ActivityDate: day(when),
                    WhoId: person.key,
                    WhatId: person.accountKey,
                    OwnerId: owner
                },
                when
            );
            return;
        }
        this.meeting(person, when, owner);
    }

    meeting(person: Person, offset: number, owner: string): void {
        const start = dateTime(offset, this.r.int(8, 15), this.r.pick([0, 30]));
        this.events.push({
            key: `Event:${this.account.slug}-${String(this.events.length + 1).padStart(4, '0')}`,
            Subject: this.r.pick(MEETINGS),
            StartDateTime: start,
            EndDateTime: addMinutes(start, this.r.pick(DURATIONS)),
            WhoId: person.key,
            WhatId: person.accountKey,
            OwnerId: owner,
            Location: person.city
        });
        this.engaged(person.key, offset);
    }
}

function playSteps(log: ActivityLog, plans: AccountPlans): void {
    for (const play of plans.plays) {
        const { def, record, contact } = play;
        const open = OPEN_PLAY_STATUSES.includes(def.status);
        const overdue = open && def.due < 0;
        const count = def.steps.length;
        def.steps.forEach((subject, index) => {
            const offset = workday(
                Math.round(def.start + ((index + 1) * (def.due - def.start)) / (count + 1))
            );
            let status: string;
            if (!open) {
                status = def.status === 'Cancelled' && offset > -PAST_MARGIN ? 'Deferred' : 'Completed';
            } else if (offset <= -PAST_MARGIN && !(overdue && index >= count - 2)) {
                status = 'Completed';
            } else {
                status = offset <= 0 ? 'In Progress' : 'Not Started';
            }
            log.task(
                {
                    Subject: subject,
                    Status: status,
                    Priority: def.type === 'Renewal' || def.type === 'Retention' ? 'High' : 'Normal',
                    ActivityDate: day(offset),
                    WhoId: contact.key,
                    WhatId: record.key,
                    OwnerId: record.Owner__c
                },
                offset
            );
        });
    }
}

export function generateActivities(
    account: AccountDef,
    people: readonly Person[],
    plans: AccountPlans,
    r: Random
): AccountActivities {
    const log = new ActivityLog(account, r);
    playSteps(log, plans);
    const mapped = new Set<string>();
    for (const { person, record } of plans.stakeholders) {
        if (!person) {
            continue;
        }
        mapped.add(person.key);
        const profile = ENGAGEMENT[record.Relationship_Strength__c];
        const touches = r.int(profile.touches[0], profile.touches[1]);
        let offset = -r.int(profile.recent[0], profile.recent[1]);
        for (let t = 0; t < touches && offset >= -360; t++) {
            log.touch(person, offset, r.chance(0.75) ? record.Relationship_Owner__c : userKey(account.kam));
            offset -= r.int(20, 75);
        }
        if (record.Relationship_Strength__c >= 3 && r.chance(0.3)) {
            log.meeting(person, workday(r.int(5, 30)), record.Relationship_Owner__c);
        }
    }
    for (const person of people) {
        if (!mapped.has(person.key) && r.chance(0.25)) {
            const touches = r.int(1, 2);
            for (let t = 0; t < touches; t++) {
                log.touch(
                    person,
                    -r.int(30, 360),
                    userKey(r.pick([account.kam, account.engineer, account.success]))
                );
            }
        }
    }
    for (const { person, record } of plans.stakeholders) {
        const last = person ? log.lastEngaged.get(person.key) : undefined;
        if (last !== undefined) {
            record.Last_Engaged_Date__c = day(last);
        }
    }
    return { tasks: log.tasks, events: log.events };
}
