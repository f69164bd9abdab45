// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
// @ts-expect-error -- eslint-plugin-jsx-a11y ships no type declarations
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/**
 * Lint rules for the whole repository, run by `npm test` with `--max-warnings 0`.
 * TypeScript files get the type-checked rules; islands get the JSX accessibility rules;
 * Astro files get the Astro plugin's own. Layer rules (what may import what) are a
 * test: tests/unit/architecture.test.ts.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'coverage/',
      'bench/.tmp/',
      'test-results/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Preact ignores what an event handler returns, and each async handler catches its own
      // failure and shows it next to its control; every other promise must still be handled.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    // Preact writes a label's target as `for`, as HTML does; React's `htmlFor` works too.
    settings: { 'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } } },
  },
  ...astro.configs.recommended,
  {
    // Astro files and plain scripts have no type information for the type-checked rules.
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
