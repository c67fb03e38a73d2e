import { type Kysely, sql } from 'kysely';
import { type Dialect, withId } from './_lib';

/** The name of the project that existing documents move into. */
export const defaultProjectName = 'Default project';

/**
 * Projects: documents belong to one. Every existing document moves into a default project, so
 * nothing is lost. (SQLite accepts a REFERENCES column with a non-null default only while foreign
 * keys are off, which is why migrations run before they are switched on: see sqlite.ts.)
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await withId(db.schema.createTable('projects'), dialect)
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('projects_name').on('projects').expression(sql`lower(name)`).unique().execute();

  const { id } = await sql<{ id: number }>`insert into projects (name, created_at) values (${defaultProjectName}, ${new Date().toISOString()}) returning id`
    .execute(db)
    .then((result) => result.rows[0] ?? { id: 1 });

  await db.schema
    .alterTable('documents')
    .addColumn('project_id', 'integer', (col) => col.notNull().defaultTo(id).references('projects.id').onDelete('restrict'))
    .execute();
  await db.schema.createIndex('documents_project').on('documents').column('project_id').execute();
}
