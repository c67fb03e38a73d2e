import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFind, findInSegments, findMatches } from '../../src/domain/find';

/**
 * Literal find takes any text literally (issue 23: "Russian-Chinese" answered "Invalid escape"):
 * for any target of any Unicode characters and any piece of it, the piece is found where it is,
 * with each option. Pieces start and end between code points, as a selection does.
 */

/** A text as code points, and a piece of it [from, to) in code points, as UTF-16 offsets. */
const textAndPiece = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('-', 'sino-russe', 'a-t-elle', 'Saint-Denis', ' ', 'É', 'e\u0301', '$1', '\\', '/', '(?:', '[^', '.*', 'ß', 'İ')), { minLength: 1, maxLength: 8 })
  .map((parts) => [...parts.join('')])
  .filter((points) => points.length > 0)
  .chain((points) =>
    fc
      .tuple(fc.nat(points.length - 1), fc.nat(points.length - 1))
      .map(([a, b]) => {
        const from = Math.min(a, b);
        const to = Math.max(a, b) + 1;
        const start = points.slice(0, from).join('').length;
        return { text: points.join(''), start, end: start + points.slice(from, to).join('').length, piece: points.slice(from, to).join('') };
      }),
  );

/** Every occurrence, left to right, not overlapping: what a literal, case-sensitive find must give. */
function occurrences(text: string, piece: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + piece.length)) out.push({ start: at, end: at + piece.length });
  return out;
}

const overlaps = (matches: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) => matches.some((match) => match.start < end && start < match.end);

describe('literal find', () => {
  it('finds "sino-russe", "a-t-elle" and "Saint-Denis": a hyphen is a character, not an escape', () => {
    for (const find of ['sino-russe', 'a-t-elle', 'Saint-Denis', 'Russian-Chinese']) {
      const text = `Le partenariat ${find} tient.`;
      expect(findMatches(text, compileFind({ find }))).toMatchObject([{ start: 15, end: 15 + find.length }]);
      expect(findMatches(text, compileFind({ find, wholeWord: true, ignoreAccents: true }), true)).toHaveLength(1);
    }
  });

  it('matching case: finds exactly the occurrences a plain text search finds, at their offsets', () => {
    fc.assert(
      fc.property(textAndPiece, ({ text, piece }) => {
        const found = findMatches(text, compileFind({ find: piece, caseSensitive: true })).map(({ start, end }) => ({ start, end }));
        expect(found).toEqual(occurrences(text, piece));
      }),
      { numRuns: 500 },
    );
  });

  it('ignoring case: the piece is found where it is (or inside an earlier match of the same text)', () => {
    fc.assert(
      fc.property(textAndPiece, ({ text, piece, start, end }) => {
        expect(overlaps(findMatches(text, compileFind({ find: piece })), start, end)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('whole words: a piece with no letter or digit glued to either side is found', () => {
    const wordChar = /[\p{L}\p{N}_]/u;
    fc.assert(
      fc.property(textAndPiece, ({ text, piece, start, end }) => {
        const matches = findMatches(text, compileFind({ find: piece, wholeWord: true, caseSensitive: true }));
        const before = [...text.slice(0, start)].at(-1) ?? '';
        const after = [...text.slice(end)][0] ?? '';
        if (!wordChar.test(before) && !wordChar.test(after)) expect(overlaps(matches, start, end)).toBe(true);
        // Whatever is found stands alone.
        for (const match of matches) {
          expect(wordChar.test([...text.slice(0, match.start)].at(-1) ?? '')).toBe(false);
          expect(wordChar.test([...text.slice(match.end)][0] ?? '')).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('ignoring accents: a piece with a letter is found where it is, in the offsets of the text as typed', () => {
    fc.assert(
      fc.property(textAndPiece, ({ text, piece, start, end }) => {
        const bare = piece.normalize('NFD').replace(/\p{M}+/gu, '');
        fc.pre(bare !== '');
        const matches = findMatches(text, compileFind({ find: piece, ignoreAccents: true, caseSensitive: true }), true);
        expect(overlaps(matches, start, end)).toBe(true);
        for (const match of matches) expect(match.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('with every option together, never refuses a piece of text and finds it in a segment', () => {
    fc.assert(
      fc.property(textAndPiece, fc.boolean(), fc.boolean(), ({ text, piece, start, end }, caseSensitive, ignoreAccents) => {
        fc.pre(piece.normalize('NFD').replace(/\p{M}+/gu, '') !== '');
        const [found] = findInSegments([{ id: 1, source: '', target: text, codes: [] }], { find: piece, caseSensitive, ignoreAccents }, { in: 'target' });
        expect(found).toBeDefined();
        expect(overlaps(found!.target, start, end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('says so when the search is only accents and accents are ignored', () => {
    expect(() => compileFind({ find: '\u0301', ignoreAccents: true })).toThrow(/only accents/u);
  });
});
