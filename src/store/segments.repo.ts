import { createHash } from 'node:crypto';
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { type InlineCode, plainText } from '../domain/inline';
import { searchKey } from '../domain/search';
import { confirmedStatuses, type Segment, type SegmentKind, type Status } from '../domain/segment';
import type { LineJoin } from '../domain/segmentation';
import type { Database, NewSegmentRow, SegmentRow } from './schema';
import { revisionRow } from './revisions.repo';
import { groupedSaves, singleSave } from './postgres-saves';
import type { ListedSegment, SegmentRepository, SegmentWrite } from './store';

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const insertChunk = 500;

/** Segments over Kysely: the same code for SQLite and PostgreSQL. */
export function segmentRepository(db: Kysely<Database>): SegmentRepository {
  const update = async (current: Segment, change: SegmentWrite, now: string) => {
    const row = await db
      .updateTable('segments')
      .set(segmentChange(current, change, now))
      .where('id', '=', current.id)
      .where('version', '=', current.version)
      .returningAll()
      .executeTakeFirst();
    return row && toSegment(row);
  };
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const grouped = postgres && !db.isTransaction ? groupedSaves(db) : undefined;
  return {
    async insertMany(documentId, segments, now) {
      const ids: number[] = [];
      for (let offset = 0; offset < segments.length; offset += insertChunk) {
        const rows: NewSegmentRow[] = segments.slice(offset, offset + insertChunk).map((segment, i) => ({
          document_id: documentId,
          position: segment.position ?? offset + i,
          kind: segment.kind,
          source: segment.source,
          source_hash: sourceHash(segment.source),
          prefix: segment.prefix,
          joins: JSON.stringify(segment.joins),
          codes: codesColumn(segment.codes),
          original: segment.original ?? null,
          unit_key: segment.key ?? null,
          target: segment.target ?? '',
          status: segment.status ?? 'new',
          version: 1,
          word_count: segment.wordCount,
          search_text: segment.target ? `${segment.searchText}\n${searchKey(plainText(segment.target, segment.codes))}` : segment.searchText,
          created_at: now,
          updated_at: now,
        }));
        const inserted = await db.insertInto('segments').values(rows).returning(['id', 'position']).execute();
        inserted.sort((a, b) => a.position - b.position);
        for (const row of inserted) ids.push(row.id);
      }
      return ids;
    },

    async linkRepetitions(documentId) {
      await db
        .updateTable('segments as s')
        .set({
          repetition_of: (eb) =>
            eb
              .selectFrom('segments as first')
              .select((inner) => inner.fn.min('first.id').as('id'))
              .whereRef('first.document_id', '=', 's.document_id')
              .whereRef('first.source_hash', '=', 's.source_hash')
              .whereRef('first.id', '<', 's.id')
              .where('first.archived_at', 'is', null),
        })
        .where('s.document_id', '=', documentId)
        .execute();
    },

    async get(id) {
      const row = await db.selectFrom('segments').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSegment(row);
    },

    async page(documentId, query) {
      let filtered = db.selectFrom('segments as s').where('s.document_id', '=', documentId).where('s.archived_at', 'is', null);
      if (query.statuses?.length) filtered = filtered.where('s.status', 'in', query.statuses);
      if (query.afterPosition !== undefined) filtered = filtered.where('s.position', '>', query.afterPosition);
      if (query.ids !== undefined) filtered = query.ids.length ? filtered.where('s.id', 'in', [...query.ids]) : filtered.where(sql<boolean>`1 = 0`);
      if (query.search) filtered = filtered.where(sql<boolean>`s.search_text like ${likePattern(query.search)} escape '\\'`);

      const [count, rows] = await Promise.all([
        filtered.select(({ fn }) => fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
        filtered
          .selectAll('s')
          .select((eb) =>
            eb
              .selectFrom('segments as r')
              .select(({ fn }) => fn.countAll<number | string>().as('n'))
              .whereRef('r.document_id', '=', 's.document_id')
              .whereRef('r.source_hash', '=', 's.source_hash')
              .where('r.archived_at', 'is', null)
              .as('group_size'),
          )
          .orderBy('s.position')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
      ]);
      // Comment counts and the latest author for this page only: two grouped queries, not one per row.
      const ids = rows.map((row) => row.id);
      const [counts, authors] = ids.length
        ? await Promise.all([
            db
              .selectFrom('comments')
              .select(({ fn }) => [
                'segment_id',
                fn.countAll<number | string>().as('total'),
                fn.sum<number | string>(sql`case when parent_id is null and resolved_at is null then 1 else 0 end`).as('open'),
              ])
              .where('segment_id', 'in', ids)
              .groupBy('segment_id')
              .execute(),
            db
              .selectFrom('revisions')
              .select(['segment_id', 'author'])
              .where('id', 'in', db.selectFrom('revisions').select(({ fn }) => fn.max('id').as('id')).where('segment_id', 'in', ids).groupBy('segment_id'))
              .execute(),
          ])
        : [[], []];
      const commentsOf = new Map(counts.map((row) => [row.segment_id, { open: Number(row.open ?? 0), total: Number(row.total) }]));
      const authorOf = new Map(authors.map((row) => [row.segment_id, row.author]));
      const items: ListedSegment[] = rows.map((row) => ({
        ...toSegment(row),
        repetitions: Number(row.group_size ?? 1) - 1,
        comments: commentsOf.get(row.id) ?? { open: 0, total: 0 },
        lastAuthor: authorOf.get(row.id) ?? null,
      }));
      return { total: Number(count.total), items };
    },

    update,

    async updateRecorded(current, change, now, revision) {
      if (!postgres) {
        const segment = await update(current, change, now);
        if (segment) await db.insertInto('revisions').values(revisionRow(revision)).execute();
        return segment;
      }
      // In a transaction, one statement (the transaction's own); otherwise grouped with the saves
      // arriving with it (postgres-saves.ts), each statement atomic by itself.
      if (db.isTransaction) return singleSave(db)(current, change, now, revision);
      return grouped!(current, change, now, revision);
    },

    async fillRepetitions(segment, { target, status, fillable }, now) {
      const rows = await db
        .updateTable('segments')
        .set((eb) => ({
          target,
          status,
          version: eb('version', '+', 1),
          search_text: segmentSearchText(segment.source, target, segment.codes),
          updated_at: now,
        }))
        .where('document_id', '=', segment.documentId)
        .where('source_hash', '=', sourceHash(segment.source))
        .where('id', '!=', segment.id)
        .where('status', 'in', [...fillable])
        .where('archived_at', 'is', null)
        .returningAll()
        .execute();
      return rows.map(toSegment).sort((a, b) => a.position - b.position);
    },

    async active(documentId, page) {
      let query = db.selectFrom('segments').selectAll().where('document_id', '=', documentId).where('archived_at', 'is', null);
      if (page) query = query.where('position', '>', page.after).limit(page.limit);
      const rows = await query.orderBy('position').execute();
      return rows.map(toSegment);
    },

    async confirmedInProject(projectId, exceptDocumentId, page) {
      let query = db
        .selectFrom('segments')
        .innerJoin('documents', 'documents.id', 'segments.document_id')
        .select(['documents.title', 'segments.position', 'segments.source', 'segments.target', 'segments.codes'])
        .where('documents.project_id', '=', projectId)
        .where('documents.id', '!=', exceptDocumentId)
        .where('documents.importing_at', 'is', null)
        .where('segments.archived_at', 'is', null)
        .where('segments.status', 'in', [...confirmedStatuses])
        .where('segments.target', '!=', '')
        .orderBy('documents.id')
        .orderBy('segments.position');
      if (page) query = query.limit(page.limit).offset(page.offset);
      const rows = await query.execute();
      return rows.map((row) => ({ document: row.title, position: row.position, source: row.source, target: row.target, codes: codesFrom(row.codes) }));
    },

    async atPositions(documentId, positions) {
      if (positions.length === 0) return [];
      const rows = await db
        .selectFrom('segments')
        .selectAll()
        .where('document_id', '=', documentId)
        .where('archived_at', 'is', null)
        .where('position', 'in', [...positions])
        .orderBy('position')
        .execute();
      return rows.map(toSegment);
    },

    async park(documentId) {
      await db
        .updateTable('segments')
        .set((eb) => ({ position: eb(eb.neg(eb.ref('position')), '-', 1) }))
        .where('document_id', '=', documentId)
        .where('archived_at', 'is', null)
        .execute();
    },

    async relocate(segment, place, change, now) {
      const row = await db
        .updateTable('segments')
        .set({
          position: place.position,
          kind: place.kind,
          prefix: place.prefix,
          joins: JSON.stringify(place.joins),
          source: place.source,
          source_hash: sourceHash(place.source),
          codes: codesColumn(place.codes),
          original: place.original ?? null,
          word_count: place.wordCount,
          search_text: segmentSearchText(place.source, change?.target ?? segment.target, place.codes),
          ...(change
            ? { previous_source: change.changedFrom, source_changed: 1, status: change.status, target: change.target, version: segment.version + 1, updated_at: now }
            : {}),
        })
        .where('id', '=', segment.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSegment(row);
    },

    async relocateMany(moves) {
      for (let offset = 0; offset < moves.length; offset += relocateChunk) {
        // VALUES columns are column1… in both SQLite and PostgreSQL; the casts type PostgreSQL's parameters.
        const rows = moves.slice(offset, offset + relocateChunk).map(
          ({ segment, place }) =>
            sql`(cast(${segment.id} as integer), cast(${place.position} as integer), ${place.kind}, ${place.prefix}, ${JSON.stringify(place.joins)}, ${place.source}, ${sourceHash(place.source)}, cast(${codesColumn(place.codes)} as text), cast(${place.original ?? null} as text), cast(${place.wordCount} as integer), ${segmentSearchText(place.source, segment.target, place.codes)})`,
        );
        await sql`update segments set position = v.column2, kind = v.column3, prefix = v.column4, joins = v.column5, source = v.column6, source_hash = v.column7, codes = v.column8, original = v.column9, word_count = v.column10, search_text = v.column11 from (values ${sql.join(rows)}) as v where segments.id = v.column1`.execute(db);
      }
    },

    async archive(id, now) {
      // Positions below -10^9 keep (document, position) unique: live segments are parked at
      // -1…-n while they are renumbered, and archived ones never meet them.
      await db
        .updateTable('segments')
        .set((eb) => ({ archived_at: now, position: eb(eb.neg(eb.ref('id')), '-', 1_000_000_000), repetition_of: null }))
        .where('id', '=', id)
        .execute();
    },

    async skeleton(documentId, page) {
      let query = db
        .selectFrom('segments')
        .select(['id', 'position', 'version', 'unit_key', 'kind', 'prefix', 'source', 'joins', 'codes', 'original', 'target', 'status'])
        .where('document_id', '=', documentId)
        .where('archived_at', 'is', null);
      if (page) query = query.where('position', '>', page.after).limit(page.limit);
      const rows = await query.orderBy('position').execute();
      return rows.map((row) => ({
        id: row.id,
        position: row.position,
        version: row.version,
        key: row.unit_key,
        kind: row.kind as SegmentKind,
        prefix: row.prefix,
        source: row.source,
        joins: JSON.parse(row.joins) as LineJoin[],
        codes: codesFrom(row.codes),
        original: row.original,
        target: row.target,
        status: row.status as Status,
      }));
    },
  };
}

/** searchKey of recent sources: every save of a segment folds its (long) source again otherwise. */
const sourceKeys = new Map<string, string>();

/** `searchKey` of a source's words, remembered. Folding is per character, so `searchKey(a + '\n' + b)` is `searchKey(a) + '\n' + searchKey(b)`. */
function sourceKey(source: string, codes: readonly InlineCode[]): string {
  // The same string reads differently as markup and as plain text.
  const cacheKey = codes.length > 0 ? `\u0000${source}` : source;
  let key = sourceKeys.get(cacheKey);
  if (key === undefined) {
    if (sourceKeys.size >= 10_000) sourceKeys.clear();
    key = searchKey(plainText(source, codes));
    sourceKeys.set(cacheKey, key);
  }
  return key;
}

/** What the editor's search matches: the words of source and target, without their codes. */
export function segmentSearchText(source: string, target: string, codes: readonly InlineCode[]): string {
  return `${sourceKey(source, codes)}\n${searchKey(plainText(target, codes))}`;
}

/** The codes column: JSON, or null for a plain segment. */
/** Segments one `relocateMany` statement moves (11 parameters each). */
const relocateChunk = 250;

export function codesColumn(codes: readonly InlineCode[] | undefined): string | null {
  return codes && codes.length > 0 ? JSON.stringify(codes) : null;
}

/** Parsed codes columns of recent rows: a page of segments parses each once. */
const parsedCodes = new Map<string, InlineCode[]>();

/** The codes of a stored row; empty for a plain segment. */
export function codesFrom(column: string | null): InlineCode[] {
  if (column === null) return [];
  let codes = parsedCodes.get(column);
  if (codes === undefined) {
    if (parsedCodes.size >= 10_000) parsedCodes.clear();
    codes = JSON.parse(column) as InlineCode[];
    parsedCodes.set(column, codes);
  }
  return codes;
}

/**
 * The columns a target/status change writes. The update pins the stored version
 * (`where version = current.version`), so version + 1 is known here. Shared with the SQLite hot
 * path (sqlite-hot-path.ts), which writes the same row without the query builder.
 */
export function segmentChange(current: Segment, change: SegmentWrite, now: string) {
  return {
    target: change.target,
    status: change.status,
    version: current.version + 1,
    search_text: segmentSearchText(current.source, change.target, current.codes),
    updated_at: now,
    source_changed: change.sourceChanged ? 1 : 0,
  };
}

/** A stored row as the domain's Segment. */
export function toSegment(row: SegmentRow): Segment {
  return {
    id: row.id,
    documentId: row.document_id,
    position: row.position,
    kind: row.kind as SegmentKind,
    source: row.source,
    target: row.target,
    codes: codesFrom(row.codes),
    status: row.status as Status,
    version: row.version,
    repetitionOf: row.repetition_of,
    wordCount: row.word_count,
    updatedAt: row.updated_at,
    sourceChanged: row.source_changed === 1,
    previousSource: row.previous_source,
  };
}

/** The hash of a source by which repetitions are found (and an archive's segments, on import). */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('base64url');
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards escaped. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (ch) => `\\${ch}`)}%`;
}
