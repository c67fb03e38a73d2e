import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Database, JobsTable } from './schema';
import { type JobRecord, type JobRepository, type JobState, jobStates } from './store';

/** Jobs nobody runs at `now`: queued, or running under a claim that has lapsed (or was never made). */
function unclaimed(now: string) {
  return (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)])])]);
}

/** Background jobs over Kysely. */
export function jobRepository(db: Kysely<Database>): JobRepository {
  return {
    async create(job, now) {
      const row = await db
        .insertInto('jobs')
        .values({ kind: job.kind, document_id: job.documentId, state: 'queued', options: JSON.stringify(job.options), done: 0, total: 0, message: null, created_by: job.createdBy, created_at: now, updated_at: now, runner: null, lease_until: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toJob(row);
    },
    async get(id) {
      const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toJob(row);
    },
    async update(id, change, now, condition = {}) {
      let query = db
        .updateTable('jobs')
        .set({ ...change, updated_at: now, ...(condition.leaseUntil ? { lease_until: condition.leaseUntil } : {}) })
        .where('id', '=', id);
      if (condition.states) query = query.where('state', 'in', [...condition.states]);
      if (condition.runner) query = query.where('runner', '=', condition.runner);
      const row = await query.returningAll().executeTakeFirst();
      return row && toJob(row);
    },
    async claim(id, runner, now, leaseUntil) {
      const row = await db
        .updateTable('jobs')
        .set({ state: 'running', runner, lease_until: leaseUntil, updated_at: now })
        .where('id', '=', id)
        .where(unclaimed(now))
        .returningAll()
        .executeTakeFirst();
      return row && toJob(row);
    },
    async claimable(now) {
      return (
        await db
          .selectFrom('jobs')
          .selectAll()
          .where(unclaimed(now))
          .orderBy('id')
          .execute()
      ).map(toJob);
    },
    async activeFor(documentId) {
      const row = await db.selectFrom('jobs').selectAll().where('document_id', '=', documentId).where('state', 'in', ['queued', 'running', 'paused']).orderBy('id', 'desc').executeTakeFirst();
      return row && toJob(row);
    },
    async countByState() {
      // Read from the (state, id) index alone, on both databases.
      const rows = await db
        .selectFrom('jobs')
        .select((eb) => ['state', eb.fn.countAll<number>().as('count')])
        .groupBy('state')
        .execute();
      const counts: Partial<Record<JobState, number>> = {};
      for (const row of rows) {
        const state = (jobStates as readonly string[]).includes(row.state) ? (row.state as JobState) : 'failed';
        counts[state] = (counts[state] ?? 0) + Number(row.count);
      }
      return counts;
    },
  };
}

function toJob(row: Selectable<JobsTable>): JobRecord {
  const state = (jobStates as readonly string[]).includes(row.state) ? (row.state as JobState) : 'failed';
  return {
    id: row.id,
    kind: 'pretranslate',
    documentId: row.document_id,
    state,
    options: JSON.parse(row.options) as Record<string, unknown>,
    done: row.done,
    total: row.total,
    message: row.message,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    runner: row.runner,
    leaseUntil: row.lease_until,
  };
}
