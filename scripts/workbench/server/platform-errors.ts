/**
 * Errors in the exact shape the platform delivers them to a component: a failed imperative call rejects
 * with this object and a failed wire provisions it as `error`.
 */
import {
    AuraHandledException,
    DmlException,
    KeystoneConflictException
} from '../../../workbench/apex/support/exceptions';

export interface PlatformErrorShape {
    status: number;
    statusText: string;
    ok: false;
    headers: Record<string, string>;
    body: unknown;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
    400: 'Bad Request',
    404: 'Not Found',
    500: 'Server Error'
};

function shape(status: number, body: unknown): PlatformErrorShape {
    return { status, statusText: STATUS_TEXT[status] ?? 'Error', ok: false, headers: {}, body };
}

/** `AuraHandledException` thrown by an `@AuraEnabled` method. */
export function auraHandledError(message: string): PlatformErrorShape {
    return shape(400, {
        exceptionType: 'System.AuraHandledException',
        isUserDefinedException: false,
        message,
        stackTrace: null
    });
}

/** A DML exception (validation rule, required field) that escaped an `@AuraEnabled` method. */
export function dmlError(
    fieldErrors: Readonly<Record<string, readonly string[]>>,
    pageErrors: readonly string[] = [],
    statusCode = 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
): PlatformErrorShape {
    const entries = Object.entries(fieldErrors).map(
        ([field, messages]): [string, { statusCode: string; message: string }[]] => [
            field,
            messages.map((message) => ({ statusCode, message }))
        ]
    );
    return shape(400, {
        message: '',
        fieldErrors: Object.fromEntries(entries),
        pageErrors: pageErrors.map((message) => ({ statusCode, message })),
        index: null,
        duplicateResults: []
    });
}

let errorSequence = 0;

/** An unexpected failure on the server (an unhandled exception or an outage). */
export function serverError(): PlatformErrorShape {
    errorSequence += 1;
    return shape(500, {
        exceptionType: 'System.UnexpectedException',
        isUserDefinedException: false,
        message: `An internal server error has occurred. Error ID: 1729-${String(errorSequence).padStart(5, '0')}`,
        stackTrace: null
    });
}

/** A UI API error (`getRecord`): the body is a list of `{ errorCode, message }`. */
export function uiApiError(status: number, errorCode: string, message: string): PlatformErrorShape {
    return shape(status, [{ errorCode, message }]);
}

/** An unexpected failure of a UI API call. */
export function uiApiServerError(): PlatformErrorShape {
    errorSequence += 1;
    return uiApiError(
        500,
        'UNKNOWN_EXCEPTION',
        `An internal server error has occurred. Error ID: 1729-${String(errorSequence).padStart(5, '0')}`
    );
}

/** The platform shape of whatever an in-memory Apex method threw. */
export function apexErrorOf(error: unknown): PlatformErrorShape {
    if (error instanceof AuraHandledException || error instanceof KeystoneConflictException) {
        return auraHandledError(error.message);
    }
    if (error instanceof DmlException) {
        return dmlError(error.fieldErrors, error.pageErrors, error.statusCode);
    }
    return serverError();
}
