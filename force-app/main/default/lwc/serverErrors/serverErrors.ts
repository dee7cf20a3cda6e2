/**
 * Turns whatever a failed Apex call, UI API call or thrown Error delivers into messages a user can read,
 * and into per-field messages so forms can show each one at the field where it happened.
 * Pure module: no DOM, no platform imports.
 */

/** Messages keyed by field API name; `''` holds messages that belong to no field. */
export type FieldMessages = Record<string, string[]>;

interface ErrorBody {
    message?: unknown;
    pageErrors?: unknown;
    fieldErrors?: unknown;
    output?: { errors?: unknown; fieldErrors?: unknown };
    enhancedErrorType?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null;

function messagesOfList(list: unknown): string[] {
    if (!Array.isArray(list)) {
        return [];
    }
    return list
        .map((item) => (isObject(item) && typeof item.message === 'string' ? item.message : ''))
        .filter((message) => message.length > 0);
}

function fieldMessagesOf(fieldErrors: unknown, into: FieldMessages): void {
    if (!isObject(fieldErrors)) {
        return;
    }
    for (const [field, errors] of Object.entries(fieldErrors)) {
        const messages = messagesOfList(errors);
        if (messages.length > 0) {
            into[field] = [...(into[field] ?? []), ...messages];
        }
    }
}

function bodiesOf(error: unknown): ErrorBody[] {
    if (!isObject(error)) {
        return [];
    }
    const body = error.body;
    if (Array.isArray(body)) {
        return body.filter(isObject) as ErrorBody[];
    }
    return isObject(body) ? [body as ErrorBody] : [];
}

/**
 * Per-field messages from a UI API / DML error (`body.fieldErrors`, `body.output.fieldErrors`) plus the
 * record-level ones (`pageErrors`, `output.errors`, `message`) under the key `''`.
 */
export function fieldMessages(error: unknown): FieldMessages {
    const result: FieldMessages = {};
    for (const body of bodiesOf(error)) {
        fieldMessagesOf(body.fieldErrors, result);
        fieldMessagesOf(body.output?.fieldErrors, result);
        const general = [...messagesOfList(body.pageErrors), ...messagesOfList(body.output?.errors)];
        if (typeof body.message === 'string' && body.message.length > 0) {
            general.push(body.message);
        }
        if (general.length > 0) {
            result[''] = [...(result[''] ?? []), ...general];
        }
    }
    return result;
}

/**
 * Every distinct readable message in one error or a list of errors, in order of appearance.
 * Accepts Apex errors (`body.message`), UI API errors (`body.pageErrors`, `body.fieldErrors`, `body.output`),
 * lists of bodies, JavaScript `Error`s and plain strings; anything else yields nothing.
 */
export function reduceErrors(errors: unknown): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages: string[] = [];
    for (const error of list) {
        if (typeof error === 'string') {
            messages.push(error);
            continue;
        }
        const bodies = bodiesOf(error);
        if (bodies.length > 0) {
            for (const perField of Object.values(fieldMessages(error))) {
                messages.push(...perField);
            }
            continue;
        }
        if (isObject(error) && typeof error.message === 'string') {
            messages.push(error.message);
        } else if (isObject(error) && typeof error.statusText === 'string') {
            messages.push(error.statusText);
        }
    }
    return [...new Set(messages.map((m) => m.trim()).filter((m) => m.length > 0))];
}
