import type { Kysely } from 'kysely';

/**
 * Quality checks (domain/qa):
 * - `projects.qa_settings`: JSON, a project's changes to the checks (one off, or its severity changed);
 * - `revisions.qa_override`: JSON `{reason, checks}` when a segment was confirmed or approved over
 *   QA errors — the reason the translator gave, shown to reviewers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('qa_settings', 'text').execute();
  await db.schema.alterTable('revisions').addColumn('qa_override', 'text').execute();
}
