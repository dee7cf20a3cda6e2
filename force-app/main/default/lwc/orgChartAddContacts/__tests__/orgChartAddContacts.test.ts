import { createElement } from 'lwc';
import OrgChartAddContacts from 'c/orgChartAddContacts';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const [AISHA, BRUNO, CHEN] = MAP.candidateContacts as [
    Apex.CandidateContact,
    Apex.CandidateContact,
    Apex.CandidateContact
];
type Child = HTMLElement & Record<string, unknown>;
type PickerElement = HTMLElement & Record<string, unknown> & { focusFirstField(): void };

function settle(): Promise<void> {
    return Promise.resolve().then(() => undefined);
}

async function mount(props: Record<string, unknown> = {}) {
    const element = createElement('c-org-chart-add-contacts', {
        is: OrgChartAddContacts
    }) as unknown as PickerElement;
    Object.assign(element, { candidates: MAP.candidateContacts, limit: 200, ...props });
    const events: { name: string; detail: unknown }[] = [];
    for (const name of ['add', 'cancel']) {
        element.addEventListener(name, (event) =>
            events.push({ name, detail: (event as CustomEvent).detail })
        );
    }
    document.body.appendChild(element);
    await settle();
    return { element, events };
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const names = (element: HTMLElement): string[] =>
    Array.from(element.shadowRoot?.querySelectorAll('.candidate-name') ?? []).map(
        (node) => node.textContent ?? ''
    );

async function toggle(element: HTMLElement, id: string, checked: boolean): Promise<void> {
    const box = $(element, `input[data-contact-id="${id}"]`) as HTMLInputElement | null;
    if (!box) {
        throw new Error(`no checkbox ${id}`);
    }
    box.checked = checked;
    box.dispatchEvent(new CustomEvent('change'));
    await settle();
}

describe('c-org-chart-add-contacts', () => {
    it('lists the contacts that can be added, with where they work (data state)', async () => {
        const { element } = await mount();
        expect(names(element)).toEqual(['Aisha Khan', 'Bruno Costa', 'Chen Wei']);
        expect($(element, `[data-contact-id="${AISHA.id}"]`)?.textContent).toContain(
            'Controller · Finance · Northwind Industrial Group'
        );
        expect(($(element, '.add') as Child).disabled).toBe(true);
        expect($(element, '.truncated')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('adds the chosen contacts', async () => {
        const { element, events } = await mount();
        await toggle(element, CHEN.id, true);
        await toggle(element, AISHA.id, true);
        await toggle(element, CHEN.id, false);
        await toggle(element, BRUNO.id, true);
        expect($(element, '.chosen')?.textContent).toBe('c.OrgChart_Add_Contacts_Chosen');
        expect(($(element, '.add') as Child).disabled).toBe(false);
        ($(element, '.add') as Child).click();
        ($(element, '.cancel') as Child).click();
        expect(events).toEqual([
            { name: 'add', detail: { contactIds: [AISHA.id, BRUNO.id] } },
            { name: 'cancel', detail: null }
        ]);
    });

    it('searches by name, title, department and account, keeping the choice', async () => {
        const { element } = await mount();
        await toggle(element, AISHA.id, true);
        const search = $(element, '.search') as Child;
        search.dispatchEvent(new CustomEvent('change', { detail: { value: 'plants' } }));
        await settle();
        expect(names(element)).toEqual(['Bruno Costa']);
        search.dispatchEvent(new CustomEvent('change', { detail: { value: 'nobody like this' } }));
        await settle();
        expect($(element, '.no-match')).not.toBeNull();
        search.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await settle();
        expect(
            ($(element, `input[data-contact-id="${AISHA.id}"]`) as unknown as HTMLInputElement).checked
        ).toBe(true);
    });

    it('shows the server’s message at its contact', async () => {
        const { element } = await mount({
            errors: [{ recordKey: CHEN.id, field: 'contactId', message: 'Not in this hierarchy.' }]
        });
        expect($(element, `[data-contact-id="${CHEN.id}"] .row-error`)?.textContent).toBe(
            'Not in this hierarchy.'
        );
        expect($(element, `[data-contact-id="${AISHA.id}"] .row-error`)).toBeNull();
    });

    it('says when the list is cut short, and when nobody is left (empty state)', async () => {
        const { element } = await mount({ truncated: true, limit: 3 });
        expect($(element, '.truncated')?.textContent).toBe('c.OrgChart_Add_Contacts_Truncated');
        const { element: none } = await mount({ candidates: [] });
        expect($(none, '.none-left')).not.toBeNull();
        expect($(none, '.search')).toBeNull();
        await expect(none).toBeAccessible();
    });

    it('focuses the search box on request', async () => {
        const { element } = await mount();
        const focus = jest.spyOn($(element, '.search') as Child, 'focus');
        element.focusFirstField();
        expect(focus).toHaveBeenCalled();
    });
});
