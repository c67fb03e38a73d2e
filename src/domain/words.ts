const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/**
 * Counts source words: word-like tokens by Unicode word boundaries (UAX #29), as most CAT tools
 * do. An elided form counts once (`l’entrée`), `a-t-il` three times, punctuation never.
 *
 * @example
 * countWords('Le président a appelé, mercredi, à un « débat ».'); // → 8
 */
export function countWords(text: string): number {
  let count = 0;
  for (const part of wordSegmenter.segment(text)) if (part.isWordLike) count++;
  return count;
}
