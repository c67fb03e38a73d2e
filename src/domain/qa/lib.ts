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

/**
 * A table built on first use. The checks' tables (names, units, holidays) take tens of
 * milliseconds to build; built at module load they cost every process and thread that imports the
 * checks, and the browser before the editor is ready, whether or not a check runs.
 */
export function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

/**
 * Terms (each with its `folded` searchKey) by their first word, to hand findTerms only those that
 * can be in a text: the ones whose first word is a word of the folded text. findTerms needs a word
 * boundary before and after a term, so no term it would find is left out; a table of 1,500 names
 * tested one by one with `includes` cost more than the rest of the check.
 */
export function byFirstWord<T extends { folded: string }>(terms: readonly T[]): (foldedText: string) => T[] {
  const firstWord = (folded: string) => /^[\p{L}\p{N}]+/u.exec(folded)?.[0] ?? '';
  const index = new Map<string, T[]>();
  for (const term of terms) {
    const key = firstWord(term.folded);
    const list = index.get(key) ?? [];
    list.push(term);
    index.set(key, list);
  }
  return (foldedText) => {
    // Terms that start with no word (a sign, a quotation mark) are always candidates.
    const out = [...(index.get('') ?? [])];
    for (const word of new Set(foldedText.match(/[\p{L}\p{N}]+/gu) ?? [])) out.push(...(index.get(word) ?? []));
    return out;
  };
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
