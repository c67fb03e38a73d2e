import type { Kysely } from 'kysely';

/**
 * A project archive is imported in chunks (one short transaction each, as documents are), and the
 * new project stays invisible until the last one: `importing_at` is set while it is being written
 * (the time of its last chunk) and cleared when it is complete. A project left with it set by a
 * crash is deleted by the sweep, with what was written of it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('importing_at', 'text').execute();
}
