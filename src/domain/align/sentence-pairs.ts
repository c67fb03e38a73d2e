import { splitSentences } from '../sentences';
import { alignParagraphs } from './align';

/** A French sentence and the English that translates it, inside a translated paragraph. */
export interface SentencePair {
  source: string;
  target: string;
  /** The link's confidence, 0 to 1. */
  score: number;
}

/** Links below this confidence do not become sentence units. */
export const minimumSentenceScore = 0.5;

/** Paragraphs longer than this are not split into sentence units (a 500 KB paragraph is an import's edge case, not a memory's unit). */
export const maxParagraphChars = 10_000;

/**
 * The sentence pairs of a paragraph and its translation: both sides split into sentences, aligned
 * the way paragraphs are (align.ts), and the sure links of one French sentence to one or more
 * English ones kept. Empty when the paragraph has fewer than two sentences (the paragraph is
 * then its own sentence unit), or is longer than `maxParagraphChars` on either side.
 *
 * @example
 * sentencePairs('Il pleut. Le match est reporté à 2027.', 'It is raining. The match is postponed to 2027.');
 * // → [{ source: 'Il pleut.', target: 'It is raining.', … }, { source: 'Le match est reporté à 2027.', … }]
 */
export function sentencePairs(source: string, target: string): SentencePair[] {
  if (source.length > maxParagraphChars || target.length > maxParagraphChars) return [];
  const french = splitSentences(source, 'fr').map((sentence) => sentence.text.trim());
  if (french.length < 2) return [];
  const english = splitSentences(target, 'en').map((sentence) => sentence.text.trim());
  if (english.length === 0) return [];
  const pairs: SentencePair[] = [];
  // Sentences have no headings: one without its stop (the last of a paragraph, often) is a sentence still.
  for (const link of alignParagraphs(french, english, { headings: false })) {
    if (link.fr.length !== 1 || link.en.length === 0 || link.score < minimumSentenceScore) continue;
    const sentence = french[link.fr[0]!]!;
    const translation = link.en.map((j) => english[j]!).join(' ');
    if (sentence === '' || translation === '') continue;
    pairs.push({ source: sentence, target: translation, score: link.score });
  }
  return pairs;
}
