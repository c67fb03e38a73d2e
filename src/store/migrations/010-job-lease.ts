import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';

/**
 * Which server process runs a job, and until when its claim holds. Several instances (or the CLI
 * beside the server) share the jobs table: a job is run by the one that claimed it, and taken over
 * by another only once the claim has lapsed (its runner stopped without finishing).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('runner', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('lease_until', 'text').execute();
}
