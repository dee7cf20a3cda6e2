import { createElement } from 'lwc';
import PlanRenewal from 'c/planRenewal';
import { draftFromWorkspace } from 'c/planDraft';
import workspaceJson from './data/workspace.json';
import newPlanJson from './data/newPlanWorkspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;
type Input = HTMLElement & Record<string, unknown>;
type SectionElement = HTMLElement & {
    plan?: Apex.PlanChanges;
    errors?: Record<string, string>;
    readOnly?: boolean;
    picklists?: Apex.WorkspacePicklists;
};

function mount(workspace: Apex.PlanWorkspace, props: Partial<SectionElement> = {}): SectionElement {
    const element = createElement('c-plan-renewal', { is: PlanRenewal }) as SectionElement;
    Object.assign(element, {
        plan: draftFromWorkspace(workspace)?.plan,
        picklists: workspace.picklists,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const field = (element: HTMLElement, name: string): Input =>
    element.shadowRoot?.querySelector(`[data-field="${name}"]`) as Input;

describe('c-plan-renewal', () => {
    it('shows the renewal date, risk and reason, the reason required for Medium risk (data state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        expect(field(element, 'renewalDate').value).toBe('2027-02-26');
        expect(field(element, 'renewalRisk').value).toBe('Medium');
        expect(field(element, 'renewalRiskReason').value).toBe('Logistics escalated the Q3 platform outage.');
        expect(field(element, 'renewalRiskReason').required).toBe(true);
        expect(field(element, 'renewalRiskReason').messageWhenValueMissing).toBe(
            'c.Keystone_Error_Renewal_Risk_Reason_Required'
        );
        await expect(element).toBeAccessible();
    });

    it('sends a risk change, and the reason follows the risk', async () => {
        const element = mount(WORKSPACE);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => {
            changes.push((event as CustomEvent<unknown>).detail);
        });
        await flush();
        field(element, 'renewalRisk').dispatchEvent(new CustomEvent('change', { detail: { value: 'Low' } }));
        field(element, 'renewalDate').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        expect(changes).toEqual([
            { recordKey: 'plan', field: 'renewalRisk', value: 'Low' },
            { recordKey: 'plan', field: 'renewalDate', value: null }
        ]);
        const plan = draftFromWorkspace(WORKSPACE)?.plan;
        element.plan = plan ? { ...plan, renewalRisk: 'Low' } : undefined;
        await flush();
        expect(field(element, 'renewalRiskReason').required).toBe(false);
    });

    it('shows the reason message at the reason (error state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        const reason = field(element, 'renewalRiskReason');
        const setCustomValidity = jest.spyOn(reason, 'setCustomValidity' as never);
        element.errors = { 'plan:renewalRiskReason': 'Say why the renewal is at risk.' };
        await flush();
        expect(reason.dataset.message).toBe('Say why the renewal is at risk.');
        expect(setCustomValidity).toHaveBeenCalledWith('Say why the renewal is at risk.');
        await expect(element).toBeAccessible();
    });

    it('starts empty on a new plan, read-only when asked (empty and read-only states)', async () => {
        const element = mount(NEW_PLAN, { readOnly: true, picklists: undefined });
        await flush();
        expect(field(element, 'renewalDate').value).toBeNull();
        expect(field(element, 'renewalRisk').value).toBe('');
        expect(field(element, 'renewalRiskReason').required).toBe(false);
        expect(field(element, 'renewalRisk').readOnly).toBe(true);
        await expect(element).toBeAccessible();
    });
});
