import { createElement } from 'lwc';
import OrgChartEditor from 'c/orgChartEditor';
import { placeholderDraft, stakeholderDraft } from 'c/orgChartDraft';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const PLAN_ID = MAP.planId as string;
const [CEO, , , IT_DIRECTOR, PROCUREMENT] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];

type Child = HTMLElement & Record<string, unknown>;
type FormElement = HTMLElement &
    Record<string, unknown> & { focusFirstError(): boolean; focusFirstField(): void };

function settle(): Promise<void> {
    return Promise.resolve().then(() => undefined);
}

async function mount(props: Record<string, unknown>) {
    const element = createElement('c-org-chart-editor', { is: OrgChartEditor }) as unknown as FormElement;
    Object.assign(element, {
        picklists: MAP.picklists,
        businessUnits: MAP.businessUnits,
        ownerOptions: MAP.ownerOptions,
        managerOptions: [{ value: CEO.id, label: CEO.name }],
        canEditContacts: true,
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

const field = (element: HTMLElement, name: string): Child => {
    const found = element.shadowRoot?.querySelector<Child>(`[data-field="${name}"]`);
    if (!found) {
        throw new Error(`no field ${name}`);
    }
    return found;
};

describe('c-org-chart-editor', () => {
    it('shows a contact person’s values; title and department are the contact’s (data state)', async () => {
        const { element } = await mount({
            draft: stakeholderDraft(PLAN_ID, IT_DIRECTOR),
            personName: 'Tom Becker'
        });
        expect(element.shadowRoot?.querySelector('.heading')?.textContent).toBe(
            'c.OrgChart_Editor_Edit_Title'
        );
        expect(element.shadowRoot?.querySelector('[data-field="placeholderName"]')).toBeNull();
        expect(field(element, 'title').value).toBe('IT Director');
        expect(field(element, 'title').maxLength).toBe(128);
        expect(field(element, 'title').disabled).toBe(false);
        expect(field(element, 'title').fieldLevelHelp).toBe('c.OrgChart_Editor_Contact_Fields_Help');
        expect(field(element, 'relationshipStrength').value).toBe('4');
        expect((field(element, 'relationshipStrength').options as Apex.PicklistOption[]).length).toBe(6);
        expect(field(element, 'reportsToId').value).toBe(IT_DIRECTOR.reportsToId);
        expect((field(element, 'reportsToId').options as Apex.PicklistOption[])[0]?.label).toBe(
            'c.OrgChart_Top_Of_Chart'
        );
        expect(field(element, 'isExecutive').checked).toBe(false);
        expect(field(element, 'lastEngagedDate').value).toBe('2026-06-01');
        await expect(element).toBeAccessible();
    });

    it('locks a contact’s title and department without contact edit access', async () => {
        const { element } = await mount({
            draft: stakeholderDraft(PLAN_ID, IT_DIRECTOR),
            canEditContacts: false
        });
        expect(field(element, 'title').disabled).toBe(true);
        expect(field(element, 'department').disabled).toBe(true);
        expect(field(element, 'title').fieldLevelHelp).toBe('c.OrgChart_Editor_Contact_Locked_Help');
    });

    it('asks a placeholder for its name (empty new form)', async () => {
        const { element } = await mount({ draft: placeholderDraft(PLAN_ID, {}) });
        expect(element.shadowRoot?.querySelector('.heading')?.textContent).toBe(
            'c.OrgChart_Editor_New_Title'
        );
        expect(field(element, 'placeholderName').required).toBe(true);
        expect(field(element, 'placeholderName').value).toBe('');
        expect(field(element, 'title').maxLength).toBe(120);
        expect(field(element, 'title').disabled).toBe(false);
        expect(field(element, 'title').fieldLevelHelp).toBe('');
        await expect(element).toBeAccessible();
    });

    it('reports changes converted for the draft', async () => {
        const { element, events } = await mount({ draft: stakeholderDraft(PLAN_ID, PROCUREMENT) });
        field(element, 'placeholderName').dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Buyer' } })
        );
        field(element, 'relationshipStrength').dispatchEvent(
            new CustomEvent('change', { detail: { value: '3' } })
        );
        field(element, 'buyingRole').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        field(element, 'isExecutive').dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
        expect(events.map((event) => event.detail)).toEqual([
            { field: 'placeholderName', value: 'Buyer' },
            { field: 'relationshipStrength', value: 3 },
            { field: 'buyingRole', value: null },
            { field: 'isExecutive', value: true }
        ]);
    });

    it('shows the messages it is given at the fields and focuses the first', async () => {
        const { element } = await mount({
            draft: stakeholderDraft(PLAN_ID, IT_DIRECTOR),
            messages: { relationshipStrength: 'Out of range', notes: 'Too long' }
        });
        await settle();
        expect(field(element, 'relationshipStrength').dataset.message).toBe('Out of range');
        expect(field(element, 'notes').dataset.message).toBe('Too long');
        expect(element.focusFirstError()).toBe(true);
        element.messages = {};
        await settle();
        expect(element.focusFirstError()).toBe(false);
        element.focusFirstField();
    });

    it('saves and cancels; waits while saving', async () => {
        const { element, events } = await mount({ draft: stakeholderDraft(PLAN_ID, IT_DIRECTOR) });
        element.shadowRoot?.querySelector<HTMLElement>('.save')?.click();
        element.shadowRoot?.querySelector<HTMLElement>('.cancel')?.click();
        element.shadowRoot
            ?.querySelector('form')
            ?.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
        expect(events.map((event) => event.name)).toEqual(['save', 'cancel', 'save']);
        element.saving = true;
        await settle();
        expect((element.shadowRoot?.querySelector('.save') as Child).disabled).toBe(true);
    });
});
