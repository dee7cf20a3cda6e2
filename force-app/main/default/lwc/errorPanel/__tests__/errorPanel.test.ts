import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import apexError from './data/apexError.json';

type ErrorPanelElement = HTMLElement & { errors: unknown; friendlyMessage?: string };

function mount(props: Partial<ErrorPanelElement>): ErrorPanelElement {
    const element = createElement('c-error-panel', { is: ErrorPanel }) as ErrorPanelElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

const flush = (): Promise<void> => Promise.resolve();

describe('c-error-panel', () => {
    it('renders nothing when there is no error (empty state)', async () => {
        const element = mount({ errors: undefined });
        await flush();
        expect(element.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the default title and hides details until asked (error state)', async () => {
        const element = mount({ errors: apexError });
        await flush();
        const title = element.shadowRoot?.querySelector('.title');
        expect(title?.textContent).toBe('c.Keystone_Error_Title');
        expect(element.shadowRoot?.querySelector('.details')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('expands and collapses the details with the toggle', async () => {
        const element = mount({ errors: [apexError, new Error('Second problem')] });
        await flush();
        const toggle = element.shadowRoot?.querySelector('lightning-button.toggle') as HTMLElement & {
            label: string;
            iconName: string;
        };
        expect(toggle.label).toBe('c.Keystone_Error_Details_Show');
        toggle.click();
        await flush();
        const items = Array.from(element.shadowRoot?.querySelectorAll('.details li') ?? []).map(
            (li) => li.textContent
        );
        expect(items).toEqual(['The plan was changed by Ana Silva since you opened it.', 'Second problem']);
        expect(toggle.label).toBe('c.Keystone_Error_Details_Hide');
        expect(toggle.iconName).toBe('utility:chevrondown');
        await expect(element).toBeAccessible();

        toggle.click();
        await flush();
        expect(element.shadowRoot?.querySelector('.details')).toBeNull();
    });

    it('uses the friendly message as title when given (data state)', async () => {
        const element = mount({ errors: 'Save failed', friendlyMessage: 'Could not save the plan.' });
        await flush();
        expect(element.shadowRoot?.querySelector('.title')?.textContent).toBe('Could not save the plan.');
    });
});
