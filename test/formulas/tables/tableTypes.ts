import type { FieldValue, Fields } from '../formulaHarness';

/** One row of a formula field table: inputs and the value the platform shows. */
export interface FieldCase {
    readonly name: string;
    /** TODAY() for this row, YYYY-MM-DD. */
    readonly today?: string;
    readonly record: Fields;
    /** Overrides of the Default Keystone setting. */
    readonly settings?: Fields;
    readonly expected: FieldValue;
}

/** One row of a validation rule table: a save, and whether the rule refuses it. */
export interface RuleCase {
    readonly name: string;
    readonly today?: string;
    readonly record: Fields;
    /** The record before the update; absent for an insert. */
    readonly prior?: Fields;
    readonly settings?: Fields;
    readonly refused: boolean;
}

/** The formula field and validation rule tables of one object. */
export interface ObjectTables {
    readonly object: string;
    /** Formula field API name → rows. */
    readonly fields: Readonly<Record<string, readonly FieldCase[]>>;
    /** Validation rule name → rows. */
    readonly rules: Readonly<Record<string, readonly RuleCase[]>>;
}

/** Rows for a "between min and max, or blank" rule: both bounds, just outside both, blank. */
export function rangeCases(
    field: string,
    min: number,
    max: number,
    step: number,
    base: Fields = {}
): RuleCase[] {
    return [
        { name: `${field} blank`, record: { ...base, [field]: null }, refused: false },
        { name: `${field} = ${min - step} (below)`, record: { ...base, [field]: min - step }, refused: true },
        { name: `${field} = ${min} (lowest)`, record: { ...base, [field]: min }, refused: false },
        { name: `${field} = ${max} (highest)`, record: { ...base, [field]: max }, refused: false },
        { name: `${field} = ${max + step} (above)`, record: { ...base, [field]: max + step }, refused: true }
    ];
}

/** Rows for a "zero or more, or blank" amount rule. */
export function nonNegativeCases(field: string): RuleCase[] {
    return [
        { name: `${field} blank`, record: { [field]: null }, refused: false },
        { name: `${field} zero`, record: { [field]: 0 }, refused: false },
        { name: `${field} a cent below zero`, record: { [field]: -0.01 }, refused: true },
        { name: `${field} large negative`, record: { [field]: -250000 }, refused: true },
        { name: `${field} positive`, record: { [field]: 125000 }, refused: false }
    ];
}

/**
 * Rows for the archived-plan lock of a detail object: inserting under an archived plan, and changing any
 * one of `lockedEdits` there, is refused; the same under an active or draft plan, a save without changes,
 * and changing any one of `systemEdits` (fields kept by the system) are not.
 */
export function archivedDetailCases(base: Fields, lockedEdits: Fields, systemEdits: Fields = {}): RuleCase[] {
    const under = (status: string): Fields => ({ ...base, 'Account_Plan__r.Status__c': status });
    const archived = under('Archived');
    const active = under('Active');
    return [
        { name: 'insert under an archived plan', record: archived, refused: true },
        { name: 'insert under an active plan', record: active, refused: false },
        { name: 'insert under a draft plan', record: under('Draft'), refused: false },
        {
            name: 'save without changes under an archived plan',
            prior: archived,
            record: archived,
            refused: false
        },
        ...Object.entries(lockedEdits).flatMap(([field, value]): RuleCase[] => [
            {
                name: `edit ${field} under an archived plan`,
                prior: archived,
                record: { ...archived, [field]: value },
                refused: true
            },
            {
                name: `edit ${field} under an active plan`,
                prior: active,
                record: { ...active, [field]: value },
                refused: false
            }
        ]),
        ...Object.entries(systemEdits).map(
            ([field, value]): RuleCase => ({
                name: `system update of ${field} under an archived plan`,
                prior: archived,
                record: { ...archived, [field]: value },
                refused: false
            })
        )
    ];
}
