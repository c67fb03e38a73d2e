import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, GlossaryTermsTable } from './schema';
import type { GlossaryRepository, GlossaryTerm } from './store';

/** Project glossaries over Kysely. */
export function glossaryRepository(db: Kysely<Database>): GlossaryRepository {
  const outOfSync = (projectId: number) => db.updateTable('projects').set({ glossary_synced: 0 }).where('id', '=', projectId).execute();
  return {
    async list(projectId) {
      return (await db.selectFrom('glossary_terms').selectAll().where('project_id', '=', projectId).orderBy(sql`lower(source_term)`).execute()).map(toTerm);
    },
    async get(id) {
      const row = await db.selectFrom('glossary_terms').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toTerm(row);
    },
    async findBySource(projectId, source) {
      const row = await db.selectFrom('glossary_terms').selectAll().where('project_id', '=', projectId).where(sql<string>`lower(source_term)`, '=', source.toLowerCase()).executeTakeFirst();
      return row && toTerm(row);
    },
    async create(term, now) {
      const row = await db
        .insertInto('glossary_terms')
        .values({ project_id: term.projectId, source_term: term.source, target_term: term.target, forbidden_terms: term.forbidden, notes: term.notes, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await outOfSync(term.projectId);
      return toTerm(row);
    },
    async update(id, change, now) {
      const row = await db
        .updateTable('glossary_terms')
        .set({ source_term: change.source, target_term: change.target, forbidden_terms: change.forbidden, notes: change.notes, updated_at: now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      if (row) await outOfSync(row.project_id);
      return row && toTerm(row);
    },
    async delete(id) {
      const row = await db.deleteFrom('glossary_terms').where('id', '=', id).returning(['project_id']).executeTakeFirst();
      if (row) await outOfSync(row.project_id);
      return row !== undefined;
    },
    async deeplCopy(projectId) {
      const row = await db.selectFrom('projects').select(['deepl_glossary_id', 'glossary_synced']).where('id', '=', projectId).executeTakeFirst();
      return { id: row?.deepl_glossary_id ?? null, synced: row?.glossary_synced === 1 };
    },
    async setDeeplCopy(projectId, copy) {
      await db.updateTable('projects').set({ deepl_glossary_id: copy.id, glossary_synced: copy.synced ? 1 : 0 }).where('id', '=', projectId).execute();
    },
  };
}

function toTerm(row: Selectable<GlossaryTermsTable>): GlossaryTerm {
  return { id: row.id, projectId: row.project_id, source: row.source_term, target: row.target_term, forbidden: row.forbidden_terms, notes: row.notes, updatedAt: row.updated_at };
}
