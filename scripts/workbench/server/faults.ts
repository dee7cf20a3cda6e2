/**
 * Fault injection, for tests and for trying error states by hand: latency on every call, the next call
 * failing with a server error, the next save failing with a validation error on a field, the next save
 * reporting that someone else saved first. Set from the page URL (`?wb-latency=800&wb-fault=server-error`,
 * `wb-fault=validation:Account_Plan__c.Renewal_Risk_Reason__c`, `wb-fault=conflict`), from the workbench
 * panel, or with `POST /workbench/faults`.
 */
import { projectObjects } from '../../../test/formulas/schemaSource';

export type SaveFault =
    | { kind: 'validation'; field: string; message: string }
    | { kind: 'conflict'; message: string };

export interface FaultState {
    latencyMs: number;
    /** The next Apex or UI API call fails with a server error. */
    failNextCall: boolean;
    /** The next call that writes records fails before its first write. */
    nextSave: SaveFault | null;
}

/** What a client may ask for: the validation field by name, messages filled in by the workbench. */
export interface FaultRequest {
    latencyMs?: number;
    failNextCall?: boolean;
    nextSave?: { kind: 'validation'; field: string; message?: string } | { kind: 'conflict' } | null;
}

const CONFLICT_LABEL = 'Keystone_Error_Plan_Version_Conflict';

/**
 * The message a validation error on `field` shows: the error message of the validation rule that reports
 * on that field in force-app, or a generic one.
 */
export function validationMessageFor(field: string): string {
    const [objectName, fieldName] = field.includes('.') ? field.split('.', 2) : [undefined, field];
    for (const info of projectObjects().values()) {
        if (objectName && info.name !== objectName) {
            continue;
        }
        for (const rule of info.rules.values()) {
            if (rule.active && rule.errorDisplayField === fieldName) {
                return rule.errorMessage;
            }
        }
    }
    return `Enter a valid value for ${fieldName ?? field}.`;
}

export class Faults {
    private state: FaultState = { latencyMs: 0, failNextCall: false, nextSave: null };

    constructor(private readonly label: (name: string) => string) {}

    get current(): FaultState {
        return { ...this.state };
    }

    set(request: FaultRequest): FaultState {
        if (request.latencyMs !== undefined) {
            this.state.latencyMs = Math.max(0, Math.min(30_000, Math.round(request.latencyMs || 0)));
        }
        if (request.failNextCall !== undefined) {
            this.state.failNextCall = request.failNextCall;
        }
        if (request.nextSave !== undefined) {
            this.state.nextSave = this.saveFault(request.nextSave);
        }
        return this.current;
    }

    /** Applies `wb-latency` and `wb-fault` query parameters; true when there were any. */
    applyQuery(query: URLSearchParams): boolean {
        const latency = query.get('wb-latency');
        const fault = query.get('wb-fault');
        if (latency !== null) {
            this.set({ latencyMs: Number(latency) });
        }
        if (fault === 'server-error') {
            this.set({ failNextCall: true });
        } else if (fault === 'conflict') {
            this.set({ nextSave: { kind: 'conflict' } });
        } else if (fault?.startsWith('validation:')) {
            this.set({ nextSave: { kind: 'validation', field: fault.slice('validation:'.length) } });
        } else if (fault === 'none') {
            this.set({ failNextCall: false, nextSave: null, latencyMs: 0 });
        }
        return latency !== null || fault !== null;
    }

    clear(): void {
        this.state = { latencyMs: 0, failNextCall: false, nextSave: null };
    }

    delay(): Promise<void> {
        const ms = this.state.latencyMs;
        return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
    }

    /** Whether this call fails with a server error (consumes the fault). */
    takeCallFailure(): boolean {
        const fail = this.state.failNextCall;
        this.state.failNextCall = false;
        return fail;
    }

    /** The fault for this save, if any (consumes it). */
    takeSaveFault(): SaveFault | null {
        const fault = this.state.nextSave;
        this.state.nextSave = null;
        return fault;
    }

    private saveFault(request: FaultRequest['nextSave']): SaveFault | null {
        if (!request) {
            return null;
        }
        if (request.kind === 'conflict') {
            return { kind: 'conflict', message: this.label(CONFLICT_LABEL) };
        }
        const field = request.field.trim();
        return { kind: 'validation', field, message: request.message ?? validationMessageFor(field) };
    }
}
