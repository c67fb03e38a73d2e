import { type Kysely, sql } from 'kysely';
import { type Dialect, withId } from './_lib';

/**
 * A glossary per project (French term → English term, with notes), and the id of its copy at
 * DeepL (DeepL glossaries cannot be edited: a changed glossary is sent again and the old one
 * deleted; `glossary_synced` says whether the copy is current).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('glossary_terms'), dialect)
    .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('source_term', 'text', (col) => col.notNull())
    .addColumn('target_term', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('glossary_terms_source').on('glossary_terms').expression(sql`project_id, lower(source_term)`).unique().execute();
  await db.schema.alterTable('projects').addColumn('deepl_glossary_id', 'text').execute();
  await db.schema.alterTable('projects').addColumn('glossary_synced', 'integer', (col) => col.notNull().defaultTo(1)).execute();
}
