import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';
import type { SystemRepository } from './store';

/** What the readiness check asks the database: does it answer, and with which schema. */
export function systemRepository(db: Kysely<Database>): SystemRepository {
  return {
    async appliedMigrations() {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
      return rows.map((row) => row.name);
    },
  };
}
