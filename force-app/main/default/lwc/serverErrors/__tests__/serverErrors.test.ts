import { fieldMessages, reduceErrors } from 'c/serverErrors';
import apexError from './data/apexError.json';
import uiApiError from './data/uiApiError.json';

describe('c/serverErrors', () => {
    describe('reduceErrors', () => {
        it('reads the message of an Apex error', () => {
            // Given an AuraHandledException as the platform delivers it
            // When it is reduced
            const messages = reduceErrors(apexError);
            // Then the user sees the exception's message
            expect(messages).toEqual(['The plan was changed by Ana Silva since you opened it.']);
        });

        it('reads record-level and field-level messages of a UI API error', () => {
            expect(reduceErrors(uiApiError)).toEqual([
                'End date must be on or after the start date.',
                'Score must be between 1 and 5.',
                'You do not have access to this plan.'
            ]);
        });

        it('reads a list of errors, JavaScript errors and strings, without duplicates', () => {
            const messages = reduceErrors([new Error('Network down'), 'Plain text', apexError, apexError]);
            expect(messages).toEqual([
                'Network down',
                'Plain text',
                'The plan was changed by Ana Silva since you opened it.'
            ]);
        });

        it('falls back to the HTTP status text when there is no body', () => {
            expect(reduceErrors({ status: 500, statusText: 'Server Error' })).toEqual(['Server Error']);
        });

        it('reads array bodies', () => {
            expect(reduceErrors({ body: [{ message: 'First' }, { message: 'Second' }] })).toEqual([
                'First',
                'Second'
            ]);
        });

        it('yields nothing for empty or unknown input', () => {
            expect(reduceErrors(undefined)).toEqual([]);
            expect(reduceErrors(null)).toEqual([]);
            expect(reduceErrors(42)).toEqual([]);
            expect(reduceErrors([])).toEqual([]);
            expect(reduceErrors({ body: { message: '   ' } })).toEqual([]);
        });
    });

    describe('fieldMessages', () => {
        it('keys messages by field and keeps record-level ones under the empty key', () => {
            expect(fieldMessages(uiApiError)).toEqual({
                End_Date__c: ['End date must be on or after the start date.'],
                Tier_Score__c: ['Score must be between 1 and 5.'],
                '': ['You do not have access to this plan.']
            });
        });

        it('merges messages for the same field from fieldErrors and output.fieldErrors', () => {
            const error = {
                body: {
                    fieldErrors: { Name: [{ message: 'Required.' }] },
                    output: { fieldErrors: { Name: [{ message: 'Too long.' }] }, errors: [] }
                }
            };
            expect(fieldMessages(error)).toEqual({ Name: ['Required.', 'Too long.'] });
        });

        it('ignores malformed entries', () => {
            const error = {
                body: { fieldErrors: { Name: 'not a list', Other: [{ nope: 1 }] }, pageErrors: 'x' }
            };
            expect(fieldMessages(error)).toEqual({});
            expect(fieldMessages('just text')).toEqual({});
        });
    });
});
