import { createElement } from 'lwc';
import OrgChartLineEditor from 'c/orgChartLineEditor';
import { lineDraft } from 'c/orgChartDraft';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const PLAN_ID = MAP.planId as string;
const CIO = MAP.stakeholders[2];
const LINE = MAP.relationships[0];
type Child = HTMLElement & Record<string, unknown>;

function settle(): Promise<void> {
    return Promise.resolve().then(() => undefined);
}

async function mount(props: Record<string, unknown> = {}) {
    const element = createElement('c-org-chart-line-editor', {
        is: OrgChartLineEditor
    }) as unknown as HTMLElement & Record<string, unknown>;
    Object.assign(element, {
        draft: lineDraft(PLAN_ID, CIO.id),
        fromName: CIO.name,
        personOptions: MAP.stakeholders
            .filter((node) => node.id !== CIO.id)
            .map((node) => ({ value: node.id, label: node.name })),
        picklists: MAP.picklists,
        ...props
    });
    const events: { name: string; detail: unknown }[] = [];
    for (const name of ['fieldchange', 'save', 'cancel']) {
        element.addEventListener(name, (event) =>
            events.push({ name, detail: (event as CustomEvent).detail })
        );
    }
    document.body.appendChild(element);
    await settle();
    return { element, events };
}

const field = (element: HTMLElement, name: string): Child =>
    element.shadowRoot?.querySelector<Child>(`[data-field="${name}"]`) as Child;

describe('c-org-chart-line-editor', () => {
    it('starts a new influence line from the person (empty state)', async () => {
        const { element } = await mount();
        expect(element.shadowRoot?.querySelector('.heading')?.textContent).toBe('c.OrgChart_Line_New_Title');
        expect(field(element, 'type').value).toBe('Influences');
        expect(field(element, 'toId').value).toBe('');
        expect((field(element, 'toId').options as unknown[]).length).toBe(6);
        expect(field(element, 'strength').value).toBe('Moderate');
        expect((field(element, 'strength').options as Apex.PicklistOption[])[0]?.value).toBe('');
        await expect(element).toBeAccessible();
    });

    it('shows an existing line (data state)', async () => {
        const { element } = await mount({ draft: lineDraft(PLAN_ID, CIO.id, LINE) });
        expect(element.shadowRoot?.querySelector('.heading')?.textContent).toBe('c.OrgChart_Line_Edit_Title');
        expect(field(element, 'toId').value).toBe(LINE.toId);
        expect(field(element, 'strength').value).toBe('Strong');
        expect(field(element, 'notes').value).toBe(LINE.notes);
        await expect(element).toBeAccessible();
    });

    it('reports changes and shows messages at the fields', async () => {
        const { element, events } = await mount({ messages: { toId: 'Choose two different people.' } });
        await settle();
        expect(field(element, 'toId').dataset.message).toBe('Choose two different people.');
        field(element, 'type').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Conflicts With' } })
        );
        field(element, 'notes').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        element.shadowRoot?.querySelector<HTMLElement>('.save')?.click();
        expect(events).toEqual([
            { name: 'fieldchange', detail: { field: 'type', value: 'Conflicts With' } },
            { name: 'fieldchange', detail: { field: 'notes', value: null } },
            { name: 'save', detail: null }
        ]);
    });
});
