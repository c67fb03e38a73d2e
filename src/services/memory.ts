import { createHash } from 'node:crypto';
import { maxParagraphChars, sentencePairs } from '../domain/align';
import { type DiffOp, wordDiff } from '../domain/diff';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { adoptCodes, plainText } from '../domain/inline';
import type { Segment } from '../domain/segment';
import { searchKey } from '../domain/search';
import { splitSentences } from '../domain/sentences';
import { lookupTerms, matchBounds, matchScore, scorerFor, tokenize, unitTerms } from '../domain/tm/match';
import { buildTmx } from '../formats/tmx';
import type { MemoryUnit, NewMemoryUnit, NewSentenceUnit, Store } from '../store/store';
import { inChunks, type ServiceContext, timestamp } from './context';

const hash = (source: string) => createHash('sha256').update(source).digest('base64url');

/** One key per pair: its source's hash and its target. */
export const pairKey = (source: string, target: string) => `${hash(source)}\u0000${target}`;

/** A memory unit of a pair, with its index terms, folded text and aligned sentences (computed unless given). */
export function unitOf(projectId: number, source: string, target: string, quality: 'approved' | 'translated', extra: Partial<NewMemoryUnit> = {}): NewMemoryUnit {
  const codes = extra.codes ?? [];
  return {
    projectId,
    source,
    target,
    codes,
    quality,
    previousHash: null,
    nextHash: null,
    segmentId: null,
    author: null,
    ...extra,
    // Computed here only when the caller has not already (an import computes them on the parser's threads).
    terms: extra.terms ?? unitTerms(plainText(source, codes)),
    searchText: extra.searchText ?? searchKey(`${plainText(source, codes)}\n${plainText(target, codes)}`),
    sentences: sentenceUnits(source, target, codes),
  };
}

/** A paragraph pair's aligned sentences, as units of their own (plain text): what sub-segment lookups find. */
function sentenceUnits(source: string, target: string, codes: NewMemoryUnit['codes']): NewSentenceUnit[] {
  return sentencePairs(plainText(source, codes), plainText(target, codes)).map((pair) => ({ source: pair.source, target: pair.target, terms: unitTerms(pair.source) }));
}

/**
 * Puts a confirmed segment's pair into the project's memory (approved ones marked higher),
 * replacing the segment's earlier unit; domain/change.ts decides when. Runs in the caller's
 * transaction.
 */
export async function rememberSegment(store: Store, segment: Segment, author: string | null, now: string): Promise<void> {
  const document = await store.documents.get(segment.documentId);
  if (!document) return;
  const [before, after] = await neighbours(store, segment);
  await store.memory.put(
    unitOf(document.projectId, segment.source, segment.target, segment.status === 'approved' ? 'approved' : 'translated', {
      previousHash: before === undefined ? null : hash(before),
      nextHash: after === undefined ? null : hash(after),
      segmentId: segment.id,
      author,
      codes: segment.codes,
    }),
    now,
  );
}

/** Puts a pair that is no segment's into the memory (an alignment's several French paragraphs to one English). */
export async function rememberPair(store: Store, projectId: number, source: string, target: string, author: string | null, now: string): Promise<void> {
  await store.memory.put(unitOf(projectId, source, target, 'translated', { author }), now);
}

async function neighbours(store: Store, segment: Segment): Promise<[string | undefined, string | undefined]> {
  const around = await store.segments.atPositions(segment.documentId, [segment.position - 1, segment.position + 1]);
  return [around.find((item) => item.position === segment.position - 1)?.source, around.find((item) => item.position === segment.position + 1)?.source];
}

export interface MemoryMatch {
  unitId: number;
  /** The memory's source, as plain text. */
  source: string;
  /** Its translation in the form of the segment looked up for: with the source's codes, renumbered, when it had the same ones. */
  target: string;
  /** 0–100; 100 for the very same source. */
  score: number;
  /**
   * exact: same source; in-context: same source and same neighbours; fuzzy: similar; assembled:
   * built sentence by sentence from sentence matches (`parts`).
   */
  match: 'in-context' | 'exact' | 'fuzzy' | 'assembled';
  quality: 'approved' | 'translated';
  /** What differs between the memory's source and this one. */
  sourceDiff: DiffOp[];
  author: string | null;
  /** assembled: each sentence of the source, and the memory's translation of it when one was found. */
  parts?: AssembledPart[];
}

/** A sentence of an assembled match: its translation from the memory, or null (left in French). */
export interface AssembledPart {
  source: string;
  target: string | null;
  score: number;
  unitId: number | null;
}

const rank = { 'in-context': 2, exact: 1, fuzzy: 0, assembled: -1 } as const;

/** A sentence's match must reach this score to be used in an assembled suggestion. */
export const sentenceMatchScore = 75;

/**
 * The score from which a lookup finds every unit (issue 15): translators expect a match of 75 % or
 * more to be there whenever the memory has one. Up to `highCandidates` units are scored for it.
 */
export const highMatch = 75;
const highCandidates = 200;

/**
 * The memory's best matches for a source: exact units, then candidates sharing its rare words
 * (an index lookup, never a scan), scored as CAT tools do on the words without their codes;
 * in-context matches (same neighbours) first, approved before merely translated. A match's
 * translation takes the codes of the source looked up for (`adoptCodes`).
 */
export async function lookup(
  store: Store,
  projectId: number,
  segment: Pick<Segment, 'source' | 'codes'>,
  options: { previous?: string | undefined; next?: string | undefined; minScore?: number; limit?: number; excludeSegmentId?: number } = {},
): Promise<MemoryMatch[]> {
  const minScore = options.minScore ?? 50;
  const source = plainText(segment.source, segment.codes);
  // One suggestion wanted, and the memory holds this very text: nothing fuzzy can rank above it, so
  // the fuzzy search (tens of milliseconds in a memory of look-alike sentences) is skipped.
  const { exact, near } = await candidateUnits(store, projectId, segment.source, source, (units) =>
    options.limit === 1 && units.some((unit) => unit.segmentId !== options.excludeSegmentId && plainText(unit.source, unit.codes) === source),
  );
  const scoreAgainst = scorerFor(source);
  const seen = new Set<number>();
  // The difference with the source is worked out for the matches kept only (a lookup may score hundreds).
  const matches: Array<Omit<MemoryMatch, 'sourceDiff'> & { sourceDiff?: MemoryMatch['sourceDiff'] }> = [];
  const sameNeighbours = neighboursOf(options);
  for (const unit of [...exact, ...near]) {
    if (seen.has(unit.id) || (options.excludeSegmentId !== undefined && unit.segmentId === options.excludeSegmentId)) continue;
    seen.add(unit.id);
    const unitSource = plainText(unit.source, unit.codes);
    const score = scoreAgainst(unitSource);
    if (score < minScore) continue;
    const inContext = score === 100 && sameNeighbours(unit);
    matches.push({
      unitId: unit.id,
      source: unitSource,
      target: adoptCodes(unit.target, unit.codes, segment.codes),
      score,
      match: inContext ? 'in-context' : score === 100 ? 'exact' : 'fuzzy',
      quality: unit.quality,
      author: unit.author,
    });
  }
  // A paragraph the memory does not hold whole may be there sentence by sentence.
  if (!matches.some((match) => match.score === 100)) {
    const assembled = await assemble(store, projectId, segment, source, options.excludeSegmentId);
    if (assembled && assembled.score >= minScore) matches.push(assembled);
  }
  matches.sort((a, b) => b.score - a.score || rank[b.match] - rank[a.match] || (a.quality === b.quality ? 0 : a.quality === 'approved' ? -1 : 1));
  // The same translation twice is one suggestion.
  const targets = new Set<string>();
  const distinct = matches.filter((match) => !targets.has(match.target) && targets.add(match.target));
  return distinct.slice(0, options.limit ?? 5).map((match) => ({ ...match, sourceDiff: match.sourceDiff ?? wordDiff(match.source, source) }));
}

/**
 * The units that may match a source: those holding it exactly, then (unless `settled` says the
 * exact ones are enough) every unit that can score 75 % or more (bounded by weight and shared
 * words: none is missed) and those sharing its rarest words (near matches, down to 50 %).
 */
async function candidateUnits(store: Store, projectId: number, raw: string, source: string, settled: (exact: MemoryUnit[]) => boolean): Promise<{ exact: MemoryUnit[]; near: MemoryUnit[] }> {
  const exact = await store.memory.exact(projectId, raw);
  if (settled(exact)) return { exact, near: [] };
  const [candidates, high] = await Promise.all([store.memory.candidates(projectId, lookupTerms(source), 25), store.memory.within(projectId, matchBounds(source, highMatch), highCandidates)]);
  return { exact, near: [...high, ...candidates] };
}

/** Whether a unit had the same neighbours as the segment looked up for (one of them at least known): at 100 %, an in-context match. */
function neighboursOf(options: { previous?: string | undefined; next?: string | undefined }): (unit: MemoryUnit) => boolean {
  const previousHash = options.previous === undefined ? null : hash(options.previous);
  const nextHash = options.next === undefined ? null : hash(options.next);
  return (unit) => unit.previousHash === previousHash && unit.nextHash === nextHash && (previousHash !== null || nextHash !== null);
}

/** The memory's best whole-segment match for a source, as a word-count analysis bands it. */
export interface BestMatch {
  /** 0–100, `lookup`'s score; 0 when no unit scores 50 % or more. */
  score: number;
  /** 100 % and the unit had the same neighbours: what `lookup` calls an in-context match. */
  inContext: boolean;
}

/**
 * The best score `lookup` would give a source, found the same way (exact units, units that can
 * score 75 % or more, units sharing its rarest words) and scored by the same scorer, so that an
 * analysis and the suggestions agree; without assembled matches (built from sentences, they are
 * not a match of the segment) and without working out diffs.
 *
 * @example
 * await bestMatch(store, 1, segment, { previous, next, excludeSegmentId: segment.id }); // → { score: 95, inContext: false }
 */
export async function bestMatch(
  store: Store,
  projectId: number,
  segment: Pick<Segment, 'source' | 'codes'>,
  options: { previous?: string | undefined; next?: string | undefined; excludeSegmentId?: number } = {},
): Promise<BestMatch> {
  const source = plainText(segment.source, segment.codes);
  // The segment's own unit, and the sentence units stored with it, are no match for it.
  const own = options.excludeSegmentId === undefined ? undefined : await store.memory.unitOfSegment(options.excludeSegmentId);
  const mine = (unit: MemoryUnit) => (options.excludeSegmentId !== undefined && unit.segmentId === options.excludeSegmentId) || (own !== undefined && (unit.id === own || unit.parentId === own));
  const inContext = neighboursOf(options);
  const isExact = (unit: MemoryUnit) => !mine(unit) && plainText(unit.source, unit.codes) === source;
  const found = await candidateUnits(store, projectId, segment.source, source, (units) => units.some(isExact));
  const exact = found.exact.filter(isExact);
  if (exact.length > 0) return { score: 100, inContext: exact.some(inContext) };
  const scoreAgainst = scorerFor(source);
  let best: BestMatch = { score: 0, inContext: false };
  for (const unit of found.near) {
    if (mine(unit)) continue;
    const score = scoreAgainst(plainText(unit.source, unit.codes));
    if (score === 100 && inContext(unit)) return { score, inContext: true };
    if (score > best.score) best = { score, inContext: false };
  }
  return best.score >= 50 ? best : { score: 0, inContext: false };
}

/**
 * Sub-segment leverage: the source split into sentences, each looked up on its own (sentence units
 * stored with translated paragraphs, or the units of a sentence-level TMX), and a suggestion put
 * together from the matches found, the sentences not found left in French for the translator. Its
 * score is the sentences' scores weighted by their words (a sentence not found counts 0), below
 * 100 since the memory never held this text whole. Undefined when no sentence is found, and not
 * tried for a paragraph longer than sentence units are made of (`maxParagraphChars`).
 */
async function assemble(
  store: Store,
  projectId: number,
  segment: Pick<Segment, 'source' | 'codes'>,
  source: string,
  excludeSegmentId: number | undefined,
): Promise<MemoryMatch | undefined> {
  if (source.length > maxParagraphChars) return undefined;
  const sentences = splitSentences(source, 'fr')
    .map((sentence) => sentence.text.trim())
    .filter((text) => text !== '');
  if (sentences.length < 2) return undefined;
  // The segment's own unit (and so its sentences) does not suggest for it.
  const own = excludeSegmentId === undefined ? undefined : await store.memory.unitOfSegment(excludeSegmentId);
  const parts: AssembledPart[] = [];
  let quality: MemoryMatch['quality'] = 'approved';
  let author: string | null = null;
  for (const sentence of sentences) {
    const [exact, candidates] = await Promise.all([store.memory.exact(projectId, sentence), store.memory.within(projectId, matchBounds(sentence, sentenceMatchScore), highCandidates)]);
    let best: { unit: MemoryUnit; score: number } | undefined;
    for (const unit of [...exact, ...candidates]) {
      if (own !== undefined && (unit.id === own || unit.parentId === own)) continue;
      const score = matchScore(plainText(unit.source, unit.codes), sentence);
      if (score >= sentenceMatchScore && (!best || score > best.score || (score === best.score && unit.quality === 'approved' && best.unit.quality !== 'approved'))) best = { unit, score };
    }
    if (!best) {
      parts.push({ source: sentence, target: null, score: 0, unitId: null });
      continue;
    }
    if (best.unit.quality !== 'approved') quality = 'translated';
    author ??= best.unit.author;
    parts.push({ source: sentence, target: plainText(best.unit.target, best.unit.codes), score: best.score, unitId: best.unit.id });
  }
  if (!parts.some((part) => part.target !== null)) return undefined;
  const weight = (text: string) => Math.max(1, tokenize(text).filter((token) => token.kind !== 'punct').length);
  const total = parts.reduce((sum, part) => sum + weight(part.source), 0);
  const score = Math.min(99, Math.floor(parts.reduce((sum, part) => sum + weight(part.source) * part.score, 0) / total));
  const text = parts.map((part) => part.target ?? part.source).join(' ');
  const found = parts.filter((part) => part.target !== null).map((part) => part.source).join(' ');
  return {
    unitId: parts.find((part) => part.unitId !== null)!.unitId!,
    source: found,
    target: adoptCodes(text, [], segment.codes),
    score,
    match: 'assembled',
    quality,
    sourceDiff: wordDiff(found, source),
    author,
    parts,
  };
}

/** Concordance: units whose source or translation contains the text (case and accents ignored). */
export async function searchMemory(context: ServiceContext, projectId: number, q: string): Promise<MemoryUnit[]> {
  const folded = searchKey(q.trim());
  if (folded.length < 2) throw new InvalidInputError('Search for at least two characters.');
  return context.store.memory.search(projectId, folded, 100);
}

/** Units written per transaction by an import: a few milliseconds of SQLite work each. */
export const memoryImportChunk = 500;

/**
 * Imports a TMX memory into the project (pairs from French to English); returns how many. The
 * file is read on the parser's threads; the units are written in chunks, one short transaction
 * each, so that saves get the SQLite writer between them (a 20,000-unit memory is seconds of
 * writing). Should a chunk fail, the units already written are deleted: an import adds all or
 * nothing. (A crash half-way leaves the chunks written; importing again adds the rest, and
 * duplicates only repeat suggestions.)
 */
export async function importMemory(context: ServiceContext, projectId: number, bytes: Uint8Array, author: string | null): Promise<{ imported: number; skipped: number }> {
  const document = await context.parser.memory(bytes, { account: author });
  if (document.units.length === 0) throw new InvalidInputError('The TMX file has no French–English pair.');
  if (!(await context.store.projects.get(projectId))) throw new NotFoundError('project', projectId);
  const now = timestamp(context);
  // A pair the memory already has (the same file imported twice, or twice in one file) is not added again.
  const known = await context.store.memory.existingPairs(
    projectId,
    document.units.map((unit) => ({ source: unit.source, target: unit.target })),
  );
  const seen = new Set<string>();
  const fresh = document.units.filter((unit) => {
    const key = pairKey(unit.source, unit.target);
    if (known.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const units = fresh.map((unit) =>
    unitOf(projectId, unit.source, unit.target, unit.quality === 'approved' ? 'approved' : 'translated', {
      author: unit.author ?? author,
      terms: unit.terms,
      searchText: unit.searchText,
      codes: unit.codes,
    }),
  );
  return context.bulkWrite(async () => {
    const written: number[] = [];
    try {
      await inChunks(units, memoryImportChunk, async (chunk) => {
        written.push(...(await context.store.transaction((store) => store.memory.putMany(chunk, now))));
      });
    } catch (error) {
      // The import's own error is the one to report; a failed clean-up leaves extra suggestions, nothing worse.
      await context.store.transaction((store) => store.memory.deleteUnits(written)).catch(() => undefined);
      throw error;
    }
    return { imported: written.length, skipped: document.units.length - written.length };
  });
}

/** The project's memory as TMX 1.4b. */
export async function exportMemory(context: ServiceContext, projectId: number): Promise<{ xml: string; filename: string }> {
  const project = await context.store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const units = await context.store.memory.all(projectId);
  const creationDate = context.now().toISOString().replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z');
  const xml = buildTmx({
    sourceLang: 'fr-FR',
    targetLang: project.settings.targetLang,
    creationDate,
    units: units.map((unit) => ({ source: unit.source, target: unit.target, codes: unit.codes, quality: unit.quality, author: unit.author ?? undefined })),
  });
  return { xml, filename: `${project.name}.tmx` };
}
