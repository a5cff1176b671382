// ESLint flat config. The layer rule keeps the analysis core pure: it must be
// able to run in a browser or a worker, so it imports no editor, no LSP and
// no Node module (see ARCHITECTURE.md, invariant 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.e2e/**', '.vscode-test/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The analysis core knows no editor and no LSP.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'crypto'], message: 'The analysis core does no I/O: pass data in.' },
            // At any depth: most of the core lives two or three folders below server/src.
            { group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/host', '**/host/**'], message: 'The core does not depend on its adapters or the host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/src/**', '!**/server/src/shared/**'], message: 'The client imports only the shared protocol declarations of the server.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
);
