import { createElement } from 'lwc';
import PlanHeader from 'c/planHeader';
import workspaceJson from './data/workspace.json';
import newPlanJson from './data/newPlanWorkspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;

type HeaderElement = HTMLElement & {
    plan?: Apex.PlanDto | null;
    kpis?: Apex.AccountKpis;
    settings?: Apex.WorkspaceSettings;
    picklists?: Apex.WorkspacePicklists;
    hideKpis?: boolean;
};

function mount(workspace: Apex.PlanWorkspace, props: Partial<HeaderElement> = {}): HeaderElement {
    const element = createElement('c-plan-header', { is: PlanHeader }) as HeaderElement;
    Object.assign(element, {
        plan: workspace.plan,
        kpis: workspace.kpis,
        settings: workspace.settings,
        picklists: workspace.picklists,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const text = (element: HTMLElement, selector: string): string | undefined =>
    element.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('c-plan-header', () => {
    it('shows the saved plan at a glance (data state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        expect(text(element, '.plan-name')).toBe('Northwind FY27');
        expect(text(element, '.plan-status')).toContain('Active');
        expect(text(element, '.tier-value')).toBe('c.Keystone_Plan_Tier_1');
        expect(text(element, '.tier-reason')).toBe('c.Keystone_Plan_Tier_Reason');
        expect(text(element, '.freshness-label')).toBe('c.Keystone_Plan_Freshness_Fresh');
        expect(
            (element.shadowRoot?.querySelector('.next-review-due') as HTMLElement & { value: string }).value
        ).toBe('2026-12-07');
        expect(text(element, '.completeness-value')).toBe('86%');
        expect(text(element, '.renewal-risk')).toContain('Medium');
        expect(element.shadowRoot?.querySelector('.renewal-risk')?.className).toContain('slds-theme_warning');
        const won = element.shadowRoot?.querySelector('.won') as HTMLElement & {
            value: number;
            currencyCode: string;
        };
        expect(won.value).toBe(2450000);
        expect(won.currencyCode).toBe('USD');
        expect(text(element, '.kpi-scope')).toBe('c.Keystone_Plan_Kpi_Scope');
        await expect(element).toBeAccessible();
    });

    it('lists each missing item and says where it is fixed', async () => {
        const element = mount(WORKSPACE);
        const handler = jest.fn();
        element.addEventListener('fixitem', handler);
        await flush();
        const fixes = Array.from(
            element.shadowRoot?.querySelectorAll<HTMLElement & { label: string }>(
                'lightning-button.fix-item'
            ) ?? []
        );
        expect(fixes.map((fix) => fix.label)).toEqual(['c.Keystone_Plan_Check_Champion']);
        fixes[0].click();
        expect(handler).toHaveBeenCalledTimes(1);
        expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual({
            itemId: 'champion',
            fix: { kind: 'stakeholders' }
        });
    });

    it('shows a new plan with nothing scored, reviewed or set (empty state)', async () => {
        const element = mount(NEW_PLAN);
        await flush();
        expect(text(element, '.tier-value')).toBe('c.Keystone_Plan_Tier_Not_Tiered');
        expect(text(element, '.tier-reason')).toBe('c.Keystone_Plan_Tier_Reason_Incomplete');
        expect(text(element, '.renewal-date-not-set')).toBe('c.Keystone_Plan_Not_Set');
        expect(text(element, '.renewal-risk')).toContain('c.Keystone_Plan_Not_Set');
        expect(element.shadowRoot?.querySelectorAll('lightning-button.fix-item')).toHaveLength(7);
        await expect(element).toBeAccessible();
    });

    it('says when nothing is missing, and leaves out the figures when asked', async () => {
        const complete = {
            ...(WORKSPACE.plan as Apex.PlanDto),
            championCount: 2,
            completeness: 100,
            renewalRisk: 'High'
        };
        const element = mount(WORKSPACE, { plan: complete, hideKpis: true });
        await flush();
        expect(text(element, '.all-done')).toBe('c.Keystone_Plan_Completeness_All_Done');
        expect(element.shadowRoot?.querySelector('.kpi-won')).toBeNull();
        expect(element.shadowRoot?.querySelector('.renewal-risk')?.className).toContain('slds-theme_error');
    });

    it('renders nothing without a plan, and shows text in names as text', async () => {
        const element = mount(WORKSPACE, { plan: null });
        await flush();
        expect(element.shadowRoot?.querySelector('.plan-header')).toBeNull();

        const hostile = { ...(WORKSPACE.plan as Apex.PlanDto), name: '<img src=x onerror=alert(1)>' };
        const other = mount(WORKSPACE, { plan: hostile });
        await flush();
        expect(text(other, '.plan-name')).toBe('<img src=x onerror=alert(1)>');
        expect(other.shadowRoot?.querySelector('img')).toBeNull();
    });
});
