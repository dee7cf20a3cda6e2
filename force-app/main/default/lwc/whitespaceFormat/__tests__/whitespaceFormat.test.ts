import {
    compactAmount,
    formatDate,
    fullAmount,
    percent,
    STATUS_CLASSES,
    STATUS_LABELS,
    todayIso
} from 'c/whitespaceFormat';
import { STATUS_PRECEDENCE } from 'c/whitespaceModel';
import formatsJson from './data/formats.json';

type Row = [number | string | null, string, string];
const COMPACT = formatsJson.compact as Row[];
const FULL = formatsJson.full as Row[];
/** JSON has no NaN: the string stands for it. */
const amountOf = (value: Row[0]): number | null => (value === 'NaN' ? Number.NaN : (value as number | null));

describe('c/whitespaceFormat', () => {
    it('has a label and a class for every status', () => {
        for (const status of STATUS_PRECEDENCE) {
            expect(STATUS_LABELS[status]).toMatch(/^c\.Whitespace_Status_/);
            expect(STATUS_CLASSES[status]).toMatch(/^ws-/);
        }
        expect(new Set(Object.values(STATUS_CLASSES)).size).toBe(STATUS_PRECEDENCE.length);
    });

    it.each(COMPACT)('compact %p %s is %p', (value, currency, expected) => {
        expect(compactAmount(amountOf(value), currency)).toBe(expected);
    });

    it('shows zero in totals', () => {
        expect(compactAmount(0, 'EUR', true)).toBe('€0');
    });

    it.each(FULL)('full %p %s is %p', (value, currency, expected) => {
        expect(fullAmount(amountOf(value), currency)).toBe(expected);
    });

    it('falls back to a plain number for a currency code the browser does not know', () => {
        expect(compactAmount(1500, 'not a code')).toBe('1.5K');
    });

    it.each([
        [33, '33%'],
        [0, '0%'],
        [100, '100%'],
        [null, ''],
        [Number.NaN, '']
    ])('percent %p is %p', (value, expected) => {
        expect(percent(value)).toBe(expected);
    });

    it.each([
        ['2026-03-15', 'Mar 15, 2026'],
        ['2026-12-31', 'Dec 31, 2026'],
        [null, ''],
        ['15/03/2026', ''],
        [undefined, '']
    ])('date %p is %p', (value, expected) => {
        expect(formatDate(value)).toBe(expected);
    });

    it('gives today in local time', () => {
        expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
        expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
});
