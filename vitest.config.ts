import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: every test on SQLite (the embedded default), the store, HTTP and service tests
 * once more on PostgreSQL (the scale-out store), against the server scripts/ensure-postgres.sh
 * starts, and the browser tests. Tests that are about one store only say so by their folder or
 * file name.
 *
 * Test files run two at a time even on two CPUs (vitest's default there is one): most of a test's
 * time is spent waiting on a child process, a thread, a socket or the database, and the suite
 * takes about 40 % less time. The browser tests measure what a person sees in time (a row shown,
 * a caret moved within a wait), so they run one at a time, after the rest, on a machine nothing
 * else in the suite is loading (docs/decisions.md).
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker process runs file after file, loading the app once (docs/decisions.md).
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/postgres/**', 'tests/e2e/**'],
          globalSetup: ['tests/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // A browser waits for the server: the first save of a fresh server runs every quality check
          // for the first time (0.7–1 s on these shared machines), past vitest's 1 s default for a poll.
          expect: { poll: { timeout: 3000 } },
          globalSetup: ['tests/global-setup.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['tests/http/**/*.test.ts', 'tests/services/**/*.test.ts', 'tests/postgres/**/*.test.ts'],
          // The authorization matrix checks the route table, not the store: it runs on SQLite only.
          exclude: ['tests/services/sqlite*.test.ts', 'tests/http/authorization.test.ts'],
          env: { VISAVIS_TEST_STORE: 'postgres' },
          globalSetup: ['tests/global-setup.ts', 'tests/postgres-setup.ts'],
        },
      },
    ],
  },
});
