import { frenchRules } from './rules';
import type { LineJoin, TextRange } from './types';

/**
 * The text to put between two lines of one paragraph, by French typography:
 * nothing before a comma, a full stop, a closing bracket or a closing straight quote,
 * nothing after an apostrophe, a hyphen or an opening bracket, a space everywhere else
 * (including before « ; : ! ? » », which French spaces).
 *
 * @param left the text so far, without trailing whitespace
 * @param right the next line, without leading whitespace
 * @example
 * joiner('"Je suis prêt à échanger avec vous"', ', a ajouté le président.'); // → ''
 */
export function joiner(left: string, right: string): '' | ' ' {
  if (frenchRules.continuesWithoutSpace.test(right)) return '';
  if (right.startsWith('"') && straightQuoteIsOpen(left)) return '';
  if (frenchRules.endsGluing.test(left)) return '';
  if (left.endsWith('"') && straightQuoteIsOpen(left)) return '';
  return ' ';
}

/** Whether `text` has an unclosed straight double quote (an odd number of them). */
export function straightQuoteIsOpen(text: string): boolean {
  let count = 0;
  for (const ch of text) if (ch === '"') count++;
  return count % 2 === 1;
}

/**
 * Joins the lines of one segment. Each range is a line's content, already trimmed; what lies
 * between two ranges in `text` (line break, indentation, block markers) is recorded as a join.
 *
 * @example
 * joinLines('« Bonjour »\n, dit-il.', [{ start: 0, end: 11 }, { start: 12, end: 20 }]);
 * // → { source: '« Bonjour », dit-il.', joins: [{ at: 11, original: '\n', replacement: '' }] }
 */
export function joinLines(text: string, lines: readonly TextRange[]): { source: string; joins: LineJoin[] } {
  let source = '';
  const joins: LineJoin[] = [];
  let previousEnd = -1;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (previousEnd >= 0) {
      const replacement = joiner(source, content);
      joins.push({ at: source.length, original: text.slice(previousEnd, line.start), replacement });
      source += replacement;
    }
    source += content;
    previousEnd = line.end;
  }
  return { source, joins };
}

/**
 * Puts a segment's original line breaks back: the inverse of `joinLines`.
 *
 * @example
 * restoreLines('« Bonjour », dit-il.', [{ at: 11, original: '\n', replacement: '' }]);
 * // → '« Bonjour »\n, dit-il.'
 */
export function restoreLines(source: string, joins: readonly LineJoin[]): string {
  let out = '';
  let cursor = 0;
  for (const join of joins) {
    out += source.slice(cursor, join.at) + join.original;
    cursor = join.at + join.replacement.length;
  }
  return out + source.slice(cursor);
}
