import { createElement } from 'lwc';
import WhitespacePlayForm, { type PlayFieldChange } from 'c/whitespacePlayForm';
import type { EditorNotice } from 'c/whitespaceAnnotationEditor';
import type { PlayDraft } from 'c/whitespaceValidation';
import playJson from './data/play.json';

type FormElement = HTMLElement & {
    draft?: PlayDraft;
    errors?: Record<string, string>;
    typeOptions?: { value: string; label: string }[];
    opportunityOptions?: { value: string; label: string }[];
    heading?: string;
    busy?: boolean;
    notice?: EditorNotice | null;
    focusFirstError(): boolean;
    focusField(field?: string): void;
};
type Input = HTMLElement & Record<string, unknown>;

function mount(props: Partial<FormElement> = {}) {
    const element = createElement('c-whitespace-play-form', { is: WhitespacePlayForm }) as FormElement;
    Object.assign(element, {
        heading: 'New play: Robotic Arm R5 at Northwind Logistics',
        draft: playJson.draft,
        typeOptions: playJson.typeOptions,
        opportunityOptions: playJson.opportunityOptions,
        ...props
    });
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['fieldchange', 'save', 'cancel']) {
        element.addEventListener(type, (event) =>
            events.push({ type, detail: (event as CustomEvent).detail })
        );
    }
    document.body.appendChild(element);
    return { element, events };
}

const flush = (): Promise<void> => Promise.resolve();
const $ = (element: HTMLElement, selector: string): Input | null =>
    element.shadowRoot?.querySelector<Input>(selector) ?? null;
const field = (element: HTMLElement, name: string): Input => $(element, `[data-field="${name}"]`) as Input;
const change = (input: Input, value: unknown): void => {
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
};

describe('c-whitespace-play-form', () => {
    it('shows the prefilled play (data state)', async () => {
        const { element } = mount();
        await flush();
        expect($(element, 'h2')?.textContent).toBe('New play: Robotic Arm R5 at Northwind Logistics');
        expect(field(element, 'name').value).toBe(playJson.draft.name);
        expect(field(element, 'name').maxLength).toBe(80);
        expect(field(element, 'type').value).toBe('Cross-sell');
        expect(field(element, 'estimatedValue').value).toBe(90000);
        expect(field(element, 'opportunityId').value).toBe('');
        expect(field(element, 'opportunityId').options).toEqual([
            { value: '', label: 'c.Whitespace_Play_No_Opportunity' },
            ...playJson.opportunityOptions
        ]);
        await expect(element).toBeAccessible();
    });

    it('starts empty without a draft (empty state)', async () => {
        const { element } = mount({ draft: undefined, opportunityOptions: undefined });
        await flush();
        expect(field(element, 'type').value).toBe('');
        expect(field(element, 'opportunityId').options).toEqual([
            { value: '', label: 'c.Whitespace_Play_No_Opportunity' }
        ]);
        await expect(element).toBeAccessible();
    });

    it('reports each change with the value the draft keeps', async () => {
        const { element, events } = mount();
        await flush();
        change(field(element, 'name'), 'Expand robotics');
        change(field(element, 'type'), 'Expansion');
        change(field(element, 'estimatedValue'), '25000');
        change(field(element, 'dueDate'), '2027-03-31');
        change(field(element, 'opportunityId'), '');
        expect(events.map((event) => event.detail as PlayFieldChange)).toEqual([
            { field: 'name', value: 'Expand robotics' },
            { field: 'type', value: 'Expansion' },
            { field: 'estimatedValue', value: 25000 },
            { field: 'dueDate', value: '2027-03-31' },
            { field: 'opportunityId', value: null }
        ]);
        ($(element, 'section') as Input).dispatchEvent(new CustomEvent('change', { detail: { value: 'x' } }));
        expect(events).toHaveLength(5);
    });

    it('shows messages at the fields and the rest above them (error state)', async () => {
        const { element } = mount({
            errors: { dueDate: 'The due date can’t be before today.' },
            notice: { title: 'The change couldn’t be saved.', messages: ['The plan owner is inactive.'] }
        });
        await flush();
        expect(field(element, 'dueDate').dataset.message).toBe('The due date can’t be before today.');
        expect($(element, '.notice')?.textContent).toContain('The plan owner is inactive.');
        const focus = jest.spyOn(field(element, 'dueDate'), 'focus' as never);
        expect(element.focusFirstError()).toBe(true);
        expect(focus).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('creates, cancels, focuses the name and disables everything while saving', async () => {
        const { element, events } = mount({ busy: true });
        await flush();
        $(element, '.save')?.click();
        $(element, '.cancel')?.click();
        expect(events.map((event) => event.type)).toEqual(['save', 'cancel']);
        expect(field(element, 'name').disabled).toBe(true);
        const focus = jest.spyOn(field(element, 'name'), 'focus' as never);
        element.focusField();
        expect(focus).toHaveBeenCalled();
    });
});
