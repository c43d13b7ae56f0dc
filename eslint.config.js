// Lint decision: TypeScript is pinned to 5.9 so typescript-eslint (which needs the
// TypeScript JS API that the native TypeScript 7 compiler lacks) can run. See ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine runs in Node, the browser, a Web Worker and Electron: it must not
    // reach for any of their specific APIs.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'buffer', 'util', 'url', 'crypto'], message: 'core/ must stay free of Node APIs.' },
          { group: ['electron', 'electron/*'], message: 'core/ must stay free of Electron.' },
          { group: ['monaco-editor', 'monaco-editor/*', '**/renderer/*', '**/electron/*', '**/cli/*', '**/node/*'], message: 'core/ depends on nothing outside core/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    // The two halves of the desktop app meet only in shared/ (the IPC contract): neither
    // may reach into the other, so a fact both need cannot be kept in two copies.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer', '**/renderer/**'], message: 'electron/ must not import renderer/: put what both halves share in shared/.' },
          { group: ['monaco-editor', 'monaco-editor/*'], message: 'The editor belongs to the renderer.' },
        ],
      }],
    },
  },
  {
    // Node-only code shared by cli/ and electron/: it may use core/, never the front ends.
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'node/ runs in the CLI too: no Electron.' },
          { group: ['**/renderer/*', '**/electron/*', '**/cli/*'], message: 'node/ is shared by cli/ and electron/: it imports neither.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '!electron'], message: 'renderer/ must not import electron/: put what both halves share in shared/.' },
          { group: ['**/node/**'], message: 'node/ is Node-only code for cli/ and electron/: the renderer is a web page.' },
          { group: ['electron', 'electron/*', 'node:*'], message: 'The renderer is a sandboxed web page: no Electron or Node modules.' },
        ],
      }],
    },
  },
  {
    // The contract runs in main, the preload, the page, workers and the CLI: no runtime of
    // its own, like core/ (which is the only folder it may import from).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'stream', 'buffer', 'util', 'url', 'crypto'], message: 'shared/ must stay free of Node APIs.' },
          { group: ['electron', 'electron/*', 'monaco-editor', 'monaco-editor/*'], message: 'shared/ must stay free of Electron and the editor.' },
          { group: ['**/renderer', '**/renderer/**', '**/electron/**', '**/cli', '**/cli/**', '**/node/**'], message: 'shared/ depends on nothing but core/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
