import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layering rules from ARCHITECTURE.md, enforced: who may import whom. */
const forbid = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['dist/', 'public/assets/', 'node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Insert user text with textContent, never innerHTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Insert user text with textContent, never outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Insert user text with textContent, never as HTML.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['node:*', 'hono', 'hono/*', '@hono/*', 'kysely', 'better-sqlite3', '**/formats/*', '**/store/*', '**/services/*', '**/http/*', '**/ui/*', '**/providers/*', '**/config', '**/main', '**/cli', '../../../*'],
        'domain/ is pure: no I/O, no framework, nothing of ours outside domain/.',
      ),
    },
  },
  {
    files: ['src/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/store/*', '**/services/*', '**/http/*', 'hono', 'kysely'], 'formats/ may import domain/ only.'),
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/http/*', 'hono', 'hono/*', '**/store/sqlite', '**/store/*.repo', '**/store/kysely-store', 'better-sqlite3'], 'services/ use the store interface, never a concrete store or HTTP.'),
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/store/*.repo', '**/store/kysely-store', 'kysely', 'better-sqlite3'], 'http/ and the CLI go through services/, never the store.'),
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid(['**/store/*', '**/services/*', 'node:*'], 'The browser code talks to the API only.'),
    },
  },
);
