// @ts-check
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const catchSaysWhy = require('./eslint-rules/catchSaysWhy');

/**
 * The layering of the codebase, enforced here (tests/lint/layering.test.ts proves it bites):
 *   shared/    pure TypeScript: no Electron, no Node, no DOM, no React, nothing outside shared/.
 *   renderer/  the UI: never Electron, Node or the backend; only shared/ and browser libraries.
 *   electron/  the backend and its hosts: never 'electron', except the thin desktop shell
 *              (electron/main, electron/preload); never the renderer.
 */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith("node:")); // node:* is a pattern below

const restrict = (/** @type {{ paths?: {name: string, message: string}[], patterns?: {group: string[], message: string}[] }} */ spec) => ({
  'no-restricted-imports': ['error', spec],
});

const electronOnly = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'; the backend must run under plain Node." };

module.exports = tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'tests/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict({
      paths: [
        ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure TypeScript: no Node modules.' })),
        { name: 'electron', message: 'shared/ is pure TypeScript: no Electron.' },
      ],
      patterns: [
        { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
        { group: ['react', 'react-dom', 'react/*', '@mantine/*', 'echarts', 'echarts/*', 'better-sqlite3', 'ws', 'comlink', 'comlink/*'], message: 'shared/ is pure: UI, database and transport libraries belong to renderer/ or electron/.' },
        { group: ['**/electron/**', '**/renderer/**', '../../*', '../../../*'], message: 'shared/ must not import from outside shared/.' },
      ],
    }),
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'navigator', 'localStorage'],
    },
  },
  {
    // The backend's and the models' caught errors: thrown on, used, or dropped for a stated
    // reason (issue 15: a swallowed stack overflow silently changed a result). An empty catch
    // fails no-empty; one that drops its error needs a comment saying why that is safe.
    files: ['electron/backend/**/*.ts', 'shared/**/*.ts'],
    plugins: { lw: { rules: { 'catch-says-why': catchSaysWhy } } },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      'lw/catch-says-why': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict({
      paths: [
        ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node modules.' })),
        { name: 'electron', message: 'The renderer never imports Electron; it talks to the backend through src/backend/client.ts.' },
        { name: 'better-sqlite3', message: 'The renderer never touches the database; ask the backend.' },
        { name: 'ws', message: 'The renderer uses the browser WebSocket, in src/backend/client.ts only.' },
      ],
      patterns: [
        { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
        { group: ['**/electron/**', '../../electron', '../../electron/*'], message: 'The renderer never imports backend or Electron code; use shared/ and src/backend/client.ts.' },
      ],
    }),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: restrict({
      paths: [electronOnly],
      patterns: [
        { group: ['electron/*'], message: electronOnly.message },
        { group: ['**/renderer/**'], message: 'The backend never imports renderer code; shared types live in shared/.' },
      ],
    }),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict({
      patterns: [{ group: ['**/renderer/**'], message: 'The desktop shell never imports renderer code.' }],
    }),
  },
  {
    files: ['.config/**/*.js', '.config/**/*.ts'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
