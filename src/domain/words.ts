const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/**
 * Counts words the way CAT tools bill them: word-like tokens by Unicode word boundaries,
 * so "l’homme" is two words in French and "30e" is one.
 *
 * @example
 * countWords('Le président a appelé, mercredi, à un « débat ».'); // → 8
 */
export function countWords(text: string): number {
  let count = 0;
  for (const part of wordSegmenter.segment(text)) if (part.isWordLike) count++;
  return count;
}
