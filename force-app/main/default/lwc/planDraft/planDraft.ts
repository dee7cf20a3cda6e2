/**
 * The account plan as the user edits it: a copy of the loaded plan and objectives, what changed since they
 * were loaded, the server's messages per field, and the one request that saves it all.
 *
 * Every function returns a new draft and leaves its input untouched (components re-render on reassignment).
 * A failed save never touches the draft's values: the server's field errors are merged onto it, and after a
 * conflict `rebaseDraft` moves the user's edits onto the newest version instead of dropping them.
 * Pure module: no DOM, no platform imports.
 */

/** The plan fields a user edits (the properties of `Apex.PlanChanges`). */
export type PlanField = keyof Apex.PlanChanges;

/** The objective fields a user edits. */
export type ObjectiveField = 'name' | 'ownerId' | 'measure' | 'target' | 'dueDate' | 'status';

/** A value in the draft: text, ISO dates and picklist values as strings, scores and days as numbers. */
export type DraftValue = string | number | null;

/** How an input's raw value becomes a draft value. */
export type FieldKind = 'requiredText' | 'text' | 'requiredDate' | 'date' | 'picklist' | 'number';

/** `recordKey` of the plan in field errors and error maps (objectives use their own key). */
export const PLAN_KEY = 'plan';

/** Objective status that "complete" sets. */
export const OBJECTIVE_ACHIEVED = 'Achieved';

/** Status of a new objective. */
export const OBJECTIVE_NOT_STARTED = 'Not Started';

export const PLAN_FIELD_KINDS: Readonly<Record<PlanField, FieldKind>> = {
    name: 'requiredText',
    periodStart: 'requiredDate',
    periodEnd: 'requiredDate',
    scoreCurrentRevenue: 'number',
    scoreGrowthPotential: 'number',
    scoreStrategicFit: 'number',
    scoreCompetitivePosition: 'number',
    scoreRelationshipDepth: 'number',
    primaryCompetitor: 'text',
    competitivePosition: 'picklist',
    competitiveNotes: 'text',
    renewalDate: 'date',
    renewalRisk: 'picklist',
    renewalRiskReason: 'text',
    reviewCadenceDays: 'number',
    status: 'picklist'
};

export const OBJECTIVE_FIELD_KINDS: Readonly<Record<ObjectiveField, FieldKind>> = {
    name: 'requiredText',
    ownerId: 'picklist',
    measure: 'text',
    target: 'text',
    dueDate: 'date',
    status: 'picklist'
};

export const PLAN_FIELDS = Object.keys(PLAN_FIELD_KINDS) as PlanField[];
export const OBJECTIVE_FIELDS = Object.keys(OBJECTIVE_FIELD_KINDS) as ObjectiveField[];

/** Messages by field: keys made with `fieldKey`. */
export type FieldMessageMap = Readonly<Record<string, string>>;

export interface PlanDraft {
    planId: string;
    /** The version the values were loaded at; sent with the save. */
    version: number;
    /** What the server last returned, to tell what the user changed. */
    original: { plan: Apex.PlanChanges; objectives: readonly Apex.ObjectiveDto[] };
    plan: Apex.PlanChanges;
    /** In display order. */
    objectives: readonly Apex.ObjectiveDto[];
    deletedObjectiveIds: readonly string[];
    /** Messages the server returned for fields, until the user edits the field. */
    serverErrors: FieldMessageMap;
    /** Numbers the keys of objectives added in this draft. */
    nextNewKey: number;
}

/** The key of one field of one record in error maps: `plan:periodEnd`, `a02…:dueDate`. */
export function fieldKey(recordKey: string, field: string): string {
    return `${recordKey}:${field}`;
}

const isBlank = (value: unknown): boolean => value === null || value === undefined || value === '';

/** Whether two draft values are the same, blanks (null, undefined, '') being equal. */
export function sameValue(a: unknown, b: unknown): boolean {
    if (isBlank(a) || isBlank(b)) {
        return isBlank(a) && isBlank(b);
    }
    return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** The draft value of an input's raw value (`event.detail.value`) for a field of this kind. */
export function coerceValue(kind: FieldKind, raw: unknown): DraftValue {
    const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '';
    switch (kind) {
        case 'requiredText':
        case 'requiredDate':
            return text;
        case 'number':
            return text.trim() === '' ? null : Number(text);
        default:
            return text === '' ? null : text;
    }
}

function textOrNull(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
}
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The editable values of a plan as the server sent them (absent properties, which Apex leaves out, are null). */
export function planChangesOf(plan: Apex.PlanDto): Apex.PlanChanges {
    return {
        name: text(plan.name),
        periodStart: text(plan.periodStart),
        periodEnd: text(plan.periodEnd),
        scoreCurrentRevenue: numberOrNull(plan.scoreCurrentRevenue),
        scoreGrowthPotential: numberOrNull(plan.scoreGrowthPotential),
        scoreStrategicFit: numberOrNull(plan.scoreStrategicFit),
        scoreCompetitivePosition: numberOrNull(plan.scoreCompetitivePosition),
        scoreRelationshipDepth: numberOrNull(plan.scoreRelationshipDepth),
        primaryCompetitor: textOrNull(plan.primaryCompetitor),
        competitivePosition: textOrNull(plan.competitivePosition),
        competitiveNotes: textOrNull(plan.competitiveNotes),
        renewalDate: textOrNull(plan.renewalDate),
        renewalRisk: textOrNull(plan.renewalRisk),
        renewalRiskReason: textOrNull(plan.renewalRiskReason),
        reviewCadenceDays: numberOrNull(plan.reviewCadenceDays),
        status: textOrNull(plan.status)
    };
}

/** An objective as the server sent it, with absent properties as null. */
export function objectiveOf(objective: Apex.ObjectiveDto): Apex.ObjectiveDto {
    return {
        id: textOrNull(objective.id),
        key: text(objective.key) || text(objective.id),
        name: text(objective.name),
        ownerId: textOrNull(objective.ownerId),
        ownerName: textOrNull(objective.ownerName),
        measure: textOrNull(objective.measure),
        target: textOrNull(objective.target),
        dueDate: textOrNull(objective.dueDate),
        status: text(objective.status),
        sortOrder: typeof objective.sortOrder === 'number' ? objective.sortOrder : 0,
        isOverdue: objective.isOverdue ?? false
    };
}

/** A fresh draft of the workspace's plan; null when the workspace has no plan. */
export function draftFromWorkspace(workspace: Apex.PlanWorkspace): PlanDraft | null {
    const plan = workspace.plan;
    if (!plan) {
        return null;
    }
    const changes = planChangesOf(plan);
    const objectives = (workspace.objectives ?? []).map(objectiveOf);
    return {
        planId: plan.id,
        version: typeof plan.version === 'number' ? plan.version : 0,
        original: { plan: changes, objectives },
        plan: { ...changes },
        objectives: objectives.map((objective) => ({ ...objective })),
        deletedObjectiveIds: [],
        serverErrors: {},
        nextNewKey: 1
    };
}

function withoutKeys(map: FieldMessageMap, keys: readonly string[]): FieldMessageMap {
    if (!keys.some((key) => key in map)) {
        return map;
    }
    return Object.fromEntries(Object.entries(map).filter(([key]) => !keys.includes(key)));
}

/** Sets one plan field; the server's message for that field is dropped (the user acted on it). */
export function setPlanField(draft: PlanDraft, field: PlanField, value: DraftValue): PlanDraft {
    return {
        ...draft,
        plan: { ...draft.plan, [field]: value },
        serverErrors: withoutKeys(draft.serverErrors, [fieldKey(PLAN_KEY, field)])
    };
}

/** Sets one field of one objective (unknown keys change nothing). */
export function setObjectiveField(
    draft: PlanDraft,
    key: string,
    field: ObjectiveField,
    value: DraftValue
): PlanDraft {
    if (!draft.objectives.some((objective) => objective.key === key)) {
        return draft;
    }
    const objectives = draft.objectives.map((objective) => {
        return objective.key === key ? { ...objective, [field]: value } : objective;
    });
    return { ...draft, objectives, serverErrors: withoutKeys(draft.serverErrors, [fieldKey(key, field)]) };
}

/** Adds an empty objective at the end; returns the draft and the new objective's key. */
export function addObjective(
    draft: PlanDraft,
    defaults: { ownerId: string | null; ownerName: string | null }
): { draft: PlanDraft; key: string } {
    const key = `new-${draft.nextNewKey}`;
    const objective: Apex.ObjectiveDto = {
        id: null,
        key,
        name: '',
        ownerId: defaults.ownerId,
        ownerName: defaults.ownerName,
        measure: null,
        target: null,
        dueDate: null,
        status: OBJECTIVE_NOT_STARTED,
        sortOrder: draft.objectives.length + 1,
        isOverdue: false
    };
    return {
        draft: { ...draft, objectives: [...draft.objectives, objective], nextNewKey: draft.nextNewKey + 1 },
        key
    };
}

/** Removes an objective; a saved one is deleted by the next save. */
export function removeObjective(draft: PlanDraft, key: string): PlanDraft {
    const objective = draft.objectives.find((candidate) => candidate.key === key);
    if (!objective) {
        return draft;
    }
    const prefix = `${key}:`;
    const serverErrors = withoutKeys(
        draft.serverErrors,
        Object.keys(draft.serverErrors).filter((errorKey) => errorKey.startsWith(prefix))
    );
    return {
        ...draft,
        objectives: draft.objectives.filter((candidate) => candidate.key !== key),
        deletedObjectiveIds: objective.id
            ? [...draft.deletedObjectiveIds, objective.id]
            : draft.deletedObjectiveIds,
        serverErrors
    };
}

/** Moves an objective `delta` places (−1 up, +1 down); a move past either end changes nothing. */
export function moveObjective(draft: PlanDraft, key: string, delta: number): PlanDraft {
    const from = draft.objectives.findIndex((objective) => objective.key === key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= draft.objectives.length || delta === 0) {
        return draft;
    }
    const objectives = [...draft.objectives];
    const [moved] = objectives.splice(from, 1);
    objectives.splice(to, 0, moved);
    return { ...draft, objectives };
}

/** Position (1-based) of an objective, 0 when unknown. */
export function positionOf(draft: PlanDraft, key: string): number {
    return draft.objectives.findIndex((objective) => objective.key === key) + 1;
}

function objectiveChanged(objective: Apex.ObjectiveDto, original: Apex.ObjectiveDto | undefined): boolean {
    return !original || OBJECTIVE_FIELDS.some((field) => !sameValue(objective[field], original[field]));
}

/** The plan fields whose values differ from what was loaded. */
export function changedPlanFields(draft: PlanDraft): PlanField[] {
    return PLAN_FIELDS.filter((field) => !sameValue(draft.plan[field], draft.original.plan[field]));
}

/** Whether anything differs from what was loaded: a field, an objective, the order, a removal. */
export function isDirty(draft: PlanDraft | null | undefined): boolean {
    if (!draft) {
        return false;
    }
    if (changedPlanFields(draft).length > 0 || draft.deletedObjectiveIds.length > 0) {
        return true;
    }
    const originals = draft.original.objectives;
    if (draft.objectives.length !== originals.length) {
        return true;
    }
    return draft.objectives.some(
        (objective, index) =>
            objective.key !== originals[index]?.key || objectiveChanged(objective, originals[index])
    );
}

const trimmedOrNull = (value: string | null): string | null => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
};

/**
 * The one request that saves the draft: trimmed texts, the status only when the user changed it (null keeps
 * the stored one), objectives numbered in display order.
 */
export function saveRequest(draft: PlanDraft): Apex.PlanSaveRequest {
    const plan = draft.plan;
    return {
        planId: draft.planId,
        expectedVersion: draft.version,
        plan: {
            ...plan,
            name: plan.name.trim(),
            primaryCompetitor: trimmedOrNull(plan.primaryCompetitor),
            competitiveNotes: trimmedOrNull(plan.competitiveNotes),
            renewalRiskReason: trimmedOrNull(plan.renewalRiskReason),
            status: sameValue(plan.status, draft.original.plan.status) ? null : (plan.status ?? null)
        },
        objectives: draft.objectives.map((objective, index) => ({
            ...objective,
            name: objective.name.trim(),
            measure: trimmedOrNull(objective.measure),
            target: trimmedOrNull(objective.target),
            sortOrder: index + 1
        })),
        deletedObjectiveIds: [...draft.deletedObjectiveIds]
    };
}

/**
 * Puts the server's field errors on the draft (several messages for one field are joined); the values stay
 * exactly as the user left them.
 */
export function withServerErrors(
    draft: PlanDraft,
    fieldErrors: readonly Apex.FieldError[] | null | undefined
): PlanDraft {
    const serverErrors: Record<string, string> = {};
    for (const error of fieldErrors ?? []) {
        const key = fieldKey(error.recordKey || PLAN_KEY, error.field || '');
        serverErrors[key] = serverErrors[key] ? `${serverErrors[key]} ${error.message}` : error.message;
    }
    return { ...draft, serverErrors };
}

/**
 * The draft moved onto a newer version of the same plan (after a conflict, or after "Mark reviewed"): every
 * value the user changed is kept, everything else takes the newer value. Objectives the user changed but
 * someone else deleted come back as new ones; objectives someone else added are appended. A workspace of
 * another plan (or none) gives a fresh draft.
 */
export function rebaseDraft(draft: PlanDraft, workspace: Apex.PlanWorkspace): PlanDraft | null {
    const fresh = draftFromWorkspace(workspace);
    if (!fresh || fresh.planId !== draft.planId) {
        return fresh;
    }
    const plan = { ...fresh.plan };
    for (const field of changedPlanFields(draft)) {
        Object.assign(plan, { [field]: draft.plan[field] });
    }

    const freshById = new Map(fresh.objectives.map((objective) => [objective.id ?? '', objective]));
    const originalById = new Map(
        draft.original.objectives.map((objective) => [objective.id ?? '', objective])
    );
    let nextNewKey = draft.nextNewKey;
    const objectives: Apex.ObjectiveDto[] = [];
    for (const objective of draft.objectives) {
        const original = objective.id ? originalById.get(objective.id) : undefined;
        const newer = objective.id ? freshById.get(objective.id) : undefined;
        if (!objective.id) {
            objectives.push(objective);
        } else if (newer) {
            const merged: Apex.ObjectiveDto = { ...newer };
            for (const field of OBJECTIVE_FIELDS) {
                if (!sameValue(objective[field], original?.[field])) {
                    Object.assign(merged, { [field]: objective[field] });
                }
            }
            objectives.push(merged);
        } else if (objectiveChanged(objective, original)) {
            objectives.push({ ...objective, id: null, key: `new-${nextNewKey}`, isOverdue: false });
            nextNewKey += 1;
        }
    }
    const kept = new Set([...objectives.map((objective) => objective.id), ...draft.deletedObjectiveIds]);
    for (const objective of fresh.objectives) {
        if (!kept.has(objective.id)) {
            objectives.push(objective);
        }
    }
    return {
        ...fresh,
        plan,
        objectives,
        deletedObjectiveIds: draft.deletedObjectiveIds.filter((id) => freshById.has(id)),
        nextNewKey
    };
}

/** Detail of the `fieldchange` event a section sends when the user changes a field. */
export interface FieldChangeDetail {
    /** `plan` or an objective's key. */
    recordKey: string;
    field: string;
    value: DraftValue;
}
