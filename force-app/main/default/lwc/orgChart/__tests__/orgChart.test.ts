import { createElement } from 'lwc';
import OrgChart from 'c/orgChart';
import LightningConfirm from 'lightning/confirm';
import getRelationshipMap from '@salesforce/apex/RelationshipMapController.getRelationshipMap';
import saveStakeholder from '@salesforce/apex/RelationshipMapController.saveStakeholder';
import moveStakeholder from '@salesforce/apex/RelationshipMapController.moveStakeholder';
import addContacts from '@salesforce/apex/RelationshipMapController.addContacts';
import promotePlaceholder from '@salesforce/apex/RelationshipMapController.promotePlaceholder';
import removeStakeholder from '@salesforce/apex/RelationshipMapController.removeStakeholder';
import saveRelationship from '@salesforce/apex/RelationshipMapController.saveRelationship';
import removeRelationship from '@salesforce/apex/RelationshipMapController.removeRelationship';
import mapJson from './data/relationshipMap.json';
import emptyJson from './data/emptyMap.json';
import noPlanJson from './data/noPlanMap.json';
import readOnlyJson from './data/readOnlyMap.json';
import archivedJson from './data/archivedMap.json';
import savedJson from './data/saveResultSaved.json';
import createdJson from './data/saveResultCreated.json';
import invalidJson from './data/saveResultInvalid.json';
import conflictJson from './data/saveResultConflict.json';
import notFoundJson from './data/saveResultNotFound.json';
import noAccessJson from './data/saveResultNoAccess.json';
import movedJson from './data/moveResultSaved.json';
import moveLoopJson from './data/moveResultLoop.json';
import addedJson from './data/addResultSaved.json';
import addInvalidJson from './data/addResultInvalid.json';
import promotedJson from './data/promoteResultSaved.json';
import promoteInvalidJson from './data/promoteResultInvalid.json';
import removedJson from './data/removeResultSaved.json';
import lineSavedJson from './data/lineResultSaved.json';
import lineRemovedJson from './data/lineRemovedResult.json';
import apexError from './data/apexError.json';

jest.mock('@salesforce/apex/RelationshipMapController.getRelationshipMap', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.saveStakeholder', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.moveStakeholder', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.addContacts', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.promotePlaceholder', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.removeStakeholder', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.saveRelationship', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/RelationshipMapController.removeRelationship', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

type Result = Apex.RelationshipMapSaveResult;
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const MAP = mapJson as unknown as Apex.RelationshipMap;
const EMPTY = emptyJson as unknown as Apex.RelationshipMap;
const NO_PLAN = noPlanJson as unknown as Apex.RelationshipMap;
const READ_ONLY = readOnlyJson as unknown as Apex.RelationshipMap;
const ARCHIVED = archivedJson as unknown as Apex.RelationshipMap;
const ACCOUNT_ID = MAP.accountId;
const PLAN_ID = MAP.planId as string;
const [CEO, CFO, CIO, IT_DIRECTOR, PROCUREMENT, PLANT, ADVISOR] = MAP.stakeholders as [
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode,
    Apex.StakeholderNode
];

const mocked = <T extends (...args: never[]) => unknown>(fn: T): jest.MockedFunction<T> =>
    fn as jest.MockedFunction<T>;
const getMapMock = mocked(getRelationshipMap);
const saveMock = mocked(saveStakeholder);
const moveMock = mocked(moveStakeholder);
const addMock = mocked(addContacts);
const promoteMock = mocked(promotePlaceholder);
const removeMock = mocked(removeStakeholder);
const saveLineMock = mocked(saveRelationship);
const removeLineMock = mocked(removeRelationship);
const confirmMock = (LightningConfirm as unknown as { open: jest.Mock }).open;

interface ToastDetail {
    title: string;
    message: string;
    variant: string;
}
type ChartElement = HTMLElement & { recordId?: string; cardTitle?: string; initialLevels?: number };
type Child = HTMLElement & Record<string, unknown>;

// axe audits of the whole map take a few seconds under coverage instrumentation
jest.setTimeout(20_000);

function settle(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 8; i += 1) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

async function mount(
    map: Apex.RelationshipMap | { error: unknown } = MAP,
    props: Partial<ChartElement> = {}
) {
    if ('error' in map) {
        getMapMock.mockRejectedValueOnce(map.error);
    } else {
        getMapMock.mockResolvedValueOnce(copy(map));
    }
    const element = createElement('c-org-chart', { is: OrgChart }) as unknown as ChartElement;
    Object.assign(element, { recordId: ACCOUNT_ID, ...props });
    const toasts: ToastDetail[] = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push((event as CustomEvent<ToastDetail>).detail)
    );
    document.body.appendChild(element);
    await settle();
    return { element, toasts };
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
const canvas = (element: HTMLElement): Child => must(element, 'c-org-chart-canvas');
const detail = (element: HTMLElement): Child => must(element, 'c-org-chart-detail');
const editor = (element: HTMLElement): Child => must(element, 'c-org-chart-editor');
const noticeText = (element: HTMLElement): string => $(element, '[role="alert"]')?.textContent ?? '';

async function fire(target: HTMLElement, name: string, payload?: unknown): Promise<void> {
    target.dispatchEvent(new CustomEvent(name, { detail: payload }));
    await settle();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    must(element, selector).click();
    await settle();
}

async function select(element: HTMLElement, id: string): Promise<void> {
    await fire(canvas(element), 'select', { id });
}

async function edit(form: Child, field: string, value: unknown): Promise<void> {
    await fire(form, 'fieldchange', { field, value });
}

describe('c-org-chart', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('loads the account map in one call and draws the chart (data state)', async () => {
            const { element } = await mount();
            expect(getMapMock).toHaveBeenCalledTimes(1);
            expect(getMapMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID, planId: null });
            expect(must(element, 'lightning-card').title).toBe('c.OrgChart_Title');
            const chart = canvas(element);
            expect((chart.people as unknown[]).length).toBe(7);
            expect((chart.relationships as unknown[]).length).toBe(2);
            expect(chart.canMove).toBe(true);
            expect(chart.initialLevels).toBe(3);
            expect(must(element, '.plan-name').textContent).toBe('Northwind FY27');
            expect(must(element, '.depth-value').textContent).toBe('c.OrgChart_Header_Depth');
            expect($(element, '.read-only-notice')).toBeNull();
            expect($(element, '.open-contacts')).not.toBeNull();
            expect($(element, '.select-hint')).not.toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows the coverage gaps the server found', async () => {
            const { element } = await mount();
            const gaps = must(element, '.coverage-gaps');
            expect(gaps.querySelectorAll('li').length).toBe(1);
            expect(gaps.textContent).toContain('Single-threaded');
            expect(gaps.querySelector('[data-gap="singleThreaded"]')).not.toBeNull();
        });

        it('explains the relationship depth with the server’s factors on request', async () => {
            const { element } = await mount();
            expect($(element, '.depth-factors')).toBeNull();
            await click(element, '.depth-toggle');
            const factors = element.shadowRoot?.querySelectorAll('.depth-factor') ?? [];
            expect(factors.length).toBe(4);
            expect(factors[0]?.textContent).toContain('Average relationship score');
            expect(factors[0]?.textContent).toContain('Average score 60 across 7 people');
            expect(must(element, '.depth-toggle').label).toBe('c.OrgChart_Header_Depth_Hide');
        });

        it('uses the settings from App Builder', async () => {
            const { element } = await mount(MAP, { cardTitle: 'Buying centre', initialLevels: 1 });
            expect(must(element, 'lightning-card').title).toBe('Buying centre');
            expect(canvas(element).initialLevels).toBe(1);
        });

        it('shows a spinner while loading', async () => {
            getMapMock.mockReturnValueOnce(new Promise(() => undefined));
            const element = createElement('c-org-chart', { is: OrgChart }) as unknown as ChartElement;
            element.recordId = ACCOUNT_ID;
            document.body.appendChild(element);
            await settle();
            expect(must(element, 'lightning-spinner').alternativeText).toBe('c.OrgChart_Loading');
            expect(must(element, '.chart-body').getAttribute('aria-busy')).toBe('true');
        });

        it('shows the error and retries (error state)', async () => {
            const { element } = await mount({ error: apexError });
            const panel = must(element, '.load-error c-error-panel');
            expect(panel.errors).toEqual(apexError);
            expect(panel.friendlyMessage).toBe('c.OrgChart_Error_Load_Failed');
            await expect(element).toBeAccessible();
            getMapMock.mockResolvedValueOnce(copy(MAP));
            await click(element, '.retry');
            expect($(element, '.load-error')).toBeNull();
            expect($(element, 'c-org-chart-canvas')).not.toBeNull();
        });

        it('loads again for another record, and not without one', async () => {
            const { element } = await mount();
            getMapMock.mockResolvedValueOnce(copy(EMPTY));
            element.recordId = '001OTHER';
            await settle();
            expect(getMapMock).toHaveBeenLastCalledWith({ accountId: '001OTHER', planId: null });
            const bare = createElement('c-org-chart', { is: OrgChart });
            document.body.appendChild(bare);
            await settle();
            expect(getMapMock).toHaveBeenCalledTimes(2);
        });

        it('keeps the map when the page moves the component (reconnect)', async () => {
            const { element } = await mount();
            document.body.removeChild(element);
            document.body.appendChild(element);
            await settle();
            expect(getMapMock).toHaveBeenCalledTimes(1);
        });
    });

    describe('empty states', () => {
        it('says the account has no plan yet', async () => {
            const { element } = await mount(NO_PLAN);
            expect(must(element, '.no-plan').textContent).toContain('c.OrgChart_No_Plan_Title');
            expect($(element, 'c-org-chart-canvas')).toBeNull();
            expect($(element, '.open-contacts')).toBeNull();
            expect($(element, '.coverage-gaps')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('offers to add people when nobody is mapped, and lists the gaps', async () => {
            const { element } = await mount(EMPTY);
            expect(must(element, '.empty-state').textContent).toContain('c.OrgChart_Empty_Title');
            expect($(element, 'c-org-chart-canvas')).toBeNull();
            expect(must(element, '.coverage-gaps').querySelectorAll('li').length).toBe(2);
            await expect(element).toBeAccessible();
            await click(element, '.empty-add-contacts');
            const picker = must(element, 'c-org-chart-add-contacts');
            expect((picker.candidates as unknown[]).length).toBe(3);
        });
    });

    describe('read-only', () => {
        it('shows the map without editing when the user may not change it', async () => {
            const { element } = await mount(READ_ONLY);
            expect(must(element, '.read-only-notice').textContent).toBe('c.OrgChart_Read_Only_No_Access');
            expect($(element, '.open-contacts')).toBeNull();
            expect(canvas(element).canMove).toBe(false);
            await select(element, CEO.id);
            expect(detail(element).canEdit).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('says why an archived plan is read-only', async () => {
            const { element } = await mount(ARCHIVED);
            expect(must(element, '.read-only-notice').textContent).toBe('c.OrgChart_Read_Only_Archived');
        });

        it('ignores moves the chart asks for without edit access', async () => {
            const { element } = await mount(READ_ONLY);
            await fire(canvas(element), 'move', { id: PLANT.id, reportsToId: CIO.id });
            expect(moveMock).not.toHaveBeenCalled();
        });
    });

    describe('selecting', () => {
        it('opens the details of the selected person and highlights them', async () => {
            const { element } = await mount();
            await select(element, CIO.id);
            expect(canvas(element).selectedId).toBe(CIO.id);
            const panel = detail(element);
            expect((panel.person as Apex.StakeholderNode).name).toBe('Priya Raman');
            expect(panel.canEdit).toBe(true);
            expect(panel.canCreateContacts).toBe(true);
            const options = (panel.managerOptions as Apex.PicklistOption[]).map((option) => option.value);
            expect(options).not.toContain(CIO.id);
            expect(options).not.toContain(IT_DIRECTOR.id);
            expect(options).toContain(CFO.id);
            expect($(element, '.select-hint')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('closes the details', async () => {
            const { element } = await mount();
            await select(element, CIO.id);
            await fire(detail(element), 'close');
            expect($(element, 'c-org-chart-detail')).toBeNull();
            expect(canvas(element).selectedId).toBeNull();
        });

        it('asks before leaving a form with changes, and stays when the user says no', async () => {
            const { element } = await mount();
            await select(element, CIO.id);
            await fire(detail(element), 'edit');
            await edit(editor(element), 'title', 'Chief Digital Officer');
            confirmMock.mockResolvedValueOnce(false);
            await select(element, CFO.id);
            expect(confirmMock).toHaveBeenCalledTimes(1);
            expect((editor(element).draft as { request: Apex.StakeholderSaveRequest }).request.title).toBe(
                'Chief Digital Officer'
            );
            confirmMock.mockResolvedValueOnce(true);
            await select(element, CFO.id);
            expect($(element, 'c-org-chart-editor')).toBeNull();
            expect((detail(element).person as Apex.StakeholderNode).id).toBe(CFO.id);
        });
    });

    describe('editing a person', () => {
        async function openEditor(id = IT_DIRECTOR.id) {
            const mounted = await mount();
            await select(mounted.element, id);
            await fire(detail(mounted.element), 'edit');
            return mounted;
        }

        it('opens the form with the person’s values and what may report to whom', async () => {
            const { element } = await openEditor();
            const form = editor(element);
            const draft = form.draft as { request: Apex.StakeholderSaveRequest; isPlaceholder: boolean };
            expect(draft.request.id).toBe(IT_DIRECTOR.id);
            expect(draft.request.expectedVersion).toBe(3);
            expect(draft.request.title).toBe('IT Director');
            expect(draft.isPlaceholder).toBe(false);
            expect(form.personName).toBe('Tom Becker');
            expect(form.canEditContacts).toBe(true);
            expect(
                (form.managerOptions as Apex.PicklistOption[]).some((o) => o.value === IT_DIRECTOR.id)
            ).toBe(false);
            await expect(element).toBeAccessible();
        });

        it('checks a field as soon as it changes', async () => {
            const { element } = await openEditor();
            await edit(editor(element), 'relationshipStrength', 9);
            expect((editor(element).messages as Record<string, string>).relationshipStrength).toBe(
                'c.OrgChart_Error_Strength_Range'
            );
            await edit(editor(element), 'relationshipStrength', 4);
            expect((editor(element).messages as Record<string, string>).relationshipStrength).toBeUndefined();
        });

        it('refuses a reporting loop before saving', async () => {
            const { element } = await openEditor(CIO.id);
            await edit(editor(element), 'reportsToId', IT_DIRECTOR.id);
            expect((editor(element).messages as Record<string, string>).reportsToId).toBe(
                'c.Keystone_Error_Stakeholder_Reports_To_Loop'
            );
            await click(element, '.chart-area');
            await fire(editor(element), 'save');
            expect(saveMock).not.toHaveBeenCalled();
            expect(noticeText(element)).toContain('c.Keystone_Plan_Fix_Errors');
            expect(must(element, '.announcement').textContent).toBe('c.Keystone_Plan_Announce_Validation');
        });

        it('saves, merges the server’s recalculated person and score, and says so', async () => {
            const { element, toasts } = await openEditor();
            await edit(editor(element), 'title', '  Director of IT Operations ');
            await edit(editor(element), 'stance', 'Advocate');
            saveMock.mockResolvedValueOnce(copy(savedJson) as unknown as Result);
            await fire(editor(element), 'save');
            expect(saveMock).toHaveBeenCalledTimes(1);
            const request = saveMock.mock.calls[0]?.[0].request;
            expect(request).toMatchObject({
                planId: PLAN_ID,
                id: IT_DIRECTOR.id,
                expectedVersion: 3,
                title: 'Director of IT Operations',
                stance: 'Advocate',
                placeholderName: null,
                notes: null
            });
            expect($(element, 'c-org-chart-editor')).toBeNull();
            const person = detail(element).person as Apex.StakeholderNode;
            expect(person.title).toBe('Director of IT Operations');
            expect(person.score).toBe(77);
            expect($(element, '.coverage-gaps')).toBeNull();
            expect(must(element, '.depth-value').textContent).toBe('c.OrgChart_Header_Depth');
            expect(toasts).toEqual([{ title: 'c.OrgChart_Toast_Saved', message: '', variant: 'success' }]);
        });

        it('keeps the edits and shows the server’s messages at the fields when the save is refused', async () => {
            const { element } = await openEditor();
            await edit(editor(element), 'title', 'A title the server refuses');
            saveMock.mockResolvedValueOnce(copy(invalidJson) as unknown as Result);
            await fire(editor(element), 'save');
            const form = editor(element);
            expect((form.draft as { request: Apex.StakeholderSaveRequest }).request.title).toBe(
                'A title the server refuses'
            );
            expect((form.messages as Record<string, string>).title).toBe(
                'Title: data value too large (max length=128)'
            );
            // a message for a field the form does not show goes to the notice
            expect(noticeText(element)).toContain('This contact is on another map already.');
            // editing the field drops the server's message there
            await edit(form, 'title', 'Shorter');
            expect((editor(element).messages as Record<string, string>).title).toBeUndefined();
        });

        it('keeps the edits when the call fails, and shows the error', async () => {
            const { element } = await openEditor();
            await edit(editor(element), 'department', 'Platforms');
            saveMock.mockRejectedValueOnce(apexError);
            await fire(editor(element), 'save');
            expect(must(element, '.call-error c-error-panel').friendlyMessage).toBe(
                'c.OrgChart_Error_Save_Failed'
            );
            expect(
                (editor(element).draft as { request: Apex.StakeholderSaveRequest }).request.department
            ).toBe('Platforms');
        });

        it('on a conflict, reloads the newest version and keeps the user’s edits on top', async () => {
            const { element } = await openEditor();
            await edit(editor(element), 'notes', 'Prefers calls on Fridays');
            saveMock.mockResolvedValueOnce(copy(conflictJson) as unknown as Result);
            await fire(editor(element), 'save');
            const alert = must(element, '[role="alert"]');
            expect(alert.dataset.kind).toBe('conflict');
            expect(alert.textContent).toContain('Someone else changed this person');
            const newer = copy(MAP);
            const tom = newer.stakeholders[3];
            tom.version = 5;
            tom.title = 'VP Technology';
            getMapMock.mockResolvedValueOnce(newer);
            await click(element, '.reload');
            expect(getMapMock).toHaveBeenLastCalledWith({ accountId: ACCOUNT_ID, planId: PLAN_ID });
            const request = (editor(element).draft as { request: Apex.StakeholderSaveRequest }).request;
            expect(request.expectedVersion).toBe(5);
            expect(request.title).toBe('VP Technology');
            expect(request.notes).toBe('Prefers calls on Fridays');
            expect(must(element, '[role="alert"]').dataset.kind).toBe('reloaded');
        });

        it('says so when the person is gone after the reload', async () => {
            const { element } = await openEditor();
            saveMock.mockResolvedValueOnce(copy(conflictJson) as unknown as Result);
            await fire(editor(element), 'save');
            const without = copy(MAP);
            without.stakeholders = without.stakeholders.filter((node) => node.id !== IT_DIRECTOR.id);
            getMapMock.mockResolvedValueOnce(without);
            await click(element, '.reload');
            expect($(element, 'c-org-chart-editor')).toBeNull();
            expect(must(element, '[role="alert"]').dataset.kind).toBe('notFound');
        });

        it.each<[string, unknown, string]>([
            ['not found', notFoundJson, 'notFound'],
            ['no access', noAccessJson, 'noAccess']
        ])('shows a %s refusal with a reload', async (_name, result, kind) => {
            const { element } = await openEditor();
            saveMock.mockResolvedValueOnce(copy(result) as Result);
            await fire(editor(element), 'save');
            expect(must(element, '[role="alert"]').dataset.kind).toBe(kind);
            expect($(element, '.reload')).not.toBeNull();
            await click(element, '.dismiss-notice');
            expect($(element, '[role="alert"]')).toBeNull();
        });

        it('cancels back to the details', async () => {
            const { element } = await openEditor();
            await fire(editor(element), 'cancel');
            expect($(element, 'c-org-chart-editor')).toBeNull();
            expect($(element, 'c-org-chart-detail')).not.toBeNull();
        });
    });

    describe('adding people', () => {
        it('adds a placeholder under the selected person and selects it', async () => {
            const { element, toasts } = await mount();
            await select(element, CIO.id);
            await click(element, '.add-placeholder');
            const form = editor(element);
            const draft = form.draft as { request: Apex.StakeholderSaveRequest; isPlaceholder: boolean };
            expect(draft.isPlaceholder).toBe(true);
            expect(draft.request).toMatchObject({
                id: null,
                reportsToId: CIO.id,
                businessUnitId: CIO.businessUnitId
            });
            await fire(form, 'save');
            expect(saveMock).not.toHaveBeenCalled();
            expect((editor(element).messages as Record<string, string>).placeholderName).toBe(
                'c.Keystone_Error_Field_Required'
            );
            await edit(editor(element), 'placeholderName', 'Head of Logistics');
            saveMock.mockResolvedValueOnce(copy(createdJson) as unknown as Result);
            await fire(editor(element), 'save');
            expect(saveMock.mock.calls[0]?.[0].request).toMatchObject({
                id: null,
                expectedVersion: null,
                contactId: null,
                placeholderName: 'Head of Logistics',
                reportsToId: CIO.id
            });
            expect(canvas(element).selectedId).toBe('a03000000000030AAA');
            expect((canvas(element).people as unknown[]).length).toBe(8);
            expect(toasts[0]?.title).toBe('c.OrgChart_Toast_Saved');
        });

        it('adds chosen contacts and selects the first one added', async () => {
            const { element, toasts } = await mount();
            await click(element, '.open-contacts');
            const picker = must(element, 'c-org-chart-add-contacts');
            addMock.mockResolvedValueOnce(copy(addedJson) as unknown as Result);
            await fire(picker, 'add', { contactIds: ['003000000000020AAA', '003000000000022AAA'] });
            expect(addMock).toHaveBeenCalledWith({
                planId: PLAN_ID,
                contactIds: ['003000000000020AAA', '003000000000022AAA']
            });
            expect((canvas(element).people as unknown[]).length).toBe(9);
            expect(canvas(element).selectedId).toBe('a03000000000020AAA');
            expect(toasts[0]?.title).toBe('c.OrgChart_Toast_Added');
            // mapped contacts leave the list
            await click(element, '.open-contacts');
            const left = must(element, 'c-org-chart-add-contacts').candidates as Apex.CandidateContact[];
            expect(left.map((contact) => contact.name)).toEqual(['Bruno Costa']);
        });

        it('shows the server’s messages at the contacts and keeps the choice', async () => {
            const { element } = await mount();
            await click(element, '.open-contacts');
            addMock.mockResolvedValueOnce(copy(addInvalidJson) as unknown as Result);
            await fire(must(element, 'c-org-chart-add-contacts'), 'add', {
                contactIds: ['003000000000022AAA']
            });
            const errors = must(element, 'c-org-chart-add-contacts').errors as Apex.FieldError[];
            expect(errors.map((error) => error.recordKey)).toEqual(['003000000000022AAA']);
            expect($(element, 'c-org-chart-add-contacts')).not.toBeNull();
        });
    });

    describe('moving', () => {
        it('moves a person dropped on another and shows them selected', async () => {
            const { element, toasts } = await mount();
            moveMock.mockResolvedValueOnce(copy(movedJson) as unknown as Result);
            await fire(canvas(element), 'move', { id: PLANT.id, reportsToId: CIO.id });
            expect(moveMock).toHaveBeenCalledWith({
                stakeholderId: PLANT.id,
                expectedVersion: 3,
                reportsToId: CIO.id
            });
            const people = canvas(element).people as Apex.StakeholderNode[];
            expect(people.find((node) => node.id === PLANT.id)?.reportsToId).toBe(CIO.id);
            expect(canvas(element).selectedId).toBe(PLANT.id);
            expect(toasts[0]).toEqual({
                title: 'c.OrgChart_Toast_Moved',
                message: 'Lena Fischer',
                variant: 'success'
            });
        });

        it('moves the selected person from the details (move under…), to the top too', async () => {
            const { element } = await mount();
            await select(element, PLANT.id);
            moveMock.mockResolvedValueOnce(copy(movedJson) as unknown as Result);
            await fire(detail(element), 'move', { reportsToId: null });
            expect(moveMock).toHaveBeenCalledWith({
                stakeholderId: PLANT.id,
                expectedVersion: 3,
                reportsToId: null
            });
        });

        it('shows a refused move (a loop) in the notice', async () => {
            const { element } = await mount();
            moveMock.mockResolvedValueOnce(copy(moveLoopJson) as unknown as Result);
            await fire(canvas(element), 'move', { id: CEO.id, reportsToId: CIO.id });
            expect(noticeText(element)).toContain('that would make a loop');
        });
    });

    describe('promoting a placeholder', () => {
        async function openPromote() {
            const mounted = await mount();
            await select(mounted.element, PROCUREMENT.id);
            await fire(detail(mounted.element), 'promote');
            return mounted;
        }

        it('prefills the contact from the placeholder and creates it', async () => {
            const { element, toasts } = await openPromote();
            const form = must(element, 'c-org-chart-promote');
            expect((form.draft as { request: Apex.PromotePlaceholderRequest }).request).toMatchObject({
                stakeholderId: PROCUREMENT.id,
                expectedVersion: 3,
                firstName: 'Head of',
                lastName: 'Procurement',
                accountId: ACCOUNT_ID
            });
            await edit(form, 'firstName', 'Sofia');
            await edit(must(element, 'c-org-chart-promote'), 'lastName', 'Lindqvist');
            promoteMock.mockResolvedValueOnce(copy(promotedJson) as unknown as Result);
            await fire(must(element, 'c-org-chart-promote'), 'save');
            expect(promoteMock.mock.calls[0]?.[0].request).toMatchObject({
                firstName: 'Sofia',
                lastName: 'Lindqvist'
            });
            const person = detail(element).person as Apex.StakeholderNode;
            expect(person.isPlaceholder).toBe(false);
            expect(person.name).toBe('Sofia Lindqvist');
            expect(toasts[0]?.title).toBe('c.OrgChart_Toast_Promoted');
        });

        it('checks the e-mail as typed and shows the server’s message at it', async () => {
            const { element } = await openPromote();
            await edit(must(element, 'c-org-chart-promote'), 'email', 'not-an-address');
            expect((must(element, 'c-org-chart-promote').messages as Record<string, string>).email).toBe(
                'c.OrgChart_Error_Invalid_Email'
            );
            await edit(must(element, 'c-org-chart-promote'), 'email', 'sofia@northwind.example');
            promoteMock.mockResolvedValueOnce(copy(promoteInvalidJson) as unknown as Result);
            await fire(must(element, 'c-org-chart-promote'), 'save');
            const form = must(element, 'c-org-chart-promote');
            expect((form.messages as Record<string, string>).email).toBe(
                'Enter an e-mail address like name@example.com.'
            );
            expect((form.draft as { request: Apex.PromotePlaceholderRequest }).request.email).toBe(
                'sofia@northwind.example'
            );
        });

        it('rebases the promotion on the newest version after a conflict', async () => {
            const { element } = await openPromote();
            promoteMock.mockResolvedValueOnce(copy(conflictJson) as unknown as Result);
            await fire(must(element, 'c-org-chart-promote'), 'save');
            const newer = copy(MAP);
            newer.stakeholders[4].version = 9;
            getMapMock.mockResolvedValueOnce(newer);
            await click(element, '.reload');
            const request = (
                must(element, 'c-org-chart-promote').draft as { request: Apex.PromotePlaceholderRequest }
            ).request;
            expect(request.expectedVersion).toBe(9);
        });
    });

    describe('removing', () => {
        it('removes the selected person after confirming; reports move up, their lines go', async () => {
            const { element, toasts } = await mount();
            await select(element, CIO.id);
            confirmMock.mockResolvedValueOnce(true);
            removeMock.mockResolvedValueOnce(copy(removedJson) as unknown as Result);
            await fire(detail(element), 'remove');
            expect(removeMock).toHaveBeenCalledWith({ stakeholderId: CIO.id, expectedVersion: 3 });
            const people = canvas(element).people as Apex.StakeholderNode[];
            expect(people.some((node) => node.id === CIO.id)).toBe(false);
            expect(people.find((node) => node.id === IT_DIRECTOR.id)?.reportsToId).toBe(CEO.id);
            expect((canvas(element).relationships as Apex.RelationshipLine[]).map((line) => line.id)).toEqual(
                ['a04000000000002AAA']
            );
            expect($(element, 'c-org-chart-detail')).toBeNull();
            expect(must(element, '.coverage-gaps').querySelectorAll('li').length).toBe(2);
            expect(toasts[0]).toEqual({
                title: 'c.OrgChart_Toast_Removed',
                message: 'Priya Raman',
                variant: 'success'
            });
        });

        it('keeps the person when the user does not confirm', async () => {
            const { element } = await mount();
            await select(element, CIO.id);
            confirmMock.mockResolvedValueOnce(false);
            await fire(detail(element), 'remove');
            expect(removeMock).not.toHaveBeenCalled();
        });
    });

    describe('lines', () => {
        it('adds a line from the selected person', async () => {
            const { element, toasts } = await mount();
            await select(element, CIO.id);
            await fire(detail(element), 'addline');
            const form = must(element, 'c-org-chart-line-editor');
            expect(form.fromName).toBe('Priya Raman');
            expect(
                (form.personOptions as Apex.PicklistOption[]).some((option) => option.value === CIO.id)
            ).toBe(false);
            await fire(form, 'save');
            expect(saveLineMock).not.toHaveBeenCalled();
            expect((must(element, 'c-org-chart-line-editor').messages as Record<string, string>).toId).toBe(
                'c.Keystone_Error_Field_Required'
            );
            await edit(must(element, 'c-org-chart-line-editor'), 'toId', PLANT.id);
            await edit(must(element, 'c-org-chart-line-editor'), 'type', 'Allied With');
            saveLineMock.mockResolvedValueOnce(copy(lineSavedJson) as unknown as Result);
            await fire(must(element, 'c-org-chart-line-editor'), 'save');
            expect(saveLineMock.mock.calls[0]?.[0].request).toMatchObject({
                planId: PLAN_ID,
                id: null,
                fromId: CIO.id,
                toId: PLANT.id,
                type: 'Allied With'
            });
            expect((canvas(element).relationships as unknown[]).length).toBe(3);
            expect(toasts[0]?.title).toBe('c.OrgChart_Toast_Line_Saved');
        });

        it('edits an existing line with its version', async () => {
            const { element } = await mount();
            await select(element, CIO.id);
            await fire(detail(element), 'editline', { id: 'a04000000000001AAA' });
            const form = must(element, 'c-org-chart-line-editor');
            expect((form.draft as { request: Apex.RelationshipSaveRequest }).request).toMatchObject({
                id: 'a04000000000001AAA',
                expectedVersion: 1,
                toId: CFO.id,
                strength: 'Strong'
            });
        });

        it('removes a line after confirming', async () => {
            const { element, toasts } = await mount();
            await select(element, CFO.id);
            confirmMock.mockResolvedValueOnce(true);
            removeLineMock.mockResolvedValueOnce(copy(lineRemovedJson) as unknown as Result);
            await fire(detail(element), 'removeline', { id: 'a04000000000002AAA' });
            expect(removeLineMock).toHaveBeenCalledWith({
                relationshipId: 'a04000000000002AAA',
                expectedVersion: 1
            });
            expect((canvas(element).relationships as unknown[]).length).toBe(1);
            expect(toasts[0]?.title).toBe('c.OrgChart_Toast_Line_Removed');
        });
    });

    it('offers everyone else as the advisor’s manager', async () => {
        const { element } = await mount();
        await select(element, ADVISOR.id);
        expect((detail(element).managerOptions as unknown[]).length).toBe(6);
    });
});
