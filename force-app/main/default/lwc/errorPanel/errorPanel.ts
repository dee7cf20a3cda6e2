import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/serverErrors';
import titleLabel from '@salesforce/label/c.Keystone_Error_Title';
import showDetailsLabel from '@salesforce/label/c.Keystone_Error_Details_Show';
import hideDetailsLabel from '@salesforce/label/c.Keystone_Error_Details_Hide';

/**
 * Shows one error, or a list of errors, from Apex, UI API or JavaScript as an SLDS alert: a plain title and,
 * on request, each readable message. Renders nothing when there is no error.
 */
export default class ErrorPanel extends LightningElement {
    /** An error or a list of errors as delivered by a wire, an imperative call or a catch block. */
    @api errors: unknown;
    /** Overrides the default title. */
    @api friendlyMessage: string | undefined;

    showDetails = false;

    get hasErrors(): boolean {
        return this.messages.length > 0;
    }

    get messages(): string[] {
        return reduceErrors(this.errors);
    }

    get heading(): string {
        return this.friendlyMessage || titleLabel;
    }

    get toggleLabel(): string {
        return this.showDetails ? hideDetailsLabel : showDetailsLabel;
    }

    get toggleIcon(): string {
        return this.showDetails ? 'utility:chevrondown' : 'utility:chevronright';
    }

    handleToggle(): void {
        this.showDetails = !this.showDetails;
    }
}
