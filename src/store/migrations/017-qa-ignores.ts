import type { Kysely } from 'kysely';

/**
 * Quality-check findings ignored with a reason (a name the glossary does not know, a number the
 * English rightly rounds): by segment, check and message key, for the very target text they were
 * ignored on (`target_hash`) — a changed translation is checked afresh.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('qa_ignores')
    .addColumn('segment_id', 'integer', (col) => col.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('check_id', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('target_hash', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('qa_ignores_pk', ['segment_id', 'check_id', 'key'])
    .execute();
}
