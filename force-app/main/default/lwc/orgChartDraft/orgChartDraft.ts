/**
 * What the user edits on the relationship map, as drafts that become one request each: a stakeholder (a
 * person on the map, new or existing), the promotion of a placeholder to a Contact, and an influence /
 * conflict / alliance line. Drafts keep the user's values through refusals; the server's messages are kept
 * per field until the user edits that field; after a conflict `rebase…` moves the edits onto the newest
 * version. Every function returns a new draft.
 * Pure module: no DOM, no platform imports.
 */
import { sameValue, type DraftValue, type FieldKind } from 'c/planDraft';

/** `recordKey` of something not saved yet (in field errors and drafts). */
export const NEW_KEY = 'new';

/** The stakeholder properties a user edits. */
export type StakeholderField =
    | 'placeholderName'
    | 'title'
    | 'department'
    | 'businessUnitId'
    | 'reportsToId'
    | 'buyingRole'
    | 'influence'
    | 'stance'
    | 'relationshipStrength'
    | 'relationshipOwnerId'
    | 'isExecutive'
    | 'lastEngagedDate'
    | 'notes';

export const STAKEHOLDER_FIELD_KINDS: Readonly<Record<StakeholderField, FieldKind | 'checkbox'>> = {
    placeholderName: 'requiredText',
    title: 'text',
    department: 'text',
    businessUnitId: 'picklist',
    reportsToId: 'picklist',
    buyingRole: 'picklist',
    influence: 'picklist',
    stance: 'picklist',
    relationshipStrength: 'number',
    relationshipOwnerId: 'picklist',
    isExecutive: 'checkbox',
    lastEngagedDate: 'date',
    notes: 'text'
};

export const STAKEHOLDER_FIELDS = Object.keys(STAKEHOLDER_FIELD_KINDS) as StakeholderField[];

/** The promotion properties a user edits. */
export type PromotionField = 'firstName' | 'lastName' | 'email' | 'accountId' | 'title' | 'department';
export const PROMOTION_FIELDS: readonly PromotionField[] = [
    'firstName',
    'lastName',
    'email',
    'accountId',
    'title',
    'department'
];
export const PROMOTION_FIELD_KINDS: Readonly<Record<PromotionField, FieldKind>> = {
    firstName: 'text',
    lastName: 'requiredText',
    email: 'text',
    accountId: 'picklist',
    title: 'text',
    department: 'text'
};

/** The line properties a user edits. */
export type LineField = 'toId' | 'type' | 'strength' | 'notes';
export const LINE_FIELDS: readonly LineField[] = ['toId', 'type', 'strength', 'notes'];
export const LINE_FIELD_KINDS: Readonly<Record<LineField, FieldKind>> = {
    toId: 'picklist',
    type: 'picklist',
    strength: 'picklist',
    notes: 'text'
};

/** Messages by request property. */
export type FieldMessages = Readonly<Record<string, string>>;

export interface Draft<R> {
    /** The stakeholder or line Id, or NEW_KEY. */
    readonly key: string;
    readonly request: R;
    /** The request as loaded, to tell what the user changed. */
    readonly original: R;
    /** Messages the server gave per field, until the user edits the field. */
    readonly serverErrors: FieldMessages;
}

export type StakeholderDraft = Draft<Apex.StakeholderSaveRequest> & {
    readonly isPlaceholder: boolean;
};
export type PromotionDraft = Draft<Apex.PromotePlaceholderRequest>;
export type LineDraft = Draft<Apex.RelationshipSaveRequest>;

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
/** A checkbox value (Apex leaves out a null Boolean). */
const flag = (value: boolean | null | undefined): boolean => value === true;

function draftOf<R>(key: string, request: R): Draft<R> {
    return { key, request, original: request, serverErrors: {} };
}

/** A draft of an existing person on the map (Apex leaves null properties out: they become null). */
export function stakeholderDraft(planId: string, node: Apex.StakeholderNode): StakeholderDraft {
    const request: Apex.StakeholderSaveRequest = {
        planId,
        id: node.id,
        expectedVersion: node.version,
        contactId: orNull(node.contactId),
        placeholderName: node.isPlaceholder ? orNull(node.name) : null,
        title: orNull(node.title),
        department: orNull(node.department),
        businessUnitId: orNull(node.businessUnitId),
        reportsToId: orNull(node.reportsToId),
        buyingRole: orNull(node.buyingRole),
        influence: orNull(node.influence),
        stance: orNull(node.stance),
        relationshipStrength: orNull(node.relationshipStrength),
        relationshipOwnerId: orNull(node.relationshipOwnerId),
        isExecutive: flag(node.isExecutive),
        lastEngagedDate: orNull(node.lastEngagedDate),
        notes: orNull(node.notes)
    };
    return { ...draftOf(node.id, request), isPlaceholder: flag(node.isPlaceholder) };
}

/** A draft of a new placeholder: someone not in the CRM yet, under `reportsToId` when given. */
export function placeholderDraft(
    planId: string,
    defaults: {
        reportsToId?: string | null;
        businessUnitId?: string | null;
        relationshipOwnerId?: string | null;
    }
): StakeholderDraft {
    const request: Apex.StakeholderSaveRequest = {
        planId,
        id: null,
        expectedVersion: null,
        contactId: null,
        placeholderName: '',
        title: null,
        department: null,
        businessUnitId: orNull(defaults.businessUnitId),
        reportsToId: orNull(defaults.reportsToId),
        buyingRole: null,
        influence: null,
        stance: null,
        relationshipStrength: null,
        relationshipOwnerId: orNull(defaults.relationshipOwnerId),
        isExecutive: false,
        lastEngagedDate: null,
        notes: null
    };
    return { ...draftOf(NEW_KEY, request), isPlaceholder: true };
}

/** A draft that turns a placeholder into a Contact: its name split into first and last name. */
export function promotionDraft(node: Apex.StakeholderNode, defaultAccountId: string): PromotionDraft {
    const name = (node.name ?? '').trim();
    const space = name.lastIndexOf(' ');
    const request: Apex.PromotePlaceholderRequest = {
        stakeholderId: node.id,
        expectedVersion: node.version,
        firstName: space > 0 ? name.slice(0, space).trim() : null,
        lastName: space > 0 ? name.slice(space + 1) : name,
        email: null,
        accountId: node.businessUnitId ?? defaultAccountId,
        title: orNull(node.title),
        department: orNull(node.department)
    };
    return draftOf(node.id, request);
}

/** A draft of a new line from `fromId`, or of an existing line. */
export function lineDraft(planId: string, fromId: string, line?: Apex.RelationshipLine): LineDraft {
    const request: Apex.RelationshipSaveRequest = line
        ? {
              planId,
              id: line.id,
              expectedVersion: line.version,
              fromId: line.fromId,
              toId: line.toId,
              type: line.type,
              strength: orNull(line.strength),
              notes: orNull(line.notes)
          }
        : {
              planId,
              id: null,
              expectedVersion: null,
              fromId,
              toId: '',
              type: 'Influences',
              strength: 'Moderate',
              notes: null
          };
    return draftOf(line?.id ?? NEW_KEY, request);
}

/** The draft with one property changed; the server's message at that property goes. */
export function setField<R, D extends Draft<R>>(
    draft: D,
    field: keyof R & string,
    value: DraftValue | boolean
): D {
    const serverErrors = Object.fromEntries(
        Object.entries(draft.serverErrors).filter(([key]) => key !== field)
    );
    return { ...draft, request: { ...draft.request, [field]: value }, serverErrors };
}

/** The properties the user changed since the draft was made. */
export function changedFields<R extends object>(draft: Draft<R>): string[] {
    const now = draft.request as Record<string, unknown>;
    const then = draft.original as Record<string, unknown>;
    return Object.keys(now).filter((field) => !sameValue(now[field], then[field]));
}

export function isChanged<R extends object>(draft: Draft<R> | null | undefined): boolean {
    return Boolean(draft) && changedFields(draft as Draft<R>).length > 0;
}

/** The draft with the server's field errors for it (those of other records are left out). */
export function withServerErrors<D extends Draft<unknown>>(draft: D, errors: readonly Apex.FieldError[]): D {
    const serverErrors: Record<string, string> = {};
    for (const error of errors) {
        if (error.recordKey === draft.key || error.recordKey === NEW_KEY) {
            serverErrors[error.field] ??= error.message;
        }
    }
    return { ...draft, serverErrors };
}

/**
 * After a conflict and a reload: the user's edits on top of the newest version. What the user did not change
 * takes the newest values; what they changed stays theirs.
 */
export function rebaseStakeholderDraft(
    draft: StakeholderDraft,
    node: Apex.StakeholderNode
): StakeholderDraft {
    const fresh = stakeholderDraft(draft.request.planId, node);
    const mine = draft.request as unknown as Record<string, unknown>;
    const request = { ...fresh.request } as unknown as Record<string, unknown>;
    for (const field of changedFields(draft)) {
        if (field !== 'expectedVersion' && field !== 'id') {
            request[field] = mine[field];
        }
    }
    return { ...fresh, request: request as unknown as Apex.StakeholderSaveRequest, original: fresh.request };
}

/** After a conflict and a reload: the same edits, sent against the newest version. */
export function rebaseVersion<D extends Draft<{ expectedVersion: number | null }>>(
    draft: D,
    version: number
): D {
    return {
        ...draft,
        request: { ...draft.request, expectedVersion: version },
        original: { ...draft.original, expectedVersion: version }
    };
}

/** The request to send: text trimmed, blanks as null (the placeholder name stays a string). */
export function requestOf<R extends object>(draft: Draft<R>): R {
    const request = { ...draft.request } as Record<string, unknown>;
    for (const [field, value] of Object.entries(request)) {
        if (typeof value === 'string') {
            const trimmed = value.trim();
            request[field] =
                trimmed === '' && field !== 'placeholderName' && field !== 'lastName' ? null : trimmed;
        }
    }
    return request as R;
}
