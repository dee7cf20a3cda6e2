import { createElement } from 'lwc';
import PlanCompetitive from 'c/planCompetitive';
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
    const element = createElement('c-plan-competitive', { is: PlanCompetitive }) as SectionElement;
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

describe('c-plan-competitive', () => {
    it('shows the competitor, our position and the notes (data state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        expect(field(element, 'primaryCompetitor').value).toBe('Ironbridge Systems');
        expect(field(element, 'primaryCompetitor').maxLength).toBe(120);
        expect(field(element, 'competitivePosition').value).toBe('Preferred');
        expect((field(element, 'competitivePosition').options as Apex.PicklistOption[])[0]).toEqual({
            value: '',
            label: 'c.Keystone_Plan_None'
        });
        expect(field(element, 'competitiveNotes').value).toContain('Preferred platform');
        await expect(element).toBeAccessible();
    });

    it('sends changes, a cleared position as null', async () => {
        const element = mount(WORKSPACE);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => {
            changes.push((event as CustomEvent<unknown>).detail);
        });
        await flush();
        field(element, 'competitivePosition').dispatchEvent(
            new CustomEvent('change', { detail: { value: '' } })
        );
        field(element, 'competitiveNotes').dispatchEvent(
            new CustomEvent('change', { detail: { value: '<script>alert(1)</script>' } })
        );
        expect(changes).toEqual([
            { recordKey: 'plan', field: 'competitivePosition', value: null },
            { recordKey: 'plan', field: 'competitiveNotes', value: '<script>alert(1)</script>' }
        ]);
    });

    it('shows the text of notes as text', async () => {
        const plan = draftFromWorkspace(WORKSPACE)?.plan;
        const element = mount(WORKSPACE, {
            plan: plan ? { ...plan, competitiveNotes: '<img src=x onerror=alert(1)>' } : undefined,
            readOnly: true
        });
        await flush();
        expect(field(element, 'competitiveNotes').value).toBe('<img src=x onerror=alert(1)>');
        expect(element.shadowRoot?.querySelector('img')).toBeNull();
    });

    it('shows a message at the field (error state)', async () => {
        const element = mount(WORKSPACE, {
            errors: { 'plan:primaryCompetitor': 'Use 120 characters or fewer.' }
        });
        await flush();
        expect(field(element, 'primaryCompetitor').dataset.message).toBe('Use 120 characters or fewer.');
        expect(field(element, 'competitiveNotes').dataset.message).toBeUndefined();
        await expect(element).toBeAccessible();
    });

    it('starts empty on a new plan, read-only when asked (empty and read-only states)', async () => {
        const element = mount(NEW_PLAN, { readOnly: true, picklists: undefined });
        await flush();
        expect(field(element, 'primaryCompetitor').value).toBeNull();
        expect(field(element, 'competitivePosition').value).toBe('');
        expect(field(element, 'competitivePosition').options).toEqual([
            { value: '', label: 'c.Keystone_Plan_None' }
        ]);
        expect(field(element, 'competitiveNotes').readOnly).toBe(true);
        await expect(element).toBeAccessible();
    });
});
