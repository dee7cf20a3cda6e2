/**
 * Calls the workbench server. The server answers every platform call with HTTP 200 and an envelope
 * (`{ ok: true, value }` or `{ ok: false, error }`), as Aura answers actions, so that an injected fault is not
 * also a network error in the browser's console. A failed call rejects with the error object exactly as the
 * platform delivers it to a component (`{ status, statusText, ok, headers, body }`): the server builds it.
 */
export interface PlatformError {
    status: number;
    statusText: string;
    ok: false;
    headers: Record<string, string>;
    body: unknown;
}

function networkError(message: string): PlatformError {
    return {
        status: 0,
        statusText: 'Disconnected',
        ok: false,
        headers: {},
        body: { message }
    };
}

export async function postJson(url: string, payload: unknown): Promise<unknown> {
    let response: Response;
    try {
        response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(payload)
        });
    } catch {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the platform rejects with a plain object
        throw networkError('The workbench server cannot be reached. Is `npm start` still running?');
    }
    if (!response.ok) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the platform rejects with a plain object
        throw networkError(`The workbench server answered ${response.status} ${response.statusText}.`);
    }
    const envelope = (await response.json()) as
        | { ok: true; value: unknown }
        | { ok: false; error: PlatformError };
    if (!envelope.ok) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- the platform rejects with a plain object
        throw envelope.error;
    }
    return envelope.value;
}

/** Makes a value read-only all the way down, as wired data is in an org. */
export function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const inner of Object.values(value as Record<string, unknown>)) {
            deepFreeze(inner);
        }
    }
    return value;
}
