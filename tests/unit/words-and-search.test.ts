import { describe, expect, it } from 'vitest';
import { searchKey } from '../../src/domain/search';
import { countWords } from '../../src/domain/words';

describe('countWords', () => {
  it('counts an elided form once, the parts of a-t-il separately, and no punctuation', () => {
    expect(countWords('« L’entrée est gratuite », a-t-il dit.')).toBe(7);
  });

  it('counts numbers as words', () => {
    expect(countWords('Le 15 mars 2026 à Paris')).toBe(6);
  });

  it('counts nothing in punctuation alone', () => {
    expect(countWords('— … !')).toBe(0);
  });
});

describe('searchKey', () => {
  it('folds case, accents, ligatures and apostrophes', () => {
    expect(searchKey('Œuvre d’ÉTÉ')).toBe("oeuvre d'ete");
    expect(searchKey('débat')).toBe(searchKey('DEBAT'));
  });
});
