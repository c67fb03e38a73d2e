import { splitSentences } from '../sentences';
import type { Span } from './types';

/** Every match of a global pattern as a span with its text and groups. */
export function spans(text: string, pattern: RegExp): Array<Span & { text: string; groups: string[] }> {
  const out: Array<Span & { text: string; groups: string[] }> = [];
  for (const match of text.matchAll(pattern)) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0], groups: match.slice(1).map((group) => group ?? '') });
  }
  return out;
}

/** Folded for comparison: lower case, accents off. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/** A text with the spans replaced by blanks of the same length, so later patterns do not see them (offsets kept). */
export function blank(text: string, taken: readonly Span[]): string {
  if (taken.length === 0) return text;
  // One pass over the spans in order (overlaps merged): a long text with many spans stays linear.
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, Math.max(0, span.start));
    const end = Math.min(text.length, span.end);
    if (end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Replaces one span of a text. */
export const replaceSpan = (text: string, span: Span, by: string): string => text.slice(0, span.start) + by + text.slice(span.end);

/** A function of one text that remembers its last answer: several checks of one pair read the same text the same way. */
export function lastOf<T>(read: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: read(text) };
    return last.value;
  };
}

/** A text's sentences that have words, the last text's remembered per language: several checks read the same pair. */
const sentencesWithWords = {
  fr: lastOf((text: string) => splitSentences(text, 'fr').map((sentence) => sentence.text).filter((piece) => /\p{L}/u.test(piece))),
  en: lastOf((text: string) => splitSentences(text, 'en').map((sentence) => sentence.text).filter((piece) => /\p{L}/u.test(piece))),
};

/**
 * A pair read sentence by sentence when both sides have as many sentences with words (each French
 * sentence beside its English one), else as one unit.
 *
 * @example
 * sentenceUnits('Il pleut. Il vente.', 'It rains. It is windy.'); // → [['Il pleut. ', 'It rains. '], ['Il vente.', 'It is windy.']]
 */
export function sentenceUnits(source: string, target: string): Array<[string, string]> {
  const french = sentencesWithWords.fr(source);
  const english = sentencesWithWords.en(target);
  return french.length === english.length ? french.map((text, i) => [text, english[i]!]) : [[source, target]];
}
