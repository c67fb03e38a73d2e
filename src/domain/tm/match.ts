import { searchKey } from '../search';

/** A token of a memory source: a word, a number, or a punctuation mark (spaces are not tokens). */
export interface Token {
  kind: 'word' | 'number' | 'punct';
  text: string;
  /** A word folded (case, accents, apostrophes: searchKey), once per token rather than per comparison; the text otherwise. */
  key: string;
}

const tokenPattern = /(\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|([^\s\p{L}\p{N}\p{M}])/gu;

/** Folded words, remembered: a memory repeats its words endlessly, and folding (NFD) is the costly part of splitting. */
const foldedWords = new Map<string, string>();
function wordKey(word: string): string {
  let key = foldedWords.get(word);
  if (key === undefined) {
    if (foldedWords.size >= 50_000) foldedWords.clear();
    key = searchKey(word);
    foldedWords.set(word, key);
  }
  return key;
}

/**
 * Splits a text into words, numbers and punctuation, as fuzzy matching compares them.
 *
 * @example
 * tokenize('Le 3 mars, l’État…'); // → Le · 3 · mars · , · l’État · …
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    if (match[1]) tokens.push({ kind: 'number', text: match[1], key: match[1] });
    else if (match[2]) tokens.push({ kind: 'word', text: match[2], key: wordKey(match[2]) });
    else if (match[3]) tokens.push({ kind: 'punct', text: match[3], key: match[3] });
  }
  return tokens;
}

/**
 * What replacing one token with another costs: nothing when equal, little for a change of case or
 * of typographic variant (’ for '), of punctuation, or of a number (the translation needs the same
 * small fix), a full edit otherwise.
 */
function substitution(a: Token, b: Token): number {
  if (a.text === b.text) return 0;
  if (a.kind === 'word' && b.kind === 'word' && a.key === b.key) return 0.2;
  if (a.kind === 'punct' && b.kind === 'punct') return 0.3;
  if (a.kind === 'number' && b.kind === 'number') return 0.3;
  return 1;
}

/** What inserting or deleting a token costs: punctuation counts less than words. */
function indel(token: Token): number {
  return token.kind === 'punct' ? 0.5 : 1;
}

/**
 * Fuzzy match score from 0 to 100, as CAT tools show it: 100 only for the very same text; words
 * weigh more than punctuation; case, numbers and punctuation differences cost less than words.
 *
 * @example
 * matchScore('Le marché ouvre à 7 h.', 'Le marché ouvre à 8 h.'); // → 95
 */
export function matchScore(memorySource: string, source: string): number {
  if (memorySource === source) return 100;
  const score = tokenScore(tokenize(memorySource), tokenize(source));
  return score === undefined ? (searchKey(memorySource) === searchKey(source) ? 99 : 0) : score;
}

/**
 * `matchScore` against one source, for many memory sources: the source is split into tokens once.
 *
 * @example
 * const score = scorerFor('Le marché ouvre à 8 h.');
 * score('Le marché ouvre à 7 h.'); // → 95
 */
export function scorerFor(source: string): (memorySource: string) => number {
  const tokens = tokenize(source);
  const key = searchKey(source);
  return (memorySource) => {
    if (memorySource === source) return 100;
    const score = tokenScore(tokenize(memorySource), tokens);
    return score === undefined ? (searchKey(memorySource) === key ? 99 : 0) : score;
  };
}

/**
 * The fuzzy score of two different texts already split into tokens (at most 99); undefined when
 * neither has a token.
 */
export function tokenScore(a: readonly Token[], b: readonly Token[]): number | undefined {
  const weight = (tokens: readonly Token[]) => tokens.reduce((sum, token) => sum + indel(token), 0);
  const total = Math.max(weight(a), weight(b));
  if (total === 0) return undefined;
  // Weighted edit distance over tokens (two rows of the dynamic-programming table).
  let previous = new Array<number>(b.length + 1);
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1]! + indel(b[j - 1]!);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = previous[0]! + indel(a[i - 1]!);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + indel(a[i - 1]!), current[j - 1]! + indel(b[j - 1]!), previous[j - 1]! + substitution(a[i - 1]!, b[j - 1]!));
    }
    previous = current;
  }
  const score = Math.floor(100 * (1 - previous[b.length]! / total));
  // Only the identical text is 100 %.
  return Math.max(0, Math.min(99, score));
}

/**
 * The terms a memory unit is found by: folded words of at least three letters (numbers and
 * punctuation change too easily to find candidates by).
 */
export function indexTerms(text: string): string[] {
  return [...new Set(tokenize(text).filter((token) => token.kind === 'word' && token.text.length >= 3).map((token) => token.key))];
}

/**
 * The words too common to find a unit by alone: French and English function words, and any word of
 * one or two letters. A sentence made only of them has no term worth counting; their pairs are.
 */
const commonWords = new Set(
  (
    'le la les l un une des du de d au aux a à est et ou ni mais donc or car que qu qui quoi dont où ce cet cette ces se sa son ses ' +
    'mon ma mes ton ta tes notre nos votre vos leur leurs il ils elle elles on nous vous je tu me te lui y en ne pas plus par pour sur ' +
    'sous dans avec sans chez vers entre comme si tout tous toute toutes très bien été être avoir ont sont était fait faire aussi ' +
    'the of and or to in on at by for with from as is are was were be been it its this that these those an not but if so than then ' +
    'he she they we you his her their our your there here which who whom what when where how all any can will would has have had do does did'
  )
    .split(' ')
    .map((word) => searchKey(word)),
);

const isCommon = (token: Token): boolean => token.kind === 'number' || (token.kind === 'word' && (token.key.length <= 2 || commonWords.has(token.key)));

/**
 * The pairs of common words that follow each other in a text (punctuation aside, every number as
 * `#`), as index terms: what finds a sentence made only of common words ("Est la qui la à de est
 * du à a qui a de à est."), whose single words each sit in thousands of units. A unit that scores
 * high enough keeps most of the query's pairs (see `matchBounds`), whatever the memory's size.
 *
 * @example
 * pairTerms('Il est à la mairie.'); // → ['il est', 'est a', 'a la']
 */
export function pairTerms(text: string): string[] {
  const words = tokenize(text).filter((token) => token.kind !== 'punct');
  const out = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (!isCommon(a) || !isCommon(b)) continue;
    out.add(`${a.kind === 'number' ? '#' : a.key} ${b.kind === 'number' ? '#' : b.key}`);
  }
  return [...out];
}

/** Every term a memory unit is stored under: its words (`indexTerms`) and its pairs of common words (`pairTerms`). */
export function unitTerms(text: string): string[] {
  return [...indexTerms(text), ...pairTerms(text)];
}

/**
 * The terms to look a source up by: the longest ones first (long words are rare, so few units
 * share them), at most `limit`.
 */
export function lookupTerms(text: string, limit = 8): string[] {
  return indexTerms(text)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, limit);
}

/** A text's weight as the score counts it: 1 a word or a number, 0.5 a punctuation mark. */
export function tokenWeight(text: string): number {
  return tokenize(text).reduce((sum, token) => sum + indel(token), 0);
}

/** What a memory unit must have to score at least `threshold` against a query (see `matchBounds`). */
export interface MatchBounds {
  /** The unit's weight lies within these (inclusive). */
  minWeight: number;
  maxWeight: number;
  /** The query's index terms, and how many of them the unit must hold. */
  terms: string[];
  minShared: number;
  /** The query's pairs of common words (`pairTerms`), and how many of them the unit must hold. */
  pairs: string[];
  minSharedPairs: number;
}

/**
 * Bounds every unit scoring at least `threshold` (%) against `query` meets, so that a lookup can
 * skip the others without ever missing one. With W the weights, d the weighted edit distance and
 * T = max(W_query, W_unit), a score ≥ θ needs d ≤ (1 − θ)·T; each edit changes the weight by at most
 * its cost, so |W_query − W_unit| ≤ d, which bounds W_unit; and each index term of the query the
 * unit lacks costs at least one edit (deleted, or replaced by a word folding otherwise), so at most
 * (1 − θ)·T of them may be missing.
 *
 * @example
 * matchBounds('Le président du conseil a parlé.', 75);
 * // → { minWeight: 4.875, maxWeight: 8.67, terms: ['president', 'conseil', 'parle'], minShared: 1 }
 */
export function matchBounds(query: string, threshold: number): MatchBounds {
  const weight = tokenWeight(query);
  const slack = 1 - threshold / 100;
  const epsilon = 1e-9;
  const maxWeight = weight / (1 - slack);
  const missing = Math.floor(slack * maxWeight + epsilon);
  const terms = indexTerms(query);
  // A pair is lost only by an edit of one of its two words (punctuation is not in pairs, numbers are
  // all `#`, a change of case or accent keeps the key), and every such edit costs at least 1: at most
  // `missing` of them, each losing at most two pairs.
  const pairs = pairTerms(query);
  return { minWeight: weight * (1 - slack) - epsilon, maxWeight: maxWeight + epsilon, terms, minShared: terms.length - missing, pairs, minSharedPairs: pairs.length - 2 * missing };
}
