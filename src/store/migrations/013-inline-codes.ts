import type { Kysely } from 'kysely';
import type { Dialect } from './_lib';
import { allowOrigins } from './005-review';

/**
 * Inline codes (domain/inline).
 * - `segments.codes`: a segment whose source has codes keeps them here as JSON, and its source and
 *   target are then inline markup; NULL for a plain segment, whose texts stay plain strings.
 * - `segments.original`: the segment's text exactly as it was in the file, when its source (codes
 *   taken out, escapes read) no longer spells it: an untouched export writes it back byte for byte.
 * - `segments.unit_key`: a bilingual file's own id of the unit (XLIFF `id`), given back on export.
 * - `tm_units.codes`: the codes of the segment a unit came from, so a match can give them to a
 *   source with the same markup.
 * - `documents.source_package`: the original file of a format the English is written into (DOCX).
 * - revisions may come from a review table (`review-import`) or an aligned English version (`alignment`).
 * - `documents.inline_codes`: 1 for documents imported with codes. Older documents (0) keep their
 *   inline markup as text in source and target, and are exported as they were.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await allowOrigins(db, dialect, ['import', 'human', 'mt', 'tm', 'propagation', 'restore', 'source-update', 'review-import', 'alignment']);
  await db.schema.alterTable('segments').addColumn('codes', 'text').execute();
  await db.schema.alterTable('segments').addColumn('original', 'text').execute();
  await db.schema.alterTable('segments').addColumn('unit_key', 'text').execute();
  await db.schema.alterTable('tm_units').addColumn('codes', 'text').execute();
  await db.schema.alterTable('documents').addColumn('source_package', dialect === 'postgres' ? 'bytea' : 'blob').execute();
  await db.schema.alterTable('documents').addColumn('inline_codes', 'integer', (col) => col.notNull().defaultTo(0)).execute();
}
