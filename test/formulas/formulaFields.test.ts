/**
 * Every formula field of Keystone, evaluated from the formula text that deploys (read from force-app),
 * with the settings of the shipped Default record, over the rows of its table in tables/.
 */
import { evaluateField } from './formulaHarness';
import { ALL_TABLES } from './tables';

const fieldTables = ALL_TABLES.flatMap((t) =>
    Object.entries(t.fields).map(([field, cases]) => ({
        key: `${t.object}.${field}`,
        object: t.object,
        field,
        cases
    }))
);

describe.each(fieldTables)('$key', ({ object, field, cases }) => {
    it.each(cases)('$name', (row) => {
        expect(evaluateField(object, field, row)).toBe(row.expected);
    });
});
