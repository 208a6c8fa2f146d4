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
      'no-restricted-imports': ['error', { patterns: sharedForbidden }],
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
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererForbidden }],
    },
  },
  {
    files: ['src-main/**/*.{ts,cjs}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', { patterns: mainForbidden }] },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: testsForbidden }] },
  },
  { files: ['*.{ts,mjs,mts}', '.ci/**', 'tests/*.mts'], languageOptions: { globals: globals.node } },
);
