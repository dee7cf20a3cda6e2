import { createElement } from 'lwc';
import PlanDetails from 'c/planDetails';
import { draftFromWorkspace } from 'c/planDraft';
import workspaceJson from './data/workspace.json';
import newPlanJson from './data/newPlanWorkspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;
type Input = HTMLElement & Record<string, unknown>;
type DetailsElement = HTMLElement & {
    plan?: Apex.PlanChanges;
    errors?: Record<string, string>;
    readOnly?: boolean;
    settings?: Apex.WorkspaceSettings;
    picklists?: Apex.WorkspacePicklists;
    focusField(field?: string): void;
    focusFirstError(): boolean;
};

function mount(workspace: Apex.PlanWorkspace, props: Partial<DetailsElement> = {}): DetailsElement {
    const element = createElement('c-plan-details', { is: PlanDetails }) as DetailsElement;
    Object.assign(element, {
        plan: draftFromWorkspace(workspace)?.plan,
        settings: workspace.settings,
        picklists: workspace.picklists,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const field = (element: HTMLElement, name: string): Input =>
    element.shadowRoot?.querySelector(`[data-field="${name}"]`) as Input;

describe('c-plan-details', () => {
    it('shows the name, status, period and cadence (data state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        expect(field(element, 'name').value).toBe('Northwind FY27');
        expect(field(element, 'name').required).toBe(true);
        expect(field(element, 'name').maxLength).toBe(80);
        expect(field(element, 'status').value).toBe('Active');
        expect((field(element, 'status').options as Apex.PicklistOption[]).map((o) => o.value)).toEqual([
            'Draft',
            'Active'
        ]);
        expect(field(element, 'periodStart').value).toBe('2026-04-01');
        expect(field(element, 'periodEnd').value).toBe('2027-03-31');
        expect(field(element, 'reviewCadenceDays').value).toBe(30);
        expect(field(element, 'reviewCadenceDays').fieldLevelHelp).toBe(
            'c.Keystone_Plan_Review_Cadence_Help'
        );
        await expect(element).toBeAccessible();
    });

    it('sends each change converted for the draft', async () => {
        const element = mount(WORKSPACE);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => {
            changes.push((event as CustomEvent<unknown>).detail);
        });
        await flush();
        field(element, 'reviewCadenceDays').dispatchEvent(
            new CustomEvent('change', { detail: { value: '45' } })
        );
        field(element, 'periodEnd').dispatchEvent(new CustomEvent('change', { detail: { value: null } }));
        field(element, 'status').dispatchEvent(new CustomEvent('change', { detail: { value: 'Draft' } }));
        expect(changes).toEqual([
            { recordKey: 'plan', field: 'reviewCadenceDays', value: 45 },
            { recordKey: 'plan', field: 'periodEnd', value: '' },
            { recordKey: 'plan', field: 'status', value: 'Draft' }
        ]);
    });

    it('shows messages at their fields and focuses the first (error state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        const end = field(element, 'periodEnd');
        const setCustomValidity = jest.spyOn(end, 'setCustomValidity' as never);
        const focus = jest.spyOn(end, 'focus');
        element.errors = { 'plan:periodEnd': 'The period end can’t be before the period start.' };
        await flush();
        expect(setCustomValidity).toHaveBeenCalledWith('The period end can’t be before the period start.');
        expect(element.focusFirstError()).toBe(true);
        expect(focus).toHaveBeenCalled();
        element.errors = {};
        await flush();
        expect(setCustomValidity).toHaveBeenLastCalledWith('');
        expect(element.focusFirstError()).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('focuses a named field, or the first one', async () => {
        const element = mount(WORKSPACE);
        await flush();
        const cadence = jest.spyOn(field(element, 'reviewCadenceDays'), 'focus');
        const name = jest.spyOn(field(element, 'name'), 'focus');
        element.focusField('reviewCadenceDays');
        expect(cadence).toHaveBeenCalled();
        element.focusField();
        expect(name).toHaveBeenCalled();
    });

    it('shows a new plan and is read-only when asked (empty and read-only states)', async () => {
        const element = mount(NEW_PLAN, { readOnly: true });
        await flush();
        expect(field(element, 'reviewCadenceDays').value).toBe(90);
        expect(field(element, 'name').readOnly).toBe(true);
        expect(field(element, 'status').readOnly).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('renders empty inputs without a plan, and offers Archived only to show it', async () => {
        const element = mount(WORKSPACE, { plan: undefined, settings: undefined, picklists: undefined });
        await flush();
        expect(field(element, 'name').value).toBeUndefined();
        expect(field(element, 'status').options).toEqual([]);
        const archived = draftFromWorkspace(WORKSPACE)?.plan;
        element.plan = archived ? { ...archived, status: 'Archived' } : undefined;
        element.picklists = WORKSPACE.picklists;
        await flush();
        expect((field(element, 'status').options as Apex.PicklistOption[]).map((o) => o.value)).toEqual([
            'Draft',
            'Active',
            'Archived'
        ]);
    });

    it('ignores change events without a known field', async () => {
        const element = mount(WORKSPACE);
        const changes = jest.fn();
        element.addEventListener('fieldchange', changes);
        await flush();
        const stray = element.shadowRoot?.querySelector('section') as HTMLElement;
        stray.dispatchEvent(new CustomEvent('change', { detail: { value: 'x' } }));
        expect(changes).not.toHaveBeenCalled();
    });
});
