import { type Kysely, sql } from 'kysely';
import { type Dialect, withId } from './_lib';

/**
 * Review: comments on segments, and what a source update leaves on a segment (its previous
 * source, whether the source changed since the target was written, and when it was archived
 * because the new source no longer has it: archived segments keep their history).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await allowOrigins(db, dialect, ['import', 'human', 'mt', 'tm', 'propagation', 'restore', 'source-update']);
  await db.schema.alterTable('segments').addColumn('previous_source', 'text').execute();
  await db.schema.alterTable('segments').addColumn('source_changed', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('segments').addColumn('archived_at', 'text').execute();

  await withId(db.schema.createTable('comments'), dialect)
    .addColumn('segment_id', 'integer', (col) => col.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('document_id', 'integer', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (col) => col.references('comments.id').onDelete('cascade'))
    .addColumn('author', 'text')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('comments_segment').on('comments').columns(['segment_id', 'id']).execute();
  await db.schema.createIndex('comments_document').on('comments').columns(['document_id', 'created_at']).execute();
}

/**
 * Widens the CHECK on revisions.origin. PostgreSQL replaces the constraint; SQLite cannot alter
 * one, so the table is rebuilt (migrations run with foreign keys off, and nothing references
 * revisions), keeping every row and id. `later` names the text columns later migrations added
 * (the table as it stands when the caller runs), kept too.
 */
export async function allowOrigins(db: Kysely<unknown>, dialect: Dialect, origins: readonly string[], later: readonly string[] = []): Promise<void> {
  const allowed = sql.join(origins.map((origin) => sql.lit(origin)));
  if (dialect === 'postgres') {
    await sql`alter table revisions drop constraint if exists revisions_origin_check`.execute(db);
    await sql`alter table revisions add constraint revisions_origin_check check (origin in (${allowed}))`.execute(db);
    return;
  }
  let table = withId(db.schema.createTable('revisions_new'), dialect, { neverReuse: false })
    .addColumn('segment_id', 'integer', (col) => col.notNull().references('segments.id').onDelete('cascade'))
    .addColumn('document_id', 'integer', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('origin', 'text', (col) => col.notNull().check(sql`origin in (${allowed})`))
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('previous_target', 'text')
    .addColumn('new_target', 'text', (col) => col.notNull())
    .addColumn('previous_status', 'text')
    .addColumn('new_status', 'text', (col) => col.notNull())
    .addColumn('segment_version', 'integer', (col) => col.notNull());
  for (const column of later) table = table.addColumn(column, 'text');
  await table.execute();
  const columns = sql.raw(['id, segment_id, document_id, origin, author, created_at, previous_target, new_target, previous_status, new_status, segment_version', ...later].join(', '));
  await sql`insert into revisions_new (${columns}) select ${columns} from revisions`.execute(db);
  await db.schema.dropTable('revisions').execute();
  await db.schema.alterTable('revisions_new').renameTo('revisions').execute();
  await db.schema.createIndex('revisions_segment').on('revisions').columns(['segment_id', 'id']).execute();
  await db.schema.createIndex('revisions_document').on('revisions').columns(['document_id', 'created_at']).execute();
}
