// Lint: typescript-eslint's type-aware recommended rules, Prettier's formatting
// (checked by `prettier --check`, so style rules are off here) and the
// architecture's import boundaries. Why each boundary exists: CONTRIBUTING.md.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'connectors/*/test/**/*.ts', 'libs/*/src/testing/**/*.ts'];

/** What the repository is made of, each from the root (partialMatch: false); a file belongs to the first element that fits. */
const ELEMENTS = [
  { type: 'sdk', pattern: 'libs/connector-sdk', partialMatch: false },
  { type: 'lib', pattern: 'libs/*', capture: ['name'], partialMatch: false },
  { type: 'connector', pattern: 'connectors/*', capture: ['name'], partialMatch: false },
  // What is left in connectors/ once the connectors' folders are taken: registry.ts, the one list of them.
  { type: 'connector-registry', pattern: 'connectors', partialMatch: false },
  { type: 'composition-root', pattern: 'apps/hub', partialMatch: false },
  { type: 'app', pattern: 'apps/*', capture: ['name'], partialMatch: false },
  { type: 'tool', pattern: 'tools/*', capture: ['name'], partialMatch: false },
  { type: 'test', pattern: 'test', partialMatch: false },
  { type: 'bench', pattern: 'bench', partialMatch: false },
  { type: 'script', pattern: 'scripts', partialMatch: false },
];

const FILES = [{ category: 'test', pattern: TEST_FILES }];

const element = (type) => ({ element: { type } });

/** A relative import source, up to four levels up (micromatch's ** does not cross ".." segments). */
const RELATIVE = ['[.]*', '[.]*/**', '[.]*/[.]*/**', '[.]*/[.]*/[.]*/**', '[.]*/[.]*/[.]*/[.]*/**'];

/** Who may import whom (anything not allowed here is refused), then the one refusal that wins over every allow. */
const POLICIES = [
  {
    from: element('connector'),
    allow: { to: element('sdk'), dependency: { source: '@hub/connector-sdk' } },
  },
  {
    from: { element: { type: 'connector' }, file: { categories: 'test' } },
    allow: { to: element('sdk'), dependency: { source: '@hub/connector-sdk/testing' } },
  },
  { from: element('connector-registry'), allow: { to: element(['connector', 'sdk']) } },
  { from: element('lib'), allow: { to: element(['lib', 'sdk']) } },
  { from: element('app'), allow: { to: element(['lib', 'sdk', 'connector-registry']) } },
  { from: element('composition-root'), allow: { to: element(['app', 'lib', 'sdk', 'connector-registry']) } },
  { from: element('tool'), allow: { to: element(['sdk', 'connector-registry']) } },
  {
    from: element(['test', 'bench', 'script']),
    allow: { to: element(['composition-root', 'app', 'lib', 'sdk', 'connector', 'connector-registry', 'test']) },
  },
  {
    // Last, so that it wins: crossing into another package goes through its @hub/* name, never a relative path.
    disallow: { dependency: { source: RELATIVE } },
    message: 'A relative import may not leave its package: import {{ to.element.type }} by its @hub/* name',
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'dist/**', 'coverage/**', '.run/**', '.data/**', 'bench/results/**', 'apps/zapier/**', '**/*.tpl'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [2, { default: 'disallow', policies: POLICIES }],
      'boundaries/no-unknown-files': 2,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The hub reads its environment in one place, validated (loadHubConfig); everything else gets a HubConfig.
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'connectors/**/*.ts'],
    ignores: ['libs/common/src/hub-config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings from HubConfig: loadHubConfig() reads the environment once, at boot',
        },
      ],
    },
  },
  {
    // Tests (and the demo, a client of the API like them) read response bodies (supertest, fetch) and JSON as `any`:
    // asserting on them, or printing them, is the point, and typing every answer would restate the API in each suite.
    files: [...TEST_FILES, 'scripts/demo.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The tools' own configuration at the root: CommonJS or ESM, in no package.
    files: ['*.js', '*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { 'boundaries/no-unknown-files': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
