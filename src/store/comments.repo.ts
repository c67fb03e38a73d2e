import type { Kysely, Selectable } from 'kysely';
import type { CommentsTable, Database } from './schema';
import type { CommentRecord, CommentRepository } from './store';

/** Comments on segments over Kysely: the same code for SQLite and PostgreSQL. */
export function commentRepository(db: Kysely<Database>): CommentRepository {
  return {
    async create(comment) {
      const row = await db
        .insertInto('comments')
        .values({
          segment_id: comment.segmentId,
          document_id: comment.documentId,
          parent_id: comment.parentId,
          author: comment.author,
          body: comment.body,
          created_at: comment.createdAt,
          resolved_at: null,
          resolved_by: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toComment(row);
    },
    async get(id) {
      const row = await db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toComment(row);
    },
    async listForSegment(segmentId) {
      return (await db.selectFrom('comments').selectAll().where('segment_id', '=', segmentId).orderBy('id').execute()).map(toComment);
    },
    async listForDocument(documentId, page) {
      let query = db.selectFrom('comments').selectAll().where('document_id', '=', documentId);
      if (page) query = query.where('id', '>', page.after).limit(page.limit);
      return (await query.orderBy('id').execute()).map(toComment);
    },
    async setResolved(id, resolved) {
      await db
        .updateTable('comments')
        .set({ resolved_at: resolved?.at ?? null, resolved_by: resolved?.by ?? null })
        .where('id', '=', id)
        .execute();
    },
  };
}

function toComment(row: Selectable<CommentsTable>): CommentRecord {
  return {
    id: row.id,
    segmentId: row.segment_id,
    documentId: row.document_id,
    parentId: row.parent_id,
    author: row.author,
    body: row.body,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}
