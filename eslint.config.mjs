// ESLint flat config. Besides the usual TypeScript and React rules, it enforces the borders between
// the three layers (see README, "Architecture"); tests/main/lint/borders.test.ts proves each rule bites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// A package and its subpaths, matched exactly (a relative path like ../electron/x is not the package).
const importsOf = (names, message) => [{ regex: `^(${names.map(escape).join('|')})(/.*)?$`, message }];
const nodeImports = (message) => [...importsOf(nodeBuiltins, message), { regex: '^node:', message }];

const sharedForbidden = [
  ...importsOf(['electron'], 'src-shared runs anywhere: no Electron.'),
  ...nodeImports('src-shared runs anywhere: no Node built-ins.'),
  ...importsOf(['react', 'react-dom', 'mobx', 'mobx-react-lite'], 'src-shared is pure domain code: no UI or MobX.'),
  { group: ['**/src-main', '**/src-main/**'], message: 'src-shared may not import src-main.' },
  { group: ['**/src-renderer', '**/src-renderer/**'], message: 'src-shared may not import src-renderer.' },
];
const rendererForbidden = [
  ...importsOf(['electron'], 'The renderer talks to the back end only through the API object.'),
  ...nodeImports('The renderer runs in a browser: no Node built-ins.'),
  { group: ['**/src-main', '**/src-main/**'], message: 'src-renderer may not import src-main.' },
];
const mainForbidden = [
  { group: ['**/src-renderer', '**/src-renderer/**'], message: 'src-main may not import src-renderer.' },
];
// Only the Electron shell (src-main/electron/) touches Electron; everything else in main is plain Node.
const mainOutsideShellForbidden = [
  ...mainForbidden,
  ...importsOf(['electron'], 'Only src-main/electron/ imports electron: pass what you need in from there.'),
];
// The domain's one entry: from outside src-shared/domain, import `@shared/domain` (its index.ts) only.
// Relative paths to it are checked only inside src-shared (elsewhere "../domain" is not this folder).
const domainEntryFrom = (dirs) => [
  {
    group: [...dirs.flatMap((d) => [`${d}/*`, `${d}/**`]), '!**/domain/index'],
    message: 'Import the domain through its public API, @shared/domain (src-shared/domain/index.ts).',
  },
];
const domainEntry = domainEntryFrom(['@shared/domain', '**/src-shared/domain']);
const sharedDomainEntry = domainEntryFrom(['@shared/domain', '**/src-shared/domain', '../domain', '../../domain']);
// Components read stores and call their actions; only stores and the root talk to the API client.
const componentsForbidden = [
  {
    group: ['../api/*', '../../api/*', '../../../api/*', '**/src-renderer/api/*', '@shared/api/client'],
    message: 'Components never call the API: read a store and call its actions.',
  },
];
const testsForbidden = [
  ...importsOf(['electron'], 'Tests run in plain Node: never import electron.'),
  {
    group: ['**/electron/main', '**/electron/preload'],
    message: 'These files import electron: test their pure parts instead.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...sharedForbidden, ...sharedDomainEntry] }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'require',
          'Buffer',
          '__dirname',
          'fetch',
        ].map((name) => ({ name, message: 'src-shared runs anywhere: no DOM, Node or network globals.' })),
      ],
    },
  },
  // Inside the domain its own modules import each other freely (the sharedForbidden rules still hold).
  {
    files: ['src-shared/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedForbidden }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...rendererForbidden, ...domainEntry] }],
    },
  },
  {
    files: ['src-renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...rendererForbidden, ...domainEntry, ...componentsForbidden] }],
    },
  },
  {
    files: ['src-main/**/*.{ts,cjs}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: [...mainOutsideShellForbidden, ...domainEntry] }] },
  },
  {
    files: ['src-main/electron/**/*.{ts,cjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...mainForbidden, ...domainEntry] }] },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...testsForbidden, ...domainEntry] }] },
  },
  // The domain's own unit tests test its modules one by one.
  {
    files: ['tests/shared/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: testsForbidden }] },
  },
  { files: ['*.{ts,mjs,mts}', '.ci/**', 'tests/*.mts'], languageOptions: { globals: globals.node } },
);
