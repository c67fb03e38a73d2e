import { abbreviations, closers } from './rules';

/** A sentence of a text: where it is (UTF-16 offsets, end exclusive) and its text, trailing spaces included. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One segmenter per language: every lookup and every confirmed paragraph splits sentences, and making one costs more than using it. */
const segmenters = { fr: new Intl.Segmenter('fr', { granularity: 'sentence' }), en: new Intl.Segmenter('en', { granularity: 'sentence' }) } as const;

const fold = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** How much text the segmenter reads at once: V8's sentence segmenter takes time that grows with the square of its text. */
const window = 4_000;

/**
 * The segmenter's sentences of a text, read a window at a time: each window's last sentence
 * (perhaps cut by the window) is read again at the start of the next, so every break is the one
 * the segmenter makes with the text around it, in time that grows with the text.
 */
function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<string> {
  let at = 0;
  while (at < text.length) {
    const end = Math.min(text.length, at + window);
    const segments = Array.from(segmenter.segment(text.slice(at, end)), (part) => part.segment);
    // The whole rest read, or one sentence longer than a window: all of it is final.
    const final = end === text.length || segments.length === 1 ? segments : segments.slice(0, -1);
    for (const segment of final) yield segment;
    at += final.reduce((sum, segment) => sum + segment.length, 0);
  }
}

/** The word before a final full stop (`M.` → `m`, `J.-C.` → `j.-c`), or undefined. */
function lastAbbreviation(piece: string): string | undefined {
  const match = /(?:^|[\s(«"“])([\p{L}][\p{L}.-]*)\.\s*$/u.exec(piece.trimEnd());
  return match ? fold(match[1]!) : undefined;
}

/**
 * Splits a paragraph into sentences, for French or English: the language's sentence boundaries
 * (Intl.Segmenter), then the rules of rules.ts — no break after an abbreviation (`M.`, `Mme`,
 * `av. J.-C.`, `Mr.`, `e.g.`) or an initial (`J. Durand`), a closing quotation mark or bracket stays
 * with the sentence it ends (`« Bonjour. »`), and an ellipsis before a capital ends a sentence.
 * The sentences put together give the text back exactly.
 *
 * @example
 * splitSentences('M. Dupont a dit : « Bonjour. » Puis il est parti.', 'fr').map((s) => s.text);
 * // → ['M. Dupont a dit : « Bonjour. » ', 'Puis il est parti.']
 */
export function splitSentences(text: string, language: 'fr' | 'en'): Sentence[] {
  const segmenter = segmenters[language];
  const pieces: string[] = [];
  for (const segment of segmentsOf(segmenter, text)) {
    // An ellipsis followed by a capital ends a sentence the segmenter runs on.
    pieces.push(...segment.split(/(?<=…[\s\u00a0]+)(?=[\p{Lu}«"“])/u));
  }
  const merged: string[] = [];
  for (const piece of pieces) {
    const previous = merged.at(-1);
    if (previous === undefined) {
      merged.push(piece);
      continue;
    }
    // A closing quotation mark or bracket at the start of a piece belongs to the sentence before.
    const closing = closers.exec(piece)?.[0];
    if (closing && /[.!?…]\s*$/u.test(previous)) {
      const rest = piece.slice(closing.length);
      const spaces = /^[\s\u00a0\u202f]*/u.exec(rest)?.[0] ?? '';
      merged[merged.length - 1] = previous + closing + spaces;
      if (rest.length > spaces.length) merged.push(rest.slice(spaces.length));
      continue;
    }
    const word = lastAbbreviation(previous);
    const initial = word !== undefined && /^\p{L}$/u.test(word) && /\p{Lu}\.\s*$/u.test(previous.trimEnd());
    if (word !== undefined && (abbreviations[language].has(word) || initial)) {
      merged[merged.length - 1] = previous + piece;
      continue;
    }
    merged.push(piece);
  }
  const sentences: Sentence[] = [];
  let at = 0;
  for (const piece of merged) {
    if (piece === '') continue;
    sentences.push({ start: at, end: at + piece.length, text: piece });
    at += piece.length;
  }
  return sentences;
}
