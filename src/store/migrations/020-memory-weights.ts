import { type Kysely, sql } from 'kysely';
import { plainText } from '../../domain/inline';
import { tokenWeight } from '../../domain/tm/match';
import { codesFrom } from '../segments.repo';

/**
 * Memory lookups that never miss a match (issue 15): each unit's weight (words and numbers 1,
 * punctuation 0.5, as the score counts them), on the unit and on each of its index terms, so that a
 * lookup reads only the terms' units whose weight can score high enough (domain/tm matchBounds),
 * by an index range. Existing units are weighed here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tm_units').addColumn('weight', 'real', (col) => col.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('tm_terms').addColumn('weight', 'real', (col) => col.notNull().defaultTo(0)).execute();
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; source: string; codes: string | null }>`select id, source, codes from tm_units where id > ${after} order by id limit 1000`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      const weight = tokenWeight(plainText(row.source, codesFrom(row.codes)));
      await sql`update tm_units set weight = ${weight} where id = ${row.id}`.execute(db);
    }
    after = rows.at(-1)!.id;
  }
  await sql`update tm_terms set weight = (select weight from tm_units where tm_units.id = tm_terms.unit_id)`.execute(db);
  await db.schema.createIndex('tm_terms_weight').on('tm_terms').columns(['project_id', 'term', 'weight', 'unit_id']).execute();
  await db.schema.createIndex('tm_units_weight').on('tm_units').columns(['project_id', 'weight']).execute();
}
