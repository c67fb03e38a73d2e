/**
 * Translation-memory lookups at 10,000 and 100,000 units, in process on a temporary SQLite file:
 * the store, the services' lookup and the domain's scoring, as a suggestion request runs them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchKey } from '../src/domain/search';
import { tokenize, tokenScore, tokenWeight, unitTerms } from '../src/domain/tm/match';
import { lookup } from '../src/services/memory';
import { openSqliteStore } from '../src/store/sqlite';
import type { NewMemoryUnit, Store } from '../src/store/store';
import { percentile } from './stats';

/** A French vocabulary with a long tail, as real memories have (Zipf-like: a few words very often). */
function vocabulary(): string[] {
  const stems = ['prés', 'minist', 'conseil', 'march', 'budget', 'région', 'villag', 'écol', 'hôpit', 'transport', 'énergi', 'cultur', 'sport', 'justic', 'polic', 'agricult', 'industri', 'commerc', 'tourism', 'santé'];
  const endings = ['ident', 'ère', 'ure', 'ement', 'ité', 'ation', 'eur', 'ien', 'ique', 'aire', 'ances', 'oires', 'elles', 'istes', 'ages'];
  const words: string[] = [];
  for (const stem of stems) for (const ending of endings) for (let k = 0; k < 12; k++) words.push(`${stem}${ending}${k ? String.fromCharCode(97 + k) : ''}`);
  return words; // 3,600 words
}

const common = ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'à', 'en', 'pour', 'sur', 'avec', 'dans', 'par'];

/**
 * A reproducible generator in 32-bit integer arithmetic (mulberry32): a floating-point linear
 * congruence loses its low bits and cycles (the memory of "100,000 units" once held 360 sentences).
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function sentences(count: number, seed: number): string[] {
  const words = vocabulary();
  const next = random(seed);
  // Zipf: word k drawn with probability ∝ 1/(k+1).
  const pick = () => words[Math.min(words.length - 1, Math.floor(Math.exp(next() * Math.log(words.length + 1))) - 1)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const length = 10 + Math.floor(next() * 15);
    const parts: string[] = [];
    for (let w = 0; w < length; w++) parts.push(next() < 0.4 ? common[Math.floor(next() * common.length)]! : pick());
    out.push(`${parts.join(' ')} ${Math.floor(next() * 1000)}.`.replace(/^./u, (c) => c.toUpperCase()));
  }
  return out;
}

/** Memory units of these sources (plain, approved, translated `Translation <i>`). */
export function unitsOf(projectId: number, sources: readonly string[]): NewMemoryUnit[] {
  return sources.map((source, i) => ({
    projectId,
    source,
    target: `Translation ${i}`,
    codes: [],
    previousHash: null,
    nextHash: null,
    quality: 'approved',
    segmentId: null,
    author: 'bench',
    terms: unitTerms(source),
    searchText: searchKey(source),
  }));
}

export interface MemoryBench {
  units: number;
  /** Distinct sources among the units (all of them: asserted). */
  distinct: number;
  p50: number;
  p95: number;
  found: number;
  /** Of the units a brute-force scorer ranks at 75 % or more for the queries, those the lookup gives. */
  recall: { expected: number; found: number; queries: number };
  /** Paragraphs of three memory sentences (one with a word changed): lookups that assemble them. */
  assembled: { p50: number; p95: number; found: number };
}

export async function benchMemory(sizes: readonly number[] = [10_000, 100_000]): Promise<MemoryBench[]> {
  const results: MemoryBench[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'visavis-tm-'));
    const store = await openSqliteStore({ path: join(dir, 'tm.sqlite') });
    try {
      const now = new Date().toISOString();
      const project = await store.projects.create(`Bench ${size}`, now);
      const sources = sentences(size, size);
      const distinct = new Set(sources).size;
      if (distinct !== size) throw new Error(`The generator repeats itself: ${distinct} distinct sentences of ${size}.`);
      const units = unitsOf(project.id, sources);
      await store.transaction((tx) => tx.memory.putMany(units, now));
      // Queries: memory sentences with one word changed (fuzzy), and new sentences.
      const next = random(7);
      const queries = Array.from({ length: 200 }, (_, i) => {
        if (i % 3 === 2) return sentences(1, 1000 + i)[0]!;
        const words = sources[Math.floor(next() * sources.length)]!.split(' ');
        words[Math.floor(next() * words.length)] = 'modifié';
        return words.join(' ');
      });
      for (const query of queries.slice(0, 30)) await lookup(store, project.id, { source: query, codes: [] }); // warm-up
      const times: number[] = [];
      let found = 0;
      for (const query of queries) {
        const started = performance.now();
        const matches = await lookup(store, project.id, { source: query, codes: [] }, { minScore: 50 });
        times.push(performance.now() - started);
        if (matches.length) found++;
      }
      const recall = await recallAgainstBruteForce(store, project.id, queries);
      // Sub-segment leverage: a paragraph of three memory sentences (as a sentence-level TMX gives), one of them changed.
      const paragraphs = Array.from({ length: 100 }, (_, i) => {
        const three = [0, 1, 2].map(() => sources[Math.floor(next() * sources.length)]!);
        const words = three[i % 3]!.split(' ');
        words[Math.floor(next() * words.length)] = 'modifié';
        three[i % 3] = words.join(' ');
        return three.join(' ');
      });
      const assembledTimes: number[] = [];
      let assembled = 0;
      for (const paragraph of paragraphs) {
        const started = performance.now();
        const [best] = await lookup(store, project.id, { source: paragraph, codes: [] }, { minScore: 50 });
        assembledTimes.push(performance.now() - started);
        if (best?.match === 'assembled' && best.parts?.every((part) => part.target !== null)) assembled++;
      }
      results.push({
        units: size,
        distinct,
        recall,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        found: found / queries.length,
        assembled: { p50: percentile(assembledTimes, 0.5), p95: percentile(assembledTimes, 0.95), found: assembled / paragraphs.length },
      });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

/**
 * Every unit scoring 75 % or more against each query by brute force (the domain's scorer over every
 * unit, only those whose weight alone rules them out skipped: an edit distance is at least the
 * difference of the weights), and how many of them the lookup gives (asked for all matches ≥ 75 %).
 */
export async function recallAgainstBruteForce(store: Store, projectId: number, queries: readonly string[]): Promise<{ expected: number; found: number; queries: number }> {
  const units = await store.memory.all(projectId);
  const tokens = units.map((unit) => tokenize(unit.source));
  const weights = units.map((unit) => tokenWeight(unit.source));
  let expected = 0;
  let found = 0;
  for (const query of queries) {
    const queryTokens = tokenize(query);
    const weight = tokenWeight(query);
    const wanted = new Set<number>();
    units.forEach((unit, i) => {
      const total = Math.max(weight, weights[i]!);
      if (Math.abs(weight - weights[i]!) > 0.25 * total + 1e-9) return;
      const score = unit.source === query ? 100 : tokenScore(tokens[i]!, queryTokens);
      if (score !== undefined && score >= 75) wanted.add(unit.id);
    });
    const given = new Set((await lookup(store, projectId, { source: query, codes: [] }, { minScore: 75, limit: 1000 })).map((match) => match.unitId));
    expected += wanted.size;
    for (const id of wanted) if (given.has(id)) found++;
  }
  return { expected, found, queries: queries.length };
}

if (process.argv[1]?.endsWith('memory.ts')) {
  for (const result of await benchMemory()) console.log(result);
}
