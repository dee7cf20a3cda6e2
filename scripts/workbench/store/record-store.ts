/**
 * The workbench's records: every sample record by Id, with storage and queries only — no business rules.
 * Writes happen inside a transaction (one per Apex call), are all-or-nothing like an Apex request, and
 * are saved to `.workbench/state.json` when the transaction commits. What the platform itself evaluates
 * from metadata (formula fields, roll-up summaries, validation rules) comes from `PlatformRules`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlatformRules, RawRecords } from './platform-rules';

/** A record as Apex sees it: fields by API name, references as Ids. */
export type SObjectRecord = Record<string, unknown> & { Id: string; attributes: { type: string } };

/** What the state file holds. */
export interface StoreState {
    format: number;
    /** Where the records came from (shown by the workbench, used to tell a stale state file). */
    seed: { source: string; today: string };
    /** The user the workbench runs as. */
    userId: string;
    records: SObjectRecord[];
}

export const STATE_FORMAT = 1;

/** A write the store is about to make; a hook may refuse it by throwing (fault injection). */
export interface WriteOperation {
    kind: 'insert' | 'update' | 'delete';
    sobject: string;
    id?: string;
    fields?: Record<string, unknown>;
}

interface UndoStep {
    id: string;
    before: SObjectRecord | undefined;
}

interface Transaction {
    undo: UndoStep[];
    beforeWrite?: (operation: WriteOperation) => void;
}

/** Key prefixes of the Ids handed out to new records. */
const ID_PREFIXES: Readonly<Record<string, string>> = {
    User: '005',
    Account: '001',
    Contact: '003',
    Opportunity: '006',
    OpportunityLineItem: '00k',
    Product2: '01t',
    PricebookEntry: '01u',
    Task: '00T',
    Event: '00U',
    Account_Plan__c: 'a01',
    Plan_Objective__c: 'a02',
    Stakeholder__c: 'a03',
    Stakeholder_Relationship__c: 'a04',
    Play__c: 'a05',
    Whitespace_Cell__c: 'a06'
};

function copy(record: SObjectRecord): SObjectRecord {
    return structuredClone(record);
}

export class RecordStore {
    private readonly records = new Map<string, SObjectRecord>();
    private readonly bySObject = new Map<string, Set<string>>();
    private transactionState: Transaction | undefined;
    private readonly derived = new Map<string, SObjectRecord>();
    private derivedDay = '';
    private sequence = 0;
    private state: StoreState;

    /**
     * @param stateFile where committed changes are saved; undefined keeps everything in memory
     * @param seed the records to start from when there is no state file (and on reset)
     */
    private readonly raw: RawRecords = {
        get: (id) => this.records.get(id),
        query: (sobject, where) =>
            [...(this.bySObject.get(sobject) ?? [])]
                .map((id) => this.records.get(id) as SObjectRecord)
                .filter(where)
    };

    /**
     * @param stateFile where committed changes are saved; undefined keeps everything in memory
     * @param seed the records to start from when there is no state file (and on reset)
     * @param rules formula fields, roll-ups and validation rules from the metadata; none when undefined
     */
    constructor(
        private readonly stateFile: string | undefined,
        private readonly seed: () => StoreState,
        private readonly rules?: PlatformRules
    ) {
        this.state = this.readState() ?? this.seed();
        this.load(this.state);
    }

    /** The user the workbench runs as. */
    get userId(): string {
        return this.state.userId;
    }

    set userId(userId: string) {
        this.state.userId = userId;
        this.save();
    }

    get seedInfo(): StoreState['seed'] {
        return this.state.seed;
    }

    /** Every record of one object, in insertion order (copies: change them through `update`). */
    list(sobject: string): SObjectRecord[] {
        return [...(this.bySObject.get(sobject) ?? [])].map((id) =>
            this.read(this.records.get(id) as SObjectRecord)
        );
    }

    /** Records of one object that satisfy `where` (formula and roll-up fields included). */
    query(sobject: string, where: (record: Readonly<SObjectRecord>) => boolean): SObjectRecord[] {
        return this.list(sobject).filter(where);
    }

    /** One record by Id (a copy), or undefined. */
    get(id: string | null | undefined): SObjectRecord | undefined {
        const record = id ? this.records.get(id) : undefined;
        return record ? this.read(record) : undefined;
    }

    /** A copy of a stored record with the fields the platform computes (cached until a related write). */
    private read(record: SObjectRecord): SObjectRecord {
        if (!this.rules) {
            return copy(record);
        }
        const today = this.rules.today();
        if (today !== this.derivedDay) {
            this.derived.clear();
            this.derivedDay = today;
        }
        let derived = this.derived.get(record.Id);
        if (!derived) {
            derived = this.rules.derive(copy(record), this.raw);
            this.derived.set(record.Id, derived);
        }
        return copy(derived);
    }

    /**
     * Forgets computed fields that a write to `record` can change: its own, those of the records it looks
     * up (roll-ups) and those of the records that look it up (cross-object formulas).
     */
    private invalidate(record: SObjectRecord | undefined): void {
        if (!record || this.derived.size === 0) {
            return;
        }
        this.derived.delete(record.Id);
        for (const value of Object.values(record)) {
            if (typeof value === 'string' && this.derived.has(value)) {
                this.derived.delete(value);
            }
        }
        for (const [id, derived] of this.derived) {
            if (Object.values(derived).includes(record.Id)) {
                this.derived.delete(id);
            }
        }
    }

    /** How many records of one object there are. */
    count(sobject: string): number {
        return this.bySObject.get(sobject)?.size ?? 0;
    }

    insert(sobject: string, fields: Record<string, unknown>): SObjectRecord {
        this.beforeWrite({ kind: 'insert', sobject, fields });
        const prefix = ID_PREFIXES[sobject] ?? 'a0Z';
        const now = new Date().toISOString();
        // The first 15 characters must differ from every sample-data Id (prefix + 12 digits + AAA), as 15-character
        // Ids are unique in an org and formulas compare them (e.g. Reports_To_Self): created Ids count from 9….
        const id = `${prefix}9${String(++this.sequence).padStart(11, '0')}WBK`;
        const record: SObjectRecord = {
            ...structuredClone(fields),
            Id: id,
            attributes: { type: sobject },
            CreatedDate: now,
            CreatedById: this.state.userId,
            LastModifiedDate: now,
            LastModifiedById: this.state.userId
        };
        this.rules?.validate(record, undefined, this.raw);
        this.put(record, undefined);
        return this.read(record);
    }

    update(id: string, fields: Record<string, unknown>): SObjectRecord {
        const before = this.records.get(id);
        if (!before) {
            throw new Error(`update: no record ${id}`);
        }
        this.beforeWrite({ kind: 'update', sobject: before.attributes.type, id, fields });
        const record: SObjectRecord = {
            ...before,
            ...structuredClone(fields),
            Id: id,
            attributes: before.attributes,
            LastModifiedDate: new Date().toISOString(),
            LastModifiedById: this.state.userId
        };
        this.rules?.validate(record, before, this.raw);
        this.put(record, before);
        return this.read(record);
    }

    delete(id: string): void {
        const before = this.records.get(id);
        if (!before) {
            throw new Error(`delete: no record ${id}`);
        }
        this.beforeWrite({ kind: 'delete', sobject: before.attributes.type, id });
        this.remember(id, before);
        this.invalidate(before);
        this.records.delete(id);
        this.bySObject.get(before.attributes.type)?.delete(id);
    }

    /**
     * Runs `work` as one all-or-nothing unit, like an Apex request: if it throws, every write it made is
     * undone. Committed writes are saved to the state file.
     */
    async transaction<T>(
        work: () => T | Promise<T>,
        beforeWrite?: (operation: WriteOperation) => void
    ): Promise<T> {
        if (this.transactionState) {
            throw new Error('transactions do not nest');
        }
        const transaction: Transaction = { undo: [], beforeWrite };
        this.transactionState = transaction;
        try {
            const result = await work();
            if (transaction.undo.length > 0) {
                this.save();
            }
            return result;
        } catch (error) {
            for (const step of transaction.undo.reverse()) {
                this.restore(step);
            }
            throw error;
        } finally {
            this.transactionState = undefined;
        }
    }

    /**
     * `Database.setSavepoint()` inside the current call: returns the matching `Database.rollback(sp)`, which
     * undoes every write made since (for a controller that catches a failure and answers with a result).
     */
    savepoint(): () => void {
        const transaction = this.transactionState;
        if (!transaction) {
            throw new Error('a savepoint needs a transaction (an Apex call)');
        }
        const mark = transaction.undo.length;
        return () => {
            for (const step of transaction.undo.splice(mark).reverse()) {
                this.restore(step);
            }
        };
    }

    /** Back to the seed data (and the default user); saved at once. */
    reset(): void {
        this.state = this.seed();
        this.load(this.state);
        this.save();
    }

    private beforeWrite(operation: WriteOperation): void {
        if (!this.transactionState) {
            throw new Error('records change only inside a transaction (an Apex call)');
        }
        this.transactionState.beforeWrite?.(operation);
    }

    private remember(id: string, before: SObjectRecord | undefined): void {
        this.transactionState?.undo.push({ id, before });
    }

    private put(record: SObjectRecord, before: SObjectRecord | undefined): void {
        this.remember(record.Id, before);
        this.invalidate(before);
        this.invalidate(record);
        this.records.set(record.Id, record);
        let ids = this.bySObject.get(record.attributes.type);
        if (!ids) {
            ids = new Set();
            this.bySObject.set(record.attributes.type, ids);
        }
        ids.add(record.Id);
    }

    private restore(step: UndoStep): void {
        this.invalidate(this.records.get(step.id));
        this.invalidate(step.before);
        if (step.before) {
            this.records.set(step.id, step.before);
            this.bySObject.get(step.before.attributes.type)?.add(step.id);
        } else {
            const current = this.records.get(step.id);
            this.records.delete(step.id);
            if (current) {
                this.bySObject.get(current.attributes.type)?.delete(step.id);
            }
        }
    }

    private load(state: StoreState): void {
        this.derived.clear();
        this.records.clear();
        this.bySObject.clear();
        for (const record of state.records) {
            this.records.set(record.Id, record);
            let ids = this.bySObject.get(record.attributes.type);
            if (!ids) {
                ids = new Set();
                this.bySObject.set(record.attributes.type, ids);
            }
            ids.add(record.Id);
        }
        this.sequence = state.records
            .filter((r) => r.Id.endsWith('WBK'))
            .reduce((max, r) => Math.max(max, Number(r.Id.slice(4, 15))), 0);
    }

    private readState(): StoreState | undefined {
        if (!this.stateFile || !fs.existsSync(this.stateFile)) {
            return undefined;
        }
        try {
            const state = JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as StoreState;
            return state.format === STATE_FORMAT ? state : undefined;
        } catch {
            return undefined;
        }
    }

    private save(): void {
        if (!this.stateFile) {
            return;
        }
        this.state = { ...this.state, records: [...this.records.values()] };
        fs.mkdirSync(path.dirname(this.stateFile), { recursive: true });
        const tmp = `${this.stateFile}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(this.state));
        fs.renameSync(tmp, this.stateFile);
    }
}
