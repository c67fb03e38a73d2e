import { type Anchors, markAnchors, wordAnchors, wordsIn } from './anchors';
import { type CalibrationConstants, calibration, type LinkEvidence, linkProbability } from './calibration';
import { inRunOfThree, looksLikeHeading, looksShort } from './headings';
import { englishStopwords, wordStems } from './lexicon';
import { refineLinks, type RefineTools } from './refine';

/**
 * Paragraph alignment of a French text with its English translation: dynamic programming over
 * beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3), each scored by a length cost calibrated for
 * French → English (Gale & Church, 1993), by the anchors the two sides share (numbers, names,
 * links, cognates: anchors.ts), by the words a seed lexicon pairs (lexicon.ts) and by whether each
 * side is a heading (headings.ts: a heading links to a heading or to nothing). The search is a
 * beam along the anti-diagonals: each keeps a window of fixed width around where the best cell of
 * the one before lies, so time and memory grow linearly with the texts, however far the path
 * strays from the diagonal; should the best path touch the window's edge, the search runs again
 * twice as wide. Within the window, a bead is scored in full only if it can come near its cell's
 * best, and a merge only from a cell near its diagonal's best (skips and one-to-one links from
 * every cell: a long omission stays found). A link's score is the chance that it is right: the posterior of its bead over
 * every path searched (forward–backward), calibrated (calibration.ts). Then a second look,
 * sentence by sentence, where the two versions cut their paragraphs at different places (refine.ts).
 */

/** A link: French paragraphs (0-based positions) and the English ones they translate; either side may be empty. */
export interface AlignmentLink {
  fr: number[];
  en: number[];
  /** The chance that the link is right, 0 to 1 (calibrated: links scored ≥ 0.5 are right ≥ 98 % of the time on the evaluation sets). */
  score: number;
}

/** The aligner's weights, as fitted on the development sets (bench/eval-align.ts); given in options only to tune them. */
export interface AlignWeights {
  /** How much a full share of anchors counts, against length: strong, since anchors rarely lie. */
  anchor: number;
  /** How much a full share of words between a gloss and an English candidate counts. */
  gloss: number;
  /** How much a full share of lexicon words counts, and the share below which words are evidence against a link. */
  lexicon: number;
  lexiconBaseline: number;
  /** Cost of a heading linked to a paragraph (1-1), and of each heading inside a merge (2-1, 1-2…). */
  headingMismatch: number;
  /** Cost of a heading linked (1-1) to a short line that ends as a sentence ends (a list item, its stop on one side only). */
  headingShortMismatch: number;
  headingInMerge: number;
  /** Cost of each heading in a list of short lines run together into one paragraph on the other side. */
  headingInList: number;
  /** Cost of a heading opening a merge (a run-in heading, glued to the paragraph it heads). */
  headingRunIn: number;
  /** Cost of a heading left alone (1-0, 0-1): cheap, as translations add and drop headings. */
  headingSkip: number;
  /** Cost of a heading left alone next to a short line (a list's item): near a paragraph's prior. */
  listedSkip: number;
  /** Cost of a side left alone, beyond its prior: what an unmatched paragraph's length is worth. */
  skipPerChar: number;
  /** What two paragraphs ending alike (`:`, `?`, `!`) take off a link's cost. */
  sameEnd: number;
  /** The temperature of the posterior (forward–backward over the paths searched). */
  temperature: number;
}

export const defaultWeights: Readonly<AlignWeights> = {
  anchor: 8,
  gloss: 8,
  lexicon: 8,
  lexiconBaseline: 0.2,
  headingMismatch: 6,
  headingShortMismatch: 3.5,
  headingInMerge: 6,
  headingInList: 1.2,
  headingRunIn: 0.5,
  headingSkip: 2.5,
  listedSkip: 3.5,
  skipPerChar: 0.004,
  sameEnd: 5,
  temperature: 2,
};

/** What an alignment cost: the cells of the search, the beads scored in full (paragraphs compared) and the passes. */
export interface AlignWork {
  cells: number;
  beads: number;
  passes: number;
}

export interface AlignOptions {
  /** Extra anchors (glossary terms found on both sides…): added to each paragraph's own. */
  frenchAnchors?: readonly Anchors[];
  englishAnchors?: readonly Anchors[];
  /** Half-width of the beam (cells of each anti-diagonal on either side of its centre); `defaultBand` by default. */
  band?: number;
  /**
   * An English rendering of some French paragraphs (a memory match, a machine translation): its
   * words are compared with each English candidate's, a strong clue where anchors are few.
   */
  frenchGloss?: readonly (string | undefined)[];
  /**
   * The paragraphs the format marks as headings (a segment's kind `heading`); every other one is a
   * heading if its text reads as one (headings.ts), so that a short line is treated alike on a
   * side with markup and on a side without.
   */
  frenchHeadings?: readonly boolean[];
  englishHeadings?: readonly boolean[];
  /** The heading class: on for paragraphs, off for sentences (a sentence without its stop is not a heading). */
  headings?: boolean;
  /** The second look, sentence by sentence, at links whose paragraphs may be cut differently (refine.ts): on by default. */
  refine?: boolean;
  /** Words already read (the second look's small alignments share them); none by default. */
  readings?: WordReadings;
  /** Fitted weights by default; others only to tune them. */
  weights?: Partial<AlignWeights>;
  /** Filled with the work done (for tests of its growth: never a clock). */
  work?: AlignWork;
  /** Fitted constants by default; others only to refit them (bench/fit-align-calibration.ts). */
  calibration?: Readonly<CalibrationConstants>;
  /** Filled with what each link's score was calibrated from, in link order (for the fit). */
  evidence?: LinkEvidence[];
}

/** A one-to-one link with no word in common and a score under this is split into two one-sided links. */
const unrelatedBelow = 0.1;

/** Half-width of the beam: wide enough for the local wobble of the path (merges, omissions, headings). */
export const defaultBand = 10;
/**
 * How far behind its diagonal's best (in units of the temperature) a cell may be and still start a
 * merge (2-1, 1-2…): a path through it weighs at most e^−24 of the best's in the posteriors. Skips
 * and one-to-one links are scored from every cell: a long omission (a section the translation
 * left out) is a run of skips far behind the diagonal's best until the links resume, and must not
 * be cut off. (Merges are most of the beads, and most of the time.)
 */
const beamWidth = 24;
/** Searches in all, each twice as wide as the one before, should the path touch the beam's edge. */
const maxPasses = 4;

/** English characters per French character, and the variance of that ratio per character (Gale & Church's s²). */
const ratio = 0.92;
const variance = 6.8;

/** Beads and their prior cost, −log(probability): a 1-1 is by far the most common. */
const beads: ReadonlyArray<{ fr: number; en: number; prior: number }> = [
  { fr: 1, en: 1, prior: -Math.log(0.89) },
  { fr: 1, en: 0, prior: -Math.log(0.01) },
  { fr: 0, en: 1, prior: -Math.log(0.01) },
  { fr: 2, en: 1, prior: -Math.log(0.045) },
  { fr: 1, en: 2, prior: -Math.log(0.045) },
  { fr: 2, en: 2, prior: -Math.log(0.002) },
  { fr: 3, en: 1, prior: -Math.log(0.003) },
  { fr: 1, en: 3, prior: -Math.log(0.003) },
];

/**
 * The most two lengths can cost, however far apart: −log of the chance that a translation's length
 * has nothing to do with its source's (a translator's note explaining a French example, a clause
 * cut), about one link in twenty thousand. A normal's tail alone makes such a link cost more than
 * any shared words can repay, and the aligner would rather merge it with its neighbours (2-2) or
 * leave both sides alone than link a paragraph to the translation that grew.
 */
const lengthCap = 10;
/** −log of the two-sided tail of the standard normal beyond |z|, tabulated (every bead of every cell asks), capped. */
const tailStep = 0.01;
const tailCosts = Float64Array.from({ length: 1001 }, (_, k) => Math.min(lengthCap, -Math.log(Math.max(2 * (1 - normal(k * tailStep)), 1e-12))));

/** Gale & Church's length match: how unlikely these lengths are for a translation of each other. */
function lengthCost(french: number, english: number): number {
  if (french === 0 && english === 0) return 0;
  const mean = (french + english / ratio) / 2;
  const z = Math.abs(english - french * ratio) / Math.sqrt(Math.max(1, mean) * variance);
  const at = z / tailStep;
  const k = Math.floor(at);
  if (k >= tailCosts.length - 1) return tailCosts[tailCosts.length - 1]!;
  return tailCosts[k]! + (tailCosts[k + 1]! - tailCosts[k]!) * (at - k);
}

/** The standard normal's cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normal(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const tail = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 1 - tail;
}


/** How a paragraph ends (quotation marks and brackets after the mark aside): 1 `:`, 2 `?`, 3 `!`, 0 otherwise. */
const endMark = (text: string): number => {
  const mark = /([:?!])[\s"'’”»)\]\u00a0\u202f]*$/u.exec(text)?.[1];
  return mark === ':' ? 1 : mark === '?' ? 2 : mark === '!' ? 3 : 0;
};

/** Everything a bead's cost reads, computed once per paragraph. */
interface Evidence {
  n: number;
  m: number;
  frLength: Int32Array;
  enLength: Int32Array;
  /** Prefix counts of headings on each side. */
  frHeadings: Int32Array;
  enHeadings: Int32Array;
  /** Whether each paragraph is a short line (headings.ts), heading or not. */
  frShort: Uint8Array;
  enShort: Uint8Array;
  /** How each paragraph ends: 1 a colon (a list's lead-in), 2 a question mark, 3 an exclamation mark, 0 otherwise. */
  frEnd: Uint8Array;
  enEnd: Uint8Array;
  /** Whether each paragraph is a heading in a run of three or more on its side (an item of a list, a cell of a table). */
  frListed: Uint8Array;
  enListed: Uint8Array;
  /** Each paragraph's anchors as sorted ids, and prefix counts of them. */
  frAnchors: Int32Array[];
  enAnchors: Int32Array[];
  frAnchorCount: Int32Array;
  enAnchorCount: Int32Array;
  /** Each paragraph's lexicon stems as sorted ids, and prefix counts of the words the lexicon knows. */
  frLexicon: Int32Array[];
  enLexicon: Int32Array[];
  frKnown: Int32Array;
  enKnown: Int32Array;
  /** The glosses' words and the English paragraphs' (sorted ids), with prefix counts; undefined without glosses. */
  gloss: { french: Int32Array[]; english: Int32Array[]; frenchCount: Int32Array; englishCount: Int32Array } | undefined;
  weights: AlignWeights;
}

/**
 * Notes that a link leads to a page in the other language only (`(page en anglais seulement)`,
 * `(in French only)`): a translation adds them to the side whose readers the link does not serve,
 * so they are no part of what is translated, and are left out of the lengths, anchors and words.
 */
const otherLanguageNote = {
  fr: /\s*\((?:[^()]{0,40}\s)?en anglais(?: seulement| uniquement)?\)/giu,
  en: /\s*\((?:[^()]{0,40}\s)?(?:in )?French(?: only)?\)/gu,
};

function withoutNotes(texts: readonly string[], language: 'fr' | 'en'): readonly string[] {
  const note = otherLanguageNote[language];
  return texts.map((text) => (text.includes('(') ? text.replace(note, '') : text));
}

/** Ids for keys, each key's the same every time it is asked (a number for each new key). */
function interner(ids: Map<string, number>): (key: string) => number {
  return (key) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
}

function evidenceOf(frenchTexts: readonly string[], englishTexts: readonly string[], options: AlignOptions): Evidence {
  const french = withoutNotes(frenchTexts, 'fr');
  const english = withoutNotes(englishTexts, 'en');
  const intern = interner(options.readings?.ids ?? new Map<string, number>());
  // Anchors as sorted arrays of interned ids (a count is a repeated id): two paragraphs then share
  // anchors by one linear intersection.
  const encode = (anchors: Anchors): Int32Array => {
    const out: number[] = [];
    for (const [key, count] of anchors) {
      const id = intern(key);
      for (let k = 0; k < count; k++) out.push(id);
    }
    return Int32Array.from(out).sort();
  };
  const headingsOn = options.headings !== false;
  const headings = (texts: readonly string[], given: readonly boolean[] | undefined): Int32Array =>
    prefixCounts(texts.map((text, k) => headingsOn && (given?.[k] === true || looksLikeHeading(text))));
  const frWords = readParagraphs(french, 'fr', intern, options.frenchAnchors, options.readings);
  const enWords = readParagraphs(english, 'en', intern, options.englishAnchors, options.readings);
  // Glosses: the English words of each glossed French paragraph against each English paragraph's.
  const glossed = options.frenchGloss?.some((gloss) => gloss !== undefined && gloss !== '') === true;
  let gloss: Evidence['gloss'];
  if (glossed) {
    const glosses = french.map((_, i) => encode(glossWords(options.frenchGloss?.[i] ?? '')));
    const words = english.map((text) => encode(glossWords(text)));
    gloss = { french: glosses, english: words, frenchCount: prefixCounts(glosses.map((one) => one.length)), englishCount: prefixCounts(words.map((one) => one.length)) };
  }
  const frHeadings = headings(french, options.frenchHeadings);
  const enHeadings = headings(english, options.englishHeadings);
  const frShort = Uint8Array.from(french, (text) => Number(looksShort(text)));
  const enShort = Uint8Array.from(english, (text) => Number(looksShort(text)));
  const frEnd = Uint8Array.from(french, endMark);
  const enEnd = Uint8Array.from(english, endMark);
  return {
    n: french.length,
    m: english.length,
    frLength: prefixSums(french),
    enLength: prefixSums(english),
    frHeadings,
    enHeadings,
    frShort,
    enShort,
    frEnd,
    enEnd,
    frListed: listed(frHeadings, frShort),
    enListed: listed(enHeadings, enShort),
    frAnchors: frWords.anchors,
    enAnchors: enWords.anchors,
    frAnchorCount: prefixCounts(frWords.anchors.map((one) => one.length)),
    enAnchorCount: prefixCounts(enWords.anchors.map((one) => one.length)),
    frLexicon: frWords.lexicon,
    enLexicon: enWords.lexicon,
    frKnown: prefixCounts(frWords.known),
    enKnown: prefixCounts(enWords.known),
    gloss,
    weights: { ...defaultWeights, ...options.weights },
  };
}

/**
 * Words already read, by language: kept across the many small alignments of one document's second
 * look (refine.ts), which read the same words again (looking a word up is most of reading a text).
 */
export interface WordReadings {
  /** Every key's id, for all the alignments that share these readings. */
  ids: Map<string, number>;
  fr: Map<string, WordIds>;
  en: Map<string, WordIds>;
  /** Texts compared whole (sharedEvidence), read once. */
  texts: { fr: Map<string, TextIds>; en: Map<string, TextIds> };
}

/** A text's anchors and lexicon stems (sorted ids), and how many of its words the lexicon knows. */
export interface TextIds {
  anchors: Int32Array;
  lexicon: Int32Array;
  known: number;
}

/** Readings to share between alignments of one document. */
export const newReadings = (): WordReadings => ({ ids: new Map(), fr: new Map(), en: new Map(), texts: { fr: new Map(), en: new Map() } });

/** A word's anchors (opening a paragraph and inside one) and lexicon stems, as interned ids. */
interface WordIds {
  opening: number[];
  inside: number[];
  stems: number[] | null;
}

/**
 * Each paragraph read once, its words tokenised once for anchors and lexicon both, each distinct
 * word looked up once (a long document repeats its words): its anchors (anchors.ts, with the extra
 * ones given) and lexicon stems (lexicon.ts) as sorted interned ids, and how many of its words the
 * lexicon knows.
 */
function readParagraphs(
  texts: readonly string[],
  language: 'fr' | 'en',
  intern: (key: string) => number,
  extra: readonly Anchors[] | undefined,
  readings?: WordReadings,
): { anchors: Int32Array[]; lexicon: Int32Array[]; known: number[] } {
  // (With readings, `intern` is theirs: the ids they keep hold for every alignment sharing them.)
  const words = readings?.[language] ?? new Map<string, WordIds>();
  const read = (token: string): WordIds => {
    let ids = words.get(token);
    if (!ids) {
      const anchors = wordAnchors(token);
      const stems = wordStems(token, language);
      words.set(token, (ids = { opening: anchors.opening.map(intern), inside: anchors.inside.map(intern), stems: stems && stems.map((stem) => intern(`x:${stem}`)) }));
    }
    return ids;
  };
  const anchors: Int32Array[] = [];
  const lexicon: Int32Array[] = [];
  const counts: number[] = [];
  const seen = readings?.texts[language];
  texts.forEach((text, k) => {
    // A text read before (the second look's windows overlap) is not read again; extra anchors are the caller's own.
    const before = extra?.[k] === undefined ? seen?.get(text) : undefined;
    if (before) {
      anchors.push(before.anchors);
      lexicon.push(before.lexicon);
      counts.push(before.known);
      return;
    }
    const { keys, rest } = markAnchors(text, language);
    const anchorIds = keys.map(intern);
    const stemIds: number[] = [];
    let count = 0;
    const lexical = (ids: WordIds) => {
      if (!ids.stems) return;
      count++;
      for (const id of ids.stems) stemIds.push(id);
    };
    let first = true;
    // (`match` gives the words alone: far cheaper than `matchAll`'s match objects, on every paragraph.)
    for (const word of wordsIn(rest)) {
      const ids = read(word);
      for (const id of first ? ids.opening : ids.inside) anchorIds.push(id);
      first = false;
      // The lexicon reads every word, those of links and addresses too.
      if (rest === text) lexical(ids);
    }
    if (rest !== text) for (const word of wordsIn(text)) lexical(read(word));
    for (const [key, times] of extra?.[k] ?? []) for (let t = 0; t < times; t++) anchorIds.push(intern(key));
    anchors.push(new Int32Array(anchorIds).sort());
    lexicon.push(new Int32Array(stemIds).sort());
    counts.push(count);
    if (seen && extra?.[k] === undefined) seen.set(text, { anchors: anchors[k]!, lexicon: lexicon[k]!, known: count });
  });
  return { anchors, lexicon, known: counts };
}

/** The sum of a pair count (anchors, lexicon stems, gloss words shared) over french[i, i + fr) × english[j, j + en). */
function pairSum(lattice: Lattice, evidence: Evidence, kind: PairKind, i: number, fr: number, j: number, en: number): number {
  let sum = 0;
  for (let a = i; a < i + fr; a++) for (let b = j; b < j + en; b++) sum += pairCount(lattice, evidence, kind, a, b);
  return sum;
}

/**
 * The part of bead `b`'s cost (starting at french[i], english[j]) that needs no pair of
 * paragraphs compared: its prior, the lengths and the heading class. The whole cost of a bead
 * with one side empty.
 */
function baseCost(evidence: Evidence, b: number, i: number, j: number): number {
  const bead = beads[b]!;
  const w = evidence.weights;
  const frChars = evidence.frLength[i + bead.fr]! - evidence.frLength[i]!;
  const enChars = evidence.enLength[j + bead.en]! - evidence.enLength[j]!;
  const frHeadings = evidence.frHeadings[i + bead.fr]! - evidence.frHeadings[i]!;
  const enHeadings = evidence.enHeadings[j + bead.en]! - evidence.enHeadings[j]!;
  if (bead.fr === 0 || bead.en === 0) {
    // A heading is cheap to leave alone, as translations add and drop headings; a short line among
    // short lines (a list's item, a table's cell) is not: it is dropped no more often than a paragraph.
    const listed = bead.fr === 1 ? evidence.frListed[i] === 1 : evidence.enListed[j] === 1;
    const prior = frHeadings + enHeadings === 0 ? bead.prior : listed ? w.listedSkip : w.headingSkip;
    return prior + (frChars + enChars) * w.skipPerChar;
  }
  let total = bead.prior + lengthCost(frChars, enChars);
  // Both ending with a colon, a question or an exclamation: the same sentence, whatever its length (`nous devons :` → `at home:`).
  const end = evidence.frEnd[i + bead.fr - 1]!;
  if (end !== 0 && end === evidence.enEnd[j + bead.en - 1]) total -= w.sameEnd;
  // A heading is translated by a heading, alone: never glued to a paragraph.
  // A short line's final stop tells little: a list item has it on one side and not on the other.
  if (bead.fr === 1 && bead.en === 1) {
    if (frHeadings !== enHeadings) total += evidence.frShort[i] === 1 && evidence.enShort[j] === 1 ? w.headingShortMismatch : w.headingMismatch;
  }
  else if (frHeadings + enHeadings > 0) {
    // A list of short lines on one side (each reading as a heading), run together into one
    // paragraph on the other: list items, not headings glued to a paragraph.
    if (bead.fr === 1 && frHeadings === 0 && enHeadings === bead.en) total += w.headingInList * enHeadings;
    else if (bead.en === 1 && enHeadings === 0 && frHeadings === bead.fr) total += w.headingInList * frHeadings;
    else {
      total += mergedHeadings(w, bead.fr, frHeadings, evidence.frHeadings[i + 1]! - evidence.frHeadings[i]!);
      total += mergedHeadings(w, bead.en, enHeadings, evidence.enHeadings[j + 1]! - evidence.enHeadings[j]!);
    }
  }
  return total;
}

/** The share of a bead's words that the lexicon pairs across it, 0 to 1 (0 when it knows none on a side). */
function lexicalShare(evidence: Evidence, lattice: Lattice, b: number, i: number, j: number): number {
  const bead = beads[b]!;
  const frKnown = evidence.frKnown[i + bead.fr]! - evidence.frKnown[i]!;
  const enKnown = evidence.enKnown[j + bead.en]! - evidence.enKnown[j]!;
  if (frKnown === 0 || enKnown === 0) return 0;
  return (2 * Math.min(pairSum(lattice, evidence, 1, i, bead.fr, j, bead.en), frKnown, enKnown)) / (frKnown + enKnown);
}

/**
 * The cost of the headings on one side of a merge (`count` paragraphs, `headings` of them headings,
 * `opening` whether the first is one): a heading alone on its side is linked to paragraphs (a
 * mismatch); one opening several paragraphs is a run-in heading (`Article 3. The tenant…`), cheap;
 * one after a paragraph never happens.
 */
function mergedHeadings(w: AlignWeights, count: number, headings: number, opening: number): number {
  if (headings === 0) return 0;
  if (count === 1) return w.headingMismatch;
  return opening * w.headingRunIn + (headings - opening) * w.headingInMerge;
}

/** The lexical share at which words paired by the lexicon fully excuse a bead's lack of shared anchors (fitted on the development sets). */
const translatedShare = 0.8;
/**
 * The most the shared evidence (anchors, lexicon words, gloss) can take off the base cost of bead
 * `b` starting at french[i], english[j], from how much evidence each side has: what it would take
 * off if every anchor and word of the smaller side were shared (beadCost never takes off more).
 */
function largestBonus(evidence: Evidence, b: number, i: number, j: number): number {
  const bead = beads[b]!;
  const w = evidence.weights;
  const i2 = i + bead.fr;
  const j2 = j + bead.en;
  let bonus = w.anchor * mostShared(evidence.frAnchorCount[i2]! - evidence.frAnchorCount[i]!, evidence.enAnchorCount[j2]! - evidence.enAnchorCount[j]!);
  const frKnown = evidence.frKnown[i2]! - evidence.frKnown[i]!;
  const enKnown = evidence.enKnown[j2]! - evidence.enKnown[j]!;
  if (frKnown > 0 && enKnown > 0) bonus += w.lexicon * Math.max(0, mostShared(frKnown, enKnown) - w.lexiconBaseline) * Math.min(1, (frKnown + enKnown) / 12);
  const gloss = evidence.gloss;
  if (gloss) bonus += w.gloss * Math.max(0, mostShared(gloss.frenchCount[i2]! - gloss.frenchCount[i]!, gloss.englishCount[j2]! - gloss.englishCount[j]!) - 0.25);
  return bonus;
}

/** The largest share two sides can have in common, with this many items each: all of the smaller side's. */
const mostShared = (fr: number, en: number): number => (fr === 0 || en === 0 ? 0 : (2 * Math.min(fr, en)) / (fr + en));

/** The cost of bead `b` starting at french[i], english[j], given its base cost: −log of how likely it is, roughly. */
function beadCost(evidence: Evidence, lattice: Lattice, b: number, i: number, j: number, base: number): number {
  const bead = beads[b]!;
  const w = evidence.weights;
  if (bead.fr === 0 || bead.en === 0) return base;
  let total = base;
  const frAnchors = evidence.frAnchorCount[i + bead.fr]! - evidence.frAnchorCount[i]!;
  const enAnchors = evidence.enAnchorCount[j + bead.en]! - evidence.enAnchorCount[j]!;
  // Lexicon words: a share above the baseline is evidence for the link, below it against; weighed
  // by how many words there are to go by (two known words prove little).
  const frKnown = evidence.frKnown[i + bead.fr]! - evidence.frKnown[i]!;
  const enKnown = evidence.enKnown[j + bead.en]! - evidence.enKnown[j]!;
  const lexical = w.lexicon > 0 && frKnown > 0 && enKnown > 0 ? lexicalShare(evidence, lattice, b, i, j) : 0;
  if (frKnown > 0 && enKnown > 0) total += w.lexicon * (w.lexiconBaseline - lexical) * Math.min(1, (frKnown + enKnown) / 12);
  if (frAnchors + enAnchors > 0) {
    const shared = (2 * Math.min(pairSum(lattice, evidence, 0, i, bead.fr, j, bead.en), frAnchors, enAnchors)) / (frAnchors + enAnchors);
    // No anchor shared is evidence against the link, unless the lexicon pairs the words: then they
    // were translated, not borrowed (`Traduction française` → `French translation`: no cognate in common).
    total += shared === 0 ? (w.anchor / 2) * Math.max(0, 1 - lexical / translatedShare) : -w.anchor * shared;
  }
  if (evidence.gloss) {
    const glossWords = evidence.gloss.frenchCount[i + bead.fr]! - evidence.gloss.frenchCount[i]!;
    // A gloss sharing no word with the English is evidence against the link; sharing many, for it.
    if (glossWords > 0) {
      const englishWords = evidence.gloss.englishCount[j + bead.en]! - evidence.gloss.englishCount[j]!;
      const shared = (2 * Math.min(pairSum(lattice, evidence, 2, i, bead.fr, j, bead.en), glossWords, englishWords)) / (glossWords + englishWords);
      total += w.gloss * (0.25 - shared);
    }
  }
  // In a merge, a paragraph with anchors of its own, none of them on the other side, is evidence against it.
  if (bead.fr > 1) {
    for (let k = i; k < i + bead.fr; k++) if (evidence.frAnchors[k]!.length > 0 && pairSum(lattice, evidence, 0, k, 1, j, bead.en) === 0) total += w.anchor / 4;
  }
  if (bead.en > 1) {
    for (let k = j; k < j + bead.en; k++) if (evidence.enAnchors[k]!.length > 0 && pairSum(lattice, evidence, 0, i, bead.fr, k, 1) === 0) total += w.anchor / 4;
  }
  return total;
}

/**
 * The cells searched, by anti-diagonal: on diagonal d (i + j = d, every cell having used d
 * paragraphs, so that their costs compare) the French positions low[d]..high[d], stored one
 * diagonal after the other. Each diagonal's window is centred where the best cell of the one
 * before lies, moved along the expected slope: a beam that follows the path however far it strays
 * from the diagonal, in time and memory linear in the texts (diagonals × window).
 */
interface Lattice {
  low: Int32Array;
  high: Int32Array;
  start: Int32Array;
  /** Cells filled so far, and beads scored in full. */
  cells: number;
  scored: number;
  cost: Float64Array;
  from: Int8Array;
  /** beadCosts[cell · beads + b]: the cost of bead b ending at the cell (infinite where none). */
  beadCosts: Float32Array;
  /** What french[i − 1] and english[j − 1] share, at cell (i, j): anchors, lexicon stems, gloss words (−1 until asked). */
  shared: [Int32Array, Int32Array, Int32Array];
}

type PairKind = 0 | 1 | 2;

function cellOf(lattice: Lattice, i: number, j: number): number {
  const d = i + j;
  return i < lattice.low[d]! || i > lattice.high[d]! ? -1 : lattice.start[d]! + i - lattice.low[d]!;
}

/** What french[a] and english[b] share: from the lattice when their cell is in it, else counted. */
function pairCount(lattice: Lattice, evidence: Evidence, kind: PairKind, a: number, b: number): number {
  const at = cellOf(lattice, a + 1, b + 1);
  if (at < 0) return share(evidence, kind, a, b);
  // Counted when a bead first asks (most cells' beads are never scored in full).
  const known = lattice.shared[kind][at]!;
  return known >= 0 ? known : (lattice.shared[kind][at] = share(evidence, kind, a, b));
}

function share(evidence: Evidence, kind: PairKind, a: number, b: number): number {
  if (kind === 0) return intersection(evidence.frAnchors[a]!, evidence.enAnchors[b]!);
  if (kind === 1) return intersection(evidence.frLexicon[a]!, evidence.enLexicon[b]!);
  return evidence.gloss ? intersection(evidence.gloss.french[a]!, evidence.gloss.english[b]!) : 0;
}

/** The best path's costs (Viterbi) through a beam of half-width `band`, every bead's cost kept for the posteriors. */
function search(evidence: Evidence, band: number): Lattice {
  const { n, m } = evidence;
  const diagonals = n + m;
  const width = 2 * band + 1;
  const capacity = Math.min((diagonals + 1) * width, (n + 1) * (m + 1));
  const lattice: Lattice = {
    low: new Int32Array(diagonals + 1),
    high: new Int32Array(diagonals + 1),
    start: new Int32Array(diagonals + 2),
    cells: 0,
    scored: 0,
    cost: new Float64Array(capacity).fill(Number.POSITIVE_INFINITY),
    from: new Int8Array(capacity).fill(-1),
    beadCosts: new Float32Array(capacity * beads.length).fill(Number.POSITIVE_INFINITY),
    shared: [new Int32Array(capacity).fill(-1), new Int32Array(capacity).fill(-1), new Int32Array(evidence.gloss ? capacity : 0).fill(-1)],
  };
  const slope = n / diagonals;
  const pruned = 6 * evidence.weights.temperature;
  const beam = beamWidth * evidence.weights.temperature;
  // The best cost of each diagonal so far (every cell of a diagonal has used as many paragraphs: their costs compare).
  const diagonalBest = new Float64Array(diagonals + 1);
  let scored = 0;
  lattice.start[1] = 1;
  lattice.cost[0] = 0;
  let centre = 0;
  for (let d = 1; d <= diagonals; d++) {
    const validLow = Math.max(0, d - m);
    const validHigh = Math.min(n, d);
    const expected = Math.round(centre + slope);
    const low = Math.min(validHigh, Math.max(validLow, expected - band));
    const high = Math.max(validLow, Math.min(validHigh, expected + band));
    lattice.low[d] = low;
    lattice.high[d] = high;
    const first = lattice.start[d]!;
    lattice.start[d + 1] = first + high - low + 1;
    lattice.cells = lattice.start[d + 1]!;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestAt = -1;
    for (let i = low; i <= high; i++) {
      const j = d - i;
      const here = first + i - low;
      let best = Number.POSITIVE_INFINITY;
      let bestBead = -1;
      for (let b = 0; b < beads.length; b++) {
        const bead = beads[b]!;
        const pi = i - bead.fr;
        const pj = j - bead.en;
        if (pi < 0 || pj < 0) continue;
        const at = cellOf(lattice, pi, pj);
        // A merge from a cell far behind its diagonal's best leads nowhere the posteriors would notice (a beam on costs).
        if (at < 0 || lattice.cost[at] === Number.POSITIVE_INFINITY || (bead.fr + bead.en > 2 && lattice.cost[at]! > diagonalBest[pi + pj]! + beam)) continue;
        // A bead that cannot come within `pruned` of the best, whatever its paragraphs share, is left
        // out: its weight in the posteriors would be below e^−6 of the best's.
        const base = baseCost(evidence, b, pi, pj);
        if (lattice.cost[at]! + base - largestBonus(evidence, b, pi, pj) > best + pruned) continue;
        const step = beadCost(evidence, lattice, b, pi, pj, base);
        scored++;
        lattice.beadCosts[here * beads.length + b] = step;
        const total = lattice.cost[at]! + step;
        if (total < best) {
          best = total;
          bestBead = b;
        }
      }
      lattice.cost[here] = best;
      lattice.from[here] = bestBead;
      if (best < bestCost) {
        bestCost = best;
        bestAt = i;
      }
    }
    diagonalBest[d] = bestCost;
    centre = bestAt >= 0 ? bestAt : centre + slope;
  }
  lattice.scored = scored;
  return lattice;
}

/**
 * The posterior of each bead ending at each cell, over every path of the lattice: forward and
 * backward sums of exp(−cost / temperature), in logs, diagonal by diagonal.
 */
function posteriors(evidence: Evidence, lattice: Lattice): { forward: Float64Array; backward: Float64Array; total: number } {
  const { n, m } = evidence;
  const t = evidence.weights.temperature;
  const count = beads.length;
  const forward = new Float64Array(lattice.cells).fill(Number.NEGATIVE_INFINITY);
  const backward = new Float64Array(lattice.cells).fill(Number.NEGATIVE_INFINITY);
  const terms = new Float64Array(count);
  const logSum = (used: number): number => {
    let top = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < used; k++) if (terms[k]! > top) top = terms[k]!;
    if (top === Number.NEGATIVE_INFINITY) return top;
    let sum = 0;
    for (let k = 0; k < used; k++) sum += Math.exp(terms[k]! - top);
    return top + Math.log(sum);
  };
  forward[0] = 0;
  for (let d = 1; d <= n + m; d++) {
    for (let i = lattice.low[d]!; i <= lattice.high[d]!; i++) {
      const here = lattice.start[d]! + i - lattice.low[d]!;
      // A cell the search never reached (left out of the beam) is on no path.
      if (lattice.cost[here] === Number.POSITIVE_INFINITY) continue;
      let used = 0;
      for (let b = 0; b < count; b++) {
        const step = lattice.beadCosts[here * count + b]!;
        if (step !== Number.POSITIVE_INFINITY) terms[used++] = forward[cellOf(lattice, i - beads[b]!.fr, d - i - beads[b]!.en)]! - step / t;
      }
      forward[here] = logSum(used);
    }
  }
  const end = cellOf(lattice, n, m);
  backward[end] = 0;
  for (let d = n + m - 1; d >= 0; d--) {
    for (let i = lattice.high[d]!; i >= lattice.low[d]!; i--) {
      const j = d - i;
      if (lattice.cost[lattice.start[d]! + i - lattice.low[d]!] === Number.POSITIVE_INFINITY) continue;
      let used = 0;
      for (let b = 0; b < count; b++) {
        const ni = i + beads[b]!.fr;
        const nj = j + beads[b]!.en;
        if (ni > n || nj > m) continue;
        const next = cellOf(lattice, ni, nj);
        if (next < 0) continue;
        const step = lattice.beadCosts[next * count + b]!;
        if (step !== Number.POSITIVE_INFINITY) terms[used++] = backward[next]! - step / t;
      }
      backward[lattice.start[d]! + i - lattice.low[d]!] = logSum(used);
    }
  }
  return { forward, backward, total: forward[end]! };
}

/** The best path's cells, from (0, 0) to (n, m), with the bead that reached each. */
function pathOf(lattice: Lattice, n: number, m: number): Array<{ i: number; j: number; bead: number }> {
  const path: Array<{ i: number; j: number; bead: number }> = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const bead = lattice.from[cellOf(lattice, i, j)]!;
    path.push({ i, j, bead });
    i -= beads[bead]!.fr;
    j -= beads[bead]!.en;
  }
  return path.reverse();
}

/** Whether the path runs along the beam's edge somewhere (where the beam, not the texts, may have decided). */
function touchesEdge(lattice: Lattice, path: ReadonlyArray<{ i: number; j: number }>, n: number, m: number): boolean {
  return path.some(({ i, j }) => {
    const d = i + j;
    return (i <= lattice.low[d]! && lattice.low[d]! > Math.max(0, d - m)) || (i >= lattice.high[d]! && lattice.high[d]! < Math.min(n, d));
  });
}

/**
 * Aligns French paragraphs with English ones.
 *
 * @example
 * alignParagraphs(['Le maire parle.', 'Fin.'], ['The mayor speaks.', 'End.']);
 * // → [{ fr: [0], en: [0], score: 0.9… }, { fr: [1], en: [1], score: 0.9… }]
 */
export function alignParagraphs(french: readonly string[], english: readonly string[], options: AlignOptions = {}): AlignmentLink[] {
  const n = french.length;
  const m = english.length;
  if (n === 0 || m === 0) return [...french.map((_, i) => ({ fr: [i], en: [], score: 1 })), ...english.map((_, j) => ({ fr: [], en: [j], score: 1 }))];
  // Words read once for the document, its second look's small alignments included.
  const readings = options.readings ?? newReadings();
  const evidence = evidenceOf(french, english, { ...options, readings });
  let band = options.band ?? defaultBand;
  for (let pass = 1; ; pass++) {
    const lattice = search(evidence, band);
    if (options.work) {
      options.work.cells += lattice.cells;
      options.work.beads += lattice.scored;
      options.work.passes++;
    }
    const whole = band >= Math.max(n, m);
    const reached = lattice.cost[cellOf(lattice, n, m)]! < Number.POSITIVE_INFINITY;
    if (!whole && (!reached || (pass < maxPasses && touchesEdge(lattice, pathOf(lattice, n, m), n, m)))) {
      // The beam may have kept the best path out: searched again, twice as wide.
      band *= 2;
      continue;
    }
    const path = pathOf(lattice, n, m);
    const { forward, backward, total } = posteriors(evidence, lattice);
    const t = evidence.weights.temperature;
    // The paragraphs the path leaves alone, each side: a neighbour of a link's that shares as much with its other side makes the link a coin toss.
    const frenchAlone = new Set(path.filter(({ bead }) => beads[bead]!.en === 0).map(({ i }) => i - 1));
    const englishAlone = new Set(path.filter(({ bead }) => beads[bead]!.fr === 0).map(({ j }) => j - 1));
    const asGood = (kind: PairKind, a: number, b: number, otherA: number, otherB: number) => share(evidence, kind, otherA, otherB) >= share(evidence, kind, a, b);
    const rival = (a: number, e: number) =>
      [a - 1, a + 1].some((other) => frenchAlone.has(other) && asGood(0, a, e, other, e) && asGood(1, a, e, other, e)) ||
      [e - 1, e + 1].some((other) => englishAlone.has(other) && asGood(0, a, e, a, other) && asGood(1, a, e, a, other));
    const links = path.flatMap(({ i, j, bead: b }): AlignmentLink[] => {
      const bead = beads[b]!;
      const here = cellOf(lattice, i, j);
      const step = lattice.beadCosts[here * beads.length + b]!;
      const posterior = Math.exp(forward[cellOf(lattice, i - bead.fr, j - bead.en)]! - step / t + backward[here]! - total);
      const skip = bead.fr === 0 || bead.en === 0;
      const heading = evidence.frHeadings[i]! - evidence.frHeadings[i - bead.fr]! + evidence.enHeadings[j]! - evidence.enHeadings[j - bead.en]! > 0;
      const link: LinkEvidence = { posterior, step, skip, merge: bead.fr + bead.en > 2, words: skip ? 0 : lexicalShare(evidence, lattice, b, i - bead.fr, j - bead.en), heading };
      const calibrated = linkProbability(link, options.calibration ?? calibration);
      // Two French paragraphs alike and one English (or the reverse), nothing but length to choose: a coin toss, never sure.
      const score = !skip && bead.fr === 1 && bead.en === 1 && calibrated >= 0.5 && link.posterior < 0.5 && rival(i - 1, j - 1) ? 0.49 : calibrated;
      // A one-to-one link the path only took for want of better (no word in common, a chance
      // under one in ten of being right) is more likely two paragraphs each without its
      // translation, as where a page's two versions were written apart. Both keep the low score:
      // nothing says they are right either, so the view marks them unsure for a reviewer.
      if (!skip && bead.fr === 1 && bead.en === 1 && link.words === 0 && score < unrelatedBelow) {
        // (Each of the two links was scored from the same evidence: the list stays in link order.)
        options.evidence?.push(link, link);
        return [{ fr: [i - 1], en: [], score }, { fr: [], en: [j - 1], score }];
      }
      options.evidence?.push(link);
      return [{ fr: range(i - bead.fr, i), en: range(j - bead.en, j), score }];
    });
    // Paragraphs are looked at again sentence by sentence where their boundaries may differ (refine.ts); sentences are not.
    if (options.headings === false || options.refine === false) return links;
    return refineLinks({ french, english, frenchHeadings: options.frenchHeadings, englishHeadings: options.englishHeadings }, links, refineTools(readings));
  }
}

/** What the second look (refine.ts) asks of the aligner, every word read once for the document. */
const refineTools = (readings: WordReadings): RefineTools => ({
  alignParagraphs: (french, english) => alignParagraphs(french, english, { refine: false, readings }),
  alignSentences: (french, english) => alignParagraphs(french, english, { headings: false, readings }),
  shared: (french, english) => sharedEvidence(french, english, readings),
  read: (text, language) => readText(text, language, readings),
  join: joinTexts,
  sharedOf,
  lengthCost,
});

/** The content words of an English text, folded and cut to six letters (a crude stem): what a gloss is compared by. */
function glossWords(text: string): Anchors {
  const words: Anchors = new Map();
  for (const match of text.matchAll(/[\p{L}][\p{L}\p{M}'’]*/gu)) {
    const word = match[0].normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s$/u, '');
    if (word.length < 3 || englishStopwords.has(word)) continue;
    const key = `x:${word.slice(0, 6)}`;
    words.set(key, (words.get(key) ?? 0) + 1);
  }
  return words;
}

/** Which paragraphs are headings in a run of three or more (from the headings' prefix counts). */
function listed(headings: Int32Array, short: Uint8Array): Uint8Array {
  const heading = (k: number) => k >= 0 && k + 1 < headings.length && headings[k + 1]! > headings[k]!;
  return Uint8Array.from(short, (_, k) => Number(heading(k) && inRunOfThree(heading, k)));
}

function prefixSums(texts: readonly string[]): Int32Array {
  const sums = new Int32Array(texts.length + 1);
  texts.forEach((text, k) => {
    sums[k + 1] = sums[k]! + text.length;
  });
  return sums;
}






function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}


/** Prefix counts: how many of the first k items are true (or their sum). */
function prefixCounts(values: ReadonlyArray<boolean | number>): Int32Array {
  const sums = new Int32Array(values.length + 1);
  values.forEach((value, k) => {
    sums[k + 1] = sums[k]! + Number(value);
  });
  return sums;
}

/** How many ids two sorted multisets share. */
function intersection(a: Int32Array, b: Int32Array): number {
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common;
}


/**
 * A text's words and anchors (sorted ids) as the second look weighs them, read once for the
 * document: a text read before (the second look weighs the same pieces many times) is found at once.
 */
export function readText(text: string, language: 'fr' | 'en', readings: WordReadings): TextIds {
  const known = readings.texts[language].get(text);
  if (known) return known;
  const one = readParagraphs(withoutNotes([text], language), language, interner(readings.ids), undefined, readings);
  const ids = { anchors: one.anchors[0]!, lexicon: one.lexicon[0]!, known: one.known[0]! };
  readings.texts[language].set(text, ids);
  return ids;
}

/** Texts read apart, as one (their sorted ids merged): a piece made of sentences read once each. */
export function joinTexts(parts: readonly TextIds[]): TextIds {
  if (parts.length === 1) return parts[0]!;
  const merged = (key: 'anchors' | 'lexicon'): Int32Array => {
    const out = new Int32Array(parts.reduce((sum, part) => sum + part[key].length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part[key], at);
      at += part[key].length;
    }
    return out.sort();
  };
  return { anchors: merged('anchors'), lexicon: merged('lexicon'), known: parts.reduce((sum, part) => sum + part.known, 0) };
}

/** The evidence two texts read share (anchors and lexicon words in common) and how much each has. */
export function sharedOf(fr: TextIds, en: TextIds): { shared: number; french: number; english: number } {
  const words = Math.min(intersection(fr.lexicon, en.lexicon), fr.known, en.known);
  const frItems = fr.anchors.length + fr.known;
  const enItems = en.anchors.length + en.known;
  return { shared: Math.min(intersection(fr.anchors, en.anchors) + words, frItems, enItems), french: frItems, english: enItems };
}

/**
 * The evidence two texts share (anchors and lexicon words in common) and how much each has: whether
 * a piece of text (a sentence, a heading, a paragraph left alone) is a translation of another, or
 * part of one.
 */
export function sharedEvidence(french: string, english: string, readings: WordReadings = newReadings()): { shared: number; french: number; english: number } {
  return sharedOf(readText(french, 'fr', readings), readText(english, 'en', readings));
}
