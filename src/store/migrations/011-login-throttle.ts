import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';

/**
 * Sign-in attempt counters (domain/login-throttle.ts), one row per key (`pair:…`, `account:…`,
 * `address:…`). A row is updated in place by an upsert, so concurrent attempts on one key queue on
 * its row lock and each sees the count with the others included: the reservation is atomic on
 * SQLite and PostgreSQL alike. Counting from the audit log, as before, read the count before the
 * slow password check and wrote it after, so a burst all passed.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addColumn('since', 'text', (col) => col.notNull())
    .addColumn('next_at', 'text')
    .execute();
  await db.schema.createIndex('login_throttle_since').on('login_throttle').column('since').execute();
}
