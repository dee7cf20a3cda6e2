import { registerSa11yMatcher } from '@sa11y/jest';

// Adds `await expect(element).toBeAccessible()` (axe-core rules, as Salesforce's own components are audited).
registerSa11yMatcher();
