/**
 * The client-side cache behind wired data, as Lightning Data Service keeps it: one entry per adapter and
 * configuration, shared by every component wired to it, kept for the life of the page. A wire that connects
 * to a cached entry gets the cached value without calling the server; `refreshApex` and
 * `notifyRecordUpdateAvailable` refetch an entry and push the new value to every subscriber. Imperative
 * calls never update it, exactly as in an org.
 */
import { deepFreeze } from './transport';

/** The value a wired property or function receives. */
export interface WiredValue {
    data: unknown;
    error: unknown;
}

export type Subscriber = (value: WiredValue) => void;

interface Entry {
    key: string;
    fetch: () => Promise<unknown>;
    value?: WiredValue;
    inFlight?: Promise<void>;
    subscribers: Set<Subscriber>;
}

const entries = new Map<string, Entry>();
const entryOfValue = new WeakMap<WiredValue, Entry>();

/** The first value every wire receives, before any data arrives. */
export const PENDING: WiredValue = Object.freeze({ data: undefined, error: undefined });

function publish(entry: Entry, value: WiredValue): void {
    entry.value = value;
    entryOfValue.set(value, entry);
    for (const subscriber of [...entry.subscribers]) {
        subscriber(value);
    }
}

function load(entry: Entry): Promise<void> {
    entry.inFlight ??= entry
        .fetch()
        .then(
            (data) => {
                publish(entry, Object.freeze({ data: deepFreeze(data), error: undefined }));
            },
            (error: unknown) => {
                publish(entry, Object.freeze({ data: undefined, error: deepFreeze(error) }));
            }
        )
        .finally(() => {
            entry.inFlight = undefined;
        });
    return entry.inFlight;
}

/**
 * Subscribes to the entry `key`, loading it when it has no value yet (errors are not kept: a new
 * subscriber retries). Returns the unsubscribe function.
 */
export function subscribe(key: string, fetch: () => Promise<unknown>, subscriber: Subscriber): () => void {
    let entry = entries.get(key);
    if (!entry) {
        entry = { key, fetch, subscribers: new Set() };
        entries.set(key, entry);
    }
    const current = entry;
    current.subscribers.add(subscriber);
    if (current.value && current.value.error === undefined) {
        subscriber(current.value);
    } else {
        load(current).catch(() => undefined);
    }
    return () => {
        current.subscribers.delete(subscriber);
    };
}

/** Refetches the entry that provisioned `value`; false when `value` did not come from a wire. */
export function refreshValue(value: unknown): Promise<void> | undefined {
    const entry =
        typeof value === 'object' && value !== null ? entryOfValue.get(value as WiredValue) : undefined;
    return entry ? load(entry) : undefined;
}

/** Refetches every entry whose key satisfies `matches`. */
export function refreshWhere(matches: (key: string) => boolean): Promise<void> {
    const loads = [...entries.values()].filter((e) => matches(e.key) && e.subscribers.size > 0).map(load);
    return Promise.all(loads).then(() => undefined);
}

/** The cache entry a wire configuration reads: its key and how to fetch it. */
export interface WireRequest {
    key: string;
    fetch: () => Promise<unknown>;
}

/** A wire adapter as the LWC engine drives it. */
export interface CachedWireAdapter<C> {
    connect(): void;
    update(config: C | undefined): void;
    disconnect(): void;
}

/**
 * Builds a wire adapter over the cache: it provisions `PENDING` on connect, then the cached (or fetched)
 * value of every complete configuration. `requestOf` returns undefined while a configuration is incomplete
 * (a `$property` not set yet), so nothing is fetched until it is.
 */
export function cachedWireAdapter<C>(
    requestOf: (config: C | undefined) => WireRequest | undefined
): new (dataCallback: Subscriber) => CachedWireAdapter<C> {
    return class implements CachedWireAdapter<C> {
        private unsubscribe: (() => void) | undefined;
        private connected = false;
        private config: C | undefined;

        constructor(private readonly dataCallback: Subscriber) {}

        connect(): void {
            this.connected = true;
            this.dataCallback(PENDING);
            this.load();
        }

        update(config: C | undefined): void {
            this.config = config;
            this.load();
        }

        disconnect(): void {
            this.connected = false;
            this.unsubscribe?.();
            this.unsubscribe = undefined;
        }

        private load(): void {
            const request = this.connected ? requestOf(this.config) : undefined;
            if (!request) {
                return;
            }
            this.unsubscribe?.();
            this.unsubscribe = subscribe(request.key, request.fetch, (value) => {
                this.dataCallback(value);
            });
        }
    };
}
