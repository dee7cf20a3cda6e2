import { createElement } from 'lwc';
import PlanReview from 'c/planReview';
import workspaceJson from './data/workspace.json';
import newPlanJson from './data/newPlanWorkspace.json';

const WORKSPACE = workspaceJson as Apex.PlanWorkspace;
const NEW_PLAN = newPlanJson as unknown as Apex.PlanWorkspace;
type Child = HTMLElement & Record<string, unknown>;
type ReviewElement = HTMLElement & { plan?: Apex.PlanDto | null; canReview?: boolean; busy?: boolean };

function mount(props: Partial<ReviewElement> = {}): ReviewElement {
    const element = createElement('c-plan-review', { is: PlanReview }) as ReviewElement;
    Object.assign(element, { plan: WORKSPACE.plan, canReview: true, ...props });
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();
const $ = (element: HTMLElement, selector: string): Child =>
    element.shadowRoot?.querySelector(selector) as Child;
const $$ = (element: HTMLElement, selector: string): Child[] =>
    Array.from(element.shadowRoot?.querySelectorAll<Child>(selector) ?? []);

describe('c-plan-review', () => {
    it('shows the last and next review, freshness and the checklist (data state)', async () => {
        const element = mount();
        await flush();
        expect($(element, '.last-reviewed-date').value).toBe('2026-11-07');
        expect($(element, '.reviewed-by').textContent).toBe('c.Keystone_Plan_Last_Reviewed_By');
        expect($(element, '.next-review-due').value).toBe('2026-12-07');
        expect($(element, '.freshness-label').textContent).toBe('c.Keystone_Plan_Freshness_Fresh');
        expect($$(element, '.checklist-item')).toHaveLength(7);
        expect($$(element, '.done-label')).toHaveLength(6);
        expect($$(element, 'lightning-button.fix-item').map((fix) => fix.dataset.item)).toEqual(['champion']);
        await expect(element).toBeAccessible();
    });

    it('sends Mark reviewed, and is disabled while busy', async () => {
        const element = mount();
        const reviews = jest.fn();
        element.addEventListener('markreviewed', reviews);
        await flush();
        $(element, '.mark-reviewed').click();
        expect(reviews).toHaveBeenCalledTimes(1);
        element.busy = true;
        await flush();
        expect($(element, '.mark-reviewed').disabled).toBe(true);
    });

    it('links a missing item to where it is fixed', async () => {
        const element = mount({ plan: NEW_PLAN.plan });
        const fixes: unknown[] = [];
        element.addEventListener('fixitem', (event) => fixes.push((event as CustomEvent).detail));
        await flush();
        const renewal = $$(element, 'lightning-button.fix-item').find(
            (fix) => fix.dataset.item === 'renewalDate'
        );
        renewal?.click();
        expect(fixes).toEqual([
            { itemId: 'renewalDate', fix: { kind: 'section', section: 'renewal', field: 'renewalDate' } }
        ]);
    });

    it('says a new plan was never reviewed (empty state)', async () => {
        const element = mount({ plan: NEW_PLAN.plan });
        await flush();
        expect($(element, '.never-reviewed').textContent).toBe('c.Keystone_Plan_Never_Reviewed');
        expect($$(element, 'lightning-button.fix-item')).toHaveLength(7);
        await expect(element).toBeAccessible();
    });

    it('has no Mark reviewed when read-only, and nothing without a plan', async () => {
        const element = mount({ canReview: false });
        await flush();
        expect($(element, '.mark-reviewed')).toBeNull();
        await expect(element).toBeAccessible();
        const none = mount({ plan: null });
        await flush();
        expect($(none, 'section')).toBeNull();
    });

    it('shows no reviewer name when the server sends none', async () => {
        const element = mount({ plan: { ...(WORKSPACE.plan as Apex.PlanDto), lastReviewedByName: null } });
        await flush();
        expect($(element, '.reviewed-by').textContent).toBe('');
    });
});
