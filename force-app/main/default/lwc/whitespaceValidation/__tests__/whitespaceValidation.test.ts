import {
    cellDraftFrom,
    cellRequest,
    coerceAmount,
    coerceText,
    dependentCellFields,
    isCellDirty,
    AMOUNT_LIMIT,
    playDraftFor,
    playRequest,
    splitServerErrors,
    validateCell,
    validateCellField,
    validatePlay,
    validatePlayField,
    type CellDraft,
    type CellField,
    type PlayDraft,
    type PlayField
} from 'c/whitespaceValidation';
import { evaluateRule } from '../../../../../../test/formulas/formulaHarness';
import gridJson from './data/grid.json';

const GRID = gridJson as unknown as Apex.WhitespaceGrid;
const COMPETITOR_CELL = GRID.annotations[0];
const TODAY = '2026-11-20';

/** In Jest a label import is `c.<Name>`. */
const keystone = (name: string): string => `c.Keystone_Error_${name}`;
const whitespace = (name: string): string => `c.Whitespace_Error_${name}`;
const long = (length: number): string => 'x'.repeat(length);

const CELL: CellDraft = { status: 'Targeted', competitor: null, potentialValue: 1000, note: null };
const PLAY: PlayDraft = {
    name: 'Robotic Arm R5 for Northwind Logistics',
    type: 'Cross-sell',
    estimatedValue: 90000,
    dueDate: null,
    opportunityId: null
};

describe('c/whitespaceValidation', () => {
    describe('validateCellField', () => {
        it.each<[CellField, Partial<CellDraft>, string | null]>([
            ['status', {}, null],
            ['status', { status: null }, keystone('Field_Required')],
            ['status', { status: '  ' }, keystone('Field_Required')],
            ['status', { status: 'Won' }, keystone('Invalid_Option')],
            ['status', { status: 'Not a Fit' }, null],
            [
                'competitor',
                { status: 'Competitor Held', competitor: null },
                whitespace('Competitor_Required')
            ],
            [
                'competitor',
                { status: 'Competitor Held', competitor: '   ' },
                whitespace('Competitor_Required')
            ],
            ['competitor', { status: 'Competitor Held', competitor: 'Acme' }, null],
            ['competitor', { status: 'Targeted', competitor: null }, null],
            ['competitor', { status: 'Competitor Held', competitor: long(120) }, null],
            ['competitor', { status: 'Competitor Held', competitor: long(121) }, keystone('Text_Too_Long')],
            ['potentialValue', { potentialValue: null }, null],
            ['potentialValue', { potentialValue: 0 }, null],
            ['potentialValue', { potentialValue: -0.01 }, whitespace('Value_Negative')],
            ['potentialValue', { potentialValue: Number.NaN }, whitespace('Value_Invalid')],
            ['potentialValue', { potentialValue: 99_999_999_999_999 }, null],
            ['potentialValue', { potentialValue: AMOUNT_LIMIT }, whitespace('Value_Invalid')],
            ['potentialValue', { potentialValue: -AMOUNT_LIMIT }, whitespace('Value_Invalid')],
            ['note', { note: long(255) }, null],
            ['note', { note: long(256) }, keystone('Text_Too_Long')],
            ['note', { note: '<img src=x onerror=alert(1)>' }, null]
        ])('%s with %j: %s', (field, change, expected) => {
            expect(validateCellField(field, { ...CELL, ...change })).toBe(expected);
        });

        it('accepts only the statuses offered', () => {
            expect(validateCellField('status', CELL, ['Not a Fit'])).toBe(keystone('Invalid_Option'));
        });

        it('checks every field at once', () => {
            expect(
                validateCell({
                    status: 'Competitor Held',
                    competitor: '',
                    potentialValue: -5,
                    note: long(300)
                })
            ).toEqual({
                competitor: whitespace('Competitor_Required'),
                potentialValue: whitespace('Value_Negative'),
                note: keystone('Text_Too_Long')
            });
            expect(validateCell(CELL)).toEqual({});
        });

        it('re-checks the competitor when the status changes', () => {
            expect(dependentCellFields('status')).toEqual(['competitor']);
            expect(dependentCellFields('note')).toEqual([]);
        });
    });

    describe('cell drafts and requests', () => {
        it('starts from the annotation, or empty', () => {
            expect(cellDraftFrom(COMPETITOR_CELL)).toEqual({
                status: 'Competitor Held',
                competitor: 'Acme Robotics',
                potentialValue: 60000,
                note: 'Incumbent since 2022'
            });
            expect(cellDraftFrom(null)).toEqual({
                status: null,
                competitor: null,
                potentialValue: null,
                note: null
            });
        });

        it('is dirty only when a value differs', () => {
            expect(isCellDirty(cellDraftFrom(COMPETITOR_CELL), COMPETITOR_CELL)).toBe(false);
            expect(isCellDirty({ ...cellDraftFrom(COMPETITOR_CELL), note: 'x' }, COMPETITOR_CELL)).toBe(true);
            expect(isCellDirty(cellDraftFrom(null), null)).toBe(false);
            expect(isCellDirty({ ...cellDraftFrom(null), status: 'Targeted' }, undefined)).toBe(true);
        });

        it('updates the annotation it was edited from, with its version', () => {
            const request = cellRequest(
                {
                    status: 'Competitor Held',
                    competitor: '  Acme Robotics ',
                    potentialValue: 70000,
                    note: ' '
                },
                {
                    planId: 'a01',
                    rowKey: COMPETITOR_CELL.rowKey,
                    columnKey: COMPETITOR_CELL.columnKey,
                    annotation: COMPETITOR_CELL
                }
            );
            expect(request).toEqual({
                planId: 'a01',
                rowKey: COMPETITOR_CELL.rowKey,
                columnKey: COMPETITOR_CELL.columnKey,
                cellId: COMPETITOR_CELL.id,
                expectedVersion: 3,
                status: 'Competitor Held',
                competitor: 'Acme Robotics',
                potentialValue: 70000,
                note: null
            });
        });

        it('creates an annotation and drops the competitor of a status that has none', () => {
            const request = cellRequest(
                { status: 'Targeted', competitor: 'Stale name', potentialValue: null, note: 'Pilot' },
                { planId: 'a01', rowKey: 'r', columnKey: 'c', annotation: null }
            );
            expect(request).toMatchObject({
                cellId: null,
                expectedVersion: null,
                competitor: null,
                note: 'Pilot'
            });
        });
    });

    describe('coercion', () => {
        it.each([
            [null, null],
            [undefined, null],
            ['', null],
            ['  ', null],
            ['Acme', 'Acme'],
            [12, '12']
        ])('text %p is %p', (value, expected) => {
            expect(coerceText(value)).toBe(expected);
        });

        it.each([
            [null, null],
            [undefined, null],
            ['', null],
            [' ', null],
            ['1200.5', 1200.5],
            [42, 42],
            ['-3', -3]
        ])('amount %p is %p', (value, expected) => {
            expect(coerceAmount(value)).toBe(expected);
        });

        it('keeps text that is no number as NaN, which the check refuses', () => {
            expect(coerceAmount('12abc')).toBeNaN();
        });
    });

    describe('plays', () => {
        it.each<[PlayField, Partial<PlayDraft>, string | null]>([
            ['name', {}, null],
            ['name', { name: ' ' }, keystone('Field_Required')],
            ['name', { name: long(80) }, null],
            ['name', { name: long(81) }, keystone('Text_Too_Long')],
            ['type', { type: null }, keystone('Field_Required')],
            ['type', { type: 'Renewal' }, keystone('Invalid_Option')],
            ['type', { type: 'Expansion' }, null],
            ['estimatedValue', { estimatedValue: null }, null],
            ['estimatedValue', { estimatedValue: -1 }, whitespace('Value_Negative')],
            ['estimatedValue', { estimatedValue: Infinity }, whitespace('Value_Invalid')],
            ['dueDate', { dueDate: null }, null],
            ['dueDate', { dueDate: TODAY }, null],
            ['dueDate', { dueDate: '2027-01-31' }, null],
            ['dueDate', { dueDate: '2026-11-19' }, whitespace('Due_Date_Past')],
            ['dueDate', { dueDate: '2026-02-30' }, keystone('Invalid_Date')],
            ['dueDate', { dueDate: '20/11/2026' }, keystone('Invalid_Date')],
            ['opportunityId', { opportunityId: '006000000000004AAA' }, null]
        ])('%s with %j: %s', (field, change, expected) => {
            expect(validatePlayField(field, { ...PLAY, ...change }, TODAY)).toBe(expected);
        });

        it('checks every field at once, with the types offered', () => {
            expect(validatePlay({ ...PLAY, name: '', type: 'Expansion' }, TODAY, ['Cross-sell'])).toEqual({
                name: keystone('Field_Required'),
                type: keystone('Invalid_Option')
            });
            expect(validatePlay(PLAY, TODAY)).toEqual({});
        });

        it('prefills a play for the cell, the name cut to its field', () => {
            expect(
                playDraftFor({
                    name: ` ${long(90)} `,
                    type: 'Expansion',
                    estimatedValue: 5,
                    opportunityId: '006'
                })
            ).toEqual({
                name: long(80),
                type: 'Expansion',
                estimatedValue: 5,
                dueDate: null,
                opportunityId: '006'
            });
        });

        it('builds the create request with trimmed text and blanks as null', () => {
            expect(
                playRequest(
                    { ...PLAY, name: ' Cross-sell R5 ', dueDate: '', opportunityId: '' },
                    { planId: 'a01', rowKey: 'r', columnKey: 'c' }
                )
            ).toEqual({
                planId: 'a01',
                rowKey: 'r',
                columnKey: 'c',
                name: 'Cross-sell R5',
                type: 'Cross-sell',
                estimatedValue: 90000,
                dueDate: null,
                opportunityId: null
            });
        });
    });

    describe('splitServerErrors', () => {
        it('places messages at the fields and lists the rest once', () => {
            const split = splitServerErrors(
                {
                    message: 'Name the competitor that holds this cell.',
                    fieldErrors: [
                        {
                            recordKey: 'cell',
                            field: 'competitor',
                            message: 'Name the competitor that holds this cell.'
                        },
                        { recordKey: 'cell', field: 'competitor', message: 'A second message for the field' },
                        { recordKey: 'cell', field: 'opportunityId', message: 'This opportunity is closed.' },
                        { recordKey: 'play', field: 'name', message: 'Not this record' },
                        { recordKey: 'cell', field: 'unknown', message: 'This opportunity is closed.' }
                    ]
                },
                'cell',
                ['status', 'competitor', 'potentialValue', 'note']
            );
            expect(split.byField).toEqual({ competitor: 'Name the competitor that holds this cell.' });
            expect(split.other).toEqual([
                'A second message for the field',
                'This opportunity is closed.',
                'Not this record'
            ]);
        });

        it('keeps a message without field errors', () => {
            expect(splitServerErrors({ message: 'Saved elsewhere', fieldErrors: null }, 'cell', [])).toEqual({
                byField: {},
                other: ['Saved elsewhere']
            });
            expect(splitServerErrors({}, 'cell', [])).toEqual({ byField: {}, other: [] });
        });
    });

    describe('the same verdict as the deployed validation rules', () => {
        const cellRecord = (draft: CellDraft) => ({
            Product__c: COMPETITOR_CELL.rowKey,
            Business_Unit__c: COMPETITOR_CELL.columnKey,
            Status__c: draft.status,
            Competitor__c: draft.competitor,
            Potential_Value__c: draft.potentialValue,
            Note__c: draft.note,
            'Account_Plan__r.Status__c': 'Active'
        });

        it.each<Partial<CellDraft>>([
            { status: 'Competitor Held', competitor: null },
            { status: 'Competitor Held', competitor: 'Acme' },
            { status: 'Targeted', competitor: null },
            { status: 'Not a Fit', competitor: null }
        ])('Whitespace_Cell__c.Competitor_Required for %j', (change) => {
            const draft = { ...CELL, ...change };
            const refused = evaluateRule('Whitespace_Cell__c', 'Competitor_Required', {
                record: cellRecord(draft)
            });
            expect(validateCellField('competitor', draft) !== null).toBe(refused);
        });

        it.each([null, 0, 0.01, -0.01, -1000])(
            'Whitespace_Cell__c.Potential_Value_Negative for %p',
            (value) => {
                const draft = { ...CELL, potentialValue: value };
                const refused = evaluateRule('Whitespace_Cell__c', 'Potential_Value_Negative', {
                    record: cellRecord(draft)
                });
                expect(validateCellField('potentialValue', draft) !== null).toBe(refused);
            }
        );

        const playRecord = (draft: PlayDraft) => ({
            Name: draft.name,
            Type__c: draft.type,
            Status__c: 'Planned',
            Start_Date__c: TODAY,
            Due_Date__c: draft.dueDate,
            Estimated_Value__c: draft.estimatedValue,
            'Account_Plan__r.Status__c': 'Active'
        });

        it.each([null, -0.01, 0, 250000])('Play__c.Estimated_Value_Negative for %p', (value) => {
            const draft = { ...PLAY, estimatedValue: value };
            const refused = evaluateRule('Play__c', 'Estimated_Value_Negative', {
                record: playRecord(draft)
            });
            expect(validatePlayField('estimatedValue', draft, TODAY) !== null).toBe(refused);
        });

        it.each([null, '2026-11-19', TODAY, '2026-11-21'])(
            'Play__c.Due_Date_Before_Start for a play started today and due %p',
            (dueDate) => {
                const draft = { ...PLAY, dueDate };
                const refused = evaluateRule('Play__c', 'Due_Date_Before_Start', {
                    today: TODAY,
                    record: playRecord(draft)
                });
                expect(validatePlayField('dueDate', draft, TODAY) !== null).toBe(refused);
            }
        );
    });
});
