/**
 * Hard-wrapped paragraphs: text cut into lines near one width (as mail, wire copy and old
 * editors write it). A translation of such a paragraph is wrapped to the same width on export, so
 * the English looks like the French; lines that carry meaning (an address, verse, a dateline)
 * vary in length and are not taken for wrapping.
 */

/** Lines shorter than this are not wrapping: a short paragraph's line breaks carry meaning. */
const minWidth = 40;
/** How much shorter than the longest a line may be and still be a wrapped line (a word did not fit). */
const slack = 20;

/**
 * The width a paragraph's lines were wrapped at, or undefined when they were not wrapped: at least
 * two lines, every line but the last within a few characters of the longest, and the last no longer.
 *
 * @example
 * hardWrapWidth(['Le conseil municipal a adopté hier soir le budget', 'de la ville pour 2026, après un débat de trois', 'heures.']); // → 50
 */
export function hardWrapWidth(lines: readonly string[]): number | undefined {
  if (lines.length < 2) return undefined;
  const lengths = lines.map((line) => [...line.trimEnd()].length);
  const width = Math.max(...lengths);
  if (width < minWidth) return undefined;
  const body = lengths.slice(0, -1);
  if (body.some((length) => length < width - slack)) return undefined;
  return width;
}

/**
 * Greedy word wrap at `width` characters: words are never split (a word longer than the width
 * has a line of its own).
 *
 * @example
 * wrapText('The city council adopted the budget last night', 20); // → ['The city council', 'adopted the budget', 'last night']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((part) => part !== '')) {
    if (line === '') line = word;
    else if ([...line].length + 1 + [...word].length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
