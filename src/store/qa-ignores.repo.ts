import type { Kysely, Selectable } from 'kysely';
import type { Database, QaIgnoresTable } from './schema';
import type { QaIgnore, QaIgnoreRepository } from './store';

/** Ignored quality-check findings over Kysely. */
export function qaIgnoreRepository(db: Kysely<Database>): QaIgnoreRepository {
  return {
    async put(ignore) {
      await db.deleteFrom('qa_ignores').where('segment_id', '=', ignore.segmentId).where('check_id', '=', ignore.check).where('key', '=', ignore.key).execute();
      await db
        .insertInto('qa_ignores')
        .values({ segment_id: ignore.segmentId, check_id: ignore.check, key: ignore.key, target_hash: ignore.targetHash, reason: ignore.reason, author: ignore.author, created_at: ignore.createdAt })
        .execute();
    },
    async remove(segmentId, check, key) {
      const result = await db.deleteFrom('qa_ignores').where('segment_id', '=', segmentId).where('check_id', '=', check).where('key', '=', key).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async forSegment(segmentId) {
      return (await db.selectFrom('qa_ignores').selectAll().where('segment_id', '=', segmentId).execute()).map(toIgnore);
    },
    async forDocument(documentId) {
      const rows = await db
        .selectFrom('qa_ignores')
        .innerJoin('segments', 'segments.id', 'qa_ignores.segment_id')
        .selectAll('qa_ignores')
        .where('segments.document_id', '=', documentId)
        .execute();
      return rows.map(toIgnore);
    },
  };
}

function toIgnore(row: Selectable<QaIgnoresTable>): QaIgnore {
  return { segmentId: row.segment_id, check: row.check_id, key: row.key, targetHash: row.target_hash, reason: row.reason, author: row.author, createdAt: row.created_at };
}
