import { type Kysely, sql } from 'kysely';
import type { Dialect } from './_lib';

/**
 * Which server process runs a job, and until when its claim holds. Several instances (or the CLI
 * beside the server) share the jobs table: a job is run by the one that claimed it, and taken over
 * by another only once the claim has lapsed (its runner stopped without finishing).
 *
 * And at most one unfinished job per document, said by the database itself, since two instances
 * can both check "no job yet" at the same moment. (Should an older database hold two, the older
 * is marked cancelled first.)
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('runner', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('lease_until', 'text').execute();
  await sql`update jobs set state = 'cancelled', message = 'Cancelled: a newer job took its place.'
    where state in ('queued', 'running', 'paused')
      and id not in (select max(id) from jobs where state in ('queued', 'running', 'paused') group by document_id)`.execute(db);
  await sql`create unique index jobs_one_unfinished on jobs (document_id) where state in ('queued', 'running', 'paused')`.execute(db);
}
