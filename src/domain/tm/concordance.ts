/** The longest text a concordance search takes (the API refuses more; the editor cuts a longer selection). */
export const concordanceMaxLength = 200;

/**
 * A text cut to at most `limit` characters at a word boundary (after the last whole word), so that
 * a long selection still searches for words the memory can hold; a single word longer than the
 * limit is cut at the limit.
 *
 * @example
 * truncateAtWord('Le maire a parlé mercredi', 12); // → 'Le maire a'
 */
export function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit + 1);
  const space = head.search(/\s\S*$/u);
  const cut = space > 0 ? head.slice(0, space) : text.slice(0, limit);
  // Not half of a surrogate pair.
  return cut.replace(/[\uD800-\uDBFF]$/u, '').trimEnd();
}
