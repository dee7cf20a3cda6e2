/**
 * Keeps the formula tables complete: a formula field or validation rule without a table fails here, so a
 * new formula cannot ship untested; a table for something that no longer exists fails too.
 */
import { formulaFieldKeys, validationRuleKeys } from './formulaHarness';
import { ALL_TABLES } from './tables';

const fieldTableKeys = ALL_TABLES.flatMap((t) => Object.keys(t.fields).map((f) => `${t.object}.${f}`));
const ruleTableKeys = ALL_TABLES.flatMap((t) => Object.keys(t.rules).map((r) => `${t.object}.${r}`));

describe('formula tables', () => {
    it.each(formulaFieldKeys())('formula field %s has a table in test/formulas/tables', (key) => {
        expect(fieldTableKeys).toContain(key);
    });

    it.each(fieldTableKeys)('table %s is for a formula field in force-app', (key) => {
        expect(formulaFieldKeys()).toContain(key);
    });

    it.each(
        ALL_TABLES.flatMap((t) =>
            Object.entries(t.fields).map(([f, rows]) => [`${t.object}.${f}`, rows.length])
        )
    )('table %s has at least three rows', (_key, rows) => {
        expect(rows).toBeGreaterThanOrEqual(3);
    });
});

describe('validation rule tables', () => {
    it.each(validationRuleKeys())('validation rule %s has a table in test/formulas/tables', (key) => {
        expect(ruleTableKeys).toContain(key);
    });

    it.each(ruleTableKeys)('table %s is for a validation rule in force-app', (key) => {
        expect(validationRuleKeys()).toContain(key);
    });

    const outcomes = ALL_TABLES.flatMap((t) =>
        Object.entries(t.rules).map(([rule, rows]) => ({
            key: `${t.object}.${rule}`,
            outcomes: [...new Set(rows.map((row) => row.refused))].sort()
        }))
    );

    it.each(outcomes)('table $key has a refused row and an accepted row', ({ outcomes: seen }) => {
        expect(seen).toEqual([false, true]);
    });
});
