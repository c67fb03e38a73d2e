import { type Kysely, type Selectable, sql } from 'kysely';
import type { LineJoin } from '../domain/segmentation';
import type { Database, NewSegmentRow, SegmentsTable } from './schema';
import { codesColumn, segmentSearchText, sourceHash, toSegment } from './segments.repo';
import type { ArchiveRepository, ArchiveSegment } from './store';

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits (20 columns a segment). */
const insertChunk = 200;
/** Rows one `update … from (values …)` statement links (2 parameters each). */
const linkChunk = 500;

/** Project archives over Kysely: the same code for SQLite and PostgreSQL. */
export function archiveRepository(db: Kysely<Database>): ArchiveRepository {
  /** Sets `column` of `table` from (id, value) pairs, a few statements for many rows. */
  const link = async (table: 'segments' | 'comments', column: 'repetition_of' | 'parent_id', pairs: ReadonlyArray<readonly [number, number]>) => {
    for (let offset = 0; offset < pairs.length; offset += linkChunk) {
      // VALUES columns are column1… in both SQLite and PostgreSQL; the casts type PostgreSQL's parameters.
      const rows = pairs.slice(offset, offset + linkChunk).map(([id, value]) => sql`(cast(${id} as integer), cast(${value} as integer))`);
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = v.column2 from (values ${sql.join(rows)}) as v where ${sql.ref(`${table}.id`)} = v.column1`.execute(db);
    }
  };
  const deleteProject = async (projectId: number) => {
    // Documents hold their project (ON DELETE RESTRICT): they go first, with their segments and history.
    await db.deleteFrom('documents').where('project_id', '=', projectId).execute();
    await db.deleteFrom('projects').where('id', '=', projectId).execute();
  };

  return {
    async createProject(project, now) {
      const row = await db
        .insertInto('projects')
        .values({
          name: project.name,
          created_at: now,
          target_lang: project.settings.targetLang,
          formality: project.settings.formality,
          qa_settings: Object.keys(project.settings.qa).length ? JSON.stringify(project.settings.qa) : null,
          analysis_weights: project.settings.analysisWeights ? JSON.stringify(project.settings.analysisWeights) : null,
          importing_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async importProgress(projectId, now) {
      await db.updateTable('projects').set({ importing_at: now }).where('id', '=', projectId).where('importing_at', 'is not', null).execute();
      await db.updateTable('documents').set({ importing_at: now }).where('project_id', '=', projectId).where('importing_at', 'is not', null).execute();
    },
    async finishImport(projectId) {
      await db.updateTable('documents').set({ importing_at: null }).where('project_id', '=', projectId).execute();
      await db.updateTable('projects').set({ importing_at: null }).where('id', '=', projectId).execute();
    },
    async documentIds(projectId) {
      return (await db.selectFrom('documents').select('id').where('project_id', '=', projectId).orderBy('id').execute()).map((row) => row.id);
    },
    deleteProject,
    async deleteAbandonedImports(before) {
      const rows = await db.selectFrom('projects').select('id').where('importing_at', 'is not', null).where('importing_at', '<', before).execute();
      for (const { id } of rows) await deleteProject(id);
      return rows.length;
    },

    async documents(projectId) {
      const rows = await db
        .selectFrom('documents')
        .select(['id', 'title', 'format', 'encoding', 'bom', 'trailer', 'inline_codes', 'created_at', 'updated_at'])
        .select(sql<number>`case when source_package is null then 0 else 1 end`.as('has_package'))
        .where('project_id', '=', projectId)
        .where('importing_at', 'is', null)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        format: row.format,
        encoding: row.encoding,
        bom: row.bom === 1,
        trailer: row.trailer,
        inlineCodes: row.inline_codes === 1,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        hasPackage: Number(row.has_package) === 1,
      }));
    },
    async insertDocument(projectId, document, now) {
      const bytes = document.package;
      const row = await db
        .insertInto('documents')
        .values({
          project_id: projectId,
          title: document.title,
          format: document.format,
          encoding: document.encoding,
          bom: document.bom ? 1 : 0,
          trailer: document.trailer,
          inline_codes: document.inlineCodes ? 1 : 0,
          created_at: document.createdAt,
          updated_at: document.updatedAt,
          importing_at: now,
          // node-postgres writes bytea from a Buffer, not from a plain Uint8Array.
          source_package: bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async segments(documentId, page) {
      const rows = await db.selectFrom('segments').selectAll().where('document_id', '=', documentId).where('id', '>', page.after).orderBy('id').limit(page.limit).execute();
      return rows.map(toArchiveSegment);
    },
    async insertSegments(segments) {
      const ids: number[] = [];
      for (let offset = 0; offset < segments.length; offset += insertChunk) {
        const slice = segments.slice(offset, offset + insertChunk);
        const rows: NewSegmentRow[] = slice.map((segment) => ({
          document_id: segment.documentId,
          position: segment.position,
          kind: segment.kind,
          source: segment.source,
          source_hash: sourceHash(segment.source),
          prefix: segment.prefix,
          joins: JSON.stringify(segment.joins),
          codes: codesColumn(segment.codes),
          original: segment.original,
          unit_key: segment.key,
          target: segment.target,
          status: segment.status,
          version: segment.version,
          repetition_of: null,
          word_count: segment.wordCount,
          search_text: segmentSearchText(segment.source, segment.target, segment.codes),
          created_at: segment.createdAt,
          updated_at: segment.updatedAt,
          previous_source: segment.previousSource,
          source_changed: segment.sourceChanged ? 1 : 0,
          archived_at: segment.archivedAt,
        }));
        const inserted = await db.insertInto('segments').values(rows).returning(['id', 'document_id', 'position']).execute();
        // (document, position) is unique: it says which row got which id, whatever order RETURNING gives.
        const idOf = new Map(inserted.map((row) => [`${row.document_id}:${row.position}`, row.id]));
        for (const segment of slice) ids.push(idOf.get(`${segment.documentId}:${segment.position}`)!);
      }
      return ids;
    },
    async linkRepetitions(links) {
      await link(
        'segments',
        'repetition_of',
        links.map((item) => [item.id, item.repetitionOf] as const),
      );
    },
    async placeArchivedSegments(documentId) {
      // As segments.repo's `archive` places them: below -10^9, by id, never meeting live or parked positions.
      await db
        .updateTable('segments')
        .set((eb) => ({ position: eb(eb.neg(eb.ref('id')), '-', 1_000_000_000) }))
        .where('document_id', '=', documentId)
        .where('archived_at', 'is not', null)
        .execute();
    },

    async insertComments(comments) {
      const ids: number[] = [];
      for (let offset = 0; offset < comments.length; offset += insertChunk) {
        const rows = comments.slice(offset, offset + insertChunk).map((comment) => ({
          segment_id: comment.segmentId,
          document_id: comment.documentId,
          parent_id: null,
          author: comment.author,
          body: comment.body,
          created_at: comment.createdAt,
          resolved_at: comment.resolvedAt,
          resolved_by: comment.resolvedBy,
        }));
        // RETURNING gives a multi-row INSERT's rows in VALUES order (memory.repo relies on it too).
        const inserted = await db.insertInto('comments').values(rows).returning('id').execute();
        for (const row of inserted) ids.push(row.id);
      }
      return ids;
    },
    async linkReplies(links) {
      await link(
        'comments',
        'parent_id',
        links.map((item) => [item.id, item.parentId] as const),
      );
    },
    async insertAlignmentReview(review) {
      await db
        .insertInto('alignment_reviews')
        .values({
          document_id: review.documentId,
          version: review.version,
          english: JSON.stringify(review.english),
          links: JSON.stringify(review.links),
          filled: JSON.stringify(review.filled),
          filename: review.filename,
          created_by: review.createdBy,
          created_at: review.createdAt,
          updated_at: review.updatedAt,
        })
        .execute();
    },

    async glossary(projectId) {
      const rows = await db.selectFrom('glossary_terms').selectAll().where('project_id', '=', projectId).orderBy('id').execute();
      return rows.map((row) => ({ source: row.source_term, target: row.target_term, forbidden: row.forbidden_terms, notes: row.notes, createdAt: row.created_at, updatedAt: row.updated_at }));
    },
    async insertGlossary(projectId, terms) {
      for (let offset = 0; offset < terms.length; offset += insertChunk) {
        const rows = terms.slice(offset, offset + insertChunk).map((term) => ({
          project_id: projectId,
          source_term: term.source,
          target_term: term.target,
          forbidden_terms: term.forbidden,
          notes: term.notes,
          created_at: term.createdAt,
          updated_at: term.updatedAt,
        }));
        await db.insertInto('glossary_terms').values(rows).execute();
      }
      // The engine (DeepL) has no copy of these terms yet.
      if (terms.length > 0) await db.updateTable('projects').set({ glossary_synced: 0 }).where('id', '=', projectId).execute();
    },
  };
}

function toArchiveSegment(row: Selectable<SegmentsTable>): ArchiveSegment {
  // A segment as the workbench reads it, with what only an archive carries: its skeleton and history.
  return {
    ...toSegment(row),
    original: row.original,
    key: row.unit_key,
    prefix: row.prefix,
    joins: JSON.parse(row.joins) as LineJoin[],
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}
