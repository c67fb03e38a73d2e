import type { Kysely } from 'kysely';

/**
 * Forbidden renderings in the glossary: English a term must not be translated with (“actually”
 * for “actuellement”), separated by `;`. An entry may now only forbid: its English may be empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('glossary_terms').addColumn('forbidden_terms', 'text', (col) => col.notNull().defaultTo('')).execute();
}
