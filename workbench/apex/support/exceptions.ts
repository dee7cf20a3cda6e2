/**
 * What in-memory Apex throws, named after the Apex exceptions whose platform error shape it produces:
 * the workbench server turns each into the exact object a component receives from a failed call.
 */

/** `throw new AuraHandledException(message)`: the component gets `{ status: 400, body: { message, … } }`. */
export class AuraHandledException extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'AuraHandledException';
    }
}

/**
 * A DML failure (a validation rule, a required field): the record store throws it when a write breaks a
 * validation rule of the metadata, and the "validation error on the next save" fault throws it at the call's
 * first write. If it escapes the Apex method, the component gets
 * `{ status: 400, body: { fieldErrors: { Field__c: [{ statusCode, message }] }, pageErrors: [...] } }`.
 */
export class DmlException extends Error {
    constructor(
        readonly fieldErrors: Readonly<Record<string, readonly string[]>>,
        readonly pageErrors: readonly string[] = [],
        readonly statusCode = 'FIELD_CUSTOM_VALIDATION_EXCEPTION'
    ) {
        super([...pageErrors, ...Object.values(fieldErrors).flat()].join(' '));
        this.name = 'DmlException';
    }
}

/**
 * Mirrors Apex `KeystoneConflictException`: a save carried a stale version (someone else saved first). The
 * workbench's "conflict on the next save" fault throws it at the call's first write; an in-memory controller
 * handles it as its Apex counterpart does, and one that lets it escape gives the component
 * `{ status: 400, body: { message } }`.
 */
export class KeystoneConflictException extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'KeystoneConflictException';
    }
}
