// The Apex declarations are ambient files (no module to import); every project that reaches this file needs them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/RelationshipMapController.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/RelationshipMapDtos.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PlanWorkspaceDtos.d.ts" />
/**
 * In-memory RelationshipMapController: the org chart / relationship map over the workbench's records, with the
 * same DTOs as the Apex class (types/apex). Thin on purpose — storage and queries only:
 * - scores are never computed here: the six stakeholder factors, Relationship_Score__c, the four plan depth
 *   factors and Relationship_Depth__c are formula fields, and roll-ups feed them; the store evaluates the
 *   deployed formulas, so a score read here is the score the org shows. This file only words the points
 *   (labels and details), as RelationshipScoringService does, reading the recency bucket from the points;
 * - the triggers' bookkeeping is mirrored as in the workspace: Version__c rises with each change made here,
 *   Relationship_Score_Snapshot__c takes the formula's value after each stakeholder write, Unique_Contact__c is
 *   plan + Contact;
 * - checks: a version that is not the stored one is a conflict; a manager who is not on the map or who would
 *   close a reporting loop, a Contact mapped twice, and a line from a person to themselves are field errors;
 *   every other refusal is a validation rule the store evaluates (DML error → field error at the property).
 *   StakeholderRequestValidator's remaining checks (lengths, picklist values, hierarchy) are not repeated: the
 *   browser checks the same fields, and Apex tests in an org cover the server.
 * The workbench runs as a key account manager who may do everything (access all true, unless archived).
 */
import type getRelationshipMapMethod from '@salesforce/apex/RelationshipMapController.getRelationshipMap';
import type saveStakeholderMethod from '@salesforce/apex/RelationshipMapController.saveStakeholder';
import type moveStakeholderMethod from '@salesforce/apex/RelationshipMapController.moveStakeholder';
import type addContactsMethod from '@salesforce/apex/RelationshipMapController.addContacts';
import type promotePlaceholderMethod from '@salesforce/apex/RelationshipMapController.promotePlaceholder';
import type removeStakeholderMethod from '@salesforce/apex/RelationshipMapController.removeStakeholder';
import type saveRelationshipMethod from '@salesforce/apex/RelationshipMapController.saveRelationship';
import type removeRelationshipMethod from '@salesforce/apex/RelationshipMapController.removeRelationship';
import type { SObjectRecord } from '../../scripts/workbench/store/record-store';
import type { ApexContext, InMemoryApexMethod } from './support/context';
import { AuraHandledException, DmlException, KeystoneConflictException } from './support/exceptions';
import { choosePlan, newestPeriodFirst } from './support/plan-choice';

const PLAN = 'Account_Plan__c';
const STAKEHOLDER = 'Stakeholder__c';
const LINE = 'Stakeholder_Relationship__c';
const NEW_KEY = 'new';
const CANDIDATE_LIMIT = 500;
const RECENT_POINTS = 25;

/** Request property → field, per object (the storage mapping, as in RelationshipMapSchema). */
const PROPERTY_OF_FIELD: Readonly<Record<string, string>> = {
    Contact__c: 'contactId',
    Placeholder_Name__c: 'placeholderName',
    Placeholder_Title__c: 'title',
    Placeholder_Department__c: 'department',
    Business_Unit__c: 'businessUnitId',
    Reports_To__c: 'reportsToId',
    Buying_Role__c: 'buyingRole',
    Influence__c: 'influence',
    Stance__c: 'stance',
    Relationship_Strength__c: 'relationshipStrength',
    Relationship_Owner__c: 'relationshipOwnerId',
    Is_Executive__c: 'isExecutive',
    Last_Engaged_Date__c: 'lastEngagedDate',
    Notes__c: 'notes',
    From_Stakeholder__c: 'fromId',
    To_Stakeholder__c: 'toId',
    Type__c: 'type',
    Strength__c: 'strength',
    Title: 'title',
    Department: 'department',
    ReportsToId: 'reportsToId',
    FirstName: 'firstName',
    LastName: 'lastName',
    Email: 'email',
    AccountId: 'accountId'
};

/** The most points of each factor formula, as their descriptions (and RelationshipScoringService) state. */
const MAX_POINTS: Readonly<Record<string, number>> = {
    strength: 35,
    recency: 25,
    stance: 20,
    influence: 10,
    executive: 5,
    buyingRole: 5,
    averageScore: 50,
    breadth: 30,
    executiveCoverage: 10,
    championCoverage: 10
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);
const blankToNull = (value: string | null | undefined): string | null =>
    value === null || value === undefined || value.trim() === '' ? null : value;

function format(template: string, ...values: (string | number)[]): string {
    return values.reduce<string>(
        (out, value, index) => out.split(`{${index}}`).join(String(value)),
        template
    );
}

function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---- records → DTOs ----

function factor(
    context: ApexContext,
    code: string,
    label: string,
    points: unknown,
    detail: string
): Apex.ScoreFactor {
    return {
        code,
        label: context.label(label),
        points: count(points),
        maxPoints: MAX_POINTS[code] ?? 0,
        detail
    };
}

function recencyDetail(context: ApexContext, stakeholder: SObjectRecord): string {
    const engaged = textOrNull(stakeholder.Last_Engaged_Date__c);
    if (!engaged) {
        return context.label('OrgChart_Score_Recency_Never');
    }
    const days = daysBetween(engaged, context.today);
    const settings = context.customMetadata('Keystone_Setting', 'Default');
    const points = count(stakeholder.Score_Recency_Points__c);
    if (days < 0) {
        return context.label('OrgChart_Score_Recency_Future');
    }
    if (points >= RECENT_POINTS) {
        return format(
            context.label('OrgChart_Score_Recency_Recent'),
            days,
            count(settings.Engagement_Recent_Days__c)
        );
    }
    if (points > 0) {
        return format(
            context.label('OrgChart_Score_Recency_Aging'),
            days,
            count(settings.Engagement_Recent_Days__c)
        );
    }
    return format(
        context.label('OrgChart_Score_Recency_Stale'),
        days,
        count(settings.Engagement_Stale_Days__c)
    );
}

function scoreFactors(context: ApexContext, s: SObjectRecord): Apex.ScoreFactor[] {
    const valueOrNotAssessed = (value: unknown): string =>
        textOrNull(value) ?? context.label('OrgChart_Score_Not_Assessed');
    const strength = numberOrNull(s.Relationship_Strength__c);
    return [
        factor(
            context,
            'strength',
            'OrgChart_Score_Strength',
            s.Score_Strength_Points__c,
            strength === null
                ? context.label('OrgChart_Score_Not_Assessed')
                : format(context.label('OrgChart_Score_Strength_Detail'), strength)
        ),
        factor(
            context,
            'recency',
            'OrgChart_Score_Recency',
            s.Score_Recency_Points__c,
            recencyDetail(context, s)
        ),
        factor(
            context,
            'stance',
            'OrgChart_Score_Stance',
            s.Score_Stance_Points__c,
            valueOrNotAssessed(s.Stance__c)
        ),
        factor(
            context,
            'influence',
            'OrgChart_Score_Influence',
            s.Score_Influence_Points__c,
            valueOrNotAssessed(s.Influence__c)
        ),
        factor(
            context,
            'executive',
            'OrgChart_Score_Executive',
            s.Score_Executive_Points__c,
            context.label(
                s.Is_Executive__c === true ? 'OrgChart_Score_Executive_Yes' : 'OrgChart_Score_Executive_No'
            )
        ),
        factor(
            context,
            'buyingRole',
            'OrgChart_Score_Buying_Role',
            s.Score_Buying_Role_Points__c,
            valueOrNotAssessed(s.Buying_Role__c)
        )
    ];
}

function nodeOf(context: ApexContext, s: SObjectRecord): Apex.StakeholderNode {
    const contact = context.store.get(textOrNull(s.Contact__c));
    const unit = context.store.get(textOrNull(s.Business_Unit__c) ?? textOrNull(contact?.AccountId));
    return {
        id: s.Id,
        contactId: contact ? contact.Id : null,
        isPlaceholder: !contact,
        name: text(s.Display_Name__c),
        title: contact ? textOrNull(contact.Title) : textOrNull(s.Placeholder_Title__c),
        department: contact ? textOrNull(contact.Department) : textOrNull(s.Placeholder_Department__c),
        businessUnitId: unit ? unit.Id : null,
        businessUnitName: unit ? textOrNull(unit.Name) : null,
        reportsToId: textOrNull(s.Reports_To__c),
        buyingRole: textOrNull(s.Buying_Role__c),
        influence: textOrNull(s.Influence__c),
        stance: textOrNull(s.Stance__c),
        relationshipStrength: numberOrNull(s.Relationship_Strength__c),
        relationshipOwnerId: textOrNull(s.Relationship_Owner__c),
        relationshipOwnerName: textOrNull(context.store.get(textOrNull(s.Relationship_Owner__c))?.Name),
        isExecutive: s.Is_Executive__c === true,
        lastEngagedDate: textOrNull(s.Last_Engaged_Date__c),
        notes: textOrNull(s.Notes__c),
        score: count(s.Relationship_Score__c),
        scoreFactors: scoreFactors(context, s),
        version: count(s.Version__c)
    };
}

function lineOf(line: SObjectRecord): Apex.RelationshipLine {
    return {
        id: line.Id,
        fromId: text(line.From_Stakeholder__c),
        toId: text(line.To_Stakeholder__c),
        type: text(line.Type__c),
        strength: textOrNull(line.Strength__c),
        notes: textOrNull(line.Notes__c),
        version: count(line.Version__c)
    };
}

function depthFactors(context: ApexContext, plan: SObjectRecord): Apex.ScoreFactor[] {
    const people = count(plan.Stakeholder_Count__c);
    const executives = count(plan.Executive_Count__c);
    const champions = count(plan.Champion_Count__c);
    const missing = context.label('OrgChart_Depth_Missing');
    return [
        factor(
            context,
            'averageScore',
            'OrgChart_Depth_Average',
            plan.Depth_Score_Points__c,
            people === 0
                ? context.label('OrgChart_Depth_None_Mapped')
                : format(
                      context.label('OrgChart_Depth_Average_Detail'),
                      Math.round(count(plan.Relationship_Score_Total__c) / people),
                      people
                  )
        ),
        factor(
            context,
            'breadth',
            'OrgChart_Depth_Breadth',
            plan.Depth_Breadth_Points__c,
            format(context.label('OrgChart_Depth_Breadth_Detail'), count(plan.Strong_Relationship_Count__c))
        ),
        factor(
            context,
            'executiveCoverage',
            'OrgChart_Depth_Executive',
            plan.Depth_Executive_Points__c,
            executives === 0 ? missing : format(context.label('OrgChart_Depth_Executive_Detail'), executives)
        ),
        factor(
            context,
            'championCoverage',
            'OrgChart_Depth_Champion',
            plan.Depth_Champion_Points__c,
            champions === 0 ? missing : format(context.label('OrgChart_Depth_Champion_Detail'), champions)
        )
    ];
}

function coverageGaps(context: ApexContext, plan: SObjectRecord): Apex.CoverageGap[] {
    const gaps: Apex.CoverageGap[] = [];
    if (count(plan.Executive_Count__c) === 0) {
        gaps.push({ code: 'noExecutive', message: context.label('OrgChart_Gap_No_Executive') });
    }
    if (count(plan.Champion_Count__c) === 0) {
        gaps.push({ code: 'noChampion', message: context.label('OrgChart_Gap_No_Champion') });
    }
    if (plan.Is_Single_Threaded__c === true) {
        const threshold = count(
            context.customMetadata('Keystone_Setting', 'Default').Single_Threaded_Threshold__c
        );
        gaps.push({
            code: 'singleThreaded',
            message: format(context.label('OrgChart_Gap_Single_Threaded'), threshold)
        });
    }
    return gaps;
}

// ---- queries ----

/** The account and its business units, five levels down (as AccountHierarchySelector). */
function accountWithDescendants(context: ApexContext, accountId: string): string[] {
    const ids = [accountId];
    let level = [accountId];
    for (let depth = 0; depth < 5 && level.length > 0; depth += 1) {
        const parents = new Set(level);
        level = context.store
            .query('Account', (account) => parents.has(text(account.ParentId)))
            .map((a) => a.Id);
        ids.push(...level);
    }
    return ids;
}

function plansOf(context: ApexContext, accountId: string): SObjectRecord[] {
    return context.store.query(PLAN, (plan) => plan.Account__c === accountId).sort(newestPeriodFirst);
}

function stakeholdersOf(context: ApexContext, planId: string): SObjectRecord[] {
    return context.store.query(STAKEHOLDER, (s) => s.Account_Plan__c === planId);
}

function linesOf(context: ApexContext, planId: string): SObjectRecord[] {
    return context.store.query(LINE, (l) => l.Account_Plan__c === planId);
}

/** The latest completed Task or past Event of a Contact (ActivitySelector), or null. */
function latestActivity(context: ApexContext, contactId: string): string | null {
    const dates = [
        ...context.store
            .query('Task', (t) => t.WhoId === contactId && t.Status === 'Completed')
            .map((t) => text(t.ActivityDate)),
        ...context.store
            .query('Event', (e) => e.WhoId === contactId)
            .map((e) => text(e.StartDateTime).slice(0, 10))
    ].filter((day) => day !== '' && day <= context.today);
    return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

function load(context: ApexContext, accountId: string, planId: string | null): Apex.RelationshipMap {
    const account = context.store.get(accountId);
    if (!account || account.attributes.type !== 'Account') {
        throw new AuraHandledException(context.label('Keystone_Error_Account_Not_Found'));
    }
    const accountIds = accountWithDescendants(context, accountId);
    const units = accountIds.map((id) => context.store.get(id)).filter((a): a is SObjectRecord => !!a);
    const businessUnits = [
        ...units.filter((a) => a.Id === accountId),
        ...units.filter((a) => a.Id !== accountId).sort((a, b) => text(a.Name).localeCompare(text(b.Name)))
    ].map((a) => ({ value: a.Id, label: text(a.Name) }));
    const picklist = (objectName: string, field: string): Apex.PicklistOption[] =>
        context.picklistValues(objectName, field).map(({ value, label }) => ({ value, label }));
    const plan = choosePlan(plansOf(context, accountId), planId, context.today);
    const canEdit = !!plan && plan.Status__c !== 'Archived';
    const people = plan ? stakeholdersOf(context, plan.Id) : [];
    const mapped = new Set(people.map((s) => text(s.Contact__c)));
    const unitIds = new Set(accountIds);
    const candidates = plan
        ? context.store
              .query('Contact', (c) => unitIds.has(text(c.AccountId)) && !mapped.has(c.Id))
              .sort(
                  (a, b) =>
                      text(a.LastName).localeCompare(text(b.LastName)) ||
                      text(a.FirstName).localeCompare(text(b.FirstName))
              )
        : [];
    const owners = new Set([
        text(plan?.OwnerId),
        context.userId,
        ...people.map((s) => text(s.Relationship_Owner__c))
    ]);
    owners.delete('');
    return {
        accountId,
        accountName: text(account.Name),
        planId: plan ? plan.Id : null,
        planName: plan ? text(plan.Name) : null,
        planStatus: plan ? text(plan.Status__c) : null,
        stakeholders: people.map((s) => nodeOf(context, s)),
        relationships: plan ? linesOf(context, plan.Id).map(lineOf) : [],
        coverageGaps: plan ? coverageGaps(context, plan) : [],
        relationshipDepth: plan ? count(plan.Relationship_Depth__c) : null,
        depthFactors: plan ? depthFactors(context, plan) : [],
        access: { canEdit, canEditContacts: canEdit, canCreateContacts: canEdit },
        picklists: {
            buyingRole: picklist(STAKEHOLDER, 'Buying_Role__c'),
            influence: picklist(STAKEHOLDER, 'Influence__c'),
            stance: picklist(STAKEHOLDER, 'Stance__c'),
            relationshipType: picklist(LINE, 'Type__c'),
            relationshipStrength: picklist(LINE, 'Strength__c')
        },
        businessUnits,
        ownerOptions: [...owners]
            .map((id) => ({ value: id, label: textOrNull(context.store.get(id)?.Name) ?? id }))
            .sort((a, b) => a.label.localeCompare(b.label)),
        candidateContacts: candidates.slice(0, CANDIDATE_LIMIT).map((c) => ({
            id: c.Id,
            name: [text(c.FirstName), text(c.LastName)].filter(Boolean).join(' '),
            title: textOrNull(c.Title),
            department: textOrNull(c.Department),
            accountId: textOrNull(c.AccountId),
            accountName: textOrNull(context.store.get(text(c.AccountId))?.Name),
            reportsToContactId: textOrNull(c.ReportsToId)
        })),
        candidateContactsTruncated: candidates.length > CANDIDATE_LIMIT,
        candidateLimit: CANDIDATE_LIMIT
    };
}

// ---- writes: one savepoint per call, refusals as results ----

function result(
    status: string,
    message: string | null,
    fieldErrors: Apex.FieldError[] = []
): Apex.RelationshipMapSaveResult {
    return {
        status,
        ok: status === 'saved',
        message,
        fieldErrors,
        stakeholders: [],
        relationships: [],
        removedStakeholderIds: [],
        removedRelationshipIds: [],
        updatedContactIds: [],
        relationshipDepth: null,
        depthFactors: [],
        coverageGaps: []
    };
}

/** Raised before anything is written: the answer is a refusal. */
class Refusal extends Error {
    constructor(readonly result: Apex.RelationshipMapSaveResult) {
        super(result.message ?? result.status);
    }
}

const refuse = (status: string, message: string | null, fieldErrors: Apex.FieldError[] = []): never => {
    throw new Refusal(result(status, message, fieldErrors));
};

/** What one change writes, for its answer. */
interface Change {
    plan: SObjectRecord;
    answer: Apex.RelationshipMapSaveResult;
    stakeholders: Set<string>;
    lines: Set<string>;
}

/** The plan to change: it exists, is not archived (RelationshipMapChange.start). */
function start(context: ApexContext, planId: string): Change {
    const plan = context.store.get(planId);
    if (!plan || plan.attributes.type !== PLAN) {
        return refuse('notFound', context.label('Keystone_Error_Plan_Not_Found'));
    }
    if (plan.Status__c === 'Archived') {
        return refuse('invalid', context.label('Keystone_Error_Plan_Archived'));
    }
    return { plan, answer: result('saved', null), stakeholders: new Set(), lines: new Set() };
}

/** A record of the plan at the version the user loaded, or a refusal. */
function locked(
    context: ApexContext,
    change: Change,
    id: string,
    expectedVersion: number | null,
    sobject: string
): SObjectRecord {
    const record = context.store.get(id);
    const isStakeholder = sobject === STAKEHOLDER;
    if (!record || record.attributes.type !== sobject || record.Account_Plan__c !== change.plan.Id) {
        return refuse(
            'notFound',
            context.label(
                isStakeholder
                    ? 'OrgChart_Error_Stakeholder_Not_Found'
                    : 'OrgChart_Error_Relationship_Not_Found'
            )
        );
    }
    if (expectedVersion === null || count(record.Version__c) !== expectedVersion) {
        return refuse(
            'conflict',
            context.label(
                isStakeholder ? 'OrgChart_Error_Stakeholder_Conflict' : 'OrgChart_Error_Relationship_Conflict'
            )
        );
    }
    return record;
}

function planOf(context: ApexContext, id: string, sobject: string): string {
    const record = context.store.get(id);
    if (!record || record.attributes.type !== sobject) {
        return refuse(
            'notFound',
            context.label(
                sobject === STAKEHOLDER
                    ? 'OrgChart_Error_Stakeholder_Not_Found'
                    : 'OrgChart_Error_Relationship_Not_Found'
            )
        );
    }
    return text(record.Account_Plan__c);
}

/** A manager on the map that does not close a loop (StakeholderRequestValidator.reportsTo), or a refusal. */
function manager(
    context: ApexContext,
    change: Change,
    key: string,
    stakeholderId: string | null,
    reportsToId: string | null
): string | null {
    if (!reportsToId) {
        return null;
    }
    const people = new Map(
        stakeholdersOf(context, change.plan.Id).map((s) => [s.Id, textOrNull(s.Reports_To__c)])
    );
    if (!people.has(reportsToId)) {
        return refuse('invalid', null, [
            { recordKey: key, field: 'reportsToId', message: context.label('OrgChart_Error_Not_On_Map') }
        ]);
    }
    const seen = new Set<string>();
    for (
        let current: string | null = reportsToId;
        current && !seen.has(current);
        current = people.get(current) ?? null
    ) {
        if (current === stakeholderId) {
            return refuse('invalid', null, [
                {
                    recordKey: key,
                    field: 'reportsToId',
                    message: context.label('Keystone_Error_Stakeholder_Reports_To_Loop')
                }
            ]);
        }
        seen.add(current);
    }
    return reportsToId;
}

/** Writes a stakeholder as the trigger completes it: key, version, stored score. */
function writeStakeholder(
    context: ApexContext,
    change: Change,
    id: string | null,
    fields: Record<string, unknown>
): string {
    const before = id ? context.store.get(id) : undefined;
    const contactId = 'Contact__c' in fields ? textOrNull(fields.Contact__c) : textOrNull(before?.Contact__c);
    const bookkeeping = {
        Unique_Contact__c: contactId ? `${change.plan.Id}${contactId}` : null,
        Version__c: before ? count(before.Version__c) + 1 : 0
    };
    const saved = before
        ? context.store.update(before.Id, { ...fields, ...bookkeeping })
        : context.store.insert(STAKEHOLDER, { ...fields, ...bookkeeping, Account_Plan__c: change.plan.Id });
    context.store.update(saved.Id, { Relationship_Score_Snapshot__c: count(saved.Relationship_Score__c) });
    change.stakeholders.add(saved.Id);
    return saved.Id;
}

/** Contact.ReportsToId follows a move (StakeholderContactWriter.followReportsTo). */
function followReportsTo(
    context: ApexContext,
    change: Change,
    contactId: string,
    newManagerId: string | null,
    oldManagerId: string | null
): void {
    const contact = context.store.get(contactId);
    const newManagerContact = textOrNull(context.store.get(newManagerId)?.Contact__c);
    const oldManagerContact = textOrNull(context.store.get(oldManagerId)?.Contact__c);
    if (!contact) {
        return;
    }
    if (newManagerContact && newManagerContact !== contactId) {
        if (contact.ReportsToId !== newManagerContact) {
            context.store.update(contactId, { ReportsToId: newManagerContact });
            change.answer.updatedContactIds.push(contactId);
        }
    } else if (contact.ReportsToId && contact.ReportsToId === oldManagerContact) {
        context.store.update(contactId, { ReportsToId: null });
        change.answer.updatedContactIds.push(contactId);
    }
}

function finish(context: ApexContext, change: Change): Apex.RelationshipMapSaveResult {
    const plan = context.store.get(change.plan.Id) as SObjectRecord;
    const stakeholders = [...change.stakeholders]
        .map((id) => context.store.get(id))
        .filter((s): s is SObjectRecord => !!s);
    const lines = [...change.lines].map((id) => context.store.get(id)).filter((l): l is SObjectRecord => !!l);
    return {
        ...change.answer,
        stakeholders: stakeholders.map((s) => nodeOf(context, s)),
        relationships: lines.map(lineOf),
        relationshipDepth: count(plan.Relationship_Depth__c),
        depthFactors: depthFactors(context, plan),
        coverageGaps: coverageGaps(context, plan)
    };
}

/** A DML error as field errors at the request properties (RelationshipMapErrorMapper's job in Apex). */
function invalid(key: string, error: DmlException): Apex.RelationshipMapSaveResult {
    const fieldErrors: Apex.FieldError[] = [];
    const general: string[] = [...error.pageErrors];
    for (const [field, messages] of Object.entries(error.fieldErrors)) {
        const property = PROPERTY_OF_FIELD[field];
        for (const message of messages) {
            if (property) {
                fieldErrors.push({ recordKey: key, field: property, message });
            } else {
                general.push(message);
            }
        }
    }
    return result('invalid', general.length > 0 ? general.join(' ') : null, fieldErrors);
}

/** Runs one change as Apex does: all or nothing, refusals and DML errors as results, never as exceptions. */
function change(
    context: ApexContext,
    key: string,
    work: () => Apex.RelationshipMapSaveResult
): Apex.RelationshipMapSaveResult {
    const rollback = context.store.savepoint();
    try {
        return work();
    } catch (error) {
        rollback();
        if (error instanceof Refusal) {
            return error.result;
        }
        if (error instanceof KeystoneConflictException) {
            return result('conflict', error.message);
        }
        if (error instanceof DmlException) {
            return invalid(key, error);
        }
        throw error;
    }
}

// ---- the @AuraEnabled methods ----

export const getRelationshipMap: InMemoryApexMethod<typeof getRelationshipMapMethod> = (
    { accountId, planId },
    context
) => load(context, accountId, planId);

export const saveStakeholder: InMemoryApexMethod<typeof saveStakeholderMethod> = ({ request }, context) => {
    const key = request.id ?? NEW_KEY;
    return change(context, key, () => {
        const plan = start(context, request.planId);
        const stored = request.id
            ? locked(context, plan, request.id, request.expectedVersion, STAKEHOLDER)
            : undefined;
        const contactId = stored ? textOrNull(stored.Contact__c) : textOrNull(request.contactId);
        if (
            !stored &&
            contactId &&
            stakeholdersOf(context, plan.plan.Id).some((s) => s.Contact__c === contactId)
        ) {
            refuse('invalid', null, [
                {
                    recordKey: key,
                    field: 'contactId',
                    message: context.label('Keystone_Error_Stakeholder_Duplicate_Contact')
                }
            ]);
        }
        const managerId = manager(context, plan, key, stored ? stored.Id : null, request.reportsToId);
        const fields: Record<string, unknown> = {
            Business_Unit__c:
                blankToNull(request.businessUnitId) ??
                (contactId ? (context.store.get(contactId)?.AccountId ?? null) : null),
            Reports_To__c: managerId,
            Buying_Role__c: blankToNull(request.buyingRole),
            Influence__c: blankToNull(request.influence),
            Stance__c: blankToNull(request.stance),
            Relationship_Strength__c: request.relationshipStrength,
            Relationship_Owner__c: blankToNull(request.relationshipOwnerId),
            Is_Executive__c: request.isExecutive,
            Last_Engaged_Date__c: blankToNull(request.lastEngagedDate),
            Notes__c: blankToNull(request.notes)
        };
        if (contactId) {
            const latest = latestActivity(context, contactId);
            if (latest && latest > text(fields.Last_Engaged_Date__c)) {
                fields.Last_Engaged_Date__c = latest;
            }
            const contact = context.store.get(contactId);
            if (
                contact &&
                (contact.Title !== blankToNull(request.title) ||
                    contact.Department !== blankToNull(request.department))
            ) {
                context.store.update(contactId, {
                    Title: blankToNull(request.title),
                    Department: blankToNull(request.department)
                });
                plan.answer.updatedContactIds.push(contactId);
            }
        } else {
            fields.Placeholder_Name__c = blankToNull(request.placeholderName);
            fields.Placeholder_Title__c = blankToNull(request.title);
            fields.Placeholder_Department__c = blankToNull(request.department);
        }
        if (!stored) {
            fields.Contact__c = contactId;
        }
        writeStakeholder(context, plan, stored ? stored.Id : null, fields);
        if (contactId && (!stored || textOrNull(stored.Reports_To__c) !== managerId)) {
            followReportsTo(
                context,
                plan,
                contactId,
                managerId,
                stored ? textOrNull(stored.Reports_To__c) : null
            );
        }
        return finish(context, plan);
    });
};

export const moveStakeholder: InMemoryApexMethod<typeof moveStakeholderMethod> = (
    { stakeholderId, expectedVersion, reportsToId },
    context
) =>
    change(context, stakeholderId, () => {
        const plan = start(context, planOf(context, stakeholderId, STAKEHOLDER));
        const stored = locked(context, plan, stakeholderId, expectedVersion, STAKEHOLDER);
        const managerId = manager(context, plan, stakeholderId, stored.Id, reportsToId);
        const oldManagerId = textOrNull(stored.Reports_To__c);
        if (managerId !== oldManagerId) {
            writeStakeholder(context, plan, stored.Id, { Reports_To__c: managerId });
            const contactId = textOrNull(stored.Contact__c);
            if (contactId) {
                followReportsTo(context, plan, contactId, managerId, oldManagerId);
            }
        }
        plan.stakeholders.add(stored.Id);
        return finish(context, plan);
    });

export const addContacts: InMemoryApexMethod<typeof addContactsMethod> = ({ planId, contactIds }, context) =>
    change(context, NEW_KEY, () => {
        const plan = start(context, planId);
        if (contactIds.length === 0) {
            refuse('invalid', context.label('OrgChart_Error_No_Contacts_Chosen'));
        }
        const people = stakeholdersOf(context, plan.plan.Id);
        const stakeholderOfContact = new Map(people.map((s) => [text(s.Contact__c), s.Id]));
        const hierarchy = new Set(accountWithDescendants(context, text(plan.plan.Account__c)));
        const fieldErrors: Apex.FieldError[] = [];
        for (const contactId of contactIds) {
            const contact = context.store.get(contactId);
            if (
                !contact ||
                contact.attributes.type !== 'Contact' ||
                !hierarchy.has(text(contact.AccountId))
            ) {
                fieldErrors.push({
                    recordKey: contactId,
                    field: 'contactIds',
                    message: context.label('OrgChart_Error_Contact_Not_In_Hierarchy')
                });
            } else if (stakeholderOfContact.has(contactId)) {
                fieldErrors.push({
                    recordKey: contactId,
                    field: 'contactIds',
                    message: context.label('Keystone_Error_Stakeholder_Duplicate_Contact')
                });
            }
        }
        if (fieldErrors.length > 0) {
            refuse('invalid', null, fieldErrors);
        }
        const added = contactIds.map((contactId) => {
            const contact = context.store.get(contactId) as SObjectRecord;
            const id = writeStakeholder(context, plan, null, {
                Contact__c: contactId,
                Business_Unit__c: textOrNull(contact.AccountId),
                Reports_To__c: stakeholderOfContact.get(text(contact.ReportsToId)) ?? null,
                Last_Engaged_Date__c: latestActivity(context, contactId)
            });
            return { id, contact };
        });
        for (const { id, contact } of added) {
            stakeholderOfContact.set(contact.Id, id);
        }
        const addedIds = new Set(added.map((a) => a.id));
        const managerOf = (): Map<string, string | null> =>
            new Map(stakeholdersOf(context, plan.plan.Id).map((s) => [s.Id, textOrNull(s.Reports_To__c)]));
        const closesLoop = (id: string, managerId: string): boolean => {
            const lines = managerOf();
            const seen = new Set<string>();
            for (
                let current: string | null = managerId;
                current && !seen.has(current);
                current = lines.get(current) ?? null
            ) {
                if (current === id) {
                    return true;
                }
                seen.add(current);
            }
            return false;
        };
        const link = (id: string, managerId: string | undefined): void => {
            if (managerId && !closesLoop(id, managerId)) {
                writeStakeholder(context, plan, id, { Reports_To__c: managerId });
            }
        };
        for (const { id, contact } of added) {
            if (!textOrNull(context.store.get(id)?.Reports_To__c)) {
                link(id, stakeholderOfContact.get(text(contact.ReportsToId)));
            }
        }
        for (const person of people) {
            const managerId = stakeholderOfContact.get(
                text(context.store.get(text(person.Contact__c))?.ReportsToId)
            );
            if (!person.Reports_To__c && person.Contact__c && managerId && addedIds.has(managerId)) {
                link(person.Id, managerId);
            }
        }
        return finish(context, plan);
    });

export const promotePlaceholder: InMemoryApexMethod<typeof promotePlaceholderMethod> = (
    { request },
    context
) =>
    change(context, request.stakeholderId, () => {
        const plan = start(context, planOf(context, request.stakeholderId, STAKEHOLDER));
        const stored = locked(context, plan, request.stakeholderId, request.expectedVersion, STAKEHOLDER);
        if (stored.Contact__c) {
            refuse('invalid', context.label('OrgChart_Error_Not_A_Placeholder'));
        }
        const managerContact = textOrNull(context.store.get(textOrNull(stored.Reports_To__c))?.Contact__c);
        const contact = context.store.insert('Contact', {
            AccountId: request.accountId,
            FirstName: blankToNull(request.firstName),
            LastName: request.lastName,
            Email: blankToNull(request.email),
            Title: blankToNull(request.title),
            Department: blankToNull(request.department),
            ReportsToId: managerContact
        });
        writeStakeholder(context, plan, stored.Id, {
            Contact__c: contact.Id,
            Business_Unit__c: request.accountId,
            Placeholder_Name__c: null,
            Placeholder_Title__c: null,
            Placeholder_Department__c: null
        });
        plan.answer.updatedContactIds.push(contact.Id);
        for (const report of stakeholdersOf(context, plan.plan.Id).filter(
            (s) => s.Reports_To__c === stored.Id
        )) {
            const reportContact = context.store.get(textOrNull(report.Contact__c));
            if (reportContact && !reportContact.ReportsToId) {
                context.store.update(reportContact.Id, { ReportsToId: contact.Id });
                plan.answer.updatedContactIds.push(reportContact.Id);
            }
        }
        return finish(context, plan);
    });

export const removeStakeholder: InMemoryApexMethod<typeof removeStakeholderMethod> = (
    { stakeholderId, expectedVersion },
    context
) =>
    change(context, stakeholderId, () => {
        const plan = start(context, planOf(context, stakeholderId, STAKEHOLDER));
        const stored = locked(context, plan, stakeholderId, expectedVersion, STAKEHOLDER);
        for (const report of stakeholdersOf(context, plan.plan.Id).filter(
            (s) => s.Reports_To__c === stored.Id
        )) {
            writeStakeholder(context, plan, report.Id, { Reports_To__c: textOrNull(stored.Reports_To__c) });
        }
        for (const line of linesOf(context, plan.plan.Id).filter(
            (l) => l.From_Stakeholder__c === stored.Id || l.To_Stakeholder__c === stored.Id
        )) {
            context.store.delete(line.Id);
            plan.answer.removedRelationshipIds.push(line.Id);
        }
        context.store.delete(stored.Id);
        plan.answer.removedStakeholderIds.push(stored.Id);
        return finish(context, plan);
    });

export const saveRelationship: InMemoryApexMethod<typeof saveRelationshipMethod> = ({ request }, context) => {
    const key = request.id ?? NEW_KEY;
    return change(context, key, () => {
        const plan = start(context, request.planId);
        const stored = request.id
            ? locked(context, plan, request.id, request.expectedVersion, LINE)
            : undefined;
        const onMap = new Set(stakeholdersOf(context, plan.plan.Id).map((s) => s.Id));
        const fieldErrors: Apex.FieldError[] = [];
        for (const [field, value] of [
            ['fromId', request.fromId],
            ['toId', request.toId]
        ] as const) {
            if (!onMap.has(value)) {
                fieldErrors.push({
                    recordKey: key,
                    field,
                    message: context.label('OrgChart_Error_Not_On_Map')
                });
            }
        }
        if (fieldErrors.length === 0 && request.fromId === request.toId) {
            fieldErrors.push({
                recordKey: key,
                field: 'toId',
                message: context.label('OrgChart_Error_Same_Person')
            });
        }
        if (fieldErrors.length > 0) {
            refuse('invalid', null, fieldErrors);
        }
        const fields = {
            From_Stakeholder__c: request.fromId,
            To_Stakeholder__c: request.toId,
            Type__c: request.type,
            Strength__c: blankToNull(request.strength),
            Notes__c: blankToNull(request.notes)
        };
        const line = stored
            ? context.store.update(stored.Id, { ...fields, Version__c: count(stored.Version__c) + 1 })
            : context.store.insert(LINE, { ...fields, Account_Plan__c: plan.plan.Id, Version__c: 0 });
        plan.lines.add(line.Id);
        return finish(context, plan);
    });
};

export const removeRelationship: InMemoryApexMethod<typeof removeRelationshipMethod> = (
    { relationshipId, expectedVersion },
    context
) =>
    change(context, relationshipId, () => {
        const plan = start(context, planOf(context, relationshipId, LINE));
        const stored = locked(context, plan, relationshipId, expectedVersion, LINE);
        context.store.delete(stored.Id);
        plan.answer.removedRelationshipIds.push(stored.Id);
        return finish(context, plan);
    });
