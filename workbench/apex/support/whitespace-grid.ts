// The Apex declarations are ambient files (no module to import); every project that reaches this file needs them.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../types/apex/WhitespaceDtos.d.ts" />
/**
 * The whitespace grid's reads over the workbench's records, as WhitespaceGridService's selectors read them: the
 * hierarchy as columns, the catalogue as rows, line items of open and recently won opportunities summed per cell
 * (what the aggregate SOQL does), the opportunity list and the plan's cells. Storage and queries only: no cell is
 * classified here (the grid's pure module does that).
 */
import type { SObjectRecord } from '../../../scripts/workbench/store/record-store';
import { accountWithDescendants, choosePlan, HIERARCHY_DEPTH, plansOf } from './account-plans';
import type { ApexContext } from './context';

export const CELL = 'Whitespace_Cell__c';
export const ROW_SOURCE_FAMILY = 'Product Family';
const COLUMN_SOURCE_FIELD = 'Account Field';
/** As WhitespaceGridService / WhitespaceRowBuilder / WhitespaceColumnBuilder / WhitespaceFactBuilder. */
const WON_LOOKBACK_MONTHS = 36;
const MAX_ROWS = 200;
const MAX_COLUMNS = 100;
const MAX_OPPORTUNITIES = 500;
const MAX_IDS_PER_CELL = 10;
/** Play types offered from a cell (WhitespaceSchema.PLAY_TYPES). */
export const PLAY_TYPES = ['Cross-sell', 'Expansion'];

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
    typeof value === 'string' && value !== '' ? value : null;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const normalized = (value: string): string => value.trim().toLowerCase();

/** Rows and columns as the settings give them (the Apex falls back to child accounts for an unknown field). */
export interface GridSources {
    byFamily: boolean;
    columnField: string | null;
}

export function sources(context: ApexContext): GridSources {
    const settings = context.customMetadata('Keystone_Setting', 'Default');
    const field = textOrNull(settings.Whitespace_Column_Field__c);
    return {
        byFamily: settings.Whitespace_Row_Source__c === ROW_SOURCE_FAMILY,
        columnField:
            settings.Whitespace_Column_Source__c === COLUMN_SOURCE_FIELD && field ? field.trim() : null
    };
}

function addMonths(value: string, months: number): string {
    const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, lastDay));
    return target.toISOString().slice(0, 10);
}

/** Rows: products (key = Id) or families (key = first spelling seen), ordered by family then label. */
class Rows {
    readonly byKey = new Map<string, Apex.WhitespaceRow>();
    private readonly familyKeys = new Map<string, string>();
    truncated = false;

    constructor(readonly byFamily: boolean) {}

    product(product: SObjectRecord | undefined): string | null {
        if (!product) {
            return null;
        }
        if (!this.byKey.has(product.Id)) {
            this.byKey.set(product.Id, {
                key: product.Id,
                label: text(product.Name) || product.Id,
                family: textOrNull(product.Family),
                productId: product.Id,
                productCode: textOrNull(product.ProductCode)
            });
        }
        return product.Id;
    }

    family(family: unknown): string | null {
        const value = textOrNull(family)?.trim();
        if (!value) {
            return null;
        }
        let key = this.familyKeys.get(normalized(value));
        if (!key) {
            key = text(family);
            this.familyKeys.set(normalized(value), key);
            this.byKey.set(key, { key, label: value, family: value, productId: null, productCode: null });
        }
        return key;
    }

    /** The row of a product, added when new. */
    of(product: SObjectRecord | undefined): string | null {
        return this.byFamily ? this.family(product?.Family) : this.product(product);
    }

    /** The row of a product, without adding one. */
    find(product: SObjectRecord | undefined): string | null {
        if (this.byFamily) {
            const family = textOrNull(product?.Family);
            return family ? (this.familyKeys.get(normalized(family)) ?? null) : null;
        }
        return product && this.byKey.has(product.Id) ? product.Id : null;
    }

    list(): Apex.WhitespaceRow[] {
        const sortKey = (row: Apex.WhitespaceRow): string =>
            `${row.family === null ? '1' : `0${row.family.toLowerCase()}`}\n${row.label.toLowerCase()}\n${row.key}`;
        return [...this.byKey.values()].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    }
}

/** Columns: the key account and its child accounts, or the values of the column field. */
class Columns {
    readonly list: Apex.WhitespaceColumn[] = [];
    readonly keyByAccount = new Map<string, string>();
    private readonly valueKeys = new Map<string, string>();
    truncated = false;

    constructor(
        context: ApexContext,
        keyAccount: SObjectRecord,
        accounts: SObjectRecord[],
        private readonly field: string | null
    ) {
        const byLabel = (a: Apex.WhitespaceColumn, b: Apex.WhitespaceColumn): number =>
            a.label.toLowerCase() < b.label.toLowerCase()
                ? -1
                : a.label.toLowerCase() > b.label.toLowerCase()
                  ? 1
                  : 0;
        let candidates: Apex.WhitespaceColumn[];
        if (field === null) {
            this.list.push(column(keyAccount.Id, text(keyAccount.Name), keyAccount.Id, true));
            for (const account of accounts) {
                const top = columnAccountOf(context, account, keyAccount.Id);
                if (top) {
                    this.keyByAccount.set(account.Id, top);
                }
            }
            candidates = accounts
                .filter((account) => account.ParentId === keyAccount.Id)
                .map((account) => column(account.Id, text(account.Name), account.Id, false))
                .sort(byLabel);
        } else {
            candidates = [];
            for (const account of accounts) {
                const value = textOrNull(account[field])?.trim();
                if (!value) {
                    continue;
                }
                if (!this.valueKeys.has(normalized(value))) {
                    this.valueKeys.set(normalized(value), value);
                    candidates.push(column(value, value, null, false));
                }
                this.keyByAccount.set(account.Id, this.valueKeys.get(normalized(value)) as string);
            }
            candidates.sort(byLabel);
        }
        for (const candidate of candidates) {
            if (this.list.length >= MAX_COLUMNS) {
                this.truncated = true;
                break;
            }
            this.list.push(candidate);
        }
        const shown = new Set(this.list.map((c) => c.key));
        for (const [accountId, key] of this.keyByAccount) {
            if (!shown.has(key)) {
                this.keyByAccount.delete(accountId);
            }
        }
        for (const [value, key] of this.valueKeys) {
            if (!shown.has(key)) {
                this.valueKeys.delete(value);
            }
        }
        for (const each of this.list) {
            each.accountCount = [...this.keyByAccount.values()].filter((key) => key === each.key).length;
        }
    }

    /** The column of a stored cell, or null when it is on none of this grid's columns. */
    ofCell(cell: SObjectRecord): string | null {
        const unit = textOrNull(cell.Business_Unit__c);
        if (unit) {
            return this.field === null && this.list.some((c) => c.key === unit) ? unit : null;
        }
        const value = textOrNull(cell.Business_Unit_Value__c);
        return value ? (this.valueKeys.get(normalized(value)) ?? null) : null;
    }
}

function column(
    key: string,
    label: string,
    accountId: string | null,
    isKeyAccount: boolean
): Apex.WhitespaceColumn {
    return { key, label, accountId, isKeyAccount, accountCount: 0 };
}

/** The key account itself, or the child account of the key account above `account`. */
function columnAccountOf(context: ApexContext, account: SObjectRecord, keyAccountId: string): string | null {
    if (account.Id === keyAccountId) {
        return account.Id;
    }
    let current: SObjectRecord | undefined = account;
    for (let depth = 0; depth < HIERARCHY_DEPTH && current; depth += 1) {
        if (current.ParentId === keyAccountId) {
            return current.Id;
        }
        current = context.store.get(text(current.ParentId));
    }
    return null;
}

const cellKey = (rowKey: string, columnKey: string): string => `${rowKey}\n${columnKey}`;

/** Product2 ORDER BY Family NULLS LAST, Name. */
const catalogueOrder = (product: SObjectRecord): string =>
    `${textOrNull(product.Family) === null ? '1' : `0${text(product.Family)}`}\n${text(product.Name)}`;

/** The cell's row key and column key in the grid, or null when the cell is not on it. */
function placeOfCell(
    context: ApexContext,
    cell: SObjectRecord,
    rows: Rows,
    columns: Columns
): { rowKey: string; columnKey: string } | null {
    const product = textOrNull(cell.Product__c);
    let rowKey: string | null = null;
    if (rows.byFamily) {
        rowKey = product ? null : rows.family(cell.Product_Family__c);
    } else if (product) {
        rowKey = rows.of(context.store.get(product));
    }
    const columnKey = columns.ofCell(cell);
    return rowKey && columnKey ? { rowKey, columnKey } : null;
}

export function annotationOf(
    context: ApexContext,
    cell: SObjectRecord,
    rowKey: string,
    columnKey: string
): Apex.WhitespaceAnnotation {
    const opportunityId = textOrNull(cell.Opportunity__c);
    return {
        id: cell.Id,
        rowKey,
        columnKey,
        status: text(cell.Status__c),
        competitor: textOrNull(cell.Competitor__c),
        potentialValue: numberOrNull(cell.Potential_Value__c),
        note: textOrNull(cell.Note__c),
        opportunityId,
        opportunityName: opportunityId ? textOrNull(context.store.get(opportunityId)?.Name) : null,
        version: numberOrNull(cell.Version__c) ?? 0
    };
}

/** Line item total as the platform sets TotalPrice: quantity × sales price when not stored. */
function totalPrice(line: SObjectRecord): number {
    return (
        numberOrNull(line.TotalPrice) ??
        (numberOrNull(line.Quantity) ?? 1) * (numberOrNull(line.UnitPrice) ?? 0)
    );
}

/** getWhitespace: everything the grid shows for one key account. */
export function loadGrid(
    context: ApexContext,
    accountId: string,
    planId: string | null
): Apex.WhitespaceGrid | null {
    const keyAccount = context.store.get(accountId);
    if (!keyAccount || keyAccount.attributes.type !== 'Account') {
        return null;
    }
    const { byFamily, columnField } = sources(context);
    const accountIds = new Set(accountWithDescendants(context, accountId));
    const accounts = [...accountIds]
        .map((id) => context.store.get(id))
        .filter((a): a is SObjectRecord => !!a);
    const plan = choosePlan(plansOf(context, accountId), planId, context.today);
    const wonSince = addMonths(context.today, -WON_LOOKBACK_MONTHS);

    const rows = new Rows(byFamily);
    const products = new Map(context.store.list('Product2').map((product) => [product.Id, product]));
    const catalogue = [...products.values()]
        .filter((product) => product.IsActive === true && (!byFamily || !!textOrNull(product.Family)))
        .sort((a, b) => catalogueOrder(a).localeCompare(catalogueOrder(b)));
    const catalogueKeys = new Set<string>();
    for (const product of catalogue) {
        const key = byFamily ? normalized(text(product.Family)) : product.Id;
        if (!catalogueKeys.has(key) && catalogueKeys.size >= MAX_ROWS) {
            rows.truncated = true;
            continue;
        }
        catalogueKeys.add(key);
        rows.of(product);
    }
    const columns = new Columns(context, keyAccount, accounts, columnField);

    // The opportunities the aggregate reads: open, or won on or after wonSince, in the hierarchy.
    const counted = context.store
        .query(
            'Opportunity',
            (o) =>
                accountIds.has(text(o.AccountId)) &&
                (o.IsClosed !== true || (o.IsWon === true && text(o.CloseDate) >= wonSince))
        )
        .sort(
            (a, b) =>
                Number(a.IsClosed === true) - Number(b.IsClosed === true) ||
                text(b.CloseDate).localeCompare(text(a.CloseDate))
        );
    const countedIds = new Set(counted.map((o) => o.Id));
    const linesByOpportunity = new Map<string, SObjectRecord[]>();
    for (const line of context.store.query('OpportunityLineItem', (l) =>
        countedIds.has(text(l.OpportunityId))
    )) {
        const list = linesByOpportunity.get(text(line.OpportunityId)) ?? [];
        list.push(line);
        linesByOpportunity.set(text(line.OpportunityId), list);
    }

    // The aggregate: SUM(TotalPrice), COUNT_DISTINCT(OpportunityId), MIN/MAX(CloseDate) per cell and won/open.
    const facts = new Map<string, Apex.WhitespaceFact>();
    const countedInFact = new Map<string, Set<string>>();
    for (const opportunity of counted) {
        const columnKey = columns.keyByAccount.get(text(opportunity.AccountId));
        if (!columnKey) {
            continue;
        }
        for (const line of linesByOpportunity.get(opportunity.Id) ?? []) {
            const rowKey = rows.of(products.get(text(line.Product2Id)));
            if (!rowKey) {
                continue;
            }
            const key = cellKey(rowKey, columnKey);
            const fact = facts.get(key) ?? {
                rowKey,
                columnKey,
                wonAmount: 0,
                wonCount: 0,
                lastWonDate: null,
                openAmount: 0,
                openCount: 0,
                nextCloseDate: null,
                opportunityIds: []
            };
            facts.set(key, fact);
            const closeDate = text(opportunity.CloseDate);
            const seen = countedInFact.get(key) ?? new Set<string>();
            countedInFact.set(key, seen);
            const first = !seen.has(opportunity.Id);
            seen.add(opportunity.Id);
            if (opportunity.IsWon === true) {
                fact.wonAmount += totalPrice(line);
                fact.wonCount += first ? 1 : 0;
                fact.lastWonDate =
                    fact.lastWonDate && fact.lastWonDate > closeDate ? fact.lastWonDate : closeDate;
            } else {
                fact.openAmount += totalPrice(line);
                fact.openCount += first ? 1 : 0;
                fact.nextCloseDate =
                    fact.nextCloseDate && fact.nextCloseDate < closeDate ? fact.nextCloseDate : closeDate;
            }
        }
    }

    const cells = plan ? context.store.query(CELL, (cell) => cell.Account_Plan__c === plan.Id) : [];
    const annotations: Apex.WhitespaceAnnotation[] = [];
    for (const cell of cells) {
        const place = placeOfCell(context, cell, rows, columns);
        if (place) {
            annotations.push(annotationOf(context, cell, place.rowKey, place.columnKey));
        }
    }

    const toOpportunity = (record: SObjectRecord): Apex.WhitespaceOpportunity => {
        const rowKeys = [
            ...new Set(
                (linesByOpportunity.get(record.Id) ?? [])
                    .map((line) => rows.find(products.get(text(line.Product2Id))))
                    .filter((key): key is string => key !== null)
            )
        ];
        return {
            id: record.Id,
            name: text(record.Name),
            stageName: text(record.StageName),
            amount: numberOrNull(record.Amount),
            closeDate: text(record.CloseDate),
            isWon: record.IsWon === true,
            isClosed: record.IsClosed === true,
            accountId: text(record.AccountId),
            accountName: text(context.store.get(text(record.AccountId))?.Name),
            columnKey: columns.keyByAccount.get(text(record.AccountId)) ?? null,
            rowKeys
        };
    };
    const opportunities = counted.slice(0, MAX_OPPORTUNITIES).map(toOpportunity);
    const listed = new Set(opportunities.map((o) => o.id));
    for (const cell of cells) {
        const linked = context.store.get(text(cell.Opportunity__c));
        if (linked && !listed.has(linked.Id)) {
            listed.add(linked.Id);
            opportunities.push({ ...toOpportunity(linked), rowKeys: [] });
        }
    }
    for (const opportunity of opportunities) {
        for (const rowKey of opportunity.rowKeys) {
            const fact = opportunity.columnKey
                ? facts.get(cellKey(rowKey, opportunity.columnKey))
                : undefined;
            if (fact && fact.opportunityIds.length < MAX_IDS_PER_CELL) {
                fact.opportunityIds.push(opportunity.id);
            }
        }
    }

    const editable = !!plan && plan.Status__c !== 'Archived';
    const picklist = (objectName: string, field: string): Apex.PicklistOption[] =>
        context.picklistValues(objectName, field).map(({ value, label }) => ({ value, label }));
    return {
        accountId,
        accountName: text(keyAccount.Name),
        plan: plan
            ? {
                  id: plan.Id,
                  name: text(plan.Name),
                  status: text(plan.Status__c),
                  isReadOnly: plan.Status__c === 'Archived'
              }
            : null,
        rows: rows.list(),
        columns: columns.list,
        facts: [...facts.values()],
        annotations,
        opportunities,
        wonSince,
        settings: {
            rowSource: byFamily ? ROW_SOURCE_FAMILY : 'Product',
            columnSource: columnField ? COLUMN_SOURCE_FIELD : 'Child Accounts',
            columnField,
            columnFieldLabel: columnField
        },
        currencyCode: 'USD',
        access: { canEdit: editable, canCreateOpportunity: true, canCreatePlay: editable },
        picklists: {
            cellStatus: picklist(CELL, 'Status__c'),
            playType: PLAY_TYPES.flatMap((type) =>
                picklist('Play__c', 'Type__c').filter((option) => option.value === type)
            )
        },
        truncated: {
            rows: rows.truncated,
            columns: columns.truncated,
            facts: false,
            opportunities: counted.length > MAX_OPPORTUNITIES
        }
    };
}
