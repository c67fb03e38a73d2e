import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';

/**
 * Inline codes (domain/inline): a segment whose source has codes keeps them here as JSON, and its
 * source and target are then inline markup; NULL for a plain segment, whose texts stay plain
 * strings. Memory units keep the codes of the segment they came from, so a match can give its
 * codes to a source with the same markup.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('segments').addColumn('codes', 'text').execute();
  await db.schema.alterTable('tm_units').addColumn('codes', 'text').execute();
}
