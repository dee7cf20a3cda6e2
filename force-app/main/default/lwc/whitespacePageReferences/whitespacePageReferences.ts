/**
 * Where a whitespace cell's actions lead: the standard New Opportunity page prefilled for the cell (the unit's
 * account, a name naming product and unit) and record pages. Field names come from schema imports, so the
 * page references stay right with a namespace prefix. Pure module: no DOM.
 */
import type { PageReference } from 'lightning/navigation';
import { formatLabel } from 'c/labelFormat';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import ACCOUNT_FIELD from '@salesforce/schema/Opportunity.AccountId';
import NAME_FIELD from '@salesforce/schema/Opportunity.Name';
import DESCRIPTION_FIELD from '@salesforce/schema/Opportunity.Description';
import opportunityNameLabel from '@salesforce/label/c.Whitespace_Opportunity_Default_Name';
import opportunityDescriptionLabel from '@salesforce/label/c.Whitespace_Opportunity_Default_Description';

/** Opportunity.Name is Text(120). */
const NAME_LIMIT = 120;

/**
 * Encodes default field values the way the New Record page reads them: `Field=value` pairs joined by commas,
 * each value URI-encoded (so a comma or `=` in a value cannot break the list). Blank values are left out.
 */
export function encodeDefaultFieldValues(
    values: Readonly<Record<string, string | null | undefined>>
): string {
    return Object.entries(values)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
        .map(([field, value]) => `${field}=${encodeURIComponent(value)}`)
        .join(',');
}

export interface NewOpportunityTarget {
    /** The business unit's account; the key account when the column is a field value. */
    accountId: string;
    productLabel: string;
    unitLabel: string;
}

/** The standard New Opportunity page, prefilled for a cell. */
export function newOpportunityPage(target: NewOpportunityTarget): PageReference {
    const name = formatLabel(opportunityNameLabel, target.productLabel, target.unitLabel).slice(
        0,
        NAME_LIMIT
    );
    return {
        type: 'standard__objectPage',
        attributes: { objectApiName: OPPORTUNITY_OBJECT.objectApiName, actionName: 'new' },
        state: {
            defaultFieldValues: encodeDefaultFieldValues({
                [ACCOUNT_FIELD.fieldApiName]: target.accountId,
                [NAME_FIELD.fieldApiName]: name,
                [DESCRIPTION_FIELD.fieldApiName]: formatLabel(
                    opportunityDescriptionLabel,
                    target.productLabel,
                    target.unitLabel
                )
            }),
            nooverride: '1'
        }
    };
}

/** A record's page. */
export function recordPage(recordId: string, objectApiName?: string): PageReference {
    return {
        type: 'standard__recordPage',
        attributes: { recordId, ...(objectApiName ? { objectApiName } : {}), actionName: 'view' }
    };
}
