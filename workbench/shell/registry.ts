/**
 * Which Keystone components the workbench places on which page, as an admin places them with Lightning App
 * Builder. A component that should appear in the workbench registers itself here with one entry: its
 * constructor, the page and region, and the properties App Builder would set (record pages pass `recordId`
 * and `objectApiName`).
 *
 *   import AccountPlanWorkspace from 'c/accountPlanWorkspace';
 *   { id: 'accountPlanWorkspace', tag: 'c-account-plan-workspace', page: ACCOUNT_RECORD_PAGE, region: 'main',
 *     component: AccountPlanWorkspace, properties: ({ recordId, objectApiName }) => ({ recordId, objectApiName }) }
 */
import type { LightningElement } from 'lwc';
import AccountPlanWorkspace from 'c/accountPlanWorkspace';
import OrgChart from 'c/orgChart';
import Portfolio from 'c/portfolio';
import WhitespaceGrid from 'c/whitespaceGrid';

/** A record page of one object, or a Lightning app page (reached through its tab). */
export type PageTarget = { type: 'record'; objectApiName: string } | { type: 'app'; apiName: string };

export const ACCOUNT_RECORD_PAGE: PageTarget = { type: 'record', objectApiName: 'Account' };
export const PORTFOLIO_APP_PAGE: PageTarget = { type: 'app', apiName: 'Keystone_Portfolio' };

/** What the page tells its components. */
export interface PageContext {
    recordId?: string;
    objectApiName?: string;
}

export type Region = 'main' | 'sidebar';

export interface PlacedComponent {
    /** Unique within the registry. */
    id: string;
    /** The component's tag, as it appears in the DOM (`c-account-plan-workspace`). */
    tag: string;
    page: PageTarget;
    region: Region;
    component: typeof LightningElement;
    properties: (context: PageContext) => Record<string, unknown>;
}

export const PLACED_COMPONENTS: readonly PlacedComponent[] = [
    {
        id: 'accountPlanWorkspace',
        tag: 'c-account-plan-workspace',
        page: ACCOUNT_RECORD_PAGE,
        region: 'main',
        component: AccountPlanWorkspace,
        properties: ({ recordId, objectApiName }) => ({ recordId, objectApiName })
    },
    {
        id: 'orgChart',
        tag: 'c-org-chart',
        page: ACCOUNT_RECORD_PAGE,
        region: 'main',
        component: OrgChart,
        properties: ({ recordId, objectApiName }) => ({ recordId, objectApiName })
    },
    {
        id: 'whitespaceGrid',
        tag: 'c-whitespace-grid',
        page: ACCOUNT_RECORD_PAGE,
        region: 'main',
        component: WhitespaceGrid,
        properties: ({ recordId, objectApiName }) => ({ recordId, objectApiName })
    },
    {
        id: 'portfolio',
        tag: 'c-portfolio',
        page: PORTFOLIO_APP_PAGE,
        region: 'main',
        component: Portfolio,
        // As on the packaged Keystone_Portfolio page.
        properties: () => ({ defaultScope: 'MY_TEAM', pageSize: 100 })
    }
];

/** Components placed at run time by test and benchmark pages (never by the product's pages). */
const runtimePlacements: PlacedComponent[] = [];

export function placeComponent(placed: PlacedComponent): void {
    runtimePlacements.push(placed);
}

function samePage(a: PageTarget, b: PageTarget): boolean {
    return a.type === 'record' && b.type === 'record'
        ? a.objectApiName === b.objectApiName
        : a.type === 'app' && b.type === 'app' && a.apiName === b.apiName;
}

/** A placed component ready to render: its constructor and the properties for this page. */
export interface PlacedView {
    id: string;
    tag: string;
    component: typeof LightningElement;
    properties: Record<string, unknown>;
}

/** The components placed in one region of a page, in registry order, with their properties. */
export function placedIn(page: PageTarget, region: Region, context: PageContext): PlacedView[] {
    return [...PLACED_COMPONENTS, ...runtimePlacements]
        .filter((placed) => placed.region === region && samePage(placed.page, page))
        .map((placed) => ({
            id: placed.id,
            tag: placed.tag,
            component: placed.component,
            properties: placed.properties(context)
        }));
}
