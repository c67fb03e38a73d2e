import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';

/**
 * A document is written in chunks while it is imported (one short transaction each, so saves
 * and reads get the SQLite writer between them) and stays invisible until the last chunk:
 * `importing_at` is set while it is being written (the time of its last chunk) and cleared when
 * it is complete. A document left with it set by a crash is deleted by the sweep.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('documents').addColumn('importing_at', 'text').execute();
}
