import { formatLabel } from 'c/labelFormat';

describe('c/labelFormat', () => {
    it.each([
        ['Tier {0}', ['1'], 'Tier 1'],
        ['{0} of {1}', [3, 7], '3 of 7'],
        ['{1} before {0}', ['a', 'b'], 'b before a'],
        ['{0} and {0}', ['x'], 'x and x'],
        ['No placeholders', ['unused'], 'No placeholders'],
        ['Missing {1}', ['only zero'], 'Missing {1}'],
        ['<b>{0}</b>', ['<script>'], '<b><script></b>']
    ])('formats %j with %j as %j', (template, values, expected) => {
        expect(formatLabel(template, ...values)).toBe(expected);
    });
});
