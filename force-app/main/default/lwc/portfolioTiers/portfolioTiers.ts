import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import type { TierBucket } from 'c/portfolioView';
import headingLabel from '@salesforce/label/c.Portfolio_Tier_Distribution';
import tierCountLabel from '@salesforce/label/c.Portfolio_Tier_Count';
import tierFilterLabel from '@salesforce/label/c.Portfolio_Tier_Filter';

/** Detail of the `tierselect` event: the Tier__c value (or the blank marker) the user chose. */
export interface TierSelectDetail {
    tier: string;
}

interface TierBar extends TierBucket {
    text: string;
    actionLabel: string;
    style: string;
    pressed: string;
}

/**
 * How the portfolio spreads over the tiers: a bar per tier with its plans and share. A tier's name filters
 * the portfolio to it (`tierselect`); the selected tier is marked.
 */
export default class PortfolioTiers extends LightningElement {
    /** From c/portfolioView's tierDistribution, over the rows the table lists. */
    @api tiers: TierBucket[] | undefined;
    /** The tier the portfolio is filtered by ('' for none). */
    @api selectedTier = '';

    labels = { heading: headingLabel };

    get hasTiers(): boolean {
        return (this.tiers ?? []).length > 0;
    }

    get bars(): TierBar[] {
        return (this.tiers ?? []).map((bucket) => ({
            ...bucket,
            text: formatLabel(tierCountLabel, bucket.count, bucket.percent),
            actionLabel: formatLabel(tierFilterLabel, bucket.label),
            style: `width: ${bucket.percent}%`,
            pressed: String(bucket.value === this.selectedTier)
        }));
    }

    handleTier(event: Event): void {
        const tier = (event.currentTarget as HTMLElement).dataset.tier ?? '';
        this.dispatchEvent(new CustomEvent<TierSelectDetail>('tierselect', { detail: { tier } }));
    }
}
