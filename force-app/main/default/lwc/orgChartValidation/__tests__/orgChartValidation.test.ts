import { buildForest } from 'c/orgChartForest';
import { lineDraft, promotionDraft, setField, stakeholderDraft, placeholderDraft } from 'c/orgChartDraft';
import {
    isEmail,
    shownMessages,
    TEXT_LIMITS,
    validateLine,
    validatePromotion,
    validateStakeholder
} from 'c/orgChartValidation';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const PLAN_ID = MAP.planId as string;
const FOREST = buildForest(MAP.stakeholders);
const [CEO, , CIO, IT_DIRECTOR, PROCUREMENT] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];
const TODAY = '2026-07-20';
const long = (length: number): string => 'x'.repeat(length);

/** In Jest a label import is `c.<Name>`. */
const REQUIRED = 'c.Keystone_Error_Field_Required';
const TOO_LONG = 'c.Keystone_Error_Text_Too_Long';

describe('c/orgChartValidation', () => {
    describe('validateStakeholder', () => {
        const contact = stakeholderDraft(PLAN_ID, IT_DIRECTOR);
        const placeholder = stakeholderDraft(PLAN_ID, PROCUREMENT);

        it('accepts the people as loaded', () => {
            expect(validateStakeholder(contact, FOREST, TODAY)).toEqual({});
            expect(validateStakeholder(placeholder, FOREST, TODAY)).toEqual({});
        });

        it.each<[string, string, unknown, string | undefined]>([
            ['placeholder', 'placeholderName', '', REQUIRED],
            ['placeholder', 'placeholderName', '   ', REQUIRED],
            ['placeholder', 'placeholderName', long(120), undefined],
            ['placeholder', 'placeholderName', long(121), TOO_LONG],
            ['contact', 'placeholderName', '', undefined],
            ['placeholder', 'title', long(120), undefined],
            ['placeholder', 'title', long(121), TOO_LONG],
            ['contact', 'title', long(128), undefined],
            ['contact', 'title', long(129), TOO_LONG],
            ['contact', 'department', long(80), undefined],
            ['contact', 'department', long(81), TOO_LONG],
            ['contact', 'relationshipStrength', null, undefined],
            ['contact', 'relationshipStrength', 1, undefined],
            ['contact', 'relationshipStrength', 5, undefined],
            ['contact', 'relationshipStrength', 0, 'c.OrgChart_Error_Strength_Range'],
            ['contact', 'relationshipStrength', 6, 'c.OrgChart_Error_Strength_Range'],
            ['contact', 'relationshipStrength', 2.5, 'c.OrgChart_Error_Strength_Range'],
            ['contact', 'relationshipStrength', Number.NaN, 'c.OrgChart_Error_Strength_Range'],
            ['contact', 'lastEngagedDate', null, undefined],
            ['contact', 'lastEngagedDate', TODAY, undefined],
            ['contact', 'lastEngagedDate', '2026-07-21', 'c.OrgChart_Error_Engaged_In_Future'],
            ['contact', 'lastEngagedDate', '2026-02-30', 'c.Keystone_Error_Invalid_Date'],
            ['contact', 'lastEngagedDate', '20/07/2026', 'c.Keystone_Error_Invalid_Date'],
            ['contact', 'notes', long(TEXT_LIMITS.notes), undefined],
            ['contact', 'notes', long(TEXT_LIMITS.notes + 1), TOO_LONG],
            ['contact', 'notes', '<b>bold</b>', undefined]
        ])('%s: %s = %j gives %j', (who, field, value, expected) => {
            const draft = setField(
                who === 'contact' ? contact : placeholder,
                field as 'title',
                value as string
            );
            expect(validateStakeholder(draft, FOREST, TODAY)[field]).toBe(expected);
        });

        it('refuses a manager who sits in the person’s own team, or the person themselves', () => {
            const cio = stakeholderDraft(PLAN_ID, CIO);
            const loop = 'c.Keystone_Error_Stakeholder_Reports_To_Loop';
            expect(
                validateStakeholder(setField(cio, 'reportsToId', IT_DIRECTOR.id), FOREST, TODAY).reportsToId
            ).toBe(loop);
            expect(validateStakeholder(setField(cio, 'reportsToId', CIO.id), FOREST, TODAY).reportsToId).toBe(
                loop
            );
            expect(
                validateStakeholder(setField(cio, 'reportsToId', PROCUREMENT.id), FOREST, TODAY).reportsToId
            ).toBeUndefined();
            expect(
                validateStakeholder(setField(cio, 'reportsToId', null), FOREST, TODAY).reportsToId
            ).toBeUndefined();
        });

        it('does not hold a loop in the loaded data against an unchanged manager, nor a new person', () => {
            const looped = buildForest([
                { ...CEO, reportsToId: IT_DIRECTOR.id },
                ...MAP.stakeholders.slice(1)
            ]);
            expect(
                validateStakeholder(stakeholderDraft(PLAN_ID, CEO), looped, TODAY).reportsToId
            ).toBeUndefined();
            const fresh = placeholderDraft(PLAN_ID, { reportsToId: IT_DIRECTOR.id });
            expect(validateStakeholder(setField(fresh, 'placeholderName', 'New'), FOREST, TODAY)).toEqual({});
        });
    });

    describe('validatePromotion', () => {
        const draft = promotionDraft(PROCUREMENT, MAP.accountId);

        it('accepts the prefilled promotion', () => {
            expect(validatePromotion(draft)).toEqual({});
        });

        it.each<[string, unknown, string | undefined]>([
            ['lastName', '', REQUIRED],
            ['lastName', long(80), undefined],
            ['lastName', long(81), TOO_LONG],
            ['firstName', long(41), TOO_LONG],
            ['firstName', null, undefined],
            ['email', null, undefined],
            ['email', 'sofia@northwind.example', undefined],
            ['email', 'sofia@northwind', 'c.OrgChart_Error_Invalid_Email'],
            ['email', 'sofia northwind.example', 'c.OrgChart_Error_Invalid_Email'],
            ['email', `${long(75)}@a.com`, TOO_LONG],
            ['accountId', null, REQUIRED],
            ['title', long(129), TOO_LONG],
            ['department', long(81), TOO_LONG]
        ])('%s = %j gives %j', (field, value, expected) => {
            expect(validatePromotion(setField(draft, field as 'email', value as string))[field]).toBe(
                expected
            );
        });
    });

    describe('validateLine', () => {
        const draft = lineDraft(PLAN_ID, CIO.id);

        it.each<[string, unknown, string | undefined]>([
            ['toId', '', REQUIRED],
            ['toId', CIO.id, 'c.OrgChart_Error_Same_Person'],
            ['toId', CEO.id, undefined],
            ['type', '', REQUIRED],
            ['type', null, REQUIRED],
            ['notes', long(TEXT_LIMITS.notes + 1), TOO_LONG]
        ])('%s = %j gives %j', (field, value, expected) => {
            expect(validateLine(setField(draft, field as 'toId', value as string))[field]).toBe(expected);
        });
    });

    it.each<[string, boolean]>([
        ['a@b.co', true],
        [' a.b+c@d.example.org ', true],
        ['a@b', false],
        ['@b.co', false],
        ['a b@c.de', false]
    ])('isEmail(%j) is %s', (value, expected) => {
        expect(isEmail(value)).toBe(expected);
    });

    it('shows the server’s messages, and this browser’s for touched fields or after a save was tried', () => {
        const server = { title: 'From the server' };
        const client = { notes: 'Too long', title: 'Also too long', department: 'Bad' };
        expect(shownMessages(server, client, { notes: true }, false)).toEqual({
            title: 'From the server',
            notes: 'Too long'
        });
        expect(shownMessages(server, client, {}, true)).toEqual(client);
        expect(shownMessages({}, {}, {}, true)).toEqual({});
    });
});
