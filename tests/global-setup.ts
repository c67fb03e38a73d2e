import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openSqliteStore } from '../src/store/sqlite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A SQLite file migrated to the current schema, which every SQLite test store copies. */
    sqliteTemplate: string;
  }
}

/**
 * The HTTP and browser tests serve public/assets, and the upload tests read on the parsing worker
 * (dist/parse-worker.js): `npm test` builds both first (scripts/build.mjs).
 *
 * It also makes the SQLite template, as tests/postgres-setup.ts does for PostgreSQL: migrating an
 * empty file costs every test app about 20 ms, copying one costs nothing. The template is made anew
 * on every run, so a changed migration is always the one tested; tests of migrations themselves
 * open their own files.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  for (const built of ['public/assets/app.js', 'dist/parse-worker.js']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run the tests with \`npm test\`, which builds first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'visavis-template-'));
  const path = join(dir, 'template.sqlite');
  // Closing the only connection folds the WAL into the file, so the file alone is the template.
  const store = await openSqliteStore({ path, checkpoints: false });
  await store.close();
  project.provide('sqliteTemplate', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
