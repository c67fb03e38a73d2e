import { splitSentences } from '../sentences';
import type { AlignmentLink, TextIds } from './align';
import { inRunOfThree, looksLikeHeading } from './headings';

/**
 * The second look at a paragraph alignment, sentence by sentence, where two versions cut their
 * paragraphs at different places — what a reviser does after the paragraph aligner:
 * - a sentence that closes a French paragraph and opens the next English one, or three French
 *   paragraphs told in two English ones: two neighbouring links whose sentences align across the
 *   boundary between them become one link (2-2, 3-2…), since the paragraphs translate each other
 *   only together; a paragraph at the end of the link so made that none of the sentences reach
 *   stays alone;
 * - a list that is one paragraph on a side and items on the other: its last item joins the link;
 * - a heading glued to the paragraph it heads on one side (`Non-binary neologisms These are
 *   terms…`, a `<br>` lost in conversion) joins that paragraph's link;
 * - a paragraph alone that renders its neighbour's other side again (a French example kept in the
 *   English, then translated) joins the neighbour's link, as does a short English gloss after a
 *   link whose English keeps its French word for word;
 * - a merge none of whose sentences, aligned, reach its first or last paragraph on a side (an
 *   English sentence added after a paragraph, sharing cognates with it): that paragraph stays alone;
 * - a paragraph the translation moved a few paragraphs away: links do not cross, so the links
 *   from the French paragraph to its English become one;
 * - two introductions to lists (each ending with a colon) linked one to one, whose lists have no
 *   item linked and which share little: each stays alone.
 *
 * The aligner (align.ts) gives what this reads: the links, a way to align a few sentences or
 * paragraphs and to weigh two pieces of text against each other (words read once for the
 * document). Only links whose lengths disagree, or that leave a paragraph alone, are looked at
 * again, and their sentences aligned only where a sentence at the boundary shares words with the
 * other side: a small fixed cost per such link, linear in the document.
 */
export interface Shared {
  shared: number;
  french: number;
  english: number;
}

/** The share of the smaller side's evidence that the other has, 0 when it has fewer than `least` items. */
const ofSmaller = (evidence: Shared, least: number): number => {
  const items = Math.min(evidence.french, evidence.english);
  return items === 0 || items < least ? 0 : evidence.shared / items;
};
/** The share of one side's evidence (`side`) that the other has, 0 when it has fewer than `least` items. */
const ofSide = (evidence: Shared, side: 'fr' | 'en', least: number): number => {
  const items = side === 'fr' ? evidence.french : evidence.english;
  return items === 0 || items < least ? 0 : evidence.shared / items;
};

export interface RefineTools {
  /** Aligns paragraphs (as the aligner does, without this second look). */
  alignParagraphs(french: readonly string[], english: readonly string[]): AlignmentLink[];
  /** Aligns sentences (the paragraph aligner without its heading class). */
  alignSentences(french: readonly string[], english: readonly string[]): AlignmentLink[];
  /** The anchors and words two texts share, and how many each has. */
  shared(french: string, english: string): Shared;
  /** A text's words and anchors, read once for the document. */
  read(text: string, language: 'fr' | 'en'): TextIds;
  /** Texts read apart, as one. */
  join(parts: readonly TextIds[]): TextIds;
  /** What two texts read share, and how much each has. */
  sharedOf(french: TextIds, english: TextIds): Shared;
  /** How unlikely these lengths are for a translation of each other (Gale & Church, −log). */
  lengthCost(frenchChars: number, englishChars: number): number;
}

/** At most this many paragraphs a side in a link made of neighbours. */
const maxSide = 4;
/** Windows of more sentences than this a side are not realigned (a long paragraph's links stand). */
const maxSentences = 16;
/** A crossing sentence link below this score is no evidence. */
const minCrossingScore = 0.3;
/**
 * The part of a crossing sentence link that comes from the other link must share this much of its
 * anchors and words with the other side, and have at least `minItems` of them: a fragment
 * (`Why?).`) or a sentence without a word in common moves no boundary.
 */
const minSupport = 0.3;
const minItems = 3;
/** A link whose lengths cost more than this (a z of about 1.6) is looked at again with its neighbours. */
const suspectLength = 2.3;

export interface RefineInput {
  french: readonly string[];
  english: readonly string[];
  frenchHeadings?: readonly boolean[] | undefined;
  englishHeadings?: readonly boolean[] | undefined;
}

/** The links refined: glued headings joined, neighbours merged where their sentences cross the boundary, second renderings joined, moves enclosed. */
export function refineLinks(input: RefineInput, links: readonly AlignmentLink[], tools: RefineTools): AlignmentLink[] {
  const heading = headingTest(input);
  const glued = joinGluedHeadings(input, links, tools, heading);
  const suspect = glued.map((link) => isSuspect(input, link, tools));
  const sentences = sentenceCache(input);
  const out: AlignmentLink[] = [];
  let lastSuspect = false;
  glued.forEach((link, k) => {
    const last = out[out.length - 1];
    const here = suspect[k]!;
    if (last && (here || lastSuspect)) {
      const crossed = crossing(input, last, link, tools, heading, sentences);
      if (crossed !== null) {
        out.splice(out.length - 1, 1, ...crossed.before, crossed.merged);
        lastSuspect = true;
        // The link made may cross with the one before it too (three paragraphs told in two).
        for (let before = out[out.length - 2]; before && crossed.before.length === 0; before = out[out.length - 2]) {
          const more = crossing(input, before, out[out.length - 1]!, tools, heading, sentences);
          if (more === null || more.before.length + more.after.length > 0) break;
          out.splice(out.length - 2, 2, more.merged);
        }
        out.push(...crossed.after);
        return;
      }
    }
    out.push(link);
    lastSuspect = here;
  });
  const peeled = out.flatMap((link) => peelUnreached(input, link, tools, heading, sentences));
  return unlinkLoneIntroductions(input, enclosingMoves(input, joinSecondRenderings(input, peeled, tools, heading), tools, heading), tools);
}

/**
 * A merge (2-1, 1-2…) whose sentences, aligned, reach no sentence of its first or last paragraph
 * on a side: that paragraph is not translated in the link (an English sentence added after the
 * paragraph it follows, sharing a cognate or two with it) and stays alone. A heading is never
 * peeled off (a run-in heading has no sentence of its own on the other side).
 */
function peelUnreached(input: RefineInput, link: AlignmentLink, tools: RefineTools, heading: HeadingTest, sentences: Sentences): AlignmentLink[] {
  if (link.fr.length === 0 || link.en.length === 0 || link.fr.length + link.en.length < 3) return [link];
  // The cheap test first (most merges stand): an end paragraph with half its words and anchors on the other side is reached.
  const texts = (side: 'fr' | 'en') => link[side].map((p) => (side === 'fr' ? input.french : input.english)[p]!);
  const doubtful = (['fr', 'en'] as const).some((side) => {
    if (link[side].length < 2) return false;
    const other = side === 'fr' ? 'en' : 'fr';
    const rest = tools.read(texts(other).join(' '), other);
    const ends = [link[side][0]!, link[side][link[side].length - 1]!];
    return ends.some((p) => {
      if (heading(side, p)) return false;
      const mine = tools.read((side === 'fr' ? input.french : input.english)[p]!, side);
      return ofSide(side === 'fr' ? tools.sharedOf(mine, rest) : tools.sharedOf(rest, mine), side, 1) < 0.5;
    });
  });
  if (!doubtful) return [link];
  const frenchSentences = sentencesOf(sentences, 'fr', link.fr);
  const englishSentences = sentencesOf(sentences, 'en', link.en);
  if (frenchSentences.length > maxSentences || englishSentences.length > maxSentences) return [link];
  const linked = { fr: new Set<number>(), en: new Set<number>() };
  for (const found of tools.alignSentences(
    frenchSentences.map((sentence) => sentence.text),
    englishSentences.map((sentence) => sentence.text),
  )) {
    if (found.fr.length === 0 || found.en.length === 0) continue;
    for (const k of found.fr) linked.fr.add(frenchSentences[k]!.paragraph);
    for (const k of found.en) linked.en.add(englishSentences[k]!.paragraph);
  }
  const { before, merged, after } = peelEnds(link, (side, p) => !linked[side].has(p) && !heading(side, p));
  return [...before, merged, ...after];
}

/** A link's first and last paragraphs on each side that `peels` says stay alone, taken off it (one a side stays): the links before it, it, and those after. */
function peelEnds(link: AlignmentLink, peels: (side: 'fr' | 'en', paragraph: number) => boolean): Crossed {
  const before: AlignmentLink[] = [];
  const after: AlignmentLink[] = [];
  const merged = { fr: [...link.fr], en: [...link.en], score: link.score };
  for (const side of ['fr', 'en'] as const) {
    const alone = (p: number): AlignmentLink => (side === 'fr' ? { fr: [p], en: [], score: link.score } : { fr: [], en: [p], score: link.score });
    while (merged[side].length > 1 && peels(side, merged[side][0]!)) before.push(alone(merged[side].shift()!));
    while (merged[side].length > 1 && peels(side, merged[side][merged[side].length - 1]!)) after.unshift(alone(merged[side].pop()!));
  }
  return { before, merged, after };
}

type HeadingTest = (side: 'fr' | 'en', paragraph: number) => boolean;

/** A heading: marked so by the format or reading as one, and not an item of a list of short lines (three or more in a row). */
function headingTest(input: RefineInput): HeadingTest {
  const memo = { fr: new Map<number, boolean>(), en: new Map<number, boolean>() };
  const reads = (side: 'fr' | 'en', p: number): boolean => {
    const texts = side === 'fr' ? input.french : input.english;
    const given = side === 'fr' ? input.frenchHeadings : input.englishHeadings;
    return p >= 0 && p < texts.length && (given?.[p] === true || looksLikeHeading(texts[p]!));
  };
  return (side, p) => {
    let known = memo[side].get(p);
    if (known === undefined) {
      memo[side].set(p, (known = reads(side, p) && !inRunOfThree((k) => reads(side, k), p)));
    }
    return known;
  };
}

function isSuspect(input: RefineInput, link: AlignmentLink, tools: RefineTools): boolean {
  if (link.fr.length === 0 || link.en.length === 0) return true;
  const chars = (texts: readonly string[], paragraphs: readonly number[]) => paragraphs.reduce((sum, p) => sum + texts[p]!.length, 0);
  return tools.lengthCost(chars(input.french, link.fr), chars(input.english, link.en)) > suspectLength;
}

interface Sentence {
  text: string;
  paragraph: number;
}

/** Each paragraph's sentences, split once for the document (windows overlap); and the rough pieces `mayCross` reads. */
type Sentences = ((side: 'fr' | 'en', paragraph: number) => readonly string[]) & { rough: Map<string, RoughCut> };
/** A paragraph cut roughly (`roughSentences`), and each piece's words once read. */
interface RoughCut {
  texts: readonly string[];
  read: Array<TextIds | undefined>;
}

function sentenceCache(input: RefineInput): Sentences {
  const cache = { fr: new Map<number, readonly string[]>(), en: new Map<number, readonly string[]>() };
  const split = (side: 'fr' | 'en', paragraph: number): readonly string[] => {
    let sentences = cache[side].get(paragraph);
    if (!sentences) {
      const text = (side === 'fr' ? input.french : input.english)[paragraph]!;
      const pieces = splitSentences(text, side)
        .map((sentence) => sentence.text.trim())
        .filter((piece) => piece !== '');
      cache[side].set(paragraph, (sentences = pieces.length > 0 ? pieces : [text]));
    }
    return sentences;
  };
  return Object.assign(split, { rough: new Map<string, RoughCut>() });
}

function sentencesOf(sentences: Sentences, side: 'fr' | 'en', paragraphs: readonly number[]): Sentence[] {
  return paragraphs.flatMap((paragraph) => sentences(side, paragraph).map((text) => ({ text, paragraph })));
}

/**
 * Whether a sentence at the boundary between links `a` and `b` (the last of `a`'s French, the
 * first of `b`'s) shares words with the paragraph on the other side of the boundary: the cheap
 * test before the sentences are aligned (most boundaries stand).
 */
function mayCross(input: RefineInput, a: AlignmentLink, b: AlignmentLink, tools: RefineTools, rough: Map<string, RoughCut>): boolean {
  // Each try: a sentence at the boundary, the other link's piece it may cross to, and its own link's piece next to it.
  const tries: Array<[TextIds, TextIds, TextIds | undefined]> = [];
  const lastFr = a.fr[a.fr.length - 1];
  const firstFr = b.fr[0];
  const lastEn = a.en[a.en.length - 1];
  const firstEn = b.en[0];
  // (Each paragraph cut once, and each of its rough sentences read once, when first asked: a piece is its sentences' words together.)
  const pieces = (side: 'fr' | 'en', p: number, from: 'start' | 'end', count: number): TextIds => {
    const key = `${side}${p}`;
    let cut = rough.get(key);
    if (!cut) {
      const texts = roughSentences((side === 'fr' ? input.french : input.english)[p]!);
      rough.set(key, (cut = { texts, read: new Array<TextIds | undefined>(texts.length) }));
    }
    const { texts, read } = cut;
    const first = from === 'start' ? 0 : Math.max(0, texts.length - count);
    const parts: TextIds[] = [];
    for (let k = first; k < Math.min(texts.length, first + count); k++) parts.push((read[k] ??= tools.read(texts[k]!, side)));
    return tools.join(parts);
  };
  // A sentence link across the boundary holds the sentences next to it (the alignment keeps the
  // order): the last of one side, one or two at the start of the other. Cut roughly here (a stop, a
  // space, a capital): this only decides whether the sentences are worth aligning.
  const opening = (side: 'fr' | 'en', p: number, count: number) => pieces(side, p, 'start', count);
  const closing = (side: 'fr' | 'en', p: number, count: number) => pieces(side, p, 'end', count);
  const firstEnB = b.en[0];
  const lastEnA = a.en[a.en.length - 1];
  const lastFrA = a.fr[a.fr.length - 1];
  const firstFrB = b.fr[0];
  if (lastFr !== undefined && firstEn !== undefined) tries.push([closing('fr', lastFr, 1), opening('en', firstEn, 2), lastEnA === undefined ? undefined : closing('en', lastEnA, 1)]);
  if (firstFr !== undefined && lastEn !== undefined) tries.push([opening('fr', firstFr, 1), closing('en', lastEn, 2), firstEnB === undefined ? undefined : opening('en', firstEnB, 1)]);
  if (lastEn !== undefined && firstFr !== undefined) tries.push([opening('fr', firstFr, 2), closing('en', lastEn, 1), lastFrA === undefined ? undefined : closing('fr', lastFrA, 1)]);
  if (firstEn !== undefined && lastFr !== undefined) tries.push([closing('fr', lastFr, 2), opening('en', firstEn, 1), firstFrB === undefined ? undefined : opening('fr', firstFrB, 1)]);
  // The boundary sentence shares enough with the other link's piece, and more than with its own link's next to it.
  return tries.some(([french, english, own], k) => {
    const across = ofSmaller(tools.sharedOf(french, english), minItems);
    if (across < minSupport || own === undefined) return across >= minSupport;
    const mine = k < 2 ? ofSmaller(tools.sharedOf(french, own), minItems) : ofSmaller(tools.sharedOf(own, english), minItems);
    return across > mine;
  });
}

/** How many sentences, roughly, the paragraph of a link with one side empty holds (the text holds more than one stop, or not). */
const loneSentences = (input: RefineInput, link: AlignmentLink): number => {
  const text = link.fr.length > 0 ? input.french[link.fr[0]!]! : input.english[link.en[0]!]!;
  return /[.!?…]/u.test(text.slice(0, -2)) ? roughSentences(text).length : 1;
};

/** A text cut at each stop followed by a space and a capital (or an opening quotation mark): sentences, roughly. */
function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["'’”»)]*)\s+(?=[«“"‘(]?\p{Lu})/u);
}

interface Crossed {
  before: AlignmentLink[];
  merged: AlignmentLink;
  after: AlignmentLink[];
}

/**
 * Links `a` and `b` (neighbours) as one, when a sentence link between their paragraphs crosses
 * the boundary with evidence (the part brought from the other link shares words with what it is
 * linked to); null when the boundary stands. A heading alone on its side (1-0, 0-1) is never
 * pulled in this way, nor does a heading end up after a paragraph in the link made.
 */
function crossing(input: RefineInput, a: AlignmentLink, b: AlignmentLink, tools: RefineTools, heading: HeadingTest, sentences: Sentences): Crossed | null {
  const fr = [...a.fr, ...b.fr];
  const en = [...a.en, ...b.en];
  if (fr.length === 0 || en.length === 0 || fr.length > maxSide || en.length > maxSide) return null;
  // A list's items: lines without a sentence's stop (a heading among them is an item).
  const list = (side: 'fr' | 'en', paragraphs: readonly number[]) => {
    const texts = side === 'fr' ? input.french : input.english;
    return paragraphs.length > 2 && paragraphs.every((p) => !/[.!?…]["'’”»)\]\s]*$/u.test(texts[p]!));
  };
  // A heading alone (1-0, 0-1) joins only a list of items on its side: its last item, not a heading.
  const lone = (link: AlignmentLink, side: 'fr' | 'en') =>
    link[side === 'fr' ? 'en' : 'fr'].length === 0 && link[side].length === 1 && heading(side, link[side][0]!) && !list(side, [...a[side], ...b[side]]);
  if (lone(a, 'fr') || lone(b, 'fr') || lone(a, 'en') || lone(b, 'en')) return null;
  // Nor is a heading put after a paragraph, unless the side is a list.
  const headingInside = (side: 'fr' | 'en', paragraphs: readonly number[]) => paragraphs.some((p, k) => k > 0 && heading(side, p)) && !list(side, paragraphs);
  if (headingInside('fr', fr) || headingInside('en', en)) return null;
  // A boundary moved moves a sentence: a paragraph alone of several is no sentence moved across (the list's last item, one line, is one).
  if ([a, b].some((link) => (link.fr.length === 0 || link.en.length === 0) && loneSentences(input, link) > 1)) return null;
  if (!mayCross(input, a, b, tools, sentences.rough)) return null;
  const frenchSentences = sentencesOf(sentences, 'fr', fr);
  const englishSentences = sentencesOf(sentences, 'en', en);
  if (frenchSentences.length > maxSentences || englishSentences.length > maxSentences) return null;
  // One sentence a paragraph on both sides: the sentences are the paragraphs, already aligned.
  if (frenchSentences.length === fr.length && englishSentences.length === en.length) return null;
  const inA = (side: 'fr' | 'en', paragraph: number) => a[side].includes(paragraph);
  let score: number | null = null;
  const linked = { fr: new Set<number>(), en: new Set<number>() };
  for (const link of tools.alignSentences(
    frenchSentences.map((sentence) => sentence.text),
    englishSentences.map((sentence) => sentence.text),
  )) {
    if (link.fr.length === 0 || link.en.length === 0) continue;
    for (const k of link.fr) linked.fr.add(frenchSentences[k]!.paragraph);
    for (const k of link.en) linked.en.add(englishSentences[k]!.paragraph);
    if (link.score < minCrossingScore) continue;
    const part = (side: 'fr' | 'en', fromA: boolean): string => {
      const sentences = side === 'fr' ? frenchSentences : englishSentences;
      return link[side]
        .filter((k) => inA(side, sentences[k]!.paragraph) === fromA)
        .map((k) => sentences[k]!.text)
        .join(' ');
    };
    const [frA, frB, enA, enB] = [part('fr', true), part('fr', false), part('en', true), part('en', false)];
    const all = { fr: `${frA} ${frB}`.trim(), en: `${enA} ${enB}`.trim() };
    // What the sentence link brings across the boundary must be a translation of its other side:
    // on a side holding sentences of both links, the fewer (a sentence pulled from the other link)
    // mostly found in the other side; a link between one link's French and the other's English, the two sharing words.
    const pulled = (side: 'fr' | 'en', a: string, b: string): number => {
      // The piece from the link that the other side's sentences do not come from (from both: the shorter).
      const [otherA, otherB] = side === 'fr' ? [enA, enB] : [frA, frB];
      const piece = otherB === '' ? b : otherA === '' ? a : a.length <= b.length ? a : b;
      return ofSide(side === 'fr' ? tools.shared(piece, all.en) : tools.shared(all.fr, piece), side, minItems);
    };
    const both = { fr: frA !== '' && frB !== '', en: enA !== '' && enB !== '' };
    let support: number;
    if (both.fr || both.en) support = Math.min(both.fr ? pulled('fr', frA, frB) : 1, both.en ? pulled('en', enA, enB) : 1);
    else support = ofSmaller(frA !== '' ? tools.shared(frA, enB) : tools.shared(frB, enA), minItems);
    if (support >= minSupport) score = Math.max(score ?? 0, link.score);
  }
  if (score === null) return null;
  // A paragraph at either end of a side none of whose sentences is linked stays alone (an English
  // paragraph added after the two that the sentences join).
  return peelEnds({ fr, en, score }, (side, p) => !linked[side].has(p));
}

/**
 * A capitalised function word in a sentence's first words, with no stop before it (`Non-binary
 * neologisms These are terms…`): a heading glued to the paragraph it heads. The heading's words,
 * or undefined.
 */
const gluedOpeners = new Set(['the', 'this', 'these', 'those', 'there', 'it', 'its', 'in', 'on', 'for', 'we', 'our', 'you', 'your', 'they', 'a', 'an', 'as', 'if', 'when', 'with', 'to', 'by', 'at', 'one', 'some', 'many', 'most', 'all', 'each', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'dans', 'en', 'pour', 'avec', 'par', 'si', 'lorsque', 'quand', 'chaque', 'tous', 'toutes']);

export function gluedHeading(text: string, maxWords = 12): string | undefined {
  const words = text.trim().split(/\s+/u).slice(0, maxWords + 1);
  for (let k = 1; k < words.length; k++) {
    const before = words[k - 1]!;
    // A stop, a colon or a dash before the word: the sentence goes on as sentences do.
    if (/[.!?:;,–—)\]»”"]$/u.test(before)) return undefined;
    const word = words[k]!;
    const bare = word.replace(/^[«“"'(]+/u, '').replace(/[’'].*$/u, '');
    if (/^\p{Lu}\p{Ll}*$/u.test(bare) && gluedOpeners.has(bare.toLowerCase()) && k >= 2) return words.slice(0, k).join(' ');
  }
  return undefined;
}

/**
 * A heading alone on its side (1-0, 0-1) next to a link whose other side opens with that heading
 * glued to its first sentence: the heading joins the link (it heads the same paragraph).
 */
function joinGluedHeadings(input: RefineInput, links: readonly AlignmentLink[], tools: RefineTools, heading: HeadingTest): AlignmentLink[] {
  const out = links.map((link) => ({ ...link, fr: [...link.fr], en: [...link.en] }));
  for (let k = 0; k + 1 < out.length; k++) {
    const alone = out[k]!;
    const next = out[k + 1]!;
    const side: 'fr' | 'en' | undefined = alone.en.length === 0 && alone.fr.length === 1 ? 'fr' : alone.fr.length === 0 && alone.en.length === 1 ? 'en' : undefined;
    if (!side || next.fr.length === 0 || next.en.length === 0) continue;
    const paragraph = alone[side][0]!;
    if (!heading(side, paragraph)) continue;
    const other = side === 'fr' ? 'en' : 'fr';
    const opening = (other === 'fr' ? input.french : input.english)[next[other][0]!]!;
    const glue = gluedHeading(opening);
    if (glue === undefined) continue;
    const title = (side === 'fr' ? input.french : input.english)[paragraph]!;
    if (ofSmaller(side === 'fr' ? tools.shared(title, glue) : tools.shared(glue, title), 2) < 0.5) continue;
    out[k] = { fr: [...alone.fr, ...next.fr], en: [...alone.en, ...next.en], score: next.score };
    out.splice(k + 1, 1);
  }
  return out;
}

/** A paragraph alone that shares this much with a neighbour's other side (and has `minRenderingItems` to go by) translates it too. */
const minRendering = 0.6;
/** …and at least this share of what the link's own paragraph shares with it. */
const rivalShare = 0.9;
const minRenderingItems = 4;

/**
 * A paragraph alone on its side (not a heading) next to a one-to-one link, whose words are the
 * link's other side's: a second rendering of it (a French example kept in the English and then
 * translated, `Les directeurs sont…` → the same, then `The directors are…`). It joins the link
 * (1-2, 2-1), as a reviewer would.
 */
function joinSecondRenderings(input: RefineInput, links: readonly AlignmentLink[], tools: RefineTools, heading: HeadingTest): AlignmentLink[] {
  const out = [...links];
  const text = (side: 'fr' | 'en', paragraphs: readonly number[]) => paragraphs.map((p) => (side === 'fr' ? input.french : input.english)[p]!).join(' ');
  for (let k = 0; k < out.length; k++) {
    const alone = out[k]!;
    const side: 'fr' | 'en' | undefined = alone.en.length === 0 && alone.fr.length === 1 ? 'fr' : alone.fr.length === 0 && alone.en.length === 1 ? 'en' : undefined;
    if (!side || heading(side, alone[side][0]!)) continue;
    const other = side === 'fr' ? 'en' : 'fr';
    const coverage = (own: readonly number[], theirs: readonly number[]) => {
      const [a, b] = [text(side, own), text(other, theirs)];
      return ofSide(side === 'fr' ? tools.shared(a, b) : tools.shared(b, a), side, minRenderingItems);
    };
    const renders = (link: AlignmentLink | undefined): number => {
      if (!link || link.fr.length !== 1 || link.en.length !== 1) return 0;
      // Most of the paragraph alone is in the other side (not a few of the other side's words in a
      // long paragraph), and as much as of the link's own paragraph (not a neighbour of the same mould).
      const mine = coverage(alone[side], link[other]);
      return mine >= rivalShare * coverage(link[side], link[other]) ? mine : 0;
    };
    // An English gloss after a link whose English keeps its French (an example quoted, then
    // translated): too short for its words to be counted, it is that example's translation.
    const glosses = (link: AlignmentLink | undefined): number =>
      side === 'en' && link?.fr.length === 1 && link.en.length === 1 && keepsFrench(input.french[link.fr[0]!]!, input.english[link.en[0]!]!) ? 1 : 0;
    const before = Math.max(renders(out[k - 1]), glosses(out[k - 1]));
    const after = renders(out[k + 1]);
    if (Math.max(before, after) < minRendering) continue;
    const into = before >= after ? k - 1 : k + 1;
    const target = out[into]!;
    const joined = into < k ? { fr: [...target.fr, ...alone.fr], en: [...target.en, ...alone.en], score: target.score } : { fr: [...alone.fr, ...target.fr], en: [...alone.en, ...target.en], score: target.score };
    out.splice(Math.min(into, k), 2, joined);
    k = Math.min(into, k);
  }
  return out;
}

/** The share of a French paragraph's words that an English paragraph keeping it quotes as they are, and how many at least. */
const minKept = 0.5;
const minKeptWords = 4;

/** French function words no English sentence has: two of them kept tell French quoted from names and cognates shared. */
const frenchFunctionWords = new Set(['les', 'des', 'une', 'est', 'avec', 'nous', 'vous', 'sont', 'dans', 'pour', 'par', 'que', 'qui', 'sur', 'aux', 'ces', 'cette', 'ont', 'été', 'mais', 'leur', 'leurs', 'ses', 'elle', 'ils', 'elles', 'sommes', 'avons']);

/** Whether an English paragraph quotes its French (an example kept in the original), word for word for the most part. */
export function keepsFrench(french: string, english: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const frenchWords = words(french);
  const englishWords = new Set(words(english));
  const kept = frenchWords.filter((word) => englishWords.has(word));
  const functionWords = new Set(kept.filter((word) => frenchFunctionWords.has(word)));
  return kept.length >= minKeptWords && kept.length >= minKept * frenchWords.length && functionWords.size >= 2;
}

/** The share of the smaller paragraph's words and anchors a moved paragraph and its translation have in common, at least. */
const minMoved = 0.4;
/** How far apart (in links) a paragraph alone on each side may be and still be one paragraph moved. */
const maxMove = 6;

/**
 * A French paragraph alone and an English one alone, a few links apart, that translate each other:
 * a paragraph the translation moved (before the three items it followed). Links may not cross, so
 * the links from one to the other become one link, every paragraph of which is translated in it
 * (a reviewer can see the moved paragraph inside it).
 */
function enclosingMoves(input: RefineInput, links: readonly AlignmentLink[], tools: RefineTools, heading: HeadingTest): AlignmentLink[] {
  const out = [...links];
  const loneSide = (link: AlignmentLink): 'fr' | 'en' | undefined => (link.en.length === 0 && link.fr.length === 1 ? 'fr' : link.fr.length === 0 && link.en.length === 1 ? 'en' : undefined);
  for (let k = 0; k < out.length; k++) {
    const side = loneSide(out[k]!);
    if (!side || heading(side, out[k]![side][0]!)) continue;
    for (let l = k + 1; l < out.length && l <= k + maxMove; l++) {
      const otherSide = loneSide(out[l]!);
      if (!otherSide || otherSide === side || heading(otherSide, out[l]![otherSide][0]!)) continue;
      const block = out.slice(k, l + 1);
      if (!movedTogether(input, block, tools)) continue;
      const scores = block.filter((link) => link.fr.length > 0 && link.en.length > 0).map((link) => link.score);
      out.splice(k, l - k + 1, { fr: block.flatMap((link) => link.fr), en: block.flatMap((link) => link.en), score: Math.min(1, ...scores) });
      break;
    }
  }
  return out;
}

/**
 * Whether the block's first and last links (a paragraph alone on each side) are one paragraph
 * moved: the block aligned again with the moved paragraph put back in its place links them, sure.
 */
function movedTogether(input: RefineInput, block: readonly AlignmentLink[], tools: RefineTools): boolean {
  const first = block[0]!;
  const french = block.flatMap((link) => link.fr);
  const english = block.flatMap((link) => link.en);
  // The side whose paragraph comes first moves it to the end, after the paragraphs it was moved before.
  const moved = first.fr.length === 1 ? { fr: [...french.slice(1), french[0]!], en: english } : { fr: french, en: [...english.slice(1), english[0]!] };
  // Words and anchors in common first (in a few paragraphs, the aligner links the last two whatever they say)…
  const together = tools.shared(input.french[moved.fr[moved.fr.length - 1]!]!, input.english[moved.en[moved.en.length - 1]!]!);
  if (ofSmaller(together, minRenderingItems) < minMoved) return false;
  // …then the paragraphs in order again, linked by the aligner, sure.
  const links = tools.alignParagraphs(
    moved.fr.map((p) => input.french[p]!),
    moved.en.map((p) => input.english[p]!),
  );
  const end = links[links.length - 1];
  return end !== undefined && end.fr.length === 1 && end.en.length === 1 && end.fr[0] === moved.fr.length - 1 && end.en[0] === moved.en.length - 1 && end.score >= 0.5;
}

/** How many lines after an introduction are its list's items, at least, for the list to say whether the introductions translate each other. */
const minItemsAfter = 2;

/**
 * Two introductions linked one to one (each ends with a colon), whose lists both follow with not
 * one item linked on either side (the versions list different things) and that share little:
 * each introduces its own list, and neither translates the other (`Les services fournis peuvent
 * comprendre :` and `we use a variety of testing tools, including:`). They stay alone, unsure.
 * (Lists that do correspond link some of their items; introductions that share much, a third
 * of their words and anchors or more, stay linked whatever their lists.)
 */
function unlinkLoneIntroductions(input: RefineInput, links: readonly AlignmentLink[], tools: RefineTools): AlignmentLink[] {
  const out: AlignmentLink[] = [];
  links.forEach((link, k) => {
    if (link.fr.length === 1 && link.en.length === 1 && /:\s*$/u.test(input.french[link.fr[0]!]!) && /:\s*$/u.test(input.english[link.en[0]!]!)) {
      const after = links.slice(k + 1);
      const lone = (side: 'fr' | 'en') => {
        let count = 0;
        for (const next of after) {
          const other = side === 'fr' ? 'en' : 'fr';
          if (next[side].length === 0) continue;
          if (next[other].length > 0) break;
          count++;
        }
        return count;
      };
      const evidence = tools.sharedOf(tools.read(input.french[link.fr[0]!]!, 'fr'), tools.read(input.english[link.en[0]!]!, 'en'));
      if (lone('fr') >= minItemsAfter && lone('en') >= minItemsAfter && ofSmaller(evidence, 1) < minSupport) {
        out.push({ fr: link.fr, en: [], score: Math.min(link.score, 0.49) }, { fr: [], en: link.en, score: Math.min(link.score, 0.49) });
        return;
      }
    }
    out.push(link);
  });
  return out;
}
