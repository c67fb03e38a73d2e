import type { Kysely } from 'kysely';

/**
 * An alignment under review, one per document: the English version's paragraphs and the links the
 * translator is correcting (JSON, domain/align/review.ts), with a version for concurrent edits and
 * what a first alignment already wrote into empty targets (`filled`, segment id → text), so that
 * accepting may replace those drafts but never a translation someone typed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alignment_reviews')
    .addColumn('document_id', 'integer', (col) => col.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('english', 'text', (col) => col.notNull())
    .addColumn('links', 'text', (col) => col.notNull())
    .addColumn('filled', 'text', (col) => col.notNull())
    .addColumn('filename', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
}
