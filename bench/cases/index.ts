/**
 * The benchmark cases. Cases for components that do not exist yet are listed with their data and sizes and
 * are skipped until their bundle exists and is registered in bench/pages/registry.ts.
 */
import { keyAccountIds, sampleDataState } from '../../scripts/workbench/store/seed';
import { buildGrid, gridView } from '../../force-app/main/default/lwc/whitespaceModel/whitespaceModel';
import { orgChartData, portfolioData, whitespaceData } from '../generate';
import type { BenchCase } from './types';

const apexError = (i: number): unknown => ({
    status: 400,
    body: {
        exceptionType: 'System.AuraHandledException',
        message: `Problem number ${i} with this account plan.`
    }
});

export const BENCH_CASES: BenchCase[] = [
    {
        id: 'record-page',
        title: 'Account record page (highlights through getRecord)',
        component: 'wb/recordPage',
        ready: '.highlight',
        sizes: [
            {
                label: 'demo account',
                data: () => {
                    const state = sampleDataState();
                    return { state, recordId: keyAccountIds(state.records)[0] ?? '' };
                },
                props: (d) => ({ recordId: d?.recordId, objectApiName: 'Account' })
            }
        ]
    },
    {
        id: 'error-panel',
        title: 'Error panel with many errors',
        component: 'c/errorPanel',
        bundle: 'errorPanel',
        ready: 'h2.title',
        sizes: [
            {
                label: '10 errors',
                props: () => ({ errors: Array.from({ length: 10 }, (_, i) => apexError(i)) })
            },
            {
                label: '1,000 errors',
                props: () => ({ errors: Array.from({ length: 1000 }, (_, i) => apexError(i)) })
            }
        ]
    },
    {
        id: 'org-chart',
        title: 'Org chart: layout and first render',
        component: 'c/orgChart',
        bundle: 'orgChart',
        ready: '[data-stakeholder-id]',
        budget: '2,000 stakeholders ≤ 500 ms; 2,000 vs 200 ≤ 12×',
        sizes: [
            {
                label: '200 stakeholders',
                data: () => orgChartData(200),
                props: (d) => ({ recordId: d?.recordId })
            },
            {
                label: '2,000 stakeholders',
                data: () => orgChartData(2000),
                props: (d) => ({ recordId: d?.recordId })
            }
        ]
    },
    {
        id: 'whitespace',
        title: 'Whitespace grid: classification and render',
        component: 'c/whitespaceGrid',
        bundle: 'whitespaceGrid',
        ready: '[data-cell]',
        budget: 'classification ≤ 50 ms; render ≤ 300 ms',
        sizes: [
            {
                label: '100 products × 50 units, 20,000 rows',
                data: () => whitespaceData(100, 50, 20_000),
                props: (d) => ({ recordId: d?.recordId })
            }
        ]
    },
    {
        id: 'whitespace-classification',
        title: 'Whitespace grid: classification alone (c/whitespaceModel, in Node)',
        component: 'c/whitespaceModel',
        bundle: 'whitespaceModel',
        ready: '',
        budget: 'classification ≤ 50 ms',
        // Every cell classified, totalled, filtered (none) and sorted, from the grid the in-memory Apex answers.
        node: async ({ apex, data }) => {
            const grid = (await apex('WhitespaceController.getWhitespace', {
                accountId: data?.recordId,
                planId: null
            })) as Parameters<typeof buildGrid>[0];
            return () => {
                gridView(buildGrid(grid), { rowSort: { by: 'won', direction: 'desc' } });
            };
        },
        sizes: [
            {
                label: '100 products × 50 units, 20,000 rows',
                data: () => whitespaceData(100, 50, 20_000),
                props: () => ({})
            }
        ]
    },
    {
        id: 'portfolio',
        title: 'Portfolio',
        component: 'c/portfolio',
        bundle: 'portfolio',
        ready: '[data-plan-id]',
        budget: 'render ≤ 300 ms',
        // The book's 500 plans belong to several KAMs: ALL loads them. The packaged page lists 100 rows before
        // "Show more" (KPIs, tiers and KAMs always cover every plan); the second size lists every row at once.
        sizes: [
            {
                label: '500 plans, 100 rows listed',
                data: () => portfolioData(500),
                props: () => ({ defaultScope: 'ALL', pageSize: 100 })
            },
            {
                label: '500 plans, all rows listed',
                data: () => portfolioData(500),
                props: () => ({ defaultScope: 'ALL', pageSize: 2000 })
            }
        ]
    }
];
