import type { Kysely } from 'kysely';

/**
 * Word-count analysis (issue 27): `projects.analysis_weights`, JSON, the project's weighting table
 * (domain/analysis AnalysisWeights: a percentage per band); null for the default grid.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('projects').addColumn('analysis_weights', 'text').execute();
}
