/**
 * `@salesforce/apex/Cls.method` and `@salesforce/apex`. Each Apex method is a function (imperative call) that
 * is also a wire adapter (`@wire(method, params)`), answered by the in-memory Apex over HTTP
 * (`POST /apex/Cls.method`). Wired values start as `{ data: undefined, error: undefined }`, are read-only
 * and cached per method and parameters until `refreshApex`.
 */
import { postJson } from './transport';
import { cachedWireAdapter, refreshValue, type CachedWireAdapter, type Subscriber } from './wire-cache';

type ApexParams = Record<string, unknown>;

export interface ApexMethod {
    (params?: ApexParams): Promise<unknown>;
    /** The wire adapter the LWC engine uses for `@wire(method, params)`. */
    adapter: new (dataCallback: Subscriber) => CachedWireAdapter<ApexParams>;
}

function call(qualified: string, params: ApexParams | undefined): Promise<unknown> {
    return postJson(`/apex/${qualified}`, { params: params ?? {} });
}

/**
 * A wire configuration is complete once the engine has given it (it connects the adapter before the first
 * `update`) and no parameter is `undefined` (a `$property` not set yet).
 */
function isComplete(config: ApexParams | undefined): boolean {
    return config !== undefined && Object.values(config).every((value) => value !== undefined);
}

/** Stable key of a configuration: parameters in name order. */
function keyOf(qualified: string, config: ApexParams | undefined): string {
    const sorted = Object.keys(config ?? {})
        .sort()
        .map((name) => [name, (config ?? {})[name]]);
    return `apex:${qualified}:${JSON.stringify(sorted)}`;
}

export function apexMethod(qualified: string): ApexMethod {
    const method = ((params?: ApexParams) => call(qualified, params)) as ApexMethod;
    method.adapter = cachedWireAdapter<ApexParams>((config) =>
        isComplete(config)
            ? { key: keyOf(qualified, config), fetch: () => call(qualified, config) }
            : undefined
    );
    return method;
}

/**
 * Refetches the wire that provisioned `wiredValue` and pushes the fresh value to every component wired to
 * it; resolves when the value has arrived. A value that did not come from a wire is ignored, as in an org.
 */
export function refreshApex(wiredValue: unknown): Promise<void> {
    const refreshed = refreshValue(wiredValue);
    if (!refreshed) {
        console.warn(
            'refreshApex: the value passed did not come from a wired Apex method; nothing refreshed.'
        );
        return Promise.resolve();
    }
    return refreshed;
}

/** A field's value from an SObject returned by Apex; `field` is a `@salesforce/schema` reference. */
export function getSObjectValue(record: Record<string, unknown>, field: unknown): unknown {
    const fieldApiName =
        typeof field === 'string' ? field : ((field as { fieldApiName?: string } | null)?.fieldApiName ?? '');
    return fieldApiName.split('.').reduce<unknown>((value, part) => {
        return typeof value === 'object' && value !== null
            ? (value as Record<string, unknown>)[part]
            : undefined;
    }, record);
}
