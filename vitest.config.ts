import { defineConfig } from 'vitest/config';

/**
 * Two projects: every test on SQLite (the embedded default), and the store, HTTP and service tests
 * once more on PostgreSQL (the scale-out store), against the server scripts/ensure-postgres.sh
 * starts. Tests that are about one store only say so by their folder or file name.
 */
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/postgres/**'],
          globalSetup: ['tests/global-setup.ts'],
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
