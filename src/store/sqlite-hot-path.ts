import type SQLite from 'better-sqlite3';
import type { DirectTransactions } from './kysely-store';
import { revisionRow } from './revisions.repo';
import type { SegmentRow } from './schema';
import { segmentChange, toSegment } from './segments.repo';

/**
 * A segment save's statements on prepared better-sqlite3 statements: BEGIN, read the segment,
 * write it if its version is still the one read, append the revision, COMMIT. The query builder
 * built these five statements anew on every save, which cost about as much as running them; the
 * values and the row mapping are the Kysely repositories' own (segmentChange, toSegment,
 * revisionRow), so both paths write the same rows.
 *
 * Only for use inside a transaction holding the connection (kysely-store.ts makes sure of it).
 */
export function sqliteHotPath(connection: SQLite.Database): DirectTransactions {
  // IMMEDIATE: the write lock is taken at BEGIN, waiting (busy_timeout) while another connection
  // holds it. A deferred transaction that read first would instead fail with SQLITE_BUSY when it
  // came to write after another connection (the segment writer's) had committed.
  const begin = connection.prepare('begin immediate');
  const commit = connection.prepare('commit');
  const rollback = connection.prepare('rollback');
  const getSegment = connection.prepare('select * from segments where id = ?');
  const updateSegment = connection.prepare(
    `update segments set target = @target, status = @status, version = @version, search_text = @search_text,
       updated_at = @updated_at, source_changed = @source_changed
     where id = @id and version = @expected returning *`,
  );
  const insertRevision = connection.prepare(
    `insert into revisions (segment_id, document_id, origin, author, created_at, previous_target, new_target, previous_status, new_status, segment_version, qa_override, batch)
     values (@segment_id, @document_id, @origin, @author, @created_at, @previous_target, @new_target, @previous_status, @new_status, @segment_version, @qa_override, @batch)`,
  );
  return {
    begin: () => void begin.run(),
    commit: () => void commit.run(),
    rollback: () => {
      if (connection.inTransaction) rollback.run();
    },
    repositories: {
      segments: {
        async get(id) {
          const row = getSegment.get(id) as SegmentRow | undefined;
          return row && toSegment(row);
        },
        async update(current, change, now) {
          const row = updateSegment.get({ ...segmentChange(current, change, now), id: current.id, expected: current.version }) as SegmentRow | undefined;
          return row && toSegment(row);
        },
        async updateRecorded(current, change, now, revision) {
          const row = updateSegment.get({ ...segmentChange(current, change, now), id: current.id, expected: current.version }) as SegmentRow | undefined;
          if (row) insertRevision.run(revisionRow(revision));
          return row && toSegment(row);
        },
      },
      revisions: {
        async append(revisions) {
          for (const revision of revisions) insertRevision.run(revisionRow(revision));
        },
      },
    },
  };
}
