import { createElement } from 'lwc';
import OrgChartCanvas from 'c/orgChartCanvas';
import mapJson from './data/relationshipMap.json';

const MAP = mapJson as unknown as Apex.RelationshipMap;
const [CEO, CFO, CIO, IT_DIRECTOR, PROCUREMENT, PLANT, ADVISOR] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];

type CanvasElement = HTMLElement & {
    people?: Apex.StakeholderNode[];
    relationships?: Apex.RelationshipLine[];
    selectedId?: string | null;
    initialLevels?: number;
    canMove?: boolean;
    businessUnits?: Apex.PicklistOption[];
    picklists?: Apex.RelationshipMapPicklists;
    accountName?: string;
};
type Child = HTMLElement & Record<string, unknown>;

// axe audits of a whole chart take a few seconds under coverage instrumentation
jest.setTimeout(20_000);

function settle(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 4; i += 1) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

async function mount(props: Partial<CanvasElement> = {}) {
    const element = createElement('c-org-chart-canvas', { is: OrgChartCanvas }) as unknown as CanvasElement;
    Object.assign(element, {
        people: MAP.stakeholders,
        relationships: MAP.relationships,
        businessUnits: MAP.businessUnits,
        picklists: MAP.picklists,
        accountName: MAP.accountName,
        canMove: true,
        ...props
    });
    const selected: string[] = [];
    const moves: { id: string; reportsToId: string }[] = [];
    element.addEventListener('select', (event) =>
        selected.push((event as CustomEvent<{ id: string }>).detail.id)
    );
    element.addEventListener('move', (event) =>
        moves.push((event as CustomEvent<{ id: string; reportsToId: string }>).detail)
    );
    document.body.appendChild(element);
    await settle();
    return { element, selected, moves };
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const cards = (element: HTMLElement): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>('[data-stakeholder-id]') ?? []);
const shownIds = (element: HTMLElement): string[] =>
    cards(element).map((card) => card.dataset.stakeholderId ?? '');
const card = (element: HTMLElement, id: string): Child => {
    const found = $(element, `[data-stakeholder-id="${id}"]`);
    if (!found) {
        throw new Error(`no card ${id}`);
    }
    return found;
};

async function key(element: HTMLElement, id: string, name: string): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
    card(element, id).dispatchEvent(event);
    await settle();
    return event;
}

async function drag(element: HTMLElement, type: string, id: string): Promise<Event> {
    const event = new CustomEvent(type, { bubbles: true, cancelable: true });
    card(element, id).dispatchEvent(event);
    await settle();
    return event;
}

describe('c-org-chart-canvas', () => {
    it('draws everyone of the first levels as an accessible tree (data state)', async () => {
        const { element } = await mount();
        expect(shownIds(element).sort()).toEqual(MAP.stakeholders.map((node) => node.id).sort());
        const tree = $(element, '[role="tree"]') as Child;
        expect(tree.getAttribute('aria-label')).toBe('c.OrgChart_Canvas_Tree');
        const ceo = card(element, CEO.id);
        expect(ceo.getAttribute('role')).toBe('treeitem');
        expect(ceo.getAttribute('aria-level')).toBe('1');
        expect(ceo.getAttribute('aria-setsize')).toBe('2');
        expect(ceo.getAttribute('aria-posinset')).toBe('1');
        expect(ceo.getAttribute('aria-expanded')).toBe('true');
        expect(ceo.getAttribute('aria-selected')).toBe('false');
        expect(ceo.getAttribute('tabindex')).toBe('0');
        expect(ceo.textContent).toContain('Margaret Olsen');
        expect(ceo.querySelector('.slds-assistive-text')?.textContent).toContain('c.OrgChart_Canvas_Score');
        expect(ceo.textContent).toContain('Chief Executive Officer');
        expect(ceo.className).toContain('stance-neutral');
        const it = card(element, IT_DIRECTOR.id);
        expect(it.getAttribute('aria-level')).toBe('3');
        expect(it.getAttribute('aria-expanded')).toBeNull();
        expect(it.getAttribute('tabindex')).toBe('-1');
        expect(card(element, PROCUREMENT.id).className).toContain('node-placeholder');
        expect(card(element, CEO.id).querySelector('.executive')).not.toBeNull();
        expect(card(element, CIO.id).querySelector('.score')?.className).toContain('score-strong');
        expect(($(element, '.connectors') as Child).getAttribute('d')).toMatch(/^M/);
        expect($(element, '.count')?.textContent).toBe('c.OrgChart_Canvas_People_Count');
        await expect(element).toBeAccessible();
    });

    it('draws influence lines with an arrow, and conflict lines without', async () => {
        const { element } = await mount();
        const influence = $(element, '[data-line-id="a04000000000001AAA"]') as Child;
        expect(influence.querySelector('path.line-influence')).not.toBeNull();
        expect(influence.querySelector('path.arrow')).not.toBeNull();
        const conflict = $(element, '[data-line-id="a04000000000002AAA"]') as Child;
        expect(conflict.querySelector('path.line-conflict')).not.toBeNull();
        expect(conflict.querySelector('path.arrow')).toBeNull();
    });

    it('shows a legend from the picklists', async () => {
        const { element } = await mount();
        const legend = $(element, '.legend') as Child;
        expect(legend.textContent).toContain('Advocate');
        expect(legend.textContent).toContain('Conflicts With');
        expect(legend.querySelectorAll('.swatch').length).toBe(6);
    });

    it('opens only the first levels of a large chart, with the number hidden below', async () => {
        const { element } = await mount({ initialLevels: 1 });
        expect(shownIds(element)).toEqual([CEO.id, ADVISOR.id]);
        const ceo = card(element, CEO.id);
        expect(ceo.getAttribute('aria-expanded')).toBe('false');
        expect(ceo.querySelector('.toggle')?.textContent).toBe('+5');
        expect(ceo.querySelector('.slds-assistive-text')?.textContent).toContain(
            'c.OrgChart_Canvas_Hidden_Below'
        );
    });

    it('opens and closes a manager from its toggle', async () => {
        const { element } = await mount({ initialLevels: 1 });
        (card(element, CEO.id).querySelector('[data-toggle]') as HTMLElement).click();
        await settle();
        expect(shownIds(element)).toContain(CFO.id);
        expect(shownIds(element)).not.toContain(IT_DIRECTOR.id);
        (card(element, CEO.id).querySelector('[data-toggle]') as HTMLElement).click();
        await settle();
        expect(shownIds(element)).toEqual([CEO.id, ADVISOR.id]);
    });

    it('selects a person on click', async () => {
        const { element, selected } = await mount();
        card(element, CFO.id).click();
        await settle();
        expect(selected).toEqual([CFO.id]);
        expect(card(element, CFO.id).getAttribute('tabindex')).toBe('0');
    });

    it('highlights the selected person and opens the way to them', async () => {
        const { element } = await mount({ initialLevels: 1 });
        element.selectedId = IT_DIRECTOR.id;
        await settle();
        const it = card(element, IT_DIRECTOR.id);
        expect(it.getAttribute('aria-selected')).toBe('true');
        expect(it.className).toContain('node-selected');
        expect(it.getAttribute('tabindex')).toBe('0');
        expect(shownIds(element)).toContain(CIO.id);
        element.selectedId = null;
        await settle();
        expect(card(element, IT_DIRECTOR.id).getAttribute('aria-selected')).toBe('false');
    });

    describe('keyboard', () => {
        it('moves down, up, right and left, and to the first and last person', async () => {
            const { element } = await mount();
            const down = await key(element, CEO.id, 'ArrowDown');
            expect(down.defaultPrevented).toBe(true);
            expect(card(element, CFO.id).getAttribute('tabindex')).toBe('0');
            expect(card(element, CEO.id).getAttribute('tabindex')).toBe('-1');
            await key(element, CFO.id, 'ArrowRight');
            expect(card(element, CIO.id).getAttribute('tabindex')).toBe('0');
            await key(element, CIO.id, 'ArrowLeft');
            expect(card(element, CFO.id).getAttribute('tabindex')).toBe('0');
            await key(element, CFO.id, 'ArrowUp');
            expect(card(element, CEO.id).getAttribute('tabindex')).toBe('0');
            await key(element, CEO.id, 'End');
            expect(card(element, ADVISOR.id).getAttribute('tabindex')).toBe('0');
            await key(element, ADVISOR.id, 'Home');
            expect(card(element, CEO.id).getAttribute('tabindex')).toBe('0');
        });

        it('opens a closed manager with Down, closes and opens with Space, selects with Enter', async () => {
            const { element, selected } = await mount({ initialLevels: 1 });
            await key(element, CEO.id, 'ArrowDown');
            expect(shownIds(element)).toContain(CFO.id);
            const space = await key(element, CEO.id, ' ');
            expect(space.defaultPrevented).toBe(true);
            expect(shownIds(element)).toEqual([CEO.id, ADVISOR.id]);
            await key(element, CEO.id, ' ');
            expect(shownIds(element)).toContain(CFO.id);
            await key(element, CEO.id, 'Enter');
            expect(selected).toEqual([CEO.id]);
            // Space on someone without reports does nothing; other keys are left alone
            await key(element, ADVISOR.id, ' ');
            const other = await key(element, ADVISOR.id, 'a');
            expect(other.defaultPrevented).toBe(false);
            expect(shownIds(element)).toContain(CFO.id);
        });
    });

    describe('filters', () => {
        it('keeps people of a buying role and their managers, shown as context', async () => {
            const { element } = await mount();
            ($(element, '.filter-role') as Child).dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Technical Evaluator' } })
            );
            await settle();
            expect(shownIds(element)).toEqual([CEO.id, CIO.id, IT_DIRECTOR.id]);
            expect(card(element, CEO.id).className).toContain('node-context');
            expect(card(element, IT_DIRECTOR.id).className).not.toContain('node-context');
            expect($(element, '.count')?.textContent).toBe('c.OrgChart_Canvas_Match_Count');
            await expect(element).toBeAccessible();
        });

        it('filters by business unit, and says when nobody matches', async () => {
            const { element } = await mount();
            ($(element, '.filter-unit') as Child).dispatchEvent(
                new CustomEvent('change', { detail: { value: PLANT.businessUnitId } })
            );
            await settle();
            expect(shownIds(element)).toEqual([CEO.id, PLANT.id]);
            ($(element, '.filter-role') as Child).dispatchEvent(
                new CustomEvent('change', { detail: { value: 'Champion' } })
            );
            await settle();
            expect(shownIds(element)).toEqual([]);
            expect($(element, '.no-match')).not.toBeNull();
            const options = ($(element, '.filter-unit') as Child).options as Apex.PicklistOption[];
            expect(options[0]).toEqual({ value: '', label: 'c.OrgChart_Canvas_Filter_Any' });
        });
    });

    describe('view', () => {
        it('zooms in and out within limits and fits the chart', async () => {
            const { element } = await mount();
            const zoom = (): string => $(element, '.zoom-level')?.textContent ?? '';
            expect(zoom()).toBe('100 %');
            ($(element, '.zoom-in') as Child).click();
            await settle();
            expect(zoom()).toBe('120 %');
            ($(element, '.zoom-in') as Child).click();
            ($(element, '.zoom-in') as Child).click();
            await settle();
            expect(zoom()).toBe('150 %');
            expect(($(element, '.zoom-in') as Child).disabled).toBe(true);
            for (let i = 0; i < 10; i++) {
                ($(element, '.zoom-out') as Child).click();
            }
            await settle();
            expect(zoom()).toBe('25 %');
            expect(($(element, '.zoom-out') as Child).disabled).toBe(true);
            ($(element, '.fit') as Child).click();
            await settle();
            expect(zoom()).not.toBe('25 %');
            expect(($(element, '.layer') as Child).getAttribute('style')).toContain('scale(');
        });

        it('expands everything and collapses back to the first levels', async () => {
            const { element } = await mount({ initialLevels: 1 });
            ($(element, '.expand-all') as Child).click();
            await settle();
            expect(shownIds(element).length).toBe(7);
            ($(element, '.collapse') as Child).click();
            await settle();
            expect(shownIds(element)).toEqual([CEO.id, ADVISOR.id]);
        });

        it('renders only the cards near the viewport of a wide chart', async () => {
            const wide = [
                { ...CEO },
                ...Array.from({ length: 60 }, (_, i) => ({
                    ...CFO,
                    id: `wide${i}`,
                    name: `Person ${i}`,
                    reportsToId: CEO.id
                })),
                ...Array.from({ length: 60 }, (_, i) => ({
                    ...IT_DIRECTOR,
                    id: `below${i}`,
                    name: `Below ${i}`,
                    reportsToId: `wide${i}`
                }))
            ];
            const { element } = await mount({ people: wide, relationships: [] });
            const shown = shownIds(element);
            expect(shown.length).toBeGreaterThan(3);
            expect(shown.length).toBeLessThan(40);
            expect(shown).toContain(CEO.id);
        });
    });

    describe('scrolling a wide chart', () => {
        // sixty managers side by side (each with a report, so that they are not stacked in a column)
        const wide = [
            { ...CEO },
            ...Array.from({ length: 60 }, (_, i) => ({ ...CFO, id: `wide${i}`, reportsToId: CEO.id })),
            ...Array.from({ length: 60 }, (_, i) => ({ ...CFO, id: `below${i}`, reportsToId: `wide${i}` }))
        ];

        /** Gives the viewport the size and scroll position a browser would (jsdom has no layout). */
        function sizeViewport(element: HTMLElement, width: number, height: number): Child {
            const viewport = $(element, '.viewport') as Child;
            Object.defineProperty(viewport, 'clientWidth', { configurable: true, value: width });
            Object.defineProperty(viewport, 'clientHeight', { configurable: true, value: height });
            Object.defineProperty(viewport, 'scrollLeft', { configurable: true, writable: true, value: 0 });
            Object.defineProperty(viewport, 'scrollTop', { configurable: true, writable: true, value: 0 });
            return viewport;
        }

        it('measures the viewport, starts at the top person and renders what scrolls into view', async () => {
            const { element } = await mount({ people: wide, relationships: [] });
            const viewport = sizeViewport(element, 1200, 500);
            // a re-render measures the viewport
            element.selectedId = 'wide0';
            await settle();
            expect(shownIds(element)).toContain('wide0');
            viewport.scrollLeft = 0;
            viewport.dispatchEvent(new CustomEvent('scroll'));
            await settle();
            expect(shownIds(element)).toContain('wide1');
            expect(shownIds(element)).not.toContain('wide59');
            viewport.scrollLeft = 59 * 232;
            viewport.dispatchEvent(new CustomEvent('scroll'));
            await settle();
            expect(shownIds(element)).toContain('wide59');
        });

        it('scrolls to the person the keyboard moves to, and focuses them', async () => {
            const { element } = await mount({ people: wide, relationships: [] });
            const viewport = sizeViewport(element, 800, 400);
            await key(element, CEO.id, 'End');
            expect(viewport.scrollLeft).toBeGreaterThan(1000);
            expect(card(element, 'below59').getAttribute('tabindex')).toBe('0');
            expect(element.shadowRoot?.activeElement).toBe(card(element, 'below59'));
        });
    });

    describe('drag and drop', () => {
        it('moves a person dropped on someone they may report to', async () => {
            const { element, moves } = await mount();
            await drag(element, 'dragstart', PLANT.id);
            const over = await drag(element, 'dragover', CIO.id);
            expect(over.defaultPrevented).toBe(true);
            expect(card(element, CIO.id).className).toContain('node-drop-target');
            await drag(element, 'drop', CIO.id);
            expect(moves).toEqual([{ id: PLANT.id, reportsToId: CIO.id }]);
            expect(card(element, CIO.id).className).not.toContain('node-drop-target');
        });

        it('refuses a drop into one’s own team or on one’s own manager', async () => {
            const { element, moves } = await mount();
            await drag(element, 'dragstart', CIO.id);
            expect((await drag(element, 'dragover', IT_DIRECTOR.id)).defaultPrevented).toBe(false);
            expect((await drag(element, 'dragover', CEO.id)).defaultPrevented).toBe(false);
            await drag(element, 'drop', IT_DIRECTOR.id);
            await drag(element, 'dragend', CIO.id);
            expect(moves).toEqual([]);
        });

        it('does not drag without edit access', async () => {
            const { element, moves } = await mount({ canMove: false });
            expect(card(element, PLANT.id).getAttribute('draggable')).toBe('false');
            const start = await drag(element, 'dragstart', PLANT.id);
            expect(start.defaultPrevented).toBe(true);
            await drag(element, 'drop', CIO.id);
            expect(moves).toEqual([]);
        });
    });

    it('draws nothing for an empty map (empty state)', async () => {
        const { element } = await mount({ people: [], relationships: [] });
        expect(cards(element)).toEqual([]);
        expect($(element, '.count')?.textContent).toBe('c.OrgChart_Canvas_People_Count');
        await expect(element).toBeAccessible();
    });

    it('lays out again when the people change', async () => {
        const { element } = await mount();
        element.people = MAP.stakeholders.filter((node) => node.id !== ADVISOR.id);
        await settle();
        expect(shownIds(element)).not.toContain(ADVISOR.id);
        element.relationships = [];
        await settle();
        expect($(element, '[data-line-id]')).toBeNull();
    });
});
