import { createElement } from 'lwc';
import PlanObjectives from 'c/planObjectives';
import workspaceJson from './data/workspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
type Child = HTMLElement & Record<string, unknown>;
type ObjectivesElement = HTMLElement & {
    objectives?: readonly Apex.ObjectiveDto[];
    errors?: Record<string, string>;
    readOnly?: boolean;
    picklists?: Apex.WorkspacePicklists;
    ownerOptions?: Apex.PicklistOption[];
    focusField(field?: string, recordKey?: string): void;
    focusFirstError(): boolean;
};

const [FIRST, SECOND, THIRD] = WORKSPACE.objectives.map((objective) => objective.key);

function mount(props: Partial<ObjectivesElement> = {}): ObjectivesElement {
    const element = createElement('c-plan-objectives', { is: PlanObjectives }) as ObjectivesElement;
    Object.assign(element, {
        objectives: WORKSPACE.objectives,
        picklists: WORKSPACE.picklists,
        ownerOptions: WORKSPACE.ownerOptions,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const $ = (element: HTMLElement, selector: string): Child =>
    element.shadowRoot?.querySelector(selector) as Child;
const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const input = (element: HTMLElement, key: string, field: string): Child =>
    $(element, `[data-record-key="${key}"][data-field="${field}"]`);
const button = (element: HTMLElement, key: string, action: string): Child =>
    $(element, `[data-key="${key}"][data-action="${action}"]`);

/** Collects the details of one event type. */
function listen(element: HTMLElement, type: string): unknown[] {
    const details: unknown[] = [];
    element.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
    return details;
}

/** The base-component stubs are not focusable in jsdom: record what the component focuses instead. */
let focused: HTMLElement[] = [];
const lastFocused = (): HTMLElement | undefined => focused[focused.length - 1];

describe('c-plan-objectives', () => {
    beforeEach(() => {
        focused = [];
        jest.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function record(this: HTMLElement) {
            focused.push(this);
        });
    });

    afterEach(() => {
        jest.restoreAllMocks();
    });

    it('shows each objective with its fields, position and actions, overdue ones marked (data state)', async () => {
        const element = mount();
        await flush();
        const rows = $$(element, 'li.objective');
        expect(rows.map((row) => row.dataset.row)).toEqual([FIRST, SECOND, THIRD]);
        expect(input(element, FIRST, 'name').value).toBe('Cut unplanned downtime by 20%');
        expect(input(element, SECOND, 'ownerId').value).toBe('005000000000002AAA');
        expect(input(element, SECOND, 'dueDate').value).toBe('2026-10-30');
        expect(input(element, THIRD, 'status').value).toBe('Not Started');
        expect(rows[1].className).toContain('overdue');
        expect(rows[1].querySelector('.overdue-badge')?.textContent).toBe(
            'c.Keystone_Plan_Objective_Overdue'
        );
        expect(rows[0].querySelector('.overdue-badge')).toBeNull();
        expect(button(element, FIRST, 'up').disabled).toBe(true);
        expect(button(element, FIRST, 'down').disabled).toBe(false);
        expect(button(element, THIRD, 'down').disabled).toBe(true);
        expect(button(element, FIRST, 'up').alternativeText).toBe('c.Keystone_Plan_Objective_Move_Up');
        expect($(element, '.empty')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('sends field changes for the objective they belong to', async () => {
        const element = mount();
        const changes = listen(element, 'fieldchange');
        await flush();
        input(element, SECOND, 'dueDate').dispatchEvent(
            new CustomEvent('change', { detail: { value: '2027-01-15' } })
        );
        input(element, FIRST, 'ownerId').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        input(element, THIRD, 'name').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        button(element, SECOND, 'complete').click();
        expect(changes).toEqual([
            { recordKey: SECOND, field: 'dueDate', value: '2027-01-15' },
            { recordKey: FIRST, field: 'ownerId', value: null },
            { recordKey: THIRD, field: 'name', value: '' },
            { recordKey: SECOND, field: 'status', value: 'Achieved' }
        ]);
    });

    it('moves objectives with the keyboard buttons, keeps focus on the moved one and announces it', async () => {
        const element = mount();
        const moves = listen(element, 'objectivemove');
        // The workspace moves the objective while handling the event, as here.
        const orders: Apex.ObjectiveDto[][] = [
            [WORKSPACE.objectives[1], WORKSPACE.objectives[0], WORKSPACE.objectives[2]],
            [WORKSPACE.objectives[1], WORKSPACE.objectives[2], WORKSPACE.objectives[0]]
        ];
        element.addEventListener('objectivemove', () => {
            element.objectives = orders.shift();
        });
        await flush();
        button(element, SECOND, 'up').click();
        expect(moves).toEqual([{ key: SECOND, delta: -1 }]);
        await flush();
        expect($(element, '.announcement').textContent).toBe('c.Keystone_Plan_Objective_Moved');
        // Now first: its up button is disabled, so focus goes to its down button.
        expect(lastFocused()).toBe(button(element, SECOND, 'down'));

        button(element, THIRD, 'down').click();
        expect(moves).toHaveLength(1);

        button(element, FIRST, 'down').click();
        await flush();
        expect(lastFocused()).toBe(button(element, FIRST, 'up'));
    });

    it('adds an objective and puts the cursor in its name', async () => {
        const element = mount();
        const adds = listen(element, 'objectiveadd');
        await flush();
        $(element, '.add-objective').click();
        expect(adds).toHaveLength(1);
        const added: Apex.ObjectiveDto = { ...WORKSPACE.objectives[0], id: null, key: 'new-1', name: '' };
        element.objectives = [...WORKSPACE.objectives, added];
        await flush();
        expect(lastFocused()).toBe(input(element, 'new-1', 'name'));
    });

    it('removes an objective, announces it and returns focus to Add', async () => {
        const element = mount();
        const removals = listen(element, 'objectiveremove');
        await flush();
        button(element, SECOND, 'remove').click();
        expect(removals).toEqual([{ key: SECOND }]);
        element.objectives = [WORKSPACE.objectives[0], WORKSPACE.objectives[2]];
        await flush();
        expect($(element, '.announcement').textContent).toBe('c.Keystone_Plan_Objective_Removed');
        expect(lastFocused()).toBe($(element, '.add-objective'));
    });

    it('shows messages at the fields of their objective and focuses the first (error state)', async () => {
        const element = mount({
            errors: {
                [`${SECOND}:dueDate`]: 'The due date can’t be before the plan period starts.',
                'plan:name': 'Not ours.'
            }
        });
        await flush();
        expect(input(element, SECOND, 'dueDate').dataset.message).toBe(
            'The due date can’t be before the plan period starts.'
        );
        expect(input(element, FIRST, 'dueDate').dataset.message).toBeFalsy();
        expect(element.focusFirstError()).toBe(true);
        expect(lastFocused()).toBe(input(element, SECOND, 'dueDate'));
        await expect(element).toBeAccessible();
    });

    it('focuses an objective field, or Add for the section', async () => {
        const element = mount();
        await flush();
        element.focusField('target', THIRD);
        expect(lastFocused()).toBe(input(element, THIRD, 'target'));
        element.focusField();
        expect(lastFocused()).toBe($(element, '.add-objective'));
    });

    it('invites the first objective when there is none (empty state)', async () => {
        const element = mount({ objectives: [] });
        await flush();
        expect($(element, '.empty').textContent).toBe('c.Keystone_Plan_Objectives_Empty');
        expect($$(element, 'li.objective')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('shows objectives without actions when read-only', async () => {
        const element = mount({ readOnly: true, picklists: undefined, ownerOptions: undefined });
        await flush();
        expect($(element, '.add-objective')).toBeNull();
        expect($$(element, 'lightning-button-icon')).toHaveLength(0);
        expect(input(element, FIRST, 'name').readOnly).toBe(true);
        // The owner stays shown even when no longer among the owner options.
        expect(input(element, FIRST, 'ownerId').options).toEqual([
            { value: '', label: 'c.Keystone_Plan_None' },
            { value: '005000000000001AAA', label: 'Ava Brooks' }
        ]);
        element.focusField();
        expect(lastFocused()).toBe(input(element, FIRST, 'name'));
        await expect(element).toBeAccessible();
    });

    it('hides "mark achieved" for an achieved objective and ignores stray events', async () => {
        const achieved = { ...WORKSPACE.objectives[0], status: 'Achieved' };
        const element = mount({ objectives: [achieved] });
        const changes = listen(element, 'fieldchange');
        await flush();
        expect(button(element, FIRST, 'complete')).toBeNull();
        $(element, 'section').dispatchEvent(new CustomEvent('change', { detail: { value: 'x' } }));
        expect(changes).toHaveLength(0);
    });
});
