import { type Kysely, sql } from 'kysely';
import { type Dialect, withId } from './_lib';

/** Documents, their segments, and the append-only revision history. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('documents'), dialect)
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('encoding', 'text', (col) => col.notNull())
    .addColumn('bom', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('trailer', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await withId(db.schema.createTable('segments'), dialect)
    .addColumn('document_id', 'integer', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_hash', 'text', (col) => col.notNull())
    .addColumn('prefix', 'text', (col) => col.notNull())
    .addColumn('joins', 'text', (col) => col.notNull())
    .addColumn('target', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('new', 'draft', 'translated', 'approved', 'rejected')`),
    )
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('repetition_of', 'integer')
    .addColumn('word_count', 'integer', (col) => col.notNull())
    .addColumn('search_text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('segments_document_position', ['document_id', 'position'])
    .execute();
  await db.schema
    .createIndex('segments_document_status')
    .on('segments')
    .columns(['document_id', 'status', 'word_count'])
    .execute();
  await db.schema.createIndex('segments_document_hash').on('segments').columns(['document_id', 'source_hash']).execute();

  await withId(db.schema.createTable('revisions'), dialect, { neverReuse: false })
    .addColumn('segment_id', 'integer', (col) => col.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('document_id', 'integer', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('origin', 'text', (col) =>
      col.notNull().check(sql`origin in ('import', 'human', 'mt', 'tm', 'propagation')`),
    )
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('previous_target', 'text')
    .addColumn('new_target', 'text', (col) => col.notNull())
    .addColumn('previous_status', 'text')
    .addColumn('new_status', 'text', (col) => col.notNull())
    .addColumn('segment_version', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('revisions_segment').on('revisions').columns(['segment_id', 'id']).execute();
  await db.schema.createIndex('revisions_document').on('revisions').columns(['document_id', 'created_at']).execute();
}
