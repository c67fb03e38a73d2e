import { type Anchors, anchorsOf } from './anchors';

/**
 * Paragraph alignment of a French text with its English translation: dynamic programming over
 * beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3), each scored by a length cost calibrated for
 * French → English (Gale & Church, 1993) and by the anchors the two sides share (numbers, names,
 * links, cognates: anchors.ts). Only a band around the diagonal is searched, so the cost grows
 * linearly with the length of the texts.
 */

/** A link: French paragraphs (0-based positions) and the English ones they translate; either side may be empty. */
export interface AlignmentLink {
  fr: number[];
  en: number[];
  /** Confidence, 0 to 1. */
  score: number;
}

export interface AlignOptions {
  /** Extra anchors (glossary terms found on both sides…): added to each paragraph's own. */
  frenchAnchors?: readonly Anchors[];
  englishAnchors?: readonly Anchors[];
  /** Half-width of the band searched around the diagonal; by default wide enough for the length difference. */
  band?: number;
  /**
   * An English rendering of some French paragraphs (a memory match, a machine translation): its
   * words are compared with each English candidate's, a strong clue where anchors are few.
   */
  frenchGloss?: readonly (string | undefined)[];
}

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

/** How much a full share of anchors counts, against length: strong, since anchors rarely lie. */
const anchorWeight = 8;
/** How much a full share of words between a gloss and an English candidate counts. */
const glossWeight = 8;
/** Cost of a side left alone (1-0, 0-1), beyond its prior: what an unmatched paragraph's length is worth. */
const skipCostPerChar = 0.004;

/** −log of the two-sided tail of the standard normal beyond |z|, tabulated (every bead of every cell asks). */
const tailStep = 0.01;
const tailCosts = Float64Array.from({ length: 1001 }, (_, k) => -Math.log(Math.max(2 * (1 - normal(k * tailStep)), 1e-12)));

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
  // Prefix sums of the lengths: a group's length is one subtraction.
  const frLength = prefixSums(french);
  const enLength = prefixSums(english);
  // Anchors as sorted arrays of interned ids (a count is a repeated id), and the groups of two and
  // three consecutive paragraphs merged once: each bead then costs one linear intersection.
  const ids = new Map<string, number>();
  const encode = (anchors: Anchors): Int32Array => {
    const out: number[] = [];
    for (const [key, count] of anchors) {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      for (let k = 0; k < count; k++) out.push(id);
    }
    return Int32Array.from(out).sort();
  };
  const groups = (anchors: Int32Array[]): Int32Array[][] => [
    anchors,
    anchors.map((one, i) => (i + 1 < anchors.length ? concatSorted(one, anchors[i + 1]!) : one)),
    anchors.map((one, i) => (i + 2 < anchors.length ? concatSorted(concatSorted(one, anchors[i + 1]!), anchors[i + 2]!) : one)),
  ];
  const frAnchors = groups(french.map((text, i) => encode(withExtra(anchorsOf(text, 'fr'), options.frenchAnchors?.[i]))));
  const enAnchors = groups(english.map((text, j) => encode(withExtra(anchorsOf(text, 'en'), options.englishAnchors?.[j]))));
  // Glosses: the English words of each glossed French paragraph against each English paragraph's.
  const glossed = options.frenchGloss?.some((gloss) => gloss !== undefined && gloss !== '') === true;
  const frGloss = glossed ? groups(french.map((_, i) => encode(glossWords(options.frenchGloss?.[i] ?? '')))) : undefined;
  const enWords = glossed ? groups(english.map((text) => encode(glossWords(text)))) : undefined;
  // A narrow band first; should the best path come near its edge, a wider one (see below).
  const band = options.band ?? 12 + Math.abs(n - m);

  // cost(i, j): the best cost of aligning french[0..i) with english[0..j). Only the band around
  // the diagonal is stored (row i keeps j from centre(i) − band to centre(i) + band), so memory
  // and time grow with the texts' length, not with its square.
  const span = 2 * band + 1;
  const centres = options.band === undefined || options.band < Math.max(n, m) ? guideLine(frAnchors[0]!, enAnchors[0]!, n, m) : Int32Array.from({ length: n + 1 }, (_, i) => Math.round((i * m) / n));
  const centre = (i: number) => centres[i]!;
  const cell = (i: number, j: number): number => {
    const offset = j - centres[i]! + band;
    return offset < 0 || offset >= span ? -1 : i * span + offset;
  };
  const cost = new Float64Array((n + 1) * span).fill(Number.POSITIVE_INFINITY);
  const from = new Int8Array((n + 1) * span).fill(-1);
  cost[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const low = Math.max(0, centre(i) - band);
    const high = Math.min(m, centre(i) + band);
    for (let j = low; j <= high; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestBead = -1;
      for (let b = 0; b < beads.length; b++) {
        const bead = beads[b]!;
        const pi = i - bead.fr;
        const pj = j - bead.en;
        if (pi < 0 || pj < 0) continue;
        const at = cell(pi, pj);
        if (at < 0) continue;
        const previous = cost[at]!;
        if (previous === Number.POSITIVE_INFINITY) continue;
        const total = previous + beadCost(bead, pi, pj);
        if (total < best) {
          best = total;
          bestBead = b;
        }
      }
      const here = cell(i, j);
      cost[here] = best;
      from[here] = bestBead;
    }
  }

  function beadCost(bead: { fr: number; en: number; prior: number }, i: number, j: number): number {
    const frChars = frLength[i + bead.fr]! - frLength[i]!;
    const enChars = enLength[j + bead.en]! - enLength[j]!;
    if (bead.fr === 0 || bead.en === 0) return bead.prior + (frChars + enChars) * skipCostPerChar;
    const frGroup = frAnchors[bead.fr - 1]![i]!;
    const enGroup = enAnchors[bead.en - 1]![j]!;
    const shared = dice(frGroup, enGroup);
    let total = bead.prior + lengthCost(frChars, enChars) - (shared === undefined ? 0 : anchorWeight * shared) + (shared === 0 ? anchorWeight / 2 : 0);
    if (frGloss && enWords) {
      const gloss = frGloss[bead.fr - 1]![i]!;
      // A gloss sharing no word with the English is evidence against the link; sharing many, for it.
      if (gloss.length > 0) total += glossWeight * (0.25 - (dice(gloss, enWords[bead.en - 1]![j]!) ?? 0));
    }
    // In a merge, a paragraph with anchors of its own, none of them on the other side, is evidence against it.
    if (bead.fr > 1) for (let k = 0; k < bead.fr; k++) if (alone(frAnchors[0]![i + k]!, enGroup)) total += anchorWeight / 4;
    if (bead.en > 1) for (let k = 0; k < bead.en; k++) if (alone(enAnchors[0]![j + k]!, frGroup)) total += anchorWeight / 4;
    return total;
  }

  const end = cell(n, m);
  if (end < 0 || cost[end] === Number.POSITIVE_INFINITY) return alignParagraphs(french, english, { ...options, band: Math.max(n, m) });
  const links: AlignmentLink[] = [];
  let i = n;
  let j = m;
  let nearEdge = false;
  while (i > 0 || j > 0) {
    if (Math.abs(j - centres[i]!) >= band - 2 && band < Math.max(n, m)) nearEdge = true;
    const here = cell(i, j);
    const bead = beads[from[here]!]!;
    const pi = i - bead.fr;
    const pj = j - bead.en;
    const step = cost[here]! - cost[cell(pi, pj)]!;
    links.push({ fr: range(pi, i), en: range(pj, j), score: confidence(bead, step) });
    i = pi;
    j = pj;
  }
  // The band may have kept the best path out: search again, twice as wide.
  if (nearEdge) return alignParagraphs(french, english, { ...options, band: band * 2 });
  return links.reverse();
}

/** Words too common to tell one English paragraph from another. */
const englishStopwords = new Set(
  'the and for with from that this these those are was were has have had not but its his her their our you they she him them who which what when where will would can could should been being into than then also about after before over under more most some such only other there here said says'.split(' '),
);

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

function prefixSums(texts: readonly string[]): Int32Array {
  const sums = new Int32Array(texts.length + 1);
  texts.forEach((text, k) => {
    sums[k + 1] = sums[k]! + text.length;
  });
  return sums;
}

/**
 * Where the path should run, before the search: anchors found in exactly one paragraph on each
 * side (a number, a name) pin pairs; the longest chain of pins in order (both sides increasing)
 * is joined by straight lines from (0, 0) to (n, m). The band is searched around this line, so a
 * run of left-out or added paragraphs does not push the path out of it.
 */
function guideLine(french: readonly Int32Array[], english: readonly Int32Array[], n: number, m: number): Int32Array {
  const where = (side: readonly Int32Array[]): Map<number, number> => {
    const seen = new Map<number, number>();
    side.forEach((anchors, index) => {
      for (const id of anchors) seen.set(id, seen.has(id) && seen.get(id) !== index ? -1 : index);
    });
    return seen;
  };
  const frOnce = where(french);
  const enOnce = where(english);
  const pins: Array<[number, number]> = [];
  for (const [id, i] of frOnce) {
    const j = enOnce.get(id);
    if (i >= 0 && j !== undefined && j >= 0) pins.push([i, j]);
  }
  pins.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Longest chain increasing on both sides (patience sorting on j).
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous = new Int32Array(pins.length).fill(-1);
  pins.forEach(([, j], k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tailAt[low - 1]!;
    tails[low] = j;
    tailAt[low] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tailAt[tails.length - 1] ?? -1; k >= 0; k = previous[k]!) chain.push(pins[k]!);
  chain.reverse();
  const points: Array<[number, number]> = [[0, 0], ...chain.filter(([i, j]) => i > 0 && j > 0 && i < n && j < m), [n, m]];
  const centres = new Int32Array(n + 1);
  let segment = 0;
  for (let i = 0; i <= n; i++) {
    while (segment < points.length - 2 && points[segment + 1]![0] <= i) segment++;
    const [i0, j0] = points[segment]!;
    const [i1, j1] = points[segment + 1]!;
    centres[i] = i1 === i0 ? j1 : Math.round(j0 + ((i - i0) * (j1 - j0)) / (i1 - i0));
  }
  return centres;
}

/** Two sorted id arrays as one. */
function concatSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}

/** Dice's coefficient of two sorted multisets of ids; undefined when both are empty. */
function dice(a: Int32Array, b: Int32Array): number | undefined {
  const total = a.length + b.length;
  if (total === 0) return undefined;
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
  return (2 * common) / total;
}

/** Whether a paragraph has anchors and none of them is in the other group (sorted id arrays). */
function alone(a: Int32Array, b: Int32Array): boolean {
  if (a.length === 0) return false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return false;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return true;
}

function withExtra(own: Anchors, extra: Anchors | undefined): Anchors {
  if (!extra) return own;
  const merged = new Map(own);
  for (const [key, count] of extra) merged.set(key, (merged.get(key) ?? 0) + count);
  return merged;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, k) => start + k);
}

/** A link's confidence from the cost it added: a cheap 1-1 with shared anchors is near 1. */
function confidence(bead: { fr: number; en: number; prior: number }, step: number): number {
  const score = 1 / (1 + Math.exp(step - 2));
  return Math.round(Math.min(1, Math.max(0, bead.fr === 0 || bead.en === 0 ? score * 0.8 : score)) * 100) / 100;
}
