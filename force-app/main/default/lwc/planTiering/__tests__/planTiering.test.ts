import { createElement } from 'lwc';
import PlanTiering from 'c/planTiering';
import { draftFromWorkspace } from 'c/planDraft';
import workspaceJson from './data/workspace.json';
import newPlanJson from './data/newPlanWorkspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;
type Input = HTMLElement & Record<string, unknown>;
type SectionElement = HTMLElement & {
    plan?: Apex.PlanChanges;
    savedPlan?: Apex.PlanDto | null;
    settings?: Apex.WorkspaceSettings;
    errors?: Record<string, string>;
    readOnly?: boolean;
};

function mount(workspace: Apex.PlanWorkspace, props: Partial<SectionElement> = {}): SectionElement {
    const element = createElement('c-plan-tiering', { is: PlanTiering }) as SectionElement;
    Object.assign(element, {
        plan: draftFromWorkspace(workspace)?.plan,
        savedPlan: workspace.plan,
        settings: workspace.settings,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const field = (element: HTMLElement, name: string): Input =>
    element.shadowRoot?.querySelector(`[data-field="${name}"]`) as Input;
const text = (element: HTMLElement, selector: string): string | undefined =>
    element.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('c-plan-tiering', () => {
    it('shows the five scores with their guidance and weight, and the saved tier with its reason (data state)', async () => {
        const element = mount(WORKSPACE);
        await flush();
        const combos = Array.from(element.shadowRoot?.querySelectorAll<Input>('lightning-combobox') ?? []);
        expect(combos.map((combo) => [combo.dataset.field, combo.value])).toEqual([
            ['scoreCurrentRevenue', '5'],
            ['scoreGrowthPotential', '5'],
            ['scoreStrategicFit', '4'],
            ['scoreCompetitivePosition', '3'],
            ['scoreRelationshipDepth', '3']
        ]);
        expect((combos[0].options as unknown[]).length).toBe(6);
        expect(combos[0].fieldLevelHelp).toBe('c.Keystone_Plan_Score_Weight');
        const guidance = Array.from(element.shadowRoot?.querySelectorAll('.guidance') ?? []).map(
            (p) => p.textContent
        );
        expect(guidance[0]).toBe('c.Keystone_Tier_Guidance_Current_Revenue_5');
        expect(guidance[3]).toBe('c.Keystone_Tier_Guidance_Competitive_Position_3');
        expect(text(element, '.tier-value')).toBe('c.Keystone_Plan_Tier_1');
        expect(text(element, '.tier-reason')).toBe('c.Keystone_Plan_Tier_Reason');
        expect(element.shadowRoot?.querySelector('.tier-after-save')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('sends a score as a number, and says the tier follows on save', async () => {
        const element = mount(WORKSPACE);
        const changes: unknown[] = [];
        element.addEventListener('fieldchange', (event) => {
            changes.push((event as CustomEvent<unknown>).detail);
        });
        await flush();
        field(element, 'scoreRelationshipDepth').dispatchEvent(
            new CustomEvent('change', { detail: { value: '5' } })
        );
        field(element, 'scoreStrategicFit').dispatchEvent(
            new CustomEvent('change', { detail: { value: '' } })
        );
        expect(changes).toEqual([
            { recordKey: 'plan', field: 'scoreRelationshipDepth', value: 5 },
            { recordKey: 'plan', field: 'scoreStrategicFit', value: null }
        ]);
        const plan = draftFromWorkspace(WORKSPACE)?.plan;
        element.plan = plan ? { ...plan, scoreRelationshipDepth: 5 } : undefined;
        await flush();
        expect(text(element, '.tier-after-save')).toBe('c.Keystone_Plan_Tier_After_Save');
        expect(text(element, '.tier-value')).toBe('c.Keystone_Plan_Tier_1');
    });

    it('shows a score message at its score (error state)', async () => {
        const element = mount(WORKSPACE, { errors: { 'plan:scoreStrategicFit': 'Score from 1 to 5.' } });
        await flush();
        expect(field(element, 'scoreStrategicFit').dataset.message).toBe('Score from 1 to 5.');
        expect(field(element, 'scoreCurrentRevenue').dataset.message).toBeFalsy();
        await expect(element).toBeAccessible();
    });

    it('asks for all five scores on a new plan, read-only when asked (empty and read-only states)', async () => {
        const element = mount(NEW_PLAN, { readOnly: true });
        await flush();
        expect(field(element, 'scoreCurrentRevenue').value).toBe('');
        expect(field(element, 'scoreCurrentRevenue').readOnly).toBe(true);
        expect(text(element, '.guidance')).toBe('');
        expect(text(element, '.tier-value')).toBe('c.Keystone_Plan_Tier_Not_Tiered');
        expect(text(element, '.tier-reason')).toBe('c.Keystone_Plan_Tier_Reason_Incomplete');
        await expect(element).toBeAccessible();
    });

    it('works without a saved plan or settings', async () => {
        const element = mount(WORKSPACE, { savedPlan: null, settings: undefined, plan: undefined });
        await flush();
        expect(field(element, 'scoreCurrentRevenue').fieldLevelHelp).toBe('');
        expect(element.shadowRoot?.querySelector('.tier-after-save')).toBeNull();
    });
});
