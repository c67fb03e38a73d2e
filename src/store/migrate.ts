import { type Kysely, Migrator } from 'kysely';
import { type Dialect, migrationProvider } from './migrations';
import type { Database } from './schema';

/**
 * Brings the database to the latest schema. On failure the connection is released and the error
 * names the migration that failed; what it did is rolled back on PostgreSQL (transactional DDL),
 * and on SQLite the earlier migrations stay applied.
 */
export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    await db.destroy();
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
}
