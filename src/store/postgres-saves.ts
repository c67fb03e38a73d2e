import { type Kysely, sql } from 'kysely';
import type { Segment } from '../domain/segment';
import { revisionRow } from './revisions.repo';
import type { Database, SegmentRow } from './schema';
import { segmentChange, toSegment } from './segments.repo';
import type { NewRevision, SegmentWrite } from './store';

/** Saves in one statement at most; more wait for the next. */
const maxBatch = 64;

interface Waiting {
  current: Segment;
  change: SegmentWrite;
  now: string;
  revision: NewRevision;
  resolve: (segment: Segment | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Segment saves on PostgreSQL, grouped: the saves that reach the store within one turn of the
 * event loop (the requests of many editors arriving together) go to the database as one statement
 * that updates each segment at the version its save read and records each revision (a group
 * commit). Each save still succeeds or conflicts on its own: a segment no longer at the version
 * read is simply not updated, and that save alone answers a version conflict. Every statement sent
 * to the database costs the event loop a write that wakes a database process, which measured as
 * much as the rest of a save; grouped, a burst of fifty saves costs a few.
 *
 * Two saves of one segment never share a statement (the second waits for the next), so that each
 * is decided against what the other wrote. Should a grouped statement fail as a whole, each of
 * its saves is tried alone, so that one bad save cannot fail the others.
 */
export function groupedSaves(db: Kysely<Database>): (current: Segment, change: SegmentWrite, now: string, revision: NewRevision) => Promise<Segment | undefined> {
  let queue: Waiting[] = [];
  let scheduled = false;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      void flush();
    });
  };

  async function flush(): Promise<void> {
    const batch: Waiting[] = [];
    const ids = new Set<number>();
    const later: Waiting[] = [];
    for (const waiting of queue) {
      if (batch.length < maxBatch && !ids.has(waiting.current.id)) {
        batch.push(waiting);
        ids.add(waiting.current.id);
      } else later.push(waiting);
    }
    queue = later;
    if (queue.length > 0) schedule();
    if (batch.length === 0) return;
    try {
      const rows = await write(db, batch);
      const byId = new Map(rows.map((row) => [row.id, toSegment(row)]));
      for (const waiting of batch) waiting.resolve(byId.get(waiting.current.id));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      await Promise.all(
        batch.map(async (waiting) => {
          try {
            const [row] = await write(db, [waiting]);
            waiting.resolve(row && toSegment(row));
          } catch (alone) {
            waiting.reject(alone);
          }
        }),
      );
    }
  }

  return (current, change, now, revision) =>
    new Promise((resolve, reject) => {
      queue.push({ current, change, now, revision, resolve, reject });
      schedule();
    });
}

/** One statement: each segment updated if still at the version read, and a revision for each one updated. */
async function write(db: Kysely<Database>, batch: readonly Waiting[]): Promise<SegmentRow[]> {
  const rows = batch.map(({ current, change, now, revision }) => {
    const values = segmentChange(current, change, now);
    const r = revisionRow(revision);
    return sql`(${current.id}::integer, ${current.version}::integer, ${values.target}::text, ${values.status}::text, ${values.version}::integer, ${values.search_text}::text, ${values.updated_at}::text, ${values.source_changed}::integer,
      ${r.origin}::text, ${r.author}::text, ${r.created_at}::text, ${r.previous_target}::text, ${r.previous_status}::text, ${r.qa_override}::text, ${r.batch}::text)`;
  });
  const { rows: changed } = await sql<SegmentRow>`with v (id, expected, target, status, version, search_text, updated_at, source_changed, origin, author, created_at, previous_target, previous_status, qa_override, batch) as (
      values ${sql.join(rows)}
    ), changed as (
      update segments s set target = v.target, status = v.status, version = v.version, search_text = v.search_text, updated_at = v.updated_at, source_changed = v.source_changed
      from v where s.id = v.id and s.version = v.expected
      returning s.*
    ), recorded as (
      insert into revisions (segment_id, document_id, origin, author, created_at, previous_target, new_target, previous_status, new_status, segment_version, qa_override, batch)
      select c.id, c.document_id, v.origin, v.author, v.created_at, v.previous_target, c.target, v.previous_status, c.status, c.version, v.qa_override, v.batch
      from changed c join v on v.id = c.id
    )
    select * from changed`.execute(db);
  return changed;
}

/** The same statement for one save, sent at once (inside a transaction, which groups nothing). */
export function singleSave(db: Kysely<Database>): (current: Segment, change: SegmentWrite, now: string, revision: NewRevision) => Promise<Segment | undefined> {
  return async (current, change, now, revision) => {
    const [row] = await write(db, [{ current, change, now, revision, resolve: () => undefined, reject: () => undefined }]);
    return row && toSegment(row);
  };
}
