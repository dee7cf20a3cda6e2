import { focusField, focusFirstError, syncFieldErrors } from 'c/fieldErrorSync';

interface FakeInput extends HTMLElement {
    setCustomValidity: jest.Mock;
    reportValidity: jest.Mock;
    focus: jest.Mock;
}

function input(field: string | null, recordKey?: string, message?: string): FakeInput {
    const element = document.createElement('div') as unknown as FakeInput;
    if (field) {
        element.dataset.field = field;
    }
    if (recordKey) {
        element.dataset.recordKey = recordKey;
    }
    if (message) {
        element.dataset.message = message;
    }
    element.setCustomValidity = jest.fn();
    element.reportValidity = jest.fn(() => true);
    element.focus = jest.fn();
    return element;
}

describe('c/fieldErrorSync', () => {
    it('shows a message once, clears it when it goes, and leaves untouched inputs alone', () => {
        const name = input('name');
        const due = input('dueDate', 'a02A', 'Too early.');
        syncFieldErrors([name, due]);
        expect(name.setCustomValidity).not.toHaveBeenCalled();
        expect(due.setCustomValidity).toHaveBeenCalledWith('Too early.');
        expect(due.reportValidity).toHaveBeenCalledTimes(1);

        syncFieldErrors([name, due]);
        expect(due.setCustomValidity).toHaveBeenCalledTimes(1);

        name.dataset.message = 'Enter a name.';
        delete due.dataset.message;
        syncFieldErrors([name, due]);
        expect(name.setCustomValidity).toHaveBeenCalledWith('Enter a name.');
        expect(due.setCustomValidity).toHaveBeenLastCalledWith('');
        expect(due.reportValidity).toHaveBeenCalledTimes(2);

        syncFieldErrors([due]);
        expect(due.setCustomValidity).toHaveBeenCalledTimes(2);
    });

    it('focuses a field, or the first field with a message', () => {
        const name = input('name', undefined, 'Enter a name.');
        const due = input('dueDate', 'a02A', 'Too early.');
        expect(focusField([input(null), name, due], 'a02A', 'dueDate')).toBe(true);
        expect(due.focus).toHaveBeenCalled();
        expect(focusField([name], 'plan', 'periodEnd')).toBe(false);

        expect(focusFirstError([input(null), name, due])).toBe(true);
        expect(name.focus).toHaveBeenCalledTimes(1);
        expect(focusFirstError([input('name'), input('target', 'a02A')])).toBe(false);
    });
});
