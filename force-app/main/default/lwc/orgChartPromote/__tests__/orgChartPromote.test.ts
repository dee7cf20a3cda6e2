import { createElement } from 'lwc';
import OrgChartPromote from 'c/orgChartPromote';
import { promotionDraft } from 'c/orgChartDraft';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const PROCUREMENT = MAP.stakeholders[4];
type Child = HTMLElement & Record<string, unknown>;

function settle(): Promise<void> {
    return Promise.resolve().then(() => undefined);
}

async function mount(props: Record<string, unknown> = {}) {
    const element = createElement('c-org-chart-promote', { is: OrgChartPromote }) as unknown as HTMLElement &
        Record<string, unknown>;
    Object.assign(element, {
        draft: promotionDraft(PROCUREMENT, MAP.accountId),
        personName: PROCUREMENT.name,
        accountOptions: MAP.businessUnits,
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

describe('c-org-chart-promote', () => {
    it('prefills the contact from the placeholder (data state)', async () => {
        const { element } = await mount();
        expect(element.shadowRoot?.querySelector('.heading')?.textContent).toBe('c.OrgChart_Promote_Title');
        expect(field(element, 'firstName').value).toBe('Head of');
        expect(field(element, 'lastName').value).toBe('Procurement');
        expect(field(element, 'lastName').required).toBe(true);
        expect(field(element, 'accountId').value).toBe(MAP.accountId);
        expect((field(element, 'accountId').options as unknown[]).length).toBe(3);
        expect(field(element, 'email').value).toBe('');
        await expect(element).toBeAccessible();
    });

    it('works without account choices (empty state)', async () => {
        const { element } = await mount({
            accountOptions: undefined,
            draft: undefined,
            personName: undefined
        });
        expect((field(element, 'accountId').options as unknown[]).length).toBe(0);
        expect(field(element, 'lastName').value).toBe('');
        await expect(element).toBeAccessible();
    });

    it('reports changes, shows messages at the fields, saves and cancels', async () => {
        const { element, events } = await mount({ messages: { email: 'Not an address' } });
        await settle();
        expect(field(element, 'email').dataset.message).toBe('Not an address');
        field(element, 'email').dispatchEvent(new CustomEvent('change', { detail: { value: 'a@b.co' } }));
        field(element, 'accountId').dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        element.shadowRoot?.querySelector<HTMLElement>('.save')?.click();
        element.shadowRoot?.querySelector<HTMLElement>('.cancel')?.click();
        expect(events).toEqual([
            { name: 'fieldchange', detail: { field: 'email', value: 'a@b.co' } },
            { name: 'fieldchange', detail: { field: 'accountId', value: null } },
            { name: 'save', detail: null },
            { name: 'cancel', detail: null }
        ]);
    });
});
