import { type Kysely, sql } from 'kysely';
import { plainText } from '../../domain/inline';
import { pairTerms } from '../../domain/tm/match';
import { codesFrom } from '../segments.repo';

/**
 * Memory lookups of sentences made of common words (issue 28): each unit is also indexed under its
 * pairs of common words (domain/tm pairTerms), which new units get as they are stored. Existing
 * units are indexed here, a thousand at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; project_id: number; source: string; codes: string | null; weight: number }>`select id, project_id, source, codes, weight from tm_units where id > ${after} order by id limit 1000`.execute(db);
    if (rows.length === 0) break;
    const terms = rows.flatMap((row) => pairTerms(plainText(row.source, codesFrom(row.codes))).map((term) => ({ project_id: row.project_id, term, unit_id: row.id, weight: row.weight })));
    for (let offset = 0; offset < terms.length; offset += 500) {
      const slice = terms.slice(offset, offset + 500);
      await sql`insert into tm_terms (project_id, term, unit_id, weight) values ${sql.join(slice.map((term) => sql`(${term.project_id}, ${term.term}, ${term.unit_id}, ${term.weight})`))} on conflict do nothing`.execute(db);
    }
    after = rows.at(-1)!.id;
  }
}
