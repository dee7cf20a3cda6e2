import { api } from 'lwc';
import OrgChartForm from 'c/orgChartForm';
import { PROMOTION_FIELD_KINDS, type PromotionDraft } from 'c/orgChartDraft';
import { TEXT_LIMITS } from 'c/orgChartValidation';
import type { FieldKind } from 'c/planDraft';
import { formatLabel } from 'c/labelFormat';
import headingLabel from '@salesforce/label/c.OrgChart_Promote_Title';
import introLabel from '@salesforce/label/c.OrgChart_Promote_Intro';
import firstNameLabel from '@salesforce/label/c.OrgChart_Field_First_Name';
import lastNameLabel from '@salesforce/label/c.OrgChart_Field_Last_Name';
import emailLabel from '@salesforce/label/c.OrgChart_Field_Email';
import accountLabel from '@salesforce/label/c.OrgChart_Field_Account';
import titleLabel from '@salesforce/label/c.OrgChart_Field_Title';
import departmentLabel from '@salesforce/label/c.OrgChart_Field_Department';
import promoteLabel from '@salesforce/label/c.OrgChart_Promote_Action';
import cancelLabel from '@salesforce/label/c.Keystone_Plan_Cancel';

/** Turns a placeholder into a real Contact on the account or one of its business units. */
export default class OrgChartPromote extends OrgChartForm {
    @api draft: PromotionDraft | undefined;
    /** The placeholder's name, for the heading. */
    @api personName: string | undefined;
    /** The account and its business units. */
    @api accountOptions: readonly Apex.PicklistOption[] | undefined;

    labels = {
        intro: introLabel,
        firstName: firstNameLabel,
        lastName: lastNameLabel,
        email: emailLabel,
        account: accountLabel,
        title: titleLabel,
        department: departmentLabel,
        promote: promoteLabel,
        cancel: cancelLabel
    };

    limits = TEXT_LIMITS;

    protected override fieldKinds(): Readonly<Record<string, FieldKind | 'checkbox'>> {
        return PROMOTION_FIELD_KINDS;
    }

    get heading(): string {
        return formatLabel(headingLabel, this.personName ?? '');
    }

    get values(): Record<string, string> {
        const request = this.draft?.request;
        return {
            firstName: request?.firstName ?? '',
            lastName: request?.lastName ?? '',
            email: request?.email ?? '',
            accountId: request?.accountId ?? '',
            title: request?.title ?? '',
            department: request?.department ?? ''
        };
    }

    get accounts(): Apex.PicklistOption[] {
        return [...(this.accountOptions ?? [])];
    }
}
