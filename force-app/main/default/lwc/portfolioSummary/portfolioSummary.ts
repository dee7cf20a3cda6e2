import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/labelFormat';
import { freshnessView } from 'c/planHealth';
import { percentText } from 'c/portfolioTable';
import type { PortfolioKpis } from 'c/portfolioView';
import plansLabel from '@salesforce/label/c.Portfolio_Kpi_Plans';
import freshnessLabel from '@salesforce/label/c.Portfolio_Kpi_Freshness';
import singleThreadedLabel from '@salesforce/label/c.Portfolio_Kpi_Single_Threaded';
import singleThreadedHelpLabel from '@salesforce/label/c.Portfolio_Kpi_Single_Threaded_Help';
import renewalsAtRiskLabel from '@salesforce/label/c.Portfolio_Kpi_Renewals_At_Risk';
import upcomingRenewalsLabel from '@salesforce/label/c.Portfolio_Kpi_Upcoming_Renewals';
import openPipelineLabel from '@salesforce/label/c.Portfolio_Kpi_Open_Pipeline';
import expansionPipelineLabel from '@salesforce/label/c.Portfolio_Kpi_Expansion_Pipeline';
import wonLabel from '@salesforce/label/c.Portfolio_Kpi_Won';
import nrrLabel from '@salesforce/label/c.Portfolio_Kpi_Nrr';
import nrrHelpLabel from '@salesforce/label/c.Portfolio_Kpi_Nrr_Help';
import nrrNoBaseLabel from '@salesforce/label/c.Portfolio_Kpi_Nrr_No_Base';
import noFigureLabel from '@salesforce/label/c.Portfolio_No_Figure';
import freshnessCountLabel from '@salesforce/label/c.Portfolio_Freshness_Count';

interface MoneyTile {
    key: string;
    label: string;
    value: number | null;
    blank: boolean;
}

interface FreshnessPart {
    key: string;
    text: string;
    className: string;
}

/**
 * The portfolio at a glance: KPI tiles — plans and their freshness, single-threaded plans, renewals at risk,
 * open and expansion pipeline, won revenue, net revenue retention. Shows the figures it is given:
 * c/portfolioView computes them from the rows the table lists.
 */
export default class PortfolioSummary extends LightningElement {
    @api kpis: PortfolioKpis | undefined;
    /** ISO code of the money figures. */
    @api currencyCode: string | undefined;
    @api renewalHorizonDays: number | undefined;

    labels = {
        plans: plansLabel,
        freshness: freshnessLabel,
        singleThreaded: singleThreadedLabel,
        singleThreadedHelp: singleThreadedHelpLabel,
        renewalsAtRisk: renewalsAtRiskLabel,
        nrr: nrrLabel,
        noFigure: noFigureLabel
    };

    get hasKpis(): boolean {
        return Boolean(this.kpis);
    }

    get freshnessParts(): FreshnessPart[] {
        const kpis = this.kpis;
        if (!kpis) {
            return [];
        }
        const parts: [string, number][] = [
            ['Fresh', kpis.freshCount],
            ['Due', kpis.dueCount],
            ['Stale', kpis.staleCount]
        ];
        if (kpis.noFreshnessCount > 0) {
            parts.push(['', kpis.noFreshnessCount]);
        }
        return parts.map(([key, count]) => {
            const view = freshnessView(key);
            return {
                key: key || 'none',
                text: formatLabel(freshnessCountLabel, count, view.label),
                className: `${view.badgeClass} freshness-${key || 'none'}`
            };
        });
    }

    get upcomingText(): string {
        return formatLabel(
            upcomingRenewalsLabel,
            this.kpis?.upcomingRenewalCount ?? 0,
            this.renewalHorizonDays ?? 0
        );
    }

    get moneyTiles(): MoneyTile[] {
        const kpis = this.kpis;
        const tile = (key: string, label: string, value: number | null | undefined): MoneyTile => ({
            key,
            label,
            value: value ?? null,
            blank: typeof value !== 'number'
        });
        return [
            tile('openPipeline', openPipelineLabel, kpis?.openPipeline),
            tile('expansionPipeline', expansionPipelineLabel, kpis?.expansionPipeline),
            tile('won', wonLabel, kpis?.wonLast12Months)
        ];
    }

    get hasNrr(): boolean {
        return typeof this.kpis?.netRevenueRetention === 'number';
    }

    get nrrText(): string {
        return percentText(this.kpis?.netRevenueRetention);
    }

    get nrrHelp(): string {
        return this.hasNrr ? formatLabel(nrrHelpLabel, this.kpis?.retentionPlanCount ?? 0) : nrrNoBaseLabel;
    }
}
