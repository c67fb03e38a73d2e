import type { Kysely } from 'kysely';
import { type Dialect, withId } from './_lib';

/**
 * Translation memory per project: units (source, target, where they came from, their
 * neighbours for in-context matches) and an inverted index of their words, so a lookup reads the
 * few units sharing a query's rare words instead of scanning the memory.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('tm_units'), dialect)
    .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull())
    .addColumn('source_hash', 'text', (col) => col.notNull())
    .addColumn('previous_hash', 'text')
    .addColumn('next_hash', 'text')
    .addColumn('quality', 'text', (col) => col.notNull())
    .addColumn('segment_id', 'integer', (col) => col.unique().references('segments.id').onDelete('set null'))
    .addColumn('author', 'text')
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('tm_units_source').on('tm_units').columns(['project_id', 'source_hash']).execute();
  await db.schema
    .createTable('tm_terms')
    .addColumn('project_id', 'integer', (col) => col.notNull())
    .addColumn('term', 'text', (col) => col.notNull())
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('tm_units.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('tm_terms_pk', ['project_id', 'term', 'unit_id'])
    .execute();
  await db.schema.createIndex('tm_terms_unit').on('tm_terms').column('unit_id').execute();
}
