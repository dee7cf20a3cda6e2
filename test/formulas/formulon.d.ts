/** Typings for the parts of `formulon` (Salesforce formula parser and evaluator) the formula tests use. */
declare module 'formulon' {
    export type FormulonDataType =
        | 'number'
        | 'text'
        | 'checkbox'
        | 'date'
        | 'time'
        | 'datetime'
        | 'geolocation'
        | 'picklist'
        | 'multipicklist'
        | 'null';

    /** A value: a literal in a formula, a substituted field value, or an evaluation result. */
    export interface FormulonLiteral {
        type: 'literal';
        dataType: FormulonDataType;
        /** number, string, boolean, Date (date/datetime, UTC) or null. */
        value: unknown;
        options?: Record<string, unknown>;
    }

    export interface FormulonError {
        type: 'error';
        errorType: string;
        message: string;
    }

    export interface FormulonIdentifier {
        type: 'identifier';
        name: string;
    }

    /** A function call or an operator (`a + b` is `{ id: 'add', arguments: [a, b] }`); ids are lower camel case. */
    export interface FormulonCall {
        type: 'callExpression';
        id: string;
        arguments: FormulonNode[];
    }

    export type FormulonNode = FormulonLiteral | FormulonIdentifier | FormulonCall | FormulonError;

    /** Evaluates a formula; identifiers are replaced by the given literals. */
    export function parse(
        formula: string,
        substitutions?: Record<string, FormulonLiteral>
    ): FormulonLiteral | FormulonError;

    /** The syntax tree of a formula (an error node when it does not parse). */
    export function ast(formula: string): FormulonNode;
}
