import type { Kysely, Selectable } from 'kysely';
import type { ReviewLink } from '../domain/align/review';
import type { AlignmentReviewsTable, Database } from './schema';
import type { AlignmentReviewRecord, AlignmentReviewRepository } from './store';

/** Alignments under review over Kysely: one row per document, links and English as JSON. */
export function alignmentReviewRepository(db: Kysely<Database>): AlignmentReviewRepository {
  const read = async (documentId: number) => {
    const row = await db.selectFrom('alignment_reviews').selectAll().where('document_id', '=', documentId).executeTakeFirst();
    return row && toRecord(row);
  };
  return {
    get: read,
    async put(review, now) {
      await db.deleteFrom('alignment_reviews').where('document_id', '=', review.documentId).execute();
      await db
        .insertInto('alignment_reviews')
        .values({
          document_id: review.documentId,
          version: 1,
          english: JSON.stringify(review.english),
          links: JSON.stringify(review.links),
          filled: JSON.stringify(review.filled),
          filename: review.filename,
          created_by: review.createdBy,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return (await read(review.documentId))!;
    },
    async saveLinks(documentId, version, links, now) {
      const result = await db
        .updateTable('alignment_reviews')
        .set({ links: JSON.stringify(links), version: version + 1, updated_at: now })
        .where('document_id', '=', documentId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      return read(documentId);
    },
    async take(documentId, version) {
      const result = await db.deleteFrom('alignment_reviews').where('document_id', '=', documentId).where('version', '=', version).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async delete(documentId) {
      await db.deleteFrom('alignment_reviews').where('document_id', '=', documentId).execute();
    },
  };
}

function toRecord(row: Selectable<AlignmentReviewsTable>): AlignmentReviewRecord {
  return {
    documentId: row.document_id,
    version: row.version,
    english: JSON.parse(row.english) as string[],
    links: JSON.parse(row.links) as ReviewLink[],
    filled: JSON.parse(row.filled) as Record<number, string>,
    filename: row.filename,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
