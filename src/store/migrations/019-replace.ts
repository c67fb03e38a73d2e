import type { Kysely } from 'kysely';
import { type Dialect } from './_lib';
import { allowOrigins } from './005-review';

/**
 * Find and replace (issue 14): revisions of origin `replace`, and `revisions.batch`, the id of the
 * replace-all a revision belongs to, so that the whole batch can be undone at once.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await allowOrigins(db, dialect, ['import', 'human', 'mt', 'tm', 'propagation', 'restore', 'source-update', 'review-import', 'alignment', 'replace'], ['qa_override']);
  await db.schema.alterTable('revisions').addColumn('batch', 'text').execute();
  await db.schema.createIndex('revisions_batch').on('revisions').columns(['batch']).where('batch', 'is not', null).execute();
}
