import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorWordPattern, wordsIn } from '../../src/domain/align/anchors';

/** What the aligner reads as words must be what the pattern the anchors are defined by finds. */
const byPattern = (text: string): string[] => text.match(anchorWordPattern) ?? [];

describe('the words a paragraph is read by (wordsIn)', () => {
  it('finds French and English words with their apostrophes, hyphens and accents', () => {
    expect(wordsIn("L’État a dit qu'aujourd’hui, le porte-parole — 12 fois — s'est tu.")).toEqual(['L’État', 'a', 'dit', "qu'aujourd’hui", 'le', 'porte-parole', 'fois', "s'est", 'tu']);
    expect(wordsIn('-abc ’x 3e')).toEqual(['abc', 'x', 'e']);
  });

  it('reads letters beyond Latin and beyond U+FFFF as the pattern does', () => {
    for (const text of ['Москва и Пекин', 'e\u0301te\u0301', '𝐀𝐁 c', 'ǅemal', 'straße', '\ud835x', 'a\u00adb', 'x\u02bcy', '日本語テキスト'])
      expect(wordsIn(text)).toEqual(byPattern(text));
  });

  it('finds exactly what the pattern finds, in any text', () => {
    const units = fc.constantFrom('a', 'É', 'z', '’', "'", '-', ' ', '\u0301', '𝐀', 'ж', '.', '\ud835', '\udc00', 'ǅ', 'ß', '\u00ad', '_', '\u02bc', '\u00a0', '1', 'ĳ', 'ɐ', 'Ω');
    fc.assert(
      fc.property(fc.string({ unit: units, maxLength: 30 }), (text) => {
        expect(wordsIn(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(wordsIn(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
