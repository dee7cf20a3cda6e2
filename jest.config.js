const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

/** Jest for LWC (TypeScript components and tests), with shared mocks and accessibility matchers. */
module.exports = {
    ...jestConfig,
    testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest/setup.ts'],
    moduleNameMapper: {},
    modulePathIgnorePatterns: ['<rootDir>/.gate/', '<rootDir>/scripts/'],
    // test/browser runs in Chromium under node:test (the gate's `browser` step), not in Jest.
    testPathIgnorePatterns: [
        ...jestConfig.testPathIgnorePatterns,
        '<rootDir>/scripts/',
        '<rootDir>/test/browser/'
    ],
    collectCoverageFrom: ['force-app/**/lwc/**/*.ts', '!force-app/**/__tests__/**'],
    coverageReporters: ['text-summary', 'json-summary', 'lcov'],
    coverageThreshold: { global: { lines: 90, statements: 90, functions: 90, branches: 80 } },
    // Tests assert behaviour, never speed (benchmarks live in bench/): a mount with an axe audit on a busy 2-core
    // machine can take longer than Jest's default 5 s, which must not fail a test.
    testTimeout: 30_000
};
