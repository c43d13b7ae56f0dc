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
);
