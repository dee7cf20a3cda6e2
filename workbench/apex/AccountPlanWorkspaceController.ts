// The Apex declarations are ambient files (no module to import); every project that reaches this file needs them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/AccountPlanWorkspaceController.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PlanWorkspaceDtos.d.ts" />
/**
 * In-memory AccountPlanWorkspaceController: the account-plan workspace over the workbench's records, with the
 * same DTOs as the Apex class (types/apex). Thin on purpose — storage and queries only:
 * - formula fields (tier, tiering score, freshness, next review due, completeness, overdue) and roll-up counts
 *   are read from the records, where the store evaluates the deployed formulas;
 * - validation is what the platform does on a write: the store evaluates the deployed validation rules and
 *   throws the DML error, which becomes an `invalid` result at the DTO property of the record being written
 *   (the mapping below is the storage mapping, as in PlanFieldMap);
 * - the version check is an equality, and an update raises Version__c by one, as the trigger does;
 * - PlanSaveValidator's checks (required text, lengths, the one-Active-plan rule) are not repeated here: the
 *   browser checks the same fields, and Apex tests in an org cover the server.
 * Creating and rolling forward write what PlanCreationService / PlanRollForwardService write, without their
 * checks. The workbench runs as a key account manager who may do everything (access all true).
 */
import type getWorkspaceMethod from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import type createPlanMethod from '@salesforce/apex/AccountPlanWorkspaceController.createPlan';
import type savePlanMethod from '@salesforce/apex/AccountPlanWorkspaceController.savePlan';
import type markReviewedMethod from '@salesforce/apex/AccountPlanWorkspaceController.markReviewed';
import type archivePlanMethod from '@salesforce/apex/AccountPlanWorkspaceController.archivePlan';
import type rollForwardPlanMethod from '@salesforce/apex/AccountPlanWorkspaceController.rollForwardPlan';
import type { SObjectRecord } from '../../scripts/workbench/store/record-store';
import { accountWithDescendants, plansOf } from './support/account-plans';
import type { ApexContext, InMemoryApexMethod } from './support/context';
import { AuraHandledException, DmlException, KeystoneConflictException } from './support/exceptions';
import { choosePlan } from './support/plan-choice';

const PLAN = 'Account_Plan__c';
const OBJECTIVE = 'Plan_Objective__c';
const PLAN_KEY = 'plan';
const ARCHIVED = 'Archived';
const DRAFT = 'Draft';
const CLOSED_OBJECTIVE_STATUSES = new Set(['Achieved', 'Missed']);

/** PlanChanges property → Account_Plan__c field (the fields a save writes). */
const PLAN_FIELD_OF: Readonly<Record<keyof Apex.PlanChanges, string>> = {
    name: 'Name',
    periodStart: 'Period_Start__c',
    periodEnd: 'Period_End__c',
    scoreCurrentRevenue: 'Score_Current_Revenue__c',
    scoreGrowthPotential: 'Score_Growth_Potential__c',
    scoreStrategicFit: 'Score_Strategic_Fit__c',
    scoreCompetitivePosition: 'Score_Competitive_Position__c',
    scoreRelationshipDepth: 'Score_Relationship_Depth__c',
    primaryCompetitor: 'Primary_Competitor__c',
    competitivePosition: 'Competitive_Position__c',
    competitiveNotes: 'Competitive_Notes__c',
    renewalDate: 'Renewal_Date__c',
    renewalRisk: 'Renewal_Risk__c',
    renewalRiskReason: 'Renewal_Risk_Reason__c',
    reviewCadenceDays: 'Review_Cadence_Days__c',
    status: 'Status__c'
};

/** ObjectiveDto property → Plan_Objective__c field. */
const OBJECTIVE_FIELD_OF: Readonly<Record<string, string>> = {
    name: 'Name',
    ownerId: 'Owner__c',
    measure: 'Measure__c',
    target: 'Target__c',
    dueDate: 'Due_Date__c',
    status: 'Status__c',
    sortOrder: 'Sort_Order__c'
};

/** The fields a roll forward copies to the next plan. */
const CARRIED_PLAN_FIELDS = [
    'Score_Current_Revenue__c',
    'Score_Growth_Potential__c',
    'Score_Strategic_Fit__c',
    'Score_Competitive_Position__c',
    'Score_Relationship_Depth__c',
    'Primary_Competitor__c',
    'Competitive_Position__c',
    'Competitive_Notes__c',
    'Renewal_Date__c',
    'Renewal_Risk__c',
    'Renewal_Risk_Reason__c',
    'Review_Cadence_Days__c'
];

/** The stakeholder fields a roll forward copies (Reports_To__c is re-linked to the copies). */
const CARRIED_STAKEHOLDER_FIELDS = [
    'Contact__c',
    'Placeholder_Name__c',
    'Placeholder_Title__c',
    'Placeholder_Department__c',
    'Buying_Role__c',
    'Influence__c',
    'Stance__c',
    'Relationship_Strength__c',
    'Relationship_Owner__c',
    'Is_Executive__c',
    'Business_Unit__c',
    'Last_Engaged_Date__c',
    'Notes__c'
];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

// ---- dates (YYYY-MM-DD, as Apex Date arithmetic) ----

function parseDate(value: string): Date {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day));
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

function addDays(value: string, days: number): string {
    const date = parseDate(value);
    date.setUTCDate(date.getUTCDate() + days);
    return isoDate(date);
}

/** `Date.addMonths`: the same day months later, or the month's last day when it has fewer days. */
function addMonths(value: string, months: number): string {
    const date = parseDate(value);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return isoDate(target);
}

/** PlanRollForwardService.nextPeriod: from the day after the end, as long as the old period. */
function nextPeriod(start: string, end: string): [string, string] {
    const nextStart = addDays(end, 1);
    const from = parseDate(start);
    const to = parseDate(nextStart);
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
    if (months > 0 && addMonths(start, months) === nextStart) {
        return [nextStart, addDays(addMonths(nextStart, months), -1)];
    }
    const days = Math.round((parseDate(end).getTime() - from.getTime()) / 86_400_000);
    return [nextStart, addDays(nextStart, days)];
}

/** PlanCreationService.defaultName: the account name and the period's year(s), from a label. */
function defaultName(context: ApexContext, accountName: string, start: string, end: string): string {
    const period =
        start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
    return context
        .label('Keystone_Plan_Default_Name')
        .replace('{0}', accountName.trim())
        .replace('{1}', period)
        .slice(0, 80)
        .trim();
}

// ---- records → DTOs ----

function userName(context: ApexContext, userId: unknown): string | null {
    return textOrNull(context.store.get(text(userId))?.Name);
}

function planDto(context: ApexContext, plan: SObjectRecord): Apex.PlanDto {
    return {
        id: plan.Id,
        name: text(plan.Name),
        accountId: text(plan.Account__c),
        ownerId: text(plan.OwnerId),
        ownerName: userName(context, plan.OwnerId) ?? '',
        status: text(plan.Status__c),
        periodStart: text(plan.Period_Start__c),
        periodEnd: text(plan.Period_End__c),
        scoreCurrentRevenue: numberOrNull(plan.Score_Current_Revenue__c),
        scoreGrowthPotential: numberOrNull(plan.Score_Growth_Potential__c),
        scoreStrategicFit: numberOrNull(plan.Score_Strategic_Fit__c),
        scoreCompetitivePosition: numberOrNull(plan.Score_Competitive_Position__c),
        scoreRelationshipDepth: numberOrNull(plan.Score_Relationship_Depth__c),
        tieringScore: numberOrNull(plan.Tiering_Score__c),
        tier: textOrNull(plan.Tier__c),
        primaryCompetitor: textOrNull(plan.Primary_Competitor__c),
        competitivePosition: textOrNull(plan.Competitive_Position__c),
        competitiveNotes: textOrNull(plan.Competitive_Notes__c),
        renewalDate: textOrNull(plan.Renewal_Date__c),
        renewalRisk: textOrNull(plan.Renewal_Risk__c),
        renewalRiskReason: textOrNull(plan.Renewal_Risk_Reason__c),
        reviewCadenceDays: numberOrNull(plan.Review_Cadence_Days__c),
        lastReviewedDate: textOrNull(plan.Last_Reviewed_Date__c),
        lastReviewedByName: userName(context, plan.Last_Reviewed_By__c),
        nextReviewDue: textOrNull(plan.Next_Review_Due__c),
        freshness: textOrNull(plan.Freshness__c),
        completeness: numberOrNull(plan.Completeness__c),
        objectiveCount: count(plan.Objective_Count__c),
        stakeholderCount: count(plan.Stakeholder_Count__c),
        executiveCount: count(plan.Executive_Count__c),
        championCount: count(plan.Champion_Count__c),
        openPlayCount: count(plan.Open_Play_Count__c),
        version: count(plan.Version__c)
    };
}

function objectiveDto(context: ApexContext, objective: SObjectRecord): Apex.ObjectiveDto {
    return {
        id: objective.Id,
        key: objective.Id,
        name: text(objective.Name),
        ownerId: textOrNull(objective.Owner__c),
        ownerName: userName(context, objective.Owner__c),
        measure: textOrNull(objective.Measure__c),
        target: textOrNull(objective.Target__c),
        dueDate: textOrNull(objective.Due_Date__c),
        status: text(objective.Status__c),
        sortOrder: count(objective.Sort_Order__c),
        isOverdue: objective.Is_Overdue__c === true
    };
}

// ---- queries ----

function objectivesOf(context: ApexContext, planId: string): SObjectRecord[] {
    return context.store
        .query(OBJECTIVE, (objective) => objective.Account_Plan__c === planId)
        .sort(
            (a, b) =>
                count(a.Sort_Order__c) - count(b.Sort_Order__c) || text(a.Name).localeCompare(text(b.Name))
        );
}

function kpis(context: ApexContext, accountId: string): Apex.AccountKpis {
    const accountIds = new Set(accountWithDescendants(context, accountId));
    const wonFrom = addDays(addMonths(context.today, -12), 1);
    const opportunities = context.store.query('Opportunity', (opportunity) =>
        accountIds.has(text(opportunity.AccountId))
    );
    const amount = (rows: SObjectRecord[]): number => rows.reduce((sum, row) => sum + count(row.Amount), 0);
    const won = opportunities.filter(
        (o) => o.IsWon === true && text(o.CloseDate) >= wonFrom && text(o.CloseDate) <= context.today
    );
    const open = opportunities.filter((o) => o.IsClosed !== true);
    return {
        wonRevenueLast12Months: amount(won),
        openPipeline: amount(open),
        openOpportunityCount: open.length,
        accountCount: accountIds.size,
        currencyIsoCode: 'USD'
    };
}

function settings(context: ApexContext): Apex.WorkspaceSettings {
    const record = context.customMetadata('Keystone_Setting', 'Default');
    const value = (field: string): number => count(record[field]);
    return {
        defaultReviewCadenceDays: value('Default_Review_Cadence_Days__c'),
        freshnessGraceDays: value('Freshness_Grace_Days__c'),
        tier1Threshold: value('Tier_1_Threshold__c'),
        tier2Threshold: value('Tier_2_Threshold__c'),
        weightCurrentRevenue: value('Weight_Current_Revenue__c'),
        weightGrowthPotential: value('Weight_Growth_Potential__c'),
        weightStrategicFit: value('Weight_Strategic_Fit__c'),
        weightCompetitivePosition: value('Weight_Competitive_Position__c'),
        weightRelationshipDepth: value('Weight_Relationship_Depth__c')
    };
}

/** The plan owner, the running user and the objectives' owners, once each, by name. */
function ownerOptions(
    context: ApexContext,
    plan: SObjectRecord | undefined,
    objectives: SObjectRecord[]
): Apex.PicklistOption[] {
    const ids = new Set([text(plan?.OwnerId), context.userId, ...objectives.map((o) => text(o.Owner__c))]);
    ids.delete('');
    return [...ids]
        .map((id) => ({ value: id, label: userName(context, id) ?? id }))
        .sort((a, b) => a.label.localeCompare(b.label));
}

function load(context: ApexContext, accountId: string, planId: string | null): Apex.PlanWorkspace {
    const account = context.store.get(accountId);
    if (!account || account.attributes.type !== 'Account') {
        throw new AuraHandledException(context.label('Keystone_Error_Account_Not_Found'));
    }
    const plans = plansOf(context, accountId);
    const plan = choosePlan(plans, planId, context.today);
    const objectives = plan ? objectivesOf(context, plan.Id) : [];
    const picklist = (objectName: string, field: string): Apex.PicklistOption[] =>
        context.picklistValues(objectName, field).map(({ value, label }) => ({ value, label }));
    return {
        accountId,
        accountName: text(account.Name),
        plan: plan ? planDto(context, plan) : null,
        plans: plans.map((each) => ({
            id: each.Id,
            name: text(each.Name),
            status: text(each.Status__c),
            periodStart: text(each.Period_Start__c),
            periodEnd: text(each.Period_End__c)
        })),
        objectives: objectives.map((objective) => objectiveDto(context, objective)),
        kpis: kpis(context, accountId),
        settings: settings(context),
        access: { canCreatePlan: true, canEditPlan: true, canEditObjectives: true, canArchivePlan: true },
        picklists: {
            planStatus: picklist(PLAN, 'Status__c'),
            competitivePosition: picklist(PLAN, 'Competitive_Position__c'),
            renewalRisk: picklist(PLAN, 'Renewal_Risk__c'),
            objectiveStatus: picklist(OBJECTIVE, 'Status__c')
        },
        ownerOptions: ownerOptions(context, plan, objectives)
    };
}

// ---- writes: one savepoint per call, refusals as results ----

const saved = (workspace: Apex.PlanWorkspace): Apex.PlanSaveResult => ({
    status: 'saved',
    message: null,
    fieldErrors: [],
    workspace
});

const refused = (
    status: string,
    message: string | null,
    fieldErrors: Apex.FieldError[] = []
): Apex.PlanSaveResult => ({
    status,
    message,
    fieldErrors,
    workspace: null
});

/** Raised before anything is written when the plan is gone or was saved by someone else. */
class Refusal extends Error {
    constructor(readonly result: Apex.PlanSaveResult) {
        super(result.message ?? result.status);
    }
}

/** The record a write is for, so that its DML errors come back at that record's DTO properties. */
interface WriteTarget {
    recordKey: string;
    fieldOf: Readonly<Record<string, string>>;
}

class WriteFailure extends Error {
    constructor(
        readonly target: WriteTarget,
        readonly dml: DmlException
    ) {
        super(dml.message);
    }
}

function writing<T>(target: WriteTarget, write: () => T): T {
    try {
        return write();
    } catch (error) {
        throw error instanceof DmlException ? new WriteFailure(target, error) : error;
    }
}

/** A DML error as field errors at the DTO properties (PlanSaveErrorMapper's job in Apex). */
function invalid(failure: WriteFailure): Apex.PlanSaveResult {
    const propertyOf = new Map(
        Object.entries(failure.target.fieldOf).map(([property, field]) => [field, property])
    );
    const fieldErrors: Apex.FieldError[] = [];
    const general: string[] = [...failure.dml.pageErrors];
    for (const [field, messages] of Object.entries(failure.dml.fieldErrors)) {
        const property = propertyOf.get(field);
        for (const message of messages) {
            if (property) {
                fieldErrors.push({ recordKey: failure.target.recordKey, field: property, message });
            } else {
                general.push(message);
            }
        }
    }
    return refused('invalid', general.length > 0 ? general.join(' ') : null, fieldErrors);
}

/** The plan to change, checked as AccountPlanService.assertCurrentVersion does (a simple equality). */
function planForChange(context: ApexContext, planId: string, expectedVersion: number): SObjectRecord {
    const plan = context.store.get(planId);
    if (!plan || plan.attributes.type !== PLAN) {
        throw new Refusal(refused('notFound', context.label('Keystone_Error_Plan_Not_Found')));
    }
    if (count(plan.Version__c) !== expectedVersion) {
        throw new Refusal(refused('conflict', context.label('Keystone_Error_Plan_Version_Conflict')));
    }
    return plan;
}

/** Updates the plan and raises its version by one, as the trigger does on every update. */
function updatePlan(context: ApexContext, plan: SObjectRecord, fields: Record<string, unknown>): void {
    const current = context.store.get(plan.Id);
    writing({ recordKey: PLAN_KEY, fieldOf: PLAN_FIELD_OF }, () =>
        context.store.update(plan.Id, { ...fields, Version__c: count(current?.Version__c) + 1 })
    );
}

/** Runs one change as Apex does: all or nothing, refusals and DML errors as results, never as exceptions. */
function change(context: ApexContext, work: () => Apex.PlanWorkspace): Apex.PlanSaveResult {
    const rollback = context.store.savepoint();
    try {
        return saved(work());
    } catch (error) {
        rollback();
        if (error instanceof Refusal) {
            return error.result;
        }
        if (error instanceof KeystoneConflictException) {
            return refused('conflict', error.message);
        }
        if (error instanceof WriteFailure) {
            return invalid(error);
        }
        if (error instanceof DmlException) {
            return invalid(new WriteFailure({ recordKey: PLAN_KEY, fieldOf: PLAN_FIELD_OF }, error));
        }
        throw error;
    }
}

// ---- the @AuraEnabled methods ----

export const getWorkspace: InMemoryApexMethod<typeof getWorkspaceMethod> = ({ accountId, planId }, context) =>
    load(context, accountId, planId);

export const createPlan: InMemoryApexMethod<typeof createPlanMethod> = ({ accountId }, context) =>
    change(context, () => {
        const account = context.store.get(accountId);
        if (!account) {
            throw new Refusal(refused('notFound', context.label('Keystone_Error_Account_Not_Found')));
        }
        const start = context.today;
        const end = addDays(addMonths(start, 12), -1);
        const plan = writing({ recordKey: PLAN_KEY, fieldOf: PLAN_FIELD_OF }, () =>
            context.store.insert(PLAN, {
                Name: defaultName(context, text(account.Name), start, end),
                Account__c: accountId,
                OwnerId: context.userId,
                Status__c: DRAFT,
                Period_Start__c: start,
                Period_End__c: end,
                Review_Cadence_Days__c: settings(context).defaultReviewCadenceDays,
                Version__c: 0
            })
        );
        return load(context, accountId, plan.Id);
    });

export const savePlan: InMemoryApexMethod<typeof savePlanMethod> = ({ request }, context) =>
    change(context, () => {
        const plan = planForChange(context, request.planId, request.expectedVersion);
        const fields: Record<string, unknown> = {};
        for (const [property, field] of Object.entries(PLAN_FIELD_OF)) {
            const value = request.plan[property as keyof Apex.PlanChanges];
            if (property !== 'status' || value) {
                fields[field] = value ?? null;
            }
        }
        updatePlan(context, plan, fields);
        const owned = new Set(objectivesOf(context, plan.Id).map((objective) => objective.Id));
        request.objectives.forEach((objective, index) => {
            const values: Record<string, unknown> = {};
            for (const [property, field] of Object.entries(OBJECTIVE_FIELD_OF)) {
                values[field] =
                    property === 'sortOrder'
                        ? index + 1
                        : (objective[property as keyof Apex.ObjectiveDto] ?? null);
            }
            const target = { recordKey: objective.key, fieldOf: OBJECTIVE_FIELD_OF };
            if (objective.id && owned.has(objective.id)) {
                writing(target, () => context.store.update(objective.id as string, values));
            } else {
                writing(target, () =>
                    context.store.insert(OBJECTIVE, { ...values, Account_Plan__c: plan.Id })
                );
            }
        });
        for (const id of request.deletedObjectiveIds) {
            if (owned.has(id)) {
                context.store.delete(id);
            }
        }
        return load(context, text(plan.Account__c), plan.Id);
    });

export const markReviewed: InMemoryApexMethod<typeof markReviewedMethod> = (
    { planId, expectedVersion },
    context
) =>
    change(context, () => {
        const plan = planForChange(context, planId, expectedVersion);
        updatePlan(context, plan, {
            Last_Reviewed_Date__c: context.today,
            Last_Reviewed_By__c: context.userId
        });
        return load(context, text(plan.Account__c), plan.Id);
    });

export const archivePlan: InMemoryApexMethod<typeof archivePlanMethod> = (
    { planId, expectedVersion },
    context
) =>
    change(context, () => {
        const plan = planForChange(context, planId, expectedVersion);
        updatePlan(context, plan, { Status__c: ARCHIVED });
        return load(context, text(plan.Account__c), plan.Id);
    });

export const rollForwardPlan: InMemoryApexMethod<typeof rollForwardPlanMethod> = (
    { planId, expectedVersion },
    context
) =>
    change(context, () => {
        const old = planForChange(context, planId, expectedVersion);
        const accountId = text(old.Account__c);
        const [start, end] = nextPeriod(text(old.Period_Start__c), text(old.Period_End__c));
        const carried = Object.fromEntries(CARRIED_PLAN_FIELDS.map((field) => [field, old[field] ?? null]));
        const next = writing({ recordKey: PLAN_KEY, fieldOf: PLAN_FIELD_OF }, () =>
            context.store.insert(PLAN, {
                ...carried,
                Name: defaultName(context, text(context.store.get(accountId)?.Name), start, end),
                Account__c: accountId,
                OwnerId: context.userId,
                Status__c: DRAFT,
                Period_Start__c: start,
                Period_End__c: end,
                Version__c: 0
            })
        );
        updatePlan(context, old, { Status__c: ARCHIVED });
        for (const objective of objectivesOf(context, old.Id)) {
            if (!CLOSED_OBJECTIVE_STATUSES.has(text(objective.Status__c))) {
                const due = text(objective.Due_Date__c);
                context.store.insert(OBJECTIVE, {
                    Account_Plan__c: next.Id,
                    Name: objective.Name,
                    Owner__c: objective.Owner__c ?? null,
                    Measure__c: objective.Measure__c ?? null,
                    Target__c: objective.Target__c ?? null,
                    Due_Date__c: due && due >= start ? due : null,
                    Status__c: 'Not Started',
                    Sort_Order__c: objective.Sort_Order__c ?? null
                });
            }
        }
        const people = context.store.query('Stakeholder__c', (person) => person.Account_Plan__c === old.Id);
        const copyOf = new Map<string, string>();
        for (const person of people) {
            const values = Object.fromEntries(
                CARRIED_STAKEHOLDER_FIELDS.map((field) => [field, person[field] ?? null])
            );
            copyOf.set(
                person.Id,
                context.store.insert('Stakeholder__c', { ...values, Account_Plan__c: next.Id }).Id
            );
        }
        for (const person of people) {
            const manager = copyOf.get(text(person.Reports_To__c));
            if (manager) {
                context.store.update(copyOf.get(person.Id) as string, { Reports_To__c: manager });
            }
        }
        for (const line of context.store.query(
            'Stakeholder_Relationship__c',
            (l) => l.Account_Plan__c === old.Id
        )) {
            const from = copyOf.get(text(line.From_Stakeholder__c));
            const to = copyOf.get(text(line.To_Stakeholder__c));
            if (from && to) {
                context.store.insert('Stakeholder_Relationship__c', {
                    Account_Plan__c: next.Id,
                    From_Stakeholder__c: from,
                    To_Stakeholder__c: to,
                    Type__c: line.Type__c ?? null,
                    Strength__c: line.Strength__c ?? null,
                    Notes__c: line.Notes__c ?? null
                });
            }
        }
        return load(context, accountId, next.Id);
    });
