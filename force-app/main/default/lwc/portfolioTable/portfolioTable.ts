/**
 * The portfolio's table of plans: its columns (what each is sorted by, which way first) and how one plan row
 * reads — texts, badges and links computed once per load, so that rendering hundreds of rows only copies
 * values. Money in the rows is formatted here, as lightning-formatted-number formats it (Intl, the user's
 * locale, the portfolio's currency): a base component per figure made 500 rows render markedly slower.
 * Freshness badges come from c/planHealth and tier names from c/tierGuidance, as on the plan itself.
 * Pure module: no DOM.
 */
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/labelFormat';
import { freshnessView } from 'c/planHealth';
import { tierLabel } from 'c/tierGuidance';
import type { Option, PortfolioRow, SortDirection, SortField, SortOrder } from 'c/portfolioView';
import accountLabel from '@salesforce/label/c.Portfolio_Column_Account';
import kamLabel from '@salesforce/label/c.Portfolio_Column_Kam';
import tierHeading from '@salesforce/label/c.Portfolio_Column_Tier';
import freshnessHeading from '@salesforce/label/c.Portfolio_Column_Freshness';
import completenessHeading from '@salesforce/label/c.Portfolio_Column_Completeness';
import relationshipsHeading from '@salesforce/label/c.Portfolio_Column_Relationships';
import renewalHeading from '@salesforce/label/c.Portfolio_Column_Renewal';
import openPipelineHeading from '@salesforce/label/c.Portfolio_Column_Open_Pipeline';
import expansionHeading from '@salesforce/label/c.Portfolio_Column_Expansion_Pipeline';
import wonHeading from '@salesforce/label/c.Portfolio_Column_Won';
import nrrHeading from '@salesforce/label/c.Portfolio_Column_Nrr';
import completenessShort from '@salesforce/label/c.Portfolio_Column_Completeness_Short';
import expansionShort from '@salesforce/label/c.Portfolio_Column_Expansion_Short';
import wonShort from '@salesforce/label/c.Portfolio_Column_Won_Short';
import nrrShort from '@salesforce/label/c.Portfolio_Column_Nrr_Short';
import kamShort from '@salesforce/label/c.Portfolio_Column_Kam_Short';
import sortByLabel from '@salesforce/label/c.Portfolio_Sort_By';
import sortedAscendingLabel from '@salesforce/label/c.Portfolio_Sorted_Ascending';
import sortedDescendingLabel from '@salesforce/label/c.Portfolio_Sorted_Descending';
import reviewByLabel from '@salesforce/label/c.Portfolio_Review_By';
import stakeholdersLabel from '@salesforce/label/c.Portfolio_Stakeholders';
import depthLabel from '@salesforce/label/c.Portfolio_Depth';
import riskLabel from '@salesforce/label/c.Portfolio_Renewal_Risk';
import noRenewalLabel from '@salesforce/label/c.Portfolio_No_Renewal';

export interface Column {
    key: string;
    /** The column's name; `shortLabel` is what the narrow header shows (the name stays its accessible name). */
    label: string;
    shortLabel: string;
    field: SortField;
    /** Numbers are right-aligned and sorted largest first on the first click. */
    numeric: boolean;
}

export const COLUMNS: readonly Column[] = [
    { key: 'account', label: accountLabel, shortLabel: accountLabel, field: 'accountName', numeric: false },
    { key: 'kam', label: kamLabel, shortLabel: kamShort, field: 'ownerName', numeric: false },
    { key: 'tier', label: tierHeading, shortLabel: tierHeading, field: 'tier', numeric: false },
    {
        key: 'freshness',
        label: freshnessHeading,
        shortLabel: freshnessHeading,
        field: 'freshness',
        numeric: false
    },
    {
        key: 'completeness',
        label: completenessHeading,
        shortLabel: completenessShort,
        field: 'completeness',
        numeric: true
    },
    {
        key: 'relationships',
        label: relationshipsHeading,
        shortLabel: relationshipsHeading,
        field: 'relationshipDepth',
        numeric: true
    },
    {
        key: 'renewal',
        label: renewalHeading,
        shortLabel: renewalHeading,
        field: 'renewalDate',
        numeric: false
    },
    {
        key: 'openPipeline',
        label: openPipelineHeading,
        shortLabel: openPipelineHeading,
        field: 'openPipeline',
        numeric: true
    },
    {
        key: 'expansionPipeline',
        label: expansionHeading,
        shortLabel: expansionShort,
        field: 'expansionPipeline',
        numeric: true
    },
    { key: 'won', label: wonHeading, shortLabel: wonShort, field: 'wonLast12Months', numeric: true },
    { key: 'nrr', label: nrrHeading, shortLabel: nrrShort, field: 'netRevenueRetention', numeric: true }
];

export const DEFAULT_SORT: SortOrder = { field: 'accountName', direction: 'asc' };

/** The order after a click on a column header: the other way round on the sorted column, else its first way. */
export function nextSort(current: SortOrder, key: string): SortOrder {
    const column = COLUMNS.find((candidate) => candidate.key === key);
    if (!column) {
        return current;
    }
    if (column.field === current.field) {
        return { field: column.field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
    }
    const direction: SortDirection = column.numeric ? 'desc' : 'asc';
    return { field: column.field, direction };
}

export interface HeaderView {
    key: string;
    label: string;
    shortLabel: string;
    /** `aria-sort` of the header cell. */
    ariaSort: 'ascending' | 'descending' | 'none';
    className: string;
    sorted: boolean;
    iconName: string;
    /** What the header button says to a screen reader ("Sort by Account"), and the current order. */
    sortLabel: string;
    sortedText: string;
}

/** The header cells for the current order. */
export function headerViews(sort: SortOrder): HeaderView[] {
    return COLUMNS.map((column) => {
        const sorted = column.field === sort.field;
        const ascending = sort.direction === 'asc';
        const align = column.numeric ? ' numeric' : '';
        return {
            key: column.key,
            label: column.label,
            shortLabel: column.shortLabel,
            ariaSort: sorted ? (ascending ? 'ascending' : 'descending') : 'none',
            className: `slds-is-sortable${sorted ? ' slds-is-sorted' : ''}${align}`,
            sorted,
            iconName: ascending ? 'utility:arrowup' : 'utility:arrowdown',
            sortLabel: formatLabel(sortByLabel, column.label),
            sortedText: sorted ? (ascending ? sortedAscendingLabel : sortedDescendingLabel) : ''
        };
    });
}

export interface RowView {
    planId: string;
    accountId: string;
    accountName: string;
    accountUrl: string;
    planName: string;
    planUrl: string;
    ownerName: string;
    tierText: string;
    freshnessLabel: string;
    freshnessClass: string;
    reviewText: string;
    completenessText: string;
    stakeholdersText: string;
    depthText: string;
    singleThreaded: boolean;
    renewalText: string;
    riskText: string;
    renewalAtRisk: boolean;
    openPipelineText: string;
    expansionPipelineText: string;
    wonText: string;
    nrrText: string;
}

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC'
});
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const depthFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A date (YYYY-MM-DD) as the user reads it ("Feb 5, 2027"); empty when blank or not a date. */
export function dateText(isoDate: string | null | undefined): string {
    const time = isoDate ? Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) : Number.NaN;
    return Number.isNaN(time) ? '' : dateFormat.format(time);
}

/** A percentage (86 → "86%" in the user's locale); empty when blank. */
export function percentText(value: number | null | undefined): string {
    return typeof value === 'number' ? percentFormat.format(value / 100) : '';
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in a currency as the user reads it ("$1,250,000"), whole units; empty when blank. */
export function moneyText(value: number | null | undefined, currencyCode: string): string {
    if (typeof value !== 'number') {
        return '';
    }
    let format = moneyFormats.get(currencyCode);
    if (!format) {
        format = new Intl.NumberFormat(LOCALE, {
            style: 'currency',
            currency: currencyCode,
            currencyDisplay: 'symbol',
            maximumFractionDigits: 0
        });
        moneyFormats.set(currencyCode, format);
    }
    return format.format(value);
}

/** The Lightning URL of a record page, for the link's href (the click itself navigates through NavigationMixin). */
export function recordUrl(objectApiName: string, recordId: string): string {
    return `/lightning/r/${objectApiName}/${recordId}/view`;
}

const has = (value: number | null | undefined): value is number => typeof value === 'number';

export interface RowContext {
    /** Account_Plan__c with the namespace prefix the platform gives it. */
    planObjectApiName: string;
    /** ISO code of the money figures. */
    currencyCode: string;
    /** The tiers as the server translated them. */
    tierOptions?: readonly Option[];
}

/** How one plan row reads. */
export function rowView(row: PortfolioRow, context: RowContext): RowView {
    const { planObjectApiName, currencyCode, tierOptions = [] } = context;
    const freshness = freshnessView(row.freshness);
    const nextReview = dateText(row.nextReviewDue);
    const renewal = dateText(row.renewalDate);
    return {
        planId: row.planId,
        accountId: row.accountId,
        accountName: row.accountName,
        accountUrl: recordUrl('Account', row.accountId),
        planName: row.planName,
        planUrl: recordUrl(planObjectApiName, row.planId),
        ownerName: row.ownerName,
        tierText: tierOptions.find((option) => option.value === row.tier)?.label ?? tierLabel(row.tier),
        freshnessLabel: freshness.label,
        freshnessClass: freshness.badgeClass,
        reviewText: nextReview ? formatLabel(reviewByLabel, nextReview) : '',
        completenessText: percentText(row.completeness),
        stakeholdersText: formatLabel(stakeholdersLabel, row.stakeholderCount ?? 0),
        depthText: has(row.relationshipDepth)
            ? formatLabel(depthLabel, depthFormat.format(row.relationshipDepth))
            : '',
        singleThreaded: row.singleThreaded,
        renewalText: renewal || noRenewalLabel,
        riskText: row.renewalRisk ? formatLabel(riskLabel, row.renewalRisk) : '',
        renewalAtRisk: row.renewalAtRisk,
        openPipelineText: moneyText(row.openPipeline, currencyCode),
        expansionPipelineText: moneyText(row.expansionPipeline, currencyCode),
        wonText: moneyText(row.wonLast12Months, currencyCode),
        nrrText: percentText(row.netRevenueRetention)
    };
}
