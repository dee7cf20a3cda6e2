import { createElement } from 'lwc';
import OrgChartDetail from 'c/orgChartDetail';
import mapJson from './data/relationshipMap.json';

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const GenerateUrl = Symbol('GenerateUrl');
    const NavigationMixin = Object.assign(
        (Base: new () => object) =>
            class extends Base {
                [Navigate](pageReference: unknown): void {
                    mockNavigate(pageReference);
                }
                [GenerateUrl](): Promise<string> {
                    return Promise.resolve('');
                }
            },
        { Navigate, GenerateUrl }
    );
    return { NavigationMixin };
});

const MAP = mapJson as unknown as Apex.RelationshipMap;
const [CEO, CFO, CIO, IT_DIRECTOR, PROCUREMENT] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];

type DetailElement = HTMLElement & Record<string, unknown>;
type Child = HTMLElement & Record<string, unknown>;

function settle(): Promise<void> {
    return Promise.resolve().then(() => undefined);
}

async function mount(person: Apex.StakeholderNode, props: Record<string, unknown> = {}) {
    const element = createElement('c-org-chart-detail', { is: OrgChartDetail }) as unknown as DetailElement;
    Object.assign(element, {
        person,
        people: MAP.stakeholders,
        relationships: MAP.relationships,
        picklists: MAP.picklists,
        managerOptions: [
            { value: CEO.id, label: CEO.name },
            { value: CFO.id, label: CFO.name }
        ],
        canEdit: true,
        canCreateContacts: true,
        ...props
    });
    const events: { name: string; detail: unknown }[] = [];
    for (const name of ['edit', 'move', 'addline', 'editline', 'removeline', 'promote', 'remove', 'close']) {
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
const must = (element: HTMLElement, selector: string): Child => {
    const found = $(element, selector);
    if (!found) {
        throw new Error(`nothing at ${selector}`);
    }
    return found;
};
const fact = (element: HTMLElement, key: string): string =>
    must(element, `[data-fact-value="${key}"]`).textContent ?? '';

describe('c-org-chart-detail', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    it('shows who the person is, their score and the factors behind it (data state)', async () => {
        const { element } = await mount(CIO);
        expect(must(element, '.person-name').textContent).toBe('Priya Raman');
        expect(must(element, '.subtitle').textContent).toBe('Chief Information Officer · IT');
        expect($(element, '.executive-badge')).not.toBeNull();
        expect($(element, '.placeholder-badge')).toBeNull();
        expect(must(element, '.score-value').textContent).toBe(String(CIO.score));
        const factors = Array.from(element.shadowRoot?.querySelectorAll('.factor') ?? []);
        expect(factors.length).toBe(6);
        expect(factors[0]?.querySelector('.factor-label')?.textContent).toBe('Relationship strength');
        expect(factors[0]?.querySelector('.factor-detail')?.textContent).toBe('Strength 5 of 5');
        expect(factors[0]?.querySelector('.bar-fill')?.getAttribute('style')).toContain('width:100%');
        expect(fact(element, 'buyingRole')).toBe('Champion');
        expect(fact(element, 'strength')).toBe('c.OrgChart_Strength_Option');
        expect(fact(element, 'reportsTo')).toBe('Margaret Olsen');
        expect(fact(element, 'businessUnit')).toBe('Northwind Digital');
        expect(fact(element, 'notes')).toBe('c.OrgChart_Detail_Not_Set');
        await expect(element).toBeAccessible();
    });

    it('lists the person’s lines in both directions', async () => {
        const { element } = await mount(CFO);
        const lines = Array.from(element.shadowRoot?.querySelectorAll('.line-text') ?? []).map(
            (line) => line.textContent
        );
        expect(lines).toEqual(['c.OrgChart_Detail_Influenced_By: Priya Raman', 'Conflicts With: Tom Becker']);
        const { element: cio } = await mount(CIO);
        expect(must(cio, '.line-text').textContent).toBe('Influences: David Kim');
    });

    it('says when there are no lines and no score factors (empty state)', async () => {
        const bare = {
            ...PROCUREMENT,
            scoreFactors: [],
            score: undefined
        } as unknown as Apex.StakeholderNode;
        const { element } = await mount(bare, { relationships: [] });
        expect($(element, '.no-lines')).not.toBeNull();
        expect($(element, '.score-block')).toBeNull();
        expect($(element, '.placeholder-badge')).not.toBeNull();
        expect($(element, '.open-contact')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('fires the actions the user may take', async () => {
        const { element, events } = await mount(PROCUREMENT);
        for (const selector of ['.edit', '.add-line', '.promote', '.remove', '.close']) {
            must(element, selector).click();
        }
        await settle();
        expect(events.map((event) => event.name)).toEqual(['edit', 'addline', 'promote', 'remove', 'close']);
    });

    it('edits and removes a line by its id', async () => {
        const { element, events } = await mount(CFO);
        must(element, '.edit-line[data-line-id="a04000000000002AAA"]').click();
        must(element, '.remove-line[data-line-id="a04000000000001AAA"]').click();
        await settle();
        expect(events).toEqual([
            { name: 'editline', detail: { id: 'a04000000000002AAA' } },
            { name: 'removeline', detail: { id: 'a04000000000001AAA' } }
        ]);
    });

    it('moves the person under someone else, or to the top, once a new manager is chosen', async () => {
        const { element, events } = await mount(IT_DIRECTOR);
        const target = must(element, '.move-target');
        expect(target.value).toBe(CIO.id);
        expect((target.options as Apex.PicklistOption[])[0]).toEqual({
            value: '',
            label: 'c.OrgChart_Top_Of_Chart'
        });
        expect(must(element, '.move-action').disabled).toBe(true);
        target.dispatchEvent(new CustomEvent('change', { detail: { value: CFO.id } }));
        await settle();
        expect(must(element, '.move-action').disabled).toBe(false);
        must(element, '.move-action').click();
        target.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        await settle();
        must(element, '.move-action').click();
        expect(events).toEqual([
            { name: 'move', detail: { reportsToId: CFO.id } },
            { name: 'move', detail: { reportsToId: null } }
        ]);
    });

    it('resets the move choice for another person', async () => {
        const { element } = await mount(IT_DIRECTOR);
        must(element, '.move-target').dispatchEvent(new CustomEvent('change', { detail: { value: CFO.id } }));
        element.person = CIO;
        await settle();
        expect(must(element, '.move-target').value).toBe(CEO.id);
    });

    it('offers no changes without edit access, and no promotion without contact creation', async () => {
        const { element } = await mount(PROCUREMENT, { canEdit: false });
        expect($(element, '.edit')).toBeNull();
        expect($(element, '.remove')).toBeNull();
        expect($(element, '.edit-line')).toBeNull();
        const { element: noCreate } = await mount(PROCUREMENT, { canCreateContacts: false });
        expect($(noCreate, '.promote')).toBeNull();
        expect($(noCreate, '.edit')).not.toBeNull();
        const { element: contact } = await mount(CIO);
        expect($(contact, '.promote')).toBeNull();
    });

    it('opens the contact record', async () => {
        const { element } = await mount(CIO);
        must(element, '.open-contact').click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: { recordId: CIO.contactId, objectApiName: 'Contact', actionName: 'view' }
        });
    });

    it('focuses its heading on request', async () => {
        const { element } = await mount(CIO);
        (element as unknown as { focusHeading(): void }).focusHeading();
        expect(element.shadowRoot?.activeElement).toBe(must(element, '.person-name'));
    });
});
