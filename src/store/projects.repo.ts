import { type Kysely, sql } from 'kysely';
import type { Database, ProjectRow } from './schema';
import type { ProjectRecord, ProjectRepository } from './store';

/** Projects over Kysely: the same code for SQLite and PostgreSQL. */
export function projectRepository(db: Kysely<Database>): ProjectRepository {
  const withCounts = () =>
    db
      .selectFrom('projects')
      .selectAll('projects')
      .select((eb) =>
        eb
          .selectFrom('documents')
          .select(({ fn }) => fn.countAll<number | string>().as('n'))
          .whereRef('documents.project_id', '=', 'projects.id')
          .as('document_count'),
      );

  return {
    async create(name, now) {
      const row = await db.insertInto('projects').values({ name, created_at: now }).returningAll().executeTakeFirstOrThrow();
      return toProject({ ...row, document_count: 0 });
    },
    async get(id) {
      const row = await withCounts().where('id', '=', id).executeTakeFirst();
      return row && toProject(row);
    },
    async findByName(name) {
      const row = await withCounts().where(sql<string>`lower(name)`, '=', name.toLowerCase()).executeTakeFirst();
      return row && toProject(row);
    },
    async list() {
      const rows = await withCounts().orderBy('id').execute();
      return rows.map(toProject);
    },
  };
}

function toProject(row: ProjectRow & { document_count: number | string | null }): ProjectRecord {
  return { id: row.id, name: row.name, createdAt: row.created_at, documentCount: Number(row.document_count ?? 0) };
}
