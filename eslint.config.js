import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering rules from ARCHITECTURE.md, enforced: who may import whom. Each rule is a regular
 * expression over the import's text, so that `../services`, `../services/index` and
 * `../../src/services/x` are the same import of services/ however the path is written.
 */
const layer = (folders) => `(^|/)(${folders.join('|')})(/|\\.ts$|$)`;
const forbid = (rules) => ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }];
const packages = (names) => `^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace('\\*', '.*')).join('|')})$`;

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
      'no-restricted-imports': forbid([
        ['^node:', 'domain/ is pure: no Node APIs.'],
        [packages(['hono', 'hono/*', '@hono/*', 'kysely', 'better-sqlite3', 'pg']), 'domain/ is pure: no framework, no database.'],
        [layer(['formats', 'store', 'services', 'http', 'ui', 'providers', 'workers', 'config', 'main', 'cli']), 'domain/ imports nothing of ours outside domain/.'],
      ]),
    },
  },
  {
    files: ['src/formats/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([
        [layer(['store', 'services', 'http', 'ui', 'providers', 'workers', 'main', 'cli']), 'formats/ may import domain/ only.'],
        [packages(['hono', 'hono/*', 'kysely', 'better-sqlite3', 'pg']), 'formats/ may import domain/ only.'],
      ]),
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([
        [layer(['http', 'ui', 'workers', 'main', 'cli']), 'services/ are called by http/ and the CLI, never the other way.'],
        ['(^|/)store/(sqlite|postgres|kysely-store|sqlite-[a-z-]+|[a-z-]+\\.repo)(\\.ts)?$', 'services/ use the store interface (store/store.ts), never a concrete store.'],
        [packages(['hono', 'hono/*', '@hono/*', 'better-sqlite3', 'pg', 'kysely']), 'services/ use the store interface, never a concrete store or HTTP.'],
      ]),
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': forbid([
        ['(^|/)store/(sqlite|postgres|kysely-store|sqlite-[a-z-]+|[a-z-]+\\.repo)(\\.ts)?$', 'http/ and the CLI go through services/, never a concrete store.'],
        [layer(['workers', 'ui']), 'http/ and the CLI go through services/.'],
        [packages(['kysely', 'better-sqlite3', 'pg']), 'http/ and the CLI go through services/, never the database.'],
      ]),
    },
  },
  {
    files: ['src/providers/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid([
        [layer(['services', 'http', 'ui', 'workers', 'main', 'cli']), 'providers/ implement outside engines; they never import services/ (nor anything above them).'],
        ['(^|/)store(/|$)', 'providers/ do not reach the store.'],
      ]),
    },
  },
  {
    files: ['src/config.ts'],
    rules: {
      'no-restricted-imports': forbid([['^\\.', 'config.ts is a leaf: it imports nothing of ours.']]),
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': forbid([
        [layer(['store', 'services', 'providers', 'workers', 'config', 'main', 'cli']), 'The browser code talks to the API only.'],
        ['(^|/)http/(?!(schemas|api-types)(\\.ts)?$)', 'The browser code knows the API by its contract only (http/schemas, http/api-types).'],
        ['^node:', 'The browser code runs in a browser: no Node APIs.'],
      ]),
    },
  },
);
