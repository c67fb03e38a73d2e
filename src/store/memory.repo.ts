import { codesColumn, codesFrom } from './segments.repo';
import { createHash } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, TmUnitsTable } from './schema';
import type { MemoryRepository, MemoryUnit, NewMemoryUnit, NewSentenceUnit } from './store';
import { plainText } from '../domain/inline';
import { tokenWeight } from '../domain/tm/match';

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('base64url');
}

const chunk = 200;
/** How many of a query's rarest words choose the candidates. */
const rareTerms = 4;
/** A term held by this many units (of the weight sought) is common: counted no further, and left out of the count when the bounds allow. */
const commonTerm = 1_000;

/** The translation memory over Kysely: units and their word index. */
export function memoryRepository(db: Kysely<Database>): MemoryRepository {
  /**
   * How many units hold each term (of a weight in the range, when given), counted up to
   * `commonTerm`: one statement, an index range per term, never the whole of a common word's list.
   */
  const cappedCounts = async (projectId: number, terms: readonly string[], range?: { min: number; max: number }): Promise<Array<{ term: string; n: number }>> => {
    if (terms.length === 0) return [];
    const weight = range ? sql` and weight >= ${range.min} and weight <= ${range.max}` : sql``;
    const parts = terms.map((term, i) => sql`select ${i} as i, count(*) as n from (select 1 from tm_terms where project_id = ${projectId} and term = ${term}${weight} limit ${commonTerm}) as capped${sql.raw(String(i))}`);
    const { rows } = await sql<{ i: number; n: number }>`${sql.join(parts, sql` union all `)}`.execute(db);
    return rows.map((row) => ({ term: terms[Number(row.i)]!, n: Number(row.n) }));
  };
  const insertTerms = async (projectId: number, unitId: number, terms: readonly string[], weight: number) => {
    if (terms.length === 0) return;
    await db
      .insertInto('tm_terms')
      .values(terms.map((term) => ({ project_id: projectId, term, unit_id: unitId, weight })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  };
  const row = (unit: NewMemoryUnit, now: string) => ({
    project_id: unit.projectId,
    source: unit.source,
    target: unit.target,
    source_hash: sourceHash(unit.source),
    previous_hash: unit.previousHash,
    next_hash: unit.nextHash,
    quality: unit.quality,
    segment_id: unit.segmentId,
    author: unit.author,
    search_text: unit.searchText,
    codes: codesColumn(unit.codes),
    weight: tokenWeight(plainText(unit.source, unit.codes)),
    created_at: unit.createdAt ?? now,
    updated_at: unit.updatedAt ?? now,
  });
  // A sentence unit: plain text, the paragraph's quality and author; not searched (its paragraph is).
  const sentenceRow = (parent: NewMemoryUnit, parentId: number, sentence: NewSentenceUnit, now: string) => ({
    ...row({ ...parent, source: sentence.source, target: sentence.target, codes: [], previousHash: null, nextHash: null, segmentId: null, searchText: '' }, now),
    parent_id: parentId,
  });
  /** Writes the sentences of these units (parent ids in the same order) and the terms of both. */
  const insertSentences = async (units: readonly NewMemoryUnit[], parentIds: readonly number[], now: string) => {
    const rows = units.flatMap((unit, i) => (unit.sentences ?? []).map((sentence) => ({ sentence, row: sentenceRow(unit, parentIds[i]!, sentence, now) })));
    for (let offset = 0; offset < rows.length; offset += chunk) {
      const slice = rows.slice(offset, offset + chunk);
      const inserted = await db.insertInto('tm_units').values(slice.map((item) => item.row)).returning(['id']).execute();
      const terms = slice.flatMap((item, k) => item.sentence.terms.map((term) => ({ project_id: item.row.project_id, term, unit_id: inserted[k]!.id, weight: item.row.weight })));
      for (let t = 0; t < terms.length; t += 500) {
        await db.insertInto('tm_terms').values(terms.slice(t, t + 500)).onConflict((oc) => oc.doNothing()).execute();
      }
    }
  };
  /**
   * The units of the weight in the bounds that hold at least `minShared` of these terms, those
   * holding most first: the most common terms are left out of the count while the requirement
   * allows (a unit that holds enough of all holds enough of the rest).
   */
  const sharing = async (
    projectId: number,
    terms: readonly string[],
    minShared: number,
    bounds: { minWeight: number; maxWeight: number },
    limit: number,
  ): Promise<{ units: MemoryUnit[]; required: number }> => {
    const counts = await cappedCounts(projectId, terms, { min: bounds.minWeight, max: bounds.maxWeight });
    const present = counts.filter((count) => count.n > 0).sort((a, b) => a.n - b.n);
    if (present.length < minShared) return { units: [], required: minShared };
    let dropped = 0;
    while (dropped < minShared - 1 && present[present.length - 1 - dropped]!.n >= commonTerm) dropped++;
    const counted = present.slice(0, present.length - dropped).map((count) => count.term);
    const required = Math.max(1, minShared - dropped);
    if (counted.length === 0) return { units: [], required };
    const shared = db
      .selectFrom('tm_terms')
      .select(['unit_id', sql<number>`count(*)`.as('shared')])
      .where('project_id', '=', projectId)
      .where('term', 'in', counted)
      .where('weight', '>=', bounds.minWeight)
      .where('weight', '<=', bounds.maxWeight)
      .groupBy('unit_id')
      .having(sql<number>`count(*)`, '>=', required)
      .orderBy('shared', 'desc')
      .orderBy('unit_id', 'desc')
      .limit(limit)
      .as('shared');
    return { units: (await db.selectFrom(shared).innerJoin('tm_units', 'tm_units.id', 'shared.unit_id').selectAll('tm_units').execute()).map(toUnit), required };
  };
  return {
    async put(unit, now) {
      if (unit.segmentId !== null) await db.deleteFrom('tm_units').where('segment_id', '=', unit.segmentId).execute();
      const inserted = await db.insertInto('tm_units').values(row(unit, now)).returningAll().executeTakeFirstOrThrow();
      await insertTerms(unit.projectId, inserted.id, unit.terms, inserted.weight);
      await insertSentences([unit], [inserted.id], now);
      return toUnit(inserted);
    },
    async putMany(units, now) {
      const ids: number[] = [];
      for (let offset = 0; offset < units.length; offset += chunk) {
        const slice = units.slice(offset, offset + chunk);
        const inserted = await db.insertInto('tm_units').values(slice.map((unit) => row(unit, now))).returning(['id', 'weight']).execute();
        // The ids let an import that fails later delete what it wrote.
        for (const { id } of inserted) ids.push(id);
        const terms = slice.flatMap((unit, i) => unit.terms.map((term) => ({ project_id: unit.projectId, term, unit_id: inserted[i]!.id, weight: inserted[i]!.weight })));
        for (let t = 0; t < terms.length; t += 500) {
          await db.insertInto('tm_terms').values(terms.slice(t, t + 500)).onConflict((oc) => oc.doNothing()).execute();
        }
        await insertSentences(
          slice,
          inserted.map((item) => item.id),
          now,
        );
      }
      return ids;
    },
    async deleteUnits(ids) {
      for (let offset = 0; offset < ids.length; offset += 500) {
        await db.deleteFrom('tm_units').where('id', 'in', ids.slice(offset, offset + 500)).execute();
      }
    },
    async removeForSegment(segmentId) {
      await db.deleteFrom('tm_units').where('segment_id', '=', segmentId).execute();
    },
    async unitOfSegment(segmentId) {
      const found = await db.selectFrom('tm_units').select('id').where('segment_id', '=', segmentId).executeTakeFirst();
      return found?.id;
    },
    async exact(projectId, source) {
      const rows = await db.selectFrom('tm_units').selectAll().where('project_id', '=', projectId).where('source_hash', '=', sourceHash(source)).orderBy('id', 'desc').limit(20).execute();
      return rows.map(toUnit);
    },
    async existingPairs(projectId, pairs) {
      const found = new Set<string>();
      const hashes = [...new Set(pairs.map((pair) => sourceHash(pair.source)))];
      for (let i = 0; i < hashes.length; i += 500) {
        const rows = await db
          .selectFrom('tm_units')
          .select(['source_hash', 'target'])
          .where('project_id', '=', projectId)
          .where('parent_id', 'is', null)
          .where('source_hash', 'in', hashes.slice(i, i + 500))
          .execute();
        for (const row of rows) found.add(`${row.source_hash}\u0000${row.target}`);
      }
      return found;
    },

    async candidates(projectId, terms, limit) {
      if (terms.length === 0) return [];
      // Count each term's units first (index only, up to a cap), then rank units by the rarest few
      // terms: a frequent word would drag thousands of units into the ranking for nothing.
      const frequencies = await cappedCounts(projectId, terms);
      // Words in thousands of units say nothing of which unit is near: only rarer ones rank (the
      // matches of 75 % and more come from \`within\`, which needs no rare word).
      const rarest = frequencies
        .filter((row) => Number(row.n) > 0 && Number(row.n) < commonTerm)
        .sort((a, b) => Number(a.n) - Number(b.n))
        .slice(0, rareTerms)
        .map((row) => row.term);
      if (rarest.length === 0) return [];
      const ranked = db
        .selectFrom('tm_terms')
        .select(['unit_id', sql<number>`count(*)`.as('shared')])
        .where('project_id', '=', projectId)
        .where('term', 'in', rarest)
        .groupBy('unit_id')
        .orderBy('shared', 'desc')
        .orderBy('unit_id', 'desc')
        .limit(limit)
        .as('ranked');
      const rows = await db.selectFrom(ranked).innerJoin('tm_units', 'tm_units.id', 'ranked.unit_id').selectAll('tm_units').execute();
      return rows.map(toUnit);
    },
    async within(projectId, bounds, limit) {
      // A unit that can score high enough holds at least minShared of the query's terms (of the
      // right weight): the units holding most of them come first.
      const words = await sharing(projectId, bounds.terms, bounds.minShared, bounds, limit);
      const found = [...words.units];
      // A sentence of common words (its words each in thousands of units, too few to require more
      // than one): its pairs of common words find the units that keep enough of them, closest first.
      if (words.required <= 1 && bounds.minSharedPairs >= 1) {
        const seen = new Set(found.map((unit) => unit.id));
        const pairs = await sharing(projectId, bounds.pairs, bounds.minSharedPairs, bounds, limit);
        found.unshift(...pairs.units.filter((unit) => !seen.has(unit.id)));
      }
      if (bounds.minShared > 0 || found.length >= limit) return found;
      const seen = new Set(found.map((unit) => unit.id));
      const rows = await db
        .selectFrom('tm_units')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('weight', '>=', bounds.minWeight)
        .where('weight', '<=', bounds.maxWeight)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      for (const row of rows) if (!seen.has(row.id) && found.length < limit * 2) found.push(toUnit(row));
      return found;
    },
    async search(projectId, folded, limit) {
      const pattern = `%${folded.replace(/[\\%_]/gu, (ch) => `\\${ch}`)}%`;
      const rows = await db
        .selectFrom('tm_units')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('parent_id', 'is', null)
        .where(sql<boolean>`search_text like ${pattern} escape '\\'`)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toUnit);
    },
    async all(projectId, page) {
      let query = db.selectFrom('tm_units').selectAll().where('project_id', '=', projectId).where('parent_id', 'is', null);
      if (page) query = query.where('id', '>', page.after).limit(page.limit);
      return (await query.orderBy('id').execute()).map(toUnit);
    },
    async count(projectId) {
      const result = await db.selectFrom('tm_units').select(({ fn }) => fn.countAll<number | string>().as('n'))
        .where('project_id', '=', projectId)
        .where('parent_id', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(result.n);
    },
  };
}

function toUnit(row: Selectable<TmUnitsTable>): MemoryUnit {
  return {
    id: row.id,
    projectId: row.project_id,
    source: row.source,
    target: row.target,
    codes: codesFrom(row.codes),
    previousHash: row.previous_hash,
    nextHash: row.next_hash,
    quality: row.quality === 'approved' ? 'approved' : 'translated',
    segmentId: row.segment_id,
    author: row.author,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
