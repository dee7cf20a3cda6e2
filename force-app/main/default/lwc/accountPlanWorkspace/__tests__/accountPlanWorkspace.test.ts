import { createElement } from 'lwc';
import AccountPlanWorkspace from 'c/accountPlanWorkspace';
import LightningConfirm from 'lightning/confirm';
import getWorkspace from '@salesforce/apex/AccountPlanWorkspaceController.getWorkspace';
import createPlan from '@salesforce/apex/AccountPlanWorkspaceController.createPlan';
import savePlan from '@salesforce/apex/AccountPlanWorkspaceController.savePlan';
import markReviewed from '@salesforce/apex/AccountPlanWorkspaceController.markReviewed';
import archivePlan from '@salesforce/apex/AccountPlanWorkspaceController.archivePlan';
import rollForwardPlan from '@salesforce/apex/AccountPlanWorkspaceController.rollForwardPlan';
import workspaceJson from './data/workspace.json';
import emptyJson from './data/emptyWorkspace.json';
import readOnlyJson from './data/readOnlyWorkspace.json';
import archivedJson from './data/archivedWorkspace.json';
import newPlanJson from './data/newPlanWorkspace.json';
import savedJson from './data/saveResultSaved.json';
import invalidJson from './data/saveResultInvalid.json';
import conflictJson from './data/saveResultConflict.json';
import notFoundJson from './data/saveResultNotFound.json';
import noAccessJson from './data/saveResultNoAccess.json';
import apexError from './data/apexError.json';

jest.mock('@salesforce/apex/AccountPlanWorkspaceController.getWorkspace', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.createPlan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.savePlan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.markReviewed', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.archivePlan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/AccountPlanWorkspaceController.rollForwardPlan', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

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

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const EMPTY = emptyJson as unknown as Apex.PlanWorkspace;
const READ_ONLY = readOnlyJson as Apex.PlanWorkspace;
const ARCHIVED = archivedJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;
const SAVED = savedJson as unknown as Apex.PlanSaveResult;
const INVALID = invalidJson as unknown as Apex.PlanSaveResult;
const CONFLICT = conflictJson as unknown as Apex.PlanSaveResult;
const NOT_FOUND = notFoundJson as unknown as Apex.PlanSaveResult;
const NO_ACCESS = noAccessJson as unknown as Apex.PlanSaveResult;
const ACCOUNT_ID = WORKSPACE.accountId;
const PLAN_ID = 'a01000000000001AAA';

const mocked = <T extends (...args: never[]) => unknown>(fn: T): jest.MockedFunction<T> =>
    fn as jest.MockedFunction<T>;
const getWorkspaceMock = mocked(getWorkspace);
const createPlanMock = mocked(createPlan);
const savePlanMock = mocked(savePlan);
const markReviewedMock = mocked(markReviewed);
const archivePlanMock = mocked(archivePlan);
const rollForwardMock = mocked(rollForwardPlan);
const confirmMock = (LightningConfirm as unknown as { open: jest.Mock }).open;

interface ToastDetail {
    title: string;
    message: string;
    variant: string;
}
type WorkspaceElement = HTMLElement & { recordId?: string; cardTitle?: string; hideKpis?: boolean };
type Child = HTMLElement & Record<string, unknown>;

/** Lets pending promises (Apex calls, confirm dialogs) settle and the component re-render. */
function settle(): Promise<void> {
    let chain = Promise.resolve();
    for (let i = 0; i < 6; i += 1) {
        chain = chain.then(() => undefined);
    }
    return chain;
}

/** Mounts the workspace on the account, with what getWorkspace answers (a workspace, or `{ error }` to fail). */
async function mount(
    workspace: Apex.PlanWorkspace | { error: unknown } = WORKSPACE,
    props: Partial<WorkspaceElement> = {}
) {
    if ('error' in workspace) {
        getWorkspaceMock.mockRejectedValueOnce(workspace.error);
    } else {
        getWorkspaceMock.mockResolvedValueOnce(copy(workspace));
    }
    const element = createElement('c-account-plan-workspace', {
        is: AccountPlanWorkspace
    }) as WorkspaceElement;
    Object.assign(element, { recordId: ACCOUNT_ID, ...props });
    const toasts: CustomEvent<ToastDetail>[] = [];
    element.addEventListener('lightning__showtoast', (event) =>
        toasts.push(event as CustomEvent<ToastDetail>)
    );
    document.body.appendChild(element);
    await settle();
    return { element, toasts };
}

const $ = (element: HTMLElement, selector: string): Child | null =>
    element.shadowRoot?.querySelector<Child>(selector) ?? null;
const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);
const section = (element: HTMLElement, name: string): Child => {
    const found = $(element, `[data-section="${name}"]`);
    if (!found) {
        throw new Error(`no section ${name}`);
    }
    return found;
};

async function change(
    element: HTMLElement,
    sectionName: string,
    recordKey: string,
    field: string,
    value: unknown
) {
    section(element, sectionName).dispatchEvent(
        new CustomEvent('fieldchange', { detail: { recordKey, field, value } })
    );
    await settle();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    const target = $(element, selector);
    if (!target) {
        throw new Error(`nothing to click at ${selector}`);
    }
    target.click();
    await settle();
}

const planOf = (element: HTMLElement, name = 'renewal'): Apex.PlanChanges =>
    section(element, name).plan as Apex.PlanChanges;
const errorsOf = (element: HTMLElement, name = 'renewal'): Record<string, string> =>
    section(element, name).errors as Record<string, string>;
const noticeText = (element: HTMLElement): string => $(element, '[role="alert"]')?.textContent ?? '';

describe('c-account-plan-workspace', () => {
    afterEach(() => {
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('loads the account workspace in one call and shows the plan (data state)', async () => {
            const { element } = await mount();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(1);
            expect(getWorkspaceMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID, planId: null });
            expect(($(element, 'lightning-card') as Child).title).toBe('c.Keystone_Plan_Workspace_Title');
            expect(($(element, 'c-plan-header') as Child).plan).toEqual(WORKSPACE.plan);
            expect(planOf(element, 'details').name).toBe('Northwind FY27');
            expect((section(element, 'objectives').objectives as unknown[]).length).toBe(3);
            expect(section(element, 'details').readOnly).toBe(false);
            expect($(element, '.save-bar')).toBeNull();
            expect($(element, '.read-only-notice')).toBeNull();
            expect(($(element, '.plan-switcher') as Child).options).toEqual([
                { value: PLAN_ID, label: 'c.Keystone_Plan_Switcher_Option' },
                { value: 'a01000000000002AAA', label: 'c.Keystone_Plan_Switcher_Option' }
            ]);
            await expect(element).toBeAccessible();
        });

        it('shows a spinner while loading', async () => {
            getWorkspaceMock.mockReturnValueOnce(new Promise(() => undefined));
            const element = createElement('c-account-plan-workspace', {
                is: AccountPlanWorkspace
            }) as WorkspaceElement;
            element.recordId = ACCOUNT_ID;
            document.body.appendChild(element);
            await settle();
            expect(($(element, 'lightning-spinner') as Child).alternativeText).toBe(
                'c.Keystone_Plan_Loading'
            );
            expect($(element, '.workspace-body')?.getAttribute('aria-busy')).toBe('true');
        });

        it('keeps what is on screen when the page moves it (reconnect)', async () => {
            const { element } = await mount();
            await change(element, 'details', 'plan', 'name', 'Mine');
            document.body.removeChild(element);
            document.body.appendChild(element);
            await settle();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(1);
            expect(planOf(element, 'details').name).toBe('Mine');
        });

        it('uses the title and figures setting from App Builder', async () => {
            const { element } = await mount(WORKSPACE, { cardTitle: 'Strategic plan', hideKpis: true });
            expect(($(element, 'lightning-card') as Child).title).toBe('Strategic plan');
            expect(($(element, 'c-plan-header') as Child).hideKpis).toBe(true);
        });

        it('shows the error and retries (error state)', async () => {
            const { element } = await mount({ error: apexError });
            const panel = $(element, '.load-error c-error-panel') as Child;
            expect(panel.errors).toEqual(apexError);
            expect(panel.friendlyMessage).toBe('c.Keystone_Plan_Load_Error');
            await expect(element).toBeAccessible();

            getWorkspaceMock.mockResolvedValueOnce(copy(WORKSPACE));
            await click(element, '.retry');
            expect(getWorkspaceMock).toHaveBeenCalledTimes(2);
            expect($(element, '.load-error')).toBeNull();
            expect($(element, 'c-plan-header')).not.toBeNull();
        });

        it('loads again when the record changes, and not without a record', async () => {
            const { element } = await mount();
            getWorkspaceMock.mockResolvedValueOnce(copy(EMPTY));
            element.recordId = '001OTHER';
            await settle();
            expect(getWorkspaceMock).toHaveBeenLastCalledWith({ accountId: '001OTHER', planId: null });
            element.recordId = '001OTHER';
            await settle();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(2);

            const bare = createElement('c-account-plan-workspace', { is: AccountPlanWorkspace });
            document.body.appendChild(bare);
            await settle();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(2);
        });
    });

    describe('no plan yet (empty state)', () => {
        it('creates a plan in one step and shows it', async () => {
            const { element, toasts } = await mount(EMPTY);
            expect($(element, '.empty-state')).not.toBeNull();
            expect($(element, 'c-plan-header')).toBeNull();
            await expect(element).toBeAccessible();

            createPlanMock.mockResolvedValueOnce({
                status: 'saved',
                message: null,
                fieldErrors: [],
                workspace: copy(NEW_PLAN)
            });
            await click(element, '.create-plan');
            expect(createPlanMock).toHaveBeenCalledWith({ accountId: ACCOUNT_ID });
            expect($(element, '.empty-state')).toBeNull();
            expect(planOf(element, 'details').status).toBe('Draft');
            expect(toasts.map((toast) => toast.detail)).toEqual([
                { title: 'c.Keystone_Plan_Toast_Created', message: NEW_PLAN.plan?.name, variant: 'success' }
            ]);
        });

        it('says who can create plans when the user cannot', async () => {
            const { element } = await mount({
                ...copy(EMPTY),
                access: { ...EMPTY.access, canCreatePlan: false }
            });
            expect($(element, '.create-plan')).toBeNull();
            expect($(element, '.no-create-access')?.textContent).toBe('c.Keystone_Plan_Empty_No_Access');
        });

        it('keeps the empty state and shows why when creating fails', async () => {
            const { element } = await mount(EMPTY);
            createPlanMock.mockRejectedValueOnce(apexError);
            await click(element, '.create-plan');
            expect(($(element, '.call-error c-error-panel') as Child).errors).toEqual(apexError);
            expect($(element, '.empty-state')).not.toBeNull();
        });
    });

    describe('read-only', () => {
        it('shows the plan without edit controls when the server says the user cannot edit', async () => {
            const { element } = await mount(READ_ONLY);
            expect($(element, '.read-only-notice')?.textContent).toContain(
                'c.Keystone_Plan_Read_Only_No_Access'
            );
            for (const name of ['details', 'objectives', 'tiering', 'competitive', 'renewal']) {
                expect(section(element, name).readOnly).toBe(true);
            }
            expect(($(element, 'c-plan-review') as Child).canReview).toBe(false);
            expect($(element, '.archive-plan')).toBeNull();
            await change(element, 'details', 'plan', 'name', 'Sneaky');
            expect($(element, '.save-bar')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('treats an archived plan as read-only, even for its owner', async () => {
            const { element } = await mount(ARCHIVED);
            expect($(element, '.read-only-notice')?.textContent).toContain(
                'c.Keystone_Plan_Read_Only_Archived'
            );
            expect(section(element, 'details').readOnly).toBe(true);
            expect(section(element, 'objectives').readOnly).toBe(true);
            expect($(element, '.archive-plan')).toBeNull();
        });
    });

    describe('editing and saving', () => {
        it('shows the save bar once something changed, and Cancel puts everything back', async () => {
            const { element } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            expect($(element, '.save-bar')).not.toBeNull();
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Veridian');
            expect(($(element, '.archive-plan') as Child).disabled).toBe(true);
            expect($(element, '.unsaved-hint')).not.toBeNull();
            await click(element, '.cancel');
            expect($(element, '.save-bar')).toBeNull();
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Ironbridge Systems');
        });

        it('validates instantly: a Medium or High risk needs a reason', async () => {
            const { element } = await mount();
            await change(element, 'renewal', 'plan', 'renewalRiskReason', null);
            expect(errorsOf(element)['plan:renewalRiskReason']).toBe(
                'c.Keystone_Error_Renewal_Risk_Reason_Required'
            );
            await change(element, 'renewal', 'plan', 'renewalRisk', 'Low');
            expect(errorsOf(element)['plan:renewalRiskReason']).toBeUndefined();
            await change(element, 'renewal', 'plan', 'renewalRisk', 'High');
            expect(errorsOf(element)['plan:renewalRiskReason']).toBe(
                'c.Keystone_Error_Renewal_Risk_Reason_Required'
            );
        });

        it('checks due dates again when the period start moves', async () => {
            const { element } = await mount();
            await change(element, 'details', 'plan', 'periodStart', '2027-01-01');
            expect(errorsOf(element, 'objectives')).toEqual({
                'a02000000000002AAA:dueDate': 'c.Keystone_Error_Objective_Due_Before_Plan_Start'
            });
        });

        it('saves the plan and its objectives in one call, with the version it was loaded at', async () => {
            const { element, toasts } = await mount();
            await change(element, 'tiering', 'plan', 'scoreRelationshipDepth', 5);
            await change(element, 'objectives', 'a02000000000002AAA', 'status', 'Achieved');
            savePlanMock.mockResolvedValueOnce(copy(SAVED));
            await click(element, '.save');
            expect(savePlanMock).toHaveBeenCalledTimes(1);
            const request = savePlanMock.mock.calls[0][0].request;
            expect(request.planId).toBe(PLAN_ID);
            expect(request.expectedVersion).toBe(7);
            expect(request.plan.scoreRelationshipDepth).toBe(5);
            expect(request.plan.status).toBeNull();
            expect(request.objectives.map((objective) => objective.status)).toEqual([
                'On Track',
                'Achieved',
                'Not Started'
            ]);
            expect(toasts.map((toast) => toast.detail.title)).toEqual(['c.Keystone_Plan_Toast_Saved']);
            expect($(element, '.save-bar')).toBeNull();
            expect(($(element, 'c-plan-header') as Child).plan).toEqual(SAVED.workspace?.plan);
            expect((section(element, 'tiering').savedPlan as Apex.PlanDto).tieringScore).toBe(4.6);
        });

        it('refuses to send a draft with problems, and points at them', async () => {
            const { element } = await mount();
            await change(element, 'details', 'plan', 'name', '   ');
            await click(element, '.save');
            expect(savePlanMock).not.toHaveBeenCalled();
            expect($(element, '[data-kind="fix"]')).not.toBeNull();
            expect(noticeText(element)).toContain('c.Keystone_Plan_Fix_Errors');
            expect($(element, '.announcement')?.textContent).toBe('c.Keystone_Plan_Announce_Validation');
            expect(errorsOf(element, 'details')['plan:name']).toBe('c.Keystone_Error_Field_Required');
            await change(element, 'details', 'plan', 'name', 'Northwind FY27 (revised)');
            expect($(element, '[data-kind="fix"]')).toBeNull();
        });

        it('shows every new objective problem once a save was tried', async () => {
            const { element } = await mount();
            section(element, 'objectives').dispatchEvent(new CustomEvent('objectiveadd'));
            await settle();
            expect(errorsOf(element, 'objectives')).toEqual({});
            await click(element, '.save');
            expect(errorsOf(element, 'objectives')['new-1:name']).toBe('c.Keystone_Error_Field_Required');
            expect(savePlanMock).not.toHaveBeenCalled();
        });

        it('keeps every edit after a refused save and shows the server messages at the fields (error state)', async () => {
            const { element } = await mount();
            await change(element, 'renewal', 'plan', 'renewalRiskReason', 'Budget freeze');
            await change(element, 'details', 'plan', 'status', 'Draft');
            savePlanMock.mockResolvedValueOnce(copy(INVALID));
            await click(element, '.save');
            expect(planOf(element).renewalRiskReason).toBe('Budget freeze');
            expect(errorsOf(element)['plan:renewalRiskReason']).toBe(INVALID.fieldErrors[0].message);
            expect(errorsOf(element, 'objectives')['a02000000000002AAA:dueDate']).toBe(
                INVALID.fieldErrors[1].message
            );
            expect(errorsOf(element, 'details')['plan:status']).toBe(INVALID.fieldErrors[2].message);
            expect(noticeText(element)).toContain('c.Keystone_Plan_Save_Failed');
            expect($$(element, '.notice-messages li')).toHaveLength(0);
            expect($(element, '.save-bar')).not.toBeNull();
            await expect(element).toBeAccessible();

            await change(element, 'renewal', 'plan', 'renewalRiskReason', 'Budget freeze in Q1');
            expect(errorsOf(element)['plan:renewalRiskReason']).toBeUndefined();
        });

        it('lists server messages that belong to no field on screen', async () => {
            const { element } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            savePlanMock.mockResolvedValueOnce({
                status: 'invalid',
                message: 'Something about the whole plan.',
                fieldErrors: [{ recordKey: 'a02GONE', field: 'name', message: 'Gone objective.' }],
                workspace: null
            });
            await click(element, '.save');
            expect($$(element, '.notice-messages li').map((li) => li.textContent)).toEqual([
                'Something about the whole plan.',
                'Gone objective.'
            ]);
            await click(element, '.dismiss-notice');
            expect($(element, '[role="alert"]')).toBeNull();
        });

        it('keeps every edit after an unexpected failure', async () => {
            const { element } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            savePlanMock.mockRejectedValueOnce(apexError);
            await click(element, '.save');
            const panel = $(element, '.call-error c-error-panel') as Child;
            expect(panel.errors).toEqual(apexError);
            expect(panel.friendlyMessage).toBe('c.Keystone_Plan_Save_Failed');
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Veridian');
        });

        it('shows a message for a status it does not know', async () => {
            const { element } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            savePlanMock.mockResolvedValueOnce({
                status: 'mystery',
                message: 'Odd.',
                fieldErrors: [],
                workspace: null
            });
            await click(element, '.save');
            expect(noticeText(element)).toContain('Odd.');
        });
    });

    describe('someone else saved first (conflict state)', () => {
        it('says so, keeps the edits, and Reload brings their changes in under the user’s', async () => {
            const { element } = await mount();
            await change(element, 'renewal', 'plan', 'renewalRisk', 'High');
            await change(element, 'renewal', 'plan', 'renewalRiskReason', 'Budget freeze');
            savePlanMock.mockResolvedValueOnce(copy(CONFLICT));
            await click(element, '.save');
            expect($(element, '[data-kind="conflict"]')).not.toBeNull();
            expect(noticeText(element)).toContain('c.Keystone_Plan_Conflict_Title');
            expect(planOf(element).renewalRisk).toBe('High');
            await expect(element).toBeAccessible();

            const theirs = copy(WORKSPACE);
            if (theirs.plan) {
                theirs.plan.version = 8;
                theirs.plan.primaryCompetitor = 'Veridian';
            }
            getWorkspaceMock.mockResolvedValueOnce(theirs);
            await click(element, '.reload');
            expect(getWorkspaceMock).toHaveBeenLastCalledWith({ accountId: ACCOUNT_ID, planId: PLAN_ID });
            expect(planOf(element).renewalRisk).toBe('High');
            expect(planOf(element).renewalRiskReason).toBe('Budget freeze');
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Veridian');
            expect($(element, '[data-kind="reloaded"]')).not.toBeNull();

            savePlanMock.mockResolvedValueOnce(copy(SAVED));
            await click(element, '.save');
            expect(savePlanMock.mock.calls[1][0].request.expectedVersion).toBe(8);
        });

        it('keeps the edits when the reload itself fails', async () => {
            const { element } = await mount();
            await change(element, 'renewal', 'plan', 'renewalRisk', 'High');
            savePlanMock.mockResolvedValueOnce(copy(CONFLICT));
            await change(element, 'renewal', 'plan', 'renewalRiskReason', 'Budget freeze');
            await click(element, '.save');
            getWorkspaceMock.mockRejectedValueOnce(apexError);
            await click(element, '.reload');
            expect(($(element, '.call-error c-error-panel') as Child).errors).toEqual(apexError);
            expect(planOf(element).renewalRisk).toBe('High');
        });

        it.each([
            ['notFound', NOT_FOUND],
            ['noAccess', NO_ACCESS]
        ])('reports %s and offers to open the account plan again', async (kind, result) => {
            const { element } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            savePlanMock.mockResolvedValueOnce(copy(result));
            await click(element, '.save');
            expect($(element, `[data-kind="${kind}"]`)).not.toBeNull();
            expect(noticeText(element)).toContain(result.message ?? '');
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Veridian');

            getWorkspaceMock.mockResolvedValueOnce(copy(WORKSPACE));
            await click(element, '.reload');
            expect(getWorkspaceMock).toHaveBeenLastCalledWith({ accountId: ACCOUNT_ID, planId: null });
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Ironbridge Systems');
        });

        it('falls back to its own messages when the server sends none', async () => {
            const { element } = await mount();
            markReviewedMock.mockResolvedValueOnce({
                status: 'notFound',
                message: null,
                fieldErrors: [],
                workspace: null
            });
            ($(element, 'c-plan-review') as Child).dispatchEvent(new CustomEvent('markreviewed'));
            await settle();
            expect(noticeText(element)).toContain('c.Keystone_Error_Plan_Not_Found');
            markReviewedMock.mockResolvedValueOnce({
                status: 'noAccess',
                message: null,
                fieldErrors: [],
                workspace: null
            });
            ($(element, 'c-plan-review') as Child).dispatchEvent(new CustomEvent('markreviewed'));
            await settle();
            expect(noticeText(element)).toContain('c.Keystone_Error_Plan_No_Access');
        });
    });

    describe('review and lifecycle', () => {
        it('marks the plan reviewed and keeps unsaved edits on the new version', async () => {
            const { element, toasts } = await mount();
            await change(element, 'competitive', 'plan', 'primaryCompetitor', 'Veridian');
            const reviewed = copy(WORKSPACE);
            if (reviewed.plan) {
                reviewed.plan.version = 8;
                reviewed.plan.lastReviewedDate = '2026-11-20';
            }
            markReviewedMock.mockResolvedValueOnce({
                status: 'saved',
                message: null,
                fieldErrors: [],
                workspace: reviewed
            });
            ($(element, 'c-plan-review') as Child).dispatchEvent(new CustomEvent('markreviewed'));
            await settle();
            expect(markReviewedMock).toHaveBeenCalledWith({ planId: PLAN_ID, expectedVersion: 7 });
            expect(toasts.map((toast) => toast.detail.title)).toEqual(['c.Keystone_Plan_Toast_Reviewed']);
            expect((($(element, 'c-plan-review') as Child).plan as Apex.PlanDto).lastReviewedDate).toBe(
                '2026-11-20'
            );
            expect(planOf(element, 'competitive').primaryCompetitor).toBe('Veridian');
            savePlanMock.mockResolvedValueOnce(copy(SAVED));
            await click(element, '.save');
            expect(savePlanMock.mock.calls[0][0].request.expectedVersion).toBe(8);
        });

        it('reports a conflict on Mark reviewed', async () => {
            const { element } = await mount();
            markReviewedMock.mockResolvedValueOnce(copy(CONFLICT));
            ($(element, 'c-plan-review') as Child).dispatchEvent(new CustomEvent('markreviewed'));
            await settle();
            expect($(element, '[data-kind="conflict"]')).not.toBeNull();
        });

        it('archives after confirmation, and not without', async () => {
            const { element, toasts } = await mount();
            confirmMock.mockResolvedValueOnce(false);
            await click(element, '.archive-plan');
            expect(archivePlanMock).not.toHaveBeenCalled();

            confirmMock.mockResolvedValueOnce(true);
            archivePlanMock.mockResolvedValueOnce({
                status: 'saved',
                message: null,
                fieldErrors: [],
                workspace: copy(ARCHIVED)
            });
            await click(element, '.archive-plan');
            expect(confirmMock).toHaveBeenLastCalledWith(
                expect.objectContaining({ label: 'c.Keystone_Plan_Confirm_Archive_Title' })
            );
            expect(archivePlanMock).toHaveBeenCalledWith({ planId: PLAN_ID, expectedVersion: 7 });
            expect(toasts.map((toast) => toast.detail.title)).toEqual(['c.Keystone_Plan_Toast_Archived']);
            expect($(element, '.read-only-notice')).not.toBeNull();
        });

        it('starts the next period from the plan after confirmation', async () => {
            const { element, toasts } = await mount();
            confirmMock.mockResolvedValueOnce(true);
            rollForwardMock.mockResolvedValueOnce({
                status: 'saved',
                message: null,
                fieldErrors: [],
                workspace: copy(NEW_PLAN)
            });
            await click(element, '.roll-forward');
            expect(rollForwardMock).toHaveBeenCalledWith({ planId: PLAN_ID, expectedVersion: 7 });
            expect(toasts.map((toast) => toast.detail.title)).toEqual([
                'c.Keystone_Plan_Toast_Rolled_Forward'
            ]);
            expect(planOf(element, 'details').status).toBe('Draft');

            confirmMock.mockResolvedValueOnce(false);
            await click(element, '.roll-forward');
            expect(rollForwardMock).toHaveBeenCalledTimes(1);
        });

        it('switches to another plan, asking first when there are unsaved changes', async () => {
            const { element } = await mount();
            const switcher = $(element, '.plan-switcher') as Child;
            getWorkspaceMock.mockResolvedValueOnce(copy(ARCHIVED));
            switcher.dispatchEvent(new CustomEvent('change', { detail: { value: 'a01000000000002AAA' } }));
            await settle();
            expect(getWorkspaceMock).toHaveBeenLastCalledWith({
                accountId: ACCOUNT_ID,
                planId: 'a01000000000002AAA'
            });
            expect(planOf(element, 'details').name).toBe('Northwind FY26');

            getWorkspaceMock.mockResolvedValueOnce(copy(WORKSPACE));
            switcher.dispatchEvent(new CustomEvent('change', { detail: { value: PLAN_ID } }));
            await settle();
            await change(element, 'details', 'plan', 'name', 'Mine');
            confirmMock.mockResolvedValueOnce(false);
            switcher.dispatchEvent(new CustomEvent('change', { detail: { value: 'a01000000000002AAA' } }));
            await settle();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(3);
            expect(planOf(element, 'details').name).toBe('Mine');

            confirmMock.mockResolvedValueOnce(true);
            getWorkspaceMock.mockResolvedValueOnce(copy(ARCHIVED));
            switcher.dispatchEvent(new CustomEvent('change', { detail: { value: 'a01000000000002AAA' } }));
            await settle();
            expect(planOf(element, 'details').name).toBe('Northwind FY26');

            switcher.dispatchEvent(new CustomEvent('change', { detail: { value: 'a01000000000002AAA' } }));
            await settle();
            expect(getWorkspaceMock).toHaveBeenCalledTimes(4);
        });
    });

    describe('objectives, checklist links and printing', () => {
        it('adds, moves and removes objectives in the draft', async () => {
            const { element } = await mount();
            const objectives = section(element, 'objectives');
            objectives.dispatchEvent(new CustomEvent('objectiveadd'));
            await settle();
            const added = (objectives.objectives as Apex.ObjectiveDto[])[3];
            expect(added).toEqual(
                expect.objectContaining({ key: 'new-1', id: null, ownerId: null, status: 'Not Started' })
            );
            objectives.dispatchEvent(
                new CustomEvent('objectivemove', { detail: { key: 'new-1', delta: -1 } })
            );
            await settle();
            expect((objectives.objectives as Apex.ObjectiveDto[]).map((o) => o.key)[2]).toBe('new-1');
            objectives.dispatchEvent(
                new CustomEvent('objectiveremove', { detail: { key: 'a02000000000001AAA' } })
            );
            await settle();
            expect((objectives.objectives as Apex.ObjectiveDto[]).map((o) => o.key)).toEqual([
                'a02000000000002AAA',
                'new-1',
                'a02000000000003AAA'
            ]);
            expect($(element, '.save-bar')).not.toBeNull();
        });

        it('makes the running user the owner of a new objective when they can own objectives', async () => {
            const workspace = copy(WORKSPACE);
            workspace.ownerOptions.push({ value: '005000000000000000', label: 'Current User' });
            const { element } = await mount(workspace);
            section(element, 'objectives').dispatchEvent(new CustomEvent('objectiveadd'));
            await settle();
            expect((section(element, 'objectives').objectives as Apex.ObjectiveDto[])[3].ownerId).toBe(
                '005000000000000000'
            );
        });

        it('opens the plan’s stakeholders for the stakeholder items, and the section for the others', async () => {
            const { element } = await mount();
            const header = $(element, 'c-plan-header') as Child;
            header.dispatchEvent(
                new CustomEvent('fixitem', { detail: { itemId: 'champion', fix: { kind: 'stakeholders' } } })
            );
            expect(mockNavigate).toHaveBeenCalledWith({
                type: 'standard__recordRelationshipPage',
                attributes: {
                    recordId: PLAN_ID,
                    objectApiName: 'Account_Plan__c',
                    relationshipApiName: 'Stakeholders__r',
                    actionName: 'view'
                }
            });
            const renewal = section(element, 'renewal');
            const focus = jest.spyOn(renewal, 'focusField' as never);
            header.dispatchEvent(
                new CustomEvent('fixitem', {
                    detail: {
                        itemId: 'renewalDate',
                        fix: { kind: 'section', section: 'renewal', field: 'renewalDate' }
                    }
                })
            );
            expect(focus).toHaveBeenCalledWith('renewalDate');
        });

        it('prints the plan with the browser', async () => {
            const { element } = await mount();
            const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
            await click(element, '.print-plan');
            expect(print).toHaveBeenCalledTimes(1);
            print.mockRestore();
        });
    });
});
