import { createElement } from 'lwc';
import WhitespaceAnnotationEditor, {
    type CellConflictView,
    type CellFieldChange,
    type EditorNotice
} from 'c/whitespaceAnnotationEditor';
import type { CellDraft } from 'c/whitespaceValidation';
import draftJson from './data/draft.json';

type EditorElement = HTMLElement & {
    draft?: CellDraft;
    errors?: Record<string, string>;
    statusOptions?: { value: string; label: string }[];
    heading?: string;
    busy?: boolean;
    conflict?: CellConflictView | null;
    notice?: EditorNotice | null;
    focusFirstError(): boolean;
    focusField(field?: string): void;
};
type Input = HTMLElement & Record<string, unknown>;

function mount(props: Partial<EditorElement> = {}) {
    const element = createElement('c-whitespace-annotation-editor', {
        is: WhitespaceAnnotationEditor
    }) as EditorElement;
    Object.assign(element, {
        heading: 'Annotate Robotic Arm R5 at Northwind',
        draft: draftJson.draft,
        statusOptions: draftJson.statusOptions,
        ...props
    });
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['fieldchange', 'save', 'cancel', 'keepmine', 'taketheirs']) {
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

describe('c-whitespace-annotation-editor', () => {
    it('shows the draft, the competitor required when Competitor Held (data state)', async () => {
        const { element } = mount();
        await flush();
        expect($(element, 'h2')?.textContent).toBe('Annotate Robotic Arm R5 at Northwind');
        expect(field(element, 'status').value).toBe('Competitor Held');
        expect(field(element, 'status').options).toEqual(draftJson.statusOptions);
        expect(field(element, 'competitor').value).toBe('Acme Robotics');
        expect(field(element, 'competitor').required).toBe(true);
        expect(field(element, 'competitor').maxLength).toBe(120);
        expect(field(element, 'potentialValue').value).toBe(60000);
        expect(field(element, 'note').maxLength).toBe(255);
        expect($(element, '.conflict')).toBeNull();
        expect($(element, '.notice')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('starts empty for a new annotation (empty state)', async () => {
        const { element } = mount({ draft: undefined, statusOptions: undefined });
        await flush();
        expect(field(element, 'status').value).toBe('');
        expect(field(element, 'competitor').required).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('reports each change with the value the draft keeps', async () => {
        const { element, events } = mount();
        await flush();
        change(field(element, 'status'), 'Targeted');
        change(field(element, 'competitor'), '');
        change(field(element, 'potentialValue'), '1500.5');
        change(field(element, 'potentialValue'), '');
        change(field(element, 'note'), 'Pilot in Q3');
        expect(events.map((event) => event.detail as CellFieldChange)).toEqual([
            { field: 'status', value: 'Targeted' },
            { field: 'competitor', value: null },
            { field: 'potentialValue', value: 1500.5 },
            { field: 'potentialValue', value: null },
            { field: 'note', value: 'Pilot in Q3' }
        ]);
    });

    it('shows messages at the fields and focuses the first (error state)', async () => {
        const { element } = mount();
        await flush();
        const competitor = field(element, 'competitor');
        const setCustomValidity = jest.spyOn(competitor, 'setCustomValidity' as never);
        element.errors = { competitor: 'Name the competitor that holds this cell.' };
        element.notice = { title: 'Fix the highlighted fields', messages: ['This opportunity is closed.'] };
        await flush();
        expect(setCustomValidity).toHaveBeenCalledWith('Name the competitor that holds this cell.');
        expect($(element, '.notice')?.textContent).toContain('This opportunity is closed.');
        const focus = jest.spyOn(competitor, 'focus' as never);
        expect(element.focusFirstError()).toBe(true);
        expect(focus).toHaveBeenCalled();
        await expect(element).toBeAccessible();
        element.errors = {};
        await flush();
        expect(element.focusFirstError()).toBe(false);
    });

    it('focuses a field on request', async () => {
        const { element } = mount();
        await flush();
        const status = jest.spyOn(field(element, 'status'), 'focus' as never);
        const note = jest.spyOn(field(element, 'note'), 'focus' as never);
        element.focusField();
        element.focusField('note');
        expect(status).toHaveBeenCalled();
        expect(note).toHaveBeenCalled();
    });

    it('saves and cancels', async () => {
        const { element, events } = mount();
        await flush();
        $(element, '.save')?.click();
        $(element, '.cancel')?.click();
        expect(events.map((event) => event.type)).toEqual(['save', 'cancel']);
    });

    it('shows what is saved now after a conflict, with both ways out', async () => {
        const { element, events } = mount({ conflict: draftJson.conflict });
        await flush();
        expect($(element, '.conflict')?.textContent).toContain('Decided by procurement');
        expect($(element, '.conflict-message')?.textContent).toBe(draftJson.conflict.message);
        $(element, '.keep-mine')?.click();
        $(element, '.take-theirs')?.click();
        expect(events.map((event) => event.type)).toEqual(['keepmine', 'taketheirs']);
        await expect(element).toBeAccessible();
    });

    it('offers only to save again when the annotation was deleted', async () => {
        const { element } = mount({ conflict: { ...draftJson.conflict, deleted: true, known: false } });
        await flush();
        expect($(element, '.conflict-deleted')?.textContent).toBe('c.Whitespace_Conflict_Deleted');
        expect($(element, '.conflict-current')).toBeNull();
        expect($(element, '.take-theirs')).toBeNull();
        expect($(element, '.keep-mine')).not.toBeNull();
    });

    it('disables everything while saving', async () => {
        const { element } = mount({ busy: true });
        await flush();
        expect(field(element, 'status').disabled).toBe(true);
        expect($(element, '.save')?.disabled).toBe(true);
    });

    it('ignores a change from an element that is no field', async () => {
        const { element, events } = mount();
        await flush();
        ($(element, 'section') as Input).dispatchEvent(new CustomEvent('change', { detail: { value: 'x' } }));
        expect(events).toEqual([]);
    });
});
