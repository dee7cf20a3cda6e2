/**
 * `POST /apex/<Class>.<method>` with `{ params }`: runs the in-memory Apex method as one all-or-nothing
 * transaction and answers with its result (null properties left out, as Apex serializes them) or with the
 * platform error a component would receive. Calls run one at a time, like requests on one record.
 */
import type { ApexContext, InMemoryApexClass } from '../../../workbench/apex/support/context';
import { DmlException, KeystoneConflictException } from '../../../workbench/apex/support/exceptions';
import type { RecordStore } from '../store/record-store';
import type { Faults } from './faults';
import { apexErrorOf, serverError, type PlatformErrorShape } from './platform-errors';

export interface ApexCallRecord {
    at: string;
    method: string;
    params: unknown;
    status: number;
    ms: number;
}

export type ApexOutcome = { status: 200; value: unknown } | { status: number; error: PlatformErrorShape };

/** Drops null properties, as the platform's serialization of Apex results does. */
function withoutNulls(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutNulls);
    }
    if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([, inner]) => inner !== null && inner !== undefined)
                .map(([key, inner]) => [key, withoutNulls(inner)])
        );
    }
    return value;
}

export function missingApexMethod(
    classes: Readonly<Record<string, InMemoryApexClass>>,
    className: string,
    methodName: string
): string | undefined {
    const cls = classes[className];
    if (!cls) {
        return (
            `@salesforce/apex/${className}.${methodName}: the workbench has no in-memory ${className}. ` +
            `Write workbench/apex/${className}.ts and register it in workbench/apex/index.ts.`
        );
    }
    if (typeof cls[methodName] !== 'function') {
        return (
            `@salesforce/apex/${className}.${methodName}: workbench/apex/${className}.ts does not implement ${methodName}. ` +
            `It implements: ${Object.keys(cls).sort().join(', ') || 'nothing yet'}.`
        );
    }
    return undefined;
}

export class ApexEndpoint {
    private queue: Promise<unknown> = Promise.resolve();
    readonly calls: ApexCallRecord[] = [];

    constructor(
        private readonly classes: Readonly<Record<string, InMemoryApexClass>>,
        private readonly store: RecordStore,
        private readonly faults: Faults,
        private readonly context: () => Omit<ApexContext, 'store'>
    ) {}

    async call(qualified: string, params: unknown): Promise<ApexOutcome> {
        // Latency is waited out concurrently (calls travel together); the calls themselves run one at a time.
        const started = Date.now();
        await this.faults.delay();
        const run = this.queue.then(() => this.run(qualified, params, started));
        this.queue = run.catch(() => undefined);
        return run;
    }

    private async run(qualified: string, params: unknown, started: number): Promise<ApexOutcome> {
        const outcome = await this.execute(qualified, params);
        this.calls.push({
            at: new Date(started).toISOString(),
            method: qualified,
            params,
            status: outcome.status,
            ms: Date.now() - started
        });
        if (this.calls.length > 500) {
            this.calls.splice(0, this.calls.length - 500);
        }
        return outcome;
    }

    private async execute(qualified: string, params: unknown): Promise<ApexOutcome> {
        const [className = '', methodName = ''] = qualified.split('.');
        const missing = missingApexMethod(this.classes, className, methodName);
        if (missing) {
            console.error(`workbench: ${missing}`);
            const error = serverError();
            return {
                status: 500,
                error: { ...error, body: { ...(error.body as object), message: missing } }
            };
        }
        if (this.faults.takeCallFailure()) {
            const error = serverError();
            return { status: error.status, error };
        }
        const method = this.classes[className]?.[methodName] as (
            params: unknown,
            context: ApexContext
        ) => unknown;
        const context: ApexContext = { ...this.context(), store: this.store };
        try {
            const value = await this.store.transaction(
                () => method(params ?? {}, context),
                () => {
                    const fault = this.faults.takeSaveFault();
                    if (fault?.kind === 'validation') {
                        const field = fault.field.includes('.')
                            ? (fault.field.split('.')[1] ?? fault.field)
                            : fault.field;
                        throw new DmlException({ [field]: [fault.message] });
                    }
                    if (fault?.kind === 'conflict') {
                        throw new KeystoneConflictException(fault.message);
                    }
                }
            );
            return { status: 200, value: withoutNulls(value) };
        } catch (error) {
            const shape = apexErrorOf(error);
            if (shape.status === 500) {
                console.error(`workbench: ${qualified} threw`, error);
            }
            return { status: shape.status, error: shape };
        }
    }
}
