import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { wordsInCode } from './scripts/lint/words-from-locale.js';

const renderTextNotHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, not HTML.',
};

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'demo-output/',
      'bench-output/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Markup a screen reader or keyboard cannot use (missing labels, click-only elements, ...) is an error.
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Components, and hooks (use-*.ts), which the rules of hooks cover too.
    files: ['**/*.tsx', '**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // React's innerHTML path stays unreached, which is why its two web-ext lint warnings are accepted.
      'no-restricted-syntax': ['error', renderTextNotHtml],
    },
  },
  {
    // The extension's pages and wiring: their words come from locales/en.yml (scripts/lint/words-from-locale.js).
    // The HTML rule is repeated because a later setting of a rule replaces an earlier one.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', renderTextNotHtml, ...wordsInCode] },
  },
  {
    // Type-aware rules: a promise nobody awaits or catches loses its error.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Every stored item is defined once, in lib/storage/items.ts, so "Clear saved data" and versions miss none.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/storage/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/utils/storage', message: 'Define stored items in lib/storage/items.ts.' }],
          patterns: [
            {
              group: ['**/storage/validated-item', '**/storage/extension-database'],
              importNames: [
                'defineValidatedItem',
                'defineValidatedList',
                'defineValidatedRecord',
                'defineDatabaseItem',
              ],
              message: 'Define stored items in lib/storage/items.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain Node scripts (scripts/setup/prepare.mjs runs before node_modules exists).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Command-line tools print their results.
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // What only the background worker may run is marked by its file name (*.background.ts): it holds the key,
    // the outbox and the browser's background APIs. Pages, components and shared logic reach it only through
    // lib/messaging. (A rule of its own name, so it adds to the stored-items rule above instead of replacing it.)
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.background.ts', 'entrypoints/background.ts', 'tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\.background$',
              message:
                'Only *.background.ts files and entrypoints/background.ts may import background-only code: talk to it through lib/messaging.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tools (the demo, the sandbox, the benches) stand on their own: what they share with the tests lives in
    // scripts/ (the extension's browser launcher: scripts/extension-browser.ts), never the other way round.
    files: ['scripts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/tests/**'], message: 'Move what scripts/ and tests/ share into scripts/.' }] },
      ],
    },
  },
  {
    // vi.spyOn(...).mockImplementation over the overloaded browser.storage methods types their
    // callback-style overload as returning void, so an async fake reads as a misused promise.
    files: ['tests/unit/**'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }] },
  },
);
