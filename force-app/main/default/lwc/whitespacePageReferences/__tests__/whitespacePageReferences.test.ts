import { encodeDefaultFieldValues, newOpportunityPage, recordPage } from 'c/whitespacePageReferences';
import targetJson from './data/target.json';

describe('c/whitespacePageReferences', () => {
    it('encodes default field values, each value URI-encoded, blanks left out', () => {
        expect(
            encodeDefaultFieldValues({
                Name: 'Arm, R5 = 50% off',
                AccountId: '001A',
                Description: '',
                Other: null
            })
        ).toBe('Name=Arm%2C%20R5%20%3D%2050%25%20off,AccountId=001A');
        expect(encodeDefaultFieldValues({})).toBe('');
    });

    it('opens the standard New Opportunity page prefilled for the cell', () => {
        const reference = newOpportunityPage(targetJson);
        expect(reference.type).toBe('standard__objectPage');
        expect(reference.attributes).toEqual({ objectApiName: 'Opportunity', actionName: 'new' });
        expect(reference.state?.nooverride).toBe('1');
        const values = String(reference.state?.defaultFieldValues).split(',');
        expect(values).toEqual([
            'AccountId=001000000000002AAA',
            'Name=c.Whitespace_Opportunity_Default_Name',
            'Description=c.Whitespace_Opportunity_Default_Description'
        ]);
    });

    it('opens a record page', () => {
        expect(recordPage('006A', 'Opportunity')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '006A', objectApiName: 'Opportunity', actionName: 'view' }
        });
        expect(recordPage('a04A')).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: 'a04A', actionName: 'view' }
        });
    });
});
