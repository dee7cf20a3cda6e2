// ESLint 9 flat config: Salesforce's LWC rules on TypeScript components (parsed by typescript-eslint instead
// of the Babel parser the LWC config ships with), type-aware TypeScript rules, Jest rules for tests, and
// Node rules for the build and gate scripts.
import { createRequire } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const require = createRequire(import.meta.url);
const lwcConfig = require('@salesforce/eslint-config-lwc');
const jestPlugin = require('eslint-plugin-jest');

const componentFiles = ['force-app/**/lwc/**/*.ts', 'workbench/shell/lwc/**/*.ts'];
// The workbench's stand-ins for platform modules and its page boot code: browser TypeScript, not components.
const browserFiles = ['workbench/platform/**/*.ts', 'workbench/shell/*.ts', 'workbench/shell/lib/**/*.ts'];
const testFiles = ['force-app/**/__tests__/**/*.ts', 'jest/**/*.ts', 'test/**/*.ts'];
const scriptFiles = ['scripts/**/*.ts', 'workbench/apex/**/*.ts', 'bench/**/*.ts', 'test/browser/**/*.ts'];

const withFiles = (configs, files) => configs.map((config) => ({ ...config, files }));
const typeAware = {
    parser: tseslint.parser,
    parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
};

export default tseslint.config(
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            '.gate/**',
            '.workbench/**',
            '.sf/**',
            '.sfdx/**',
            'force-app/**/lwc/**/*.js',
            'scripts/gate/selftest/fixtures/**',
            '**/*.d.ts'
        ]
    },
    // Salesforce's recommended LWC rules, with the TypeScript parser.
    ...withFiles(lwcConfig.configs.recommended, componentFiles).map((config) => ({
        ...config,
        languageOptions: { ...config.languageOptions, ...typeAware, globals: { ...globals.browser } }
    })),
    ...withFiles(tseslint.configs.strictTypeChecked, [...componentFiles, ...browserFiles, ...scriptFiles]),
    {
        files: [...componentFiles, ...browserFiles, ...scriptFiles],
        languageOptions: { ...typeAware, globals: { ...globals.browser } },
        rules: {
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
            '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
            '@typescript-eslint/no-unnecessary-condition': 'off'
        }
    },
    {
        files: testFiles,
        ...jestPlugin.configs['flat/recommended'],
        languageOptions: { ...typeAware, globals: { ...globals.jest, ...globals.browser } },
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            '@typescript-eslint/no-non-null-assertion': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/unbound-method': 'off'
        }
    },
    {
        files: scriptFiles,
        languageOptions: { ...typeAware, globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-require-imports': 'off',
            // Gate checks share one async signature, whether or not a given check awaits anything.
            '@typescript-eslint/require-await': 'off',
            '@typescript-eslint/no-confusing-void-expression': 'off'
        }
    },
    {
        // node:test's describe/it return promises the runner itself awaits.
        files: ['scripts/gate/selftest/**/*.ts', 'test/browser/**/*.test.ts'],
        rules: { '@typescript-eslint/no-floating-promises': 'off' }
    },
    {
        files: ['*.js', '*.mjs'],
        languageOptions: { globals: { ...globals.node } }
    }
);
