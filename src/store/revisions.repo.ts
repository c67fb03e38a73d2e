import type { Kysely, Selectable } from 'kysely';
import type { RevisionOrigin, Status } from '../domain/segment';
import type { Database, NewRevisionRow, RevisionsTable } from './schema';
import type { NewRevision, QaOverride, Revision, RevisionRepository } from './store';

const insertChunk = 500;

/** The append-only revision history over Kysely. */
export function revisionRepository(db: Kysely<Database>): RevisionRepository {
  return {
    async append(revisions) {
      for (let offset = 0; offset < revisions.length; offset += insertChunk) {
        const rows = revisions.slice(offset, offset + insertChunk).map(revisionRow);
        await db.insertInto('revisions').values(rows).execute();
      }
    },

    async listForSegment(segmentId) {
      const rows = await db
        .selectFrom('revisions')
        .selectAll()
        .where('segment_id', '=', segmentId)
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toRevision);
    },

    async sinceLatestOverride(segmentIds) {
      if (segmentIds.length === 0) return [];
      const rows = await db
        .selectFrom('revisions as r')
        .selectAll('r')
        .where('r.segment_id', 'in', [...segmentIds])
        .where('r.id', '>=', (eb) =>
          eb
            .selectFrom('revisions as o')
            .select(({ fn }) => fn.max('o.id').as('id'))
            .whereRef('o.segment_id', '=', 'r.segment_id')
            .where('o.qa_override', 'is not', null),
        )
        .orderBy('r.segment_id')
        .orderBy('r.id', 'desc')
        .execute();
      return rows.map(toRevision);
    },

    async listForDocument(documentId, since, page) {
      let query = db.selectFrom('revisions').selectAll().where('document_id', '=', documentId);
      if (since !== undefined) query = query.where('created_at', '>', since);
      if (page) query = query.where('id', '>', page.after).limit(page.limit);
      return (await query.orderBy('id').execute()).map(toRevision);
    },

    async listForBatch(documentId, batch) {
      return (await db.selectFrom('revisions').selectAll().where('document_id', '=', documentId).where('batch', '=', batch).orderBy('id').execute()).map(toRevision);
    },
  };
}

/** A new revision as its row. Shared with the SQLite hot path (sqlite-hot-path.ts). */
export function revisionRow(revision: NewRevision): NewRevisionRow {
  return {
    segment_id: revision.segmentId,
    document_id: revision.documentId,
    origin: revision.origin,
    author: revision.author,
    created_at: revision.createdAt,
    previous_target: revision.previousTarget,
    new_target: revision.newTarget,
    previous_status: revision.previousStatus,
    new_status: revision.newStatus,
    segment_version: revision.version,
    qa_override: revision.qaOverride ? JSON.stringify(revision.qaOverride) : null,
    batch: revision.batch ?? null,
  };
}

function toRevision(row: Selectable<RevisionsTable>): Revision {
  return {
    id: row.id,
    segmentId: row.segment_id,
    documentId: row.document_id,
    origin: row.origin as RevisionOrigin,
    author: row.author,
    createdAt: row.created_at,
    previousTarget: row.previous_target,
    newTarget: row.new_target,
    previousStatus: row.previous_status as Status | null,
    newStatus: row.new_status as Status,
    version: row.segment_version,
    qaOverride: row.qa_override ? (JSON.parse(row.qa_override) as QaOverride) : null,
    batch: row.batch,
  };
}
