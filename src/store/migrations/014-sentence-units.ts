import type { Kysely } from 'kysely';

/**
 * Sentence units: a memory unit of several sentences (a translated paragraph) keeps its aligned
 * sentence pairs as units of their own, `parent_id` pointing at it. They are found by lookups like
 * any unit and go with their paragraph (replaced, rejected, deleted: ON DELETE CASCADE); the
 * memory's own units — counted, searched, exported — are those without a parent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tm_units')
    .addColumn('parent_id', 'integer', (col) => col.references('tm_units.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('tm_units_parent').on('tm_units').column('parent_id').execute();
}
