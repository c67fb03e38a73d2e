import type { Kysely } from 'kysely';
import type { Status } from '../domain/segment';
import type { Database, DocumentRow } from './schema';
import { type DocumentRecord, type DocumentRepository, type DocumentStatistics, emptyStatistics } from './store';

/** Documents over Kysely: the same code for SQLite and PostgreSQL. */
export function documentRepository(db: Kysely<Database>): DocumentRepository {
  // A document changes when its segments do: its last revision says when, through the
  // (document_id, created_at) index, so a segment save does not also rewrite the document row.
  const withLastEdit = () =>
    db
      .selectFrom('documents')
      .selectAll('documents')
      .where('importing_at', 'is', null)
      .select((eb) =>
        eb
          .selectFrom('revisions')
          .select(({ fn }) => fn.max('revisions.created_at').as('at'))
          .whereRef('revisions.document_id', '=', 'documents.id')
          .as('last_edit'),
      );

  return {
    async create(document, now, options = {}) {
      const row = await db
        .insertInto('documents')
        .values({
          project_id: document.projectId,
          title: document.title,
          format: document.format,
          encoding: document.encoding,
          trailer: document.trailer,
          bom: document.bom ? 1 : 0,
          created_at: now,
          updated_at: now,
          importing_at: options.importing ? now : null,
          inline_codes: 1,
          // node-postgres writes bytea from a Buffer, not from a plain Uint8Array.
          source_package: document.package ? Buffer.from(document.package.buffer, document.package.byteOffset, document.package.byteLength) : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toDocument(row);
    },

    async importProgress(id, now) {
      await db.updateTable('documents').set({ importing_at: now }).where('id', '=', id).where('importing_at', 'is not', null).execute();
    },

    async finishImport(id) {
      await db.updateTable('documents').set({ importing_at: null }).where('id', '=', id).execute();
    },

    async deleteAbandonedImports(before) {
      const result = await db.deleteFrom('documents').where('importing_at', 'is not', null).where('importing_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async get(id) {
      const row = await withLastEdit().where('id', '=', id).executeTakeFirst();
      return row && toDocument(row);
    },

    async list(projectId) {
      let query = withLastEdit();
      if (projectId !== undefined) query = query.where('project_id', '=', projectId);
      const rows = await query.orderBy('last_edit', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toDocument);
    },

    async count() {
      const row = await db
        .selectFrom('documents')
        .select(({ fn }) => fn.countAll<number | string>().as('n'))
        .where('importing_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async setSource(id, source, now) {
      await db
        .updateTable('documents')
        .set({ encoding: source.encoding, bom: source.bom ? 1 : 0, trailer: source.trailer, source_package: source.package ? Buffer.from(source.package.buffer, source.package.byteOffset, source.package.byteLength) : null, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    async sourcePackage(id) {
      const row = await db.selectFrom('documents').select('source_package').where('id', '=', id).executeTakeFirst();
      return row?.source_package ? new Uint8Array(row.source_package) : undefined;
    },
    async delete(id) {
      const result = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async statistics(ids) {
      let query = db
        .selectFrom('segments')
        .select(({ fn }) => [
          'document_id',
          'status',
          fn.countAll<number | string>().as('segments'),
          fn.sum<number | string>('word_count').as('words'),
        ])
        .where('archived_at', 'is', null)
        .groupBy(['document_id', 'status']);
      if (ids) {
        if (ids.length === 0) return new Map();
        query = query.where('document_id', 'in', ids);
      }
      const out = new Map<number, DocumentStatistics>();
      for (const row of await query.execute()) {
        let stats = out.get(row.document_id);
        if (!stats) {
          stats = emptyStatistics();
          out.set(row.document_id, stats);
        }
        const segments = Number(row.segments);
        const words = Number(row.words);
        stats.byStatus[row.status as Status] = { segments, words };
        stats.segments += segments;
        stats.words += words;
      }
      return out;
    },
  };
}

function toDocument(row: DocumentRow & { last_edit?: string | null }): DocumentRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    title: row.title,
    format: row.format,
    encoding: row.encoding,
    bom: row.bom === 1,
    trailer: row.trailer,
    inlineCodes: row.inline_codes === 1,
    createdAt: row.created_at,
    updatedAt: row.last_edit && row.last_edit > row.updated_at ? row.last_edit : row.updated_at,
  };
}
