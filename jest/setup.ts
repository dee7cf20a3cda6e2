import { registerSa11yMatcher } from '@sa11y/jest';

// Adds `await expect(element).toBeAccessible()` (axe-core rules, as Salesforce's own components are audited).
registerSa11yMatcher();

// Every test starts from an empty page: components a test mounted are removed after it.
afterEach(() => {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
});
