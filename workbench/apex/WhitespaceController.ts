// The Apex declarations are ambient files (no module to import); every project that reaches this file needs them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/WhitespaceController.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/WhitespaceDtos.d.ts" />
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../types/apex/PlanWorkspaceDtos.d.ts" />
/**
 * In-memory WhitespaceController: the whitespace grid over the workbench's records, with the same DTOs as the Apex
 * class (types/apex). Thin on purpose — storage and queries only:
 * - the grid is read as the Apex selectors read it (support/whitespace-grid.ts); cells are never classified here;
 * - validation is what the platform does on a write: the store evaluates the deployed validation rules
 *   (Competitor_Required, Potential_Value_Negative, Due_Date_Before_Start, Estimated_Value_Negative, the archived
 *   lock) and throws the DML error, which becomes an `invalid` result at the request property of its field;
 * - the version check is an equality; an insert sets Version__c 0 and Unique_Cell__c, an update raises the
 *   version by one, as the Whitespace_Cell__c trigger does;
 * - the checks of the Apex services that the browser also makes before saving (picklist values, text lengths,
 *   required play name and type) are not repeated: Apex tests in an org cover the server.
 * The workbench runs as a key account manager who may do everything on a plan that is not archived.
 */
import type getWhitespaceMethod from '@salesforce/apex/WhitespaceController.getWhitespace';
import type saveCellMethod from '@salesforce/apex/WhitespaceController.saveCell';
import type clearCellMethod from '@salesforce/apex/WhitespaceController.clearCell';
import type linkOpportunityMethod from '@salesforce/apex/WhitespaceController.linkOpportunity';
import type createPlayMethod from '@salesforce/apex/WhitespaceController.createPlay';
import type { SObjectRecord } from '../../scripts/workbench/store/record-store';
import { accountWithDescendants } from './support/account-plans';
import type { ApexContext, InMemoryApexMethod } from './support/context';
import { AuraHandledException, DmlException, KeystoneConflictException } from './support/exceptions';
import { annotationOf, CELL, loadGrid, sources, text } from './support/whitespace-grid';

/** Whitespace_Cell__c field → request property (WhitespaceCellChangeService.PROPERTIES). */
const CELL_PROPERTY_OF: Readonly<Record<string, string>> = {
    Status__c: 'status',
    Competitor__c: 'competitor',
    Potential_Value__c: 'potentialValue',
    Note__c: 'note',
    Opportunity__c: 'opportunityId'
};
/** Play__c field → request property (WhitespacePlayService.PROPERTIES). */
const PLAY_PROPERTY_OF: Readonly<Record<string, string>> = {
    Name: 'name',
    Type__c: 'type',
    Estimated_Value__c: 'estimatedValue',
    Due_Date__c: 'dueDate',
    Opportunity__c: 'opportunityId'
};
const MAX_KEY_LENGTH = 100;

type CellResult = Apex.WhitespaceCellResult;

const result = (status: string, message: string | null, fieldErrors: Apex.FieldError[] = []): CellResult => ({
    ok: status === 'saved',
    status,
    message,
    fieldErrors,
    annotation: null,
    current: null
});

/** A change refused before anything is written. */
class Refusal extends Error {
    constructor(readonly result: CellResult) {
        super(result.message ?? result.status);
    }
}

const conflict = (context: ApexContext, current: Apex.WhitespaceAnnotation | null): CellResult => ({
    ...result('conflict', context.label('Whitespace_Error_Cell_Version_Conflict')),
    current
});

/** Runs one change as Apex does: all or nothing, refusals and DML errors as results, never as exceptions. */
function change(
    context: ApexContext,
    recordKey: string,
    propertyOf: Readonly<Record<string, string>>,
    work: () => CellResult
): CellResult {
    const rollback = context.store.savepoint();
    try {
        return work();
    } catch (error) {
        rollback();
        if (error instanceof Refusal) {
            return error.result;
        }
        if (error instanceof KeystoneConflictException) {
            return conflict(context, null);
        }
        if (error instanceof DmlException) {
            const fieldErrors: Apex.FieldError[] = [];
            const general = [...error.pageErrors];
            for (const [field, messages] of Object.entries(error.fieldErrors)) {
                const property = propertyOf[field];
                for (const message of messages) {
                    if (property) {
                        fieldErrors.push({ recordKey, field: property, message });
                    } else {
                        general.push(message);
                    }
                }
            }
            return result('invalid', general.length > 0 ? general.join(' ') : null, fieldErrors);
        }
        throw error;
    }
}

/** The plan a change is for, refused as the Apex refuses it (gone, archived). */
function planForChange(context: ApexContext, planId: string): SObjectRecord {
    const plan = context.store.get(planId);
    if (!plan || plan.attributes.type !== 'Account_Plan__c') {
        throw new Refusal(result('notFound', context.label('Keystone_Error_Plan_Not_Found')));
    }
    if (plan.Status__c === 'Archived') {
        throw new Refusal(result('invalid', context.label('Keystone_Error_Plan_Archived')));
    }
    return plan;
}

/** The cell fields of a place in the plan's grid (WhitespacePlace), refused when the keys are no cell of it. */
function placeOf(
    context: ApexContext,
    plan: SObjectRecord,
    rowKey: string,
    columnKey: string
): Record<string, string | null> {
    const { byFamily, columnField } = sources(context);
    const invalid = (): never => {
        throw new Refusal(result('invalid', context.label('Whitespace_Error_Invalid_Cell')));
    };
    const fits = (value: string): string => {
        const trimmed = value.trim();
        return trimmed && trimmed.length <= MAX_KEY_LENGTH ? trimmed : invalid();
    };
    const place: Record<string, string | null> = {
        Product__c: null,
        Product_Family__c: null,
        Business_Unit__c: null,
        Business_Unit_Value__c: null
    };
    if (byFamily) {
        place.Product_Family__c = fits(rowKey);
    } else {
        const product = context.store.get(rowKey);
        place.Product__c = product?.attributes.type === 'Product2' ? product.Id : invalid();
    }
    if (columnField) {
        place.Business_Unit_Value__c = fits(columnKey);
    } else {
        const account = context.store.get(columnKey);
        const isColumn =
            account?.attributes.type === 'Account' &&
            (account.Id === plan.Account__c || account.ParentId === plan.Account__c);
        place.Business_Unit__c = isColumn ? account.Id : invalid();
    }
    return place;
}

/** Unique_Cell__c as the trigger sets it: plan | row | column, text values trimmed and lower-cased. */
function uniqueCell(planId: string, place: Record<string, string | null>): string {
    const row = place.Product__c ?? (place.Product_Family__c ?? '').trim().toLowerCase();
    const column = place.Business_Unit__c ?? (place.Business_Unit_Value__c ?? '').trim().toLowerCase();
    return `${planId}|${row}|${column}`;
}

interface Target {
    plan: SObjectRecord;
    place: Record<string, string | null>;
    /** The stored cell, or undefined when the cell has no annotation yet. */
    cell: SObjectRecord | undefined;
}

/** The plan, the place and the version, checked as WhitespaceCellChangeService.locate does. */
function locate(
    context: ApexContext,
    request: {
        planId: string;
        rowKey: string;
        columnKey: string;
        cellId: string | null;
        expectedVersion: number | null;
    }
): Target {
    const plan = planForChange(context, request.planId);
    const place = placeOf(context, plan, request.rowKey, request.columnKey);
    const current = (cell: SObjectRecord): Apex.WhitespaceAnnotation =>
        annotationOf(context, cell, request.rowKey, request.columnKey);
    if (request.cellId) {
        const cell = context.store.get(request.cellId);
        if (!cell || cell.attributes.type !== CELL || cell.Account_Plan__c !== plan.Id) {
            throw new Refusal(conflict(context, null));
        }
        if (request.expectedVersion === null || Number(cell.Version__c ?? 0) !== request.expectedVersion) {
            throw new Refusal(conflict(context, current(cell)));
        }
        return { plan, place, cell };
    }
    const key = uniqueCell(plan.Id, place);
    const taken = context.store.query(CELL, (cell) => cell.Unique_Cell__c === key)[0];
    if (taken) {
        throw new Refusal(conflict(context, current(taken)));
    }
    return { plan, place, cell: undefined };
}

/** Writes the cell as the trigger would leave it, and answers with it as stored. */
function writeCell(
    context: ApexContext,
    target: Target,
    fields: Record<string, unknown>,
    keys: { rowKey: string; columnKey: string }
): CellResult {
    const saved = target.cell
        ? context.store.update(target.cell.Id, {
              ...fields,
              Version__c: Number(target.cell.Version__c ?? 0) + 1
          })
        : context.store.insert(CELL, {
              ...target.place,
              ...fields,
              Account_Plan__c: target.plan.Id,
              Unique_Cell__c: uniqueCell(target.plan.Id, target.place),
              Version__c: 0
          });
    return {
        ...result('saved', null),
        annotation: annotationOf(context, saved, keys.rowKey, keys.columnKey)
    };
}

const blankToNull = (value: string | null): string | null => (value && value.trim() ? value : null);

// ---- the @AuraEnabled methods ----

export const getWhitespace: InMemoryApexMethod<typeof getWhitespaceMethod> = (
    { accountId, planId },
    context
) => {
    const grid = loadGrid(context, accountId, planId);
    if (!grid) {
        throw new AuraHandledException(context.label('Keystone_Error_Account_Not_Found'));
    }
    return grid;
};

export const saveCell: InMemoryApexMethod<typeof saveCellMethod> = ({ request }, context) =>
    change(context, 'cell', CELL_PROPERTY_OF, () => {
        const target = locate(context, request);
        return writeCell(
            context,
            target,
            {
                Status__c: request.status,
                Competitor__c: blankToNull(request.competitor),
                Potential_Value__c: request.potentialValue,
                Note__c: blankToNull(request.note)
            },
            request
        );
    });

export const clearCell: InMemoryApexMethod<typeof clearCellMethod> = ({ cellId, expectedVersion }, context) =>
    change(context, 'cell', CELL_PROPERTY_OF, () => {
        const cell = context.store.get(cellId);
        if (!cell || cell.attributes.type !== CELL) {
            return result('notFound', context.label('Whitespace_Error_Cell_Not_Found'));
        }
        planForChange(context, text(cell.Account_Plan__c));
        if (Number(cell.Version__c ?? 0) !== expectedVersion) {
            const keys = {
                rowKey: text(cell.Product__c) || text(cell.Product_Family__c),
                columnKey: text(cell.Business_Unit__c) || text(cell.Business_Unit_Value__c)
            };
            return conflict(context, annotationOf(context, cell, keys.rowKey, keys.columnKey));
        }
        context.store.delete(cell.Id);
        return result('saved', null);
    });

export const linkOpportunity: InMemoryApexMethod<typeof linkOpportunityMethod> = ({ request }, context) =>
    change(context, 'cell', CELL_PROPERTY_OF, () => {
        const target = locate(context, request);
        const opportunityId = request.opportunityId || null;
        if (opportunityId) {
            const opportunity = context.store.get(opportunityId);
            const hierarchy = new Set(accountWithDescendants(context, text(target.plan.Account__c)));
            let problem: string | null = null;
            if (!opportunity || opportunity.attributes.type !== 'Opportunity') {
                problem = 'Whitespace_Error_Opportunity_Not_Found';
            } else if (opportunity.IsClosed === true) {
                problem = 'Whitespace_Error_Opportunity_Closed';
            } else if (!hierarchy.has(text(opportunity.AccountId))) {
                problem = 'Whitespace_Error_Opportunity_Outside_Account';
            }
            if (problem) {
                return result('invalid', null, [
                    { recordKey: 'cell', field: 'opportunityId', message: context.label(problem) }
                ]);
            }
        }
        if (!target.cell && !opportunityId) {
            return result('saved', null);
        }
        const fields: Record<string, unknown> = { Opportunity__c: opportunityId };
        if (!target.cell) {
            fields.Status__c = 'Targeted';
        }
        return writeCell(context, target, fields, request);
    });

export const createPlay: InMemoryApexMethod<typeof createPlayMethod> = ({ request }, context) => {
    let playId: string | null = null;
    const outcome = change(context, 'play', PLAY_PROPERTY_OF, () => {
        const plan = planForChange(context, request.planId);
        const place = placeOf(context, plan, request.rowKey, request.columnKey);
        const play = context.store.insert('Play__c', {
            Account_Plan__c: plan.Id,
            Name: (request.name ?? '').trim(),
            Type__c: request.type,
            Status__c: 'Planned',
            Owner__c: context.userId,
            Start_Date__c: context.today,
            Due_Date__c: request.dueDate || null,
            Estimated_Value__c: request.estimatedValue,
            Opportunity__c: request.opportunityId || null,
            Product__c: place.Product__c,
            Business_Unit__c: place.Business_Unit__c
        });
        playId = play.Id;
        return result('saved', null);
    });
    return {
        ok: outcome.ok,
        status: outcome.status,
        message: outcome.message,
        fieldErrors: outcome.fieldErrors,
        playId: outcome.ok ? playId : null
    };
};
