/**
 * Every validation rule of Keystone, evaluated from the error condition that deploys (read from force-app),
 * over the rows of its table in tables/: `refused` is true when the rule blocks the save.
 */
import { defaultSettings, evaluateRule } from './formulaHarness';
import { projectObject } from './schemaSource';
import { ALL_TABLES } from './tables';

const ruleTables = ALL_TABLES.flatMap((t) =>
    Object.entries(t.rules).map(([rule, cases]) => ({
        key: `${t.object}.${rule}`,
        object: t.object,
        rule,
        cases
    }))
);

describe.each(ruleTables)('$key', ({ object, rule, cases }) => {
    it.each(cases)('$name', (row) => {
        expect(evaluateRule(object, rule, row)).toBe(row.refused);
    });
});

describe('the shipped Default settings record', () => {
    const rules = [...projectObject('Keystone_Setting__mdt').rules.keys()];

    it.each(rules)('passes %s', (rule) => {
        expect(evaluateRule('Keystone_Setting__mdt', rule, { record: defaultSettings() })).toBe(false);
    });
});
