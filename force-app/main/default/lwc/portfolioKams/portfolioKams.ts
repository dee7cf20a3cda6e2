import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import { percentText } from 'c/portfolioTable';
import type { KamSummary } from 'c/portfolioView';
import headingLabel from '@salesforce/label/c.Portfolio_Kam_Breakdown';
import kamLabel from '@salesforce/label/c.Portfolio_Column_Kam';
import plansLabel from '@salesforce/label/c.Portfolio_Column_Plans';
import staleLabel from '@salesforce/label/c.Portfolio_Column_Stale';
import singleThreadedLabel from '@salesforce/label/c.Portfolio_Column_Single_Threaded';
import atRiskLabel from '@salesforce/label/c.Portfolio_Column_Renewals_At_Risk';
import openPipelineLabel from '@salesforce/label/c.Portfolio_Column_Open_Pipeline';
import wonLabel from '@salesforce/label/c.Portfolio_Column_Won';
import nrrLabel from '@salesforce/label/c.Portfolio_Column_Nrr';
import filterLabel from '@salesforce/label/c.Portfolio_Kam_Filter';
import wonShortLabel from '@salesforce/label/c.Portfolio_Column_Won_Short';
import nrrShortLabel from '@salesforce/label/c.Portfolio_Column_Nrr_Short';

/** Detail of the `kamselect` event: the KAM whose plans the user wants to see. */
export interface KamSelectDetail {
    ownerId: string;
}

interface KamRow {
    ownerId: string;
    ownerName: string;
    actionLabel: string;
    pressed: string;
    className: string;
    planCount: number;
    staleCount: number;
    singleThreadedCount: number;
    renewalAtRiskCount: number;
    openPipeline: number | null;
    wonLast12Months: number | null;
    hasOpenPipeline: boolean;
    hasWon: boolean;
    nrrText: string;
}

/**
 * The portfolio by key account manager: each KAM's plans, stale and single-threaded plans, renewals at risk,
 * open pipeline, won revenue and net revenue retention. A KAM's name filters the portfolio to their plans
 * (`kamselect`); the selected KAM is marked.
 */
export default class PortfolioKams extends LightningElement {
    @api summaries: KamSummary[] | undefined;
    @api currencyCode: string | undefined;
    /** The KAM the portfolio is filtered by ('' for none). */
    @api selectedOwnerId = '';

    labels = {
        heading: headingLabel,
        kam: kamLabel,
        plans: plansLabel,
        stale: staleLabel,
        singleThreaded: singleThreadedLabel,
        atRisk: atRiskLabel,
        openPipeline: openPipelineLabel,
        won: wonLabel,
        wonShort: wonShortLabel,
        nrr: nrrLabel,
        nrrShort: nrrShortLabel
    };

    get hasRows(): boolean {
        return (this.summaries ?? []).length > 0;
    }

    get rows(): KamRow[] {
        return (this.summaries ?? []).map(({ ownerId, ownerName, kpis }) => {
            const selected = ownerId === this.selectedOwnerId;
            return {
                ownerId,
                ownerName,
                actionLabel: formatLabel(filterLabel, ownerName),
                pressed: String(selected),
                className: selected ? 'slds-is-selected' : '',
                planCount: kpis.planCount,
                staleCount: kpis.staleCount,
                singleThreadedCount: kpis.singleThreadedCount,
                renewalAtRiskCount: kpis.renewalAtRiskCount,
                openPipeline: kpis.openPipeline,
                wonLast12Months: kpis.wonLast12Months,
                hasOpenPipeline: typeof kpis.openPipeline === 'number',
                hasWon: typeof kpis.wonLast12Months === 'number',
                nrrText: percentText(kpis.netRevenueRetention)
            };
        });
    }

    handleSelect(event: Event): void {
        const ownerId = (event.currentTarget as HTMLElement).dataset.ownerId ?? '';
        this.dispatchEvent(new CustomEvent<KamSelectDetail>('kamselect', { detail: { ownerId } }));
    }
}
