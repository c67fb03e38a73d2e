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
  it('folds a source and a target joined by a line break as it folds each (saves fold only the target)', () => {
    const pairs: Array<[string, string]> = [
      ['« Débat » à l’Élysée, Œuvre', 'The ŒUVRE debate'],
      ['e\u0301te\u0301', '\u0301accent alone first'],
      ['ΣΟΦΟΣ', 'ΟΔΟΣ final sigma'],
      ['Ça coûte 3\u202f€', ''],
      ['', 'İstanbul'],
    ];
    for (const [source, target] of pairs) expect(searchKey(`${source}\n${target}`)).toBe(`${searchKey(source)}\n${searchKey(target)}`);
  });

  it('folds case, accents, ligatures and apostrophes', () => {
    expect(searchKey('Œuvre d’ÉTÉ')).toBe("oeuvre d'ete");
    expect(searchKey('débat')).toBe(searchKey('DEBAT'));
  });
});

describe('countWords agrees with Unicode word boundaries on French text', () => {
  const segmenter = new Intl.Segmenter('fr', { granularity: 'word' });
  const reference = (text: string) => [...segmenter.segment(text)].filter((part) => part.isWordLike).length;
  it.each([
    'Le président chinois Xi Jinping a appelé mercredi à un "débat approfondi" sur un plan "nouveau et ambitieux".',
    '« Nous sommes prêts à poursuivre la coordination la plus étroite possible », a déclaré Poutine.',
    'Le projet, d’un coût total de 4,8 millions d’euros, a été financé à hauteur de 40 % par la région.',
    'Plus de 1 200 personnes — soit 30 % de plus qu’en 2025 — se sont pressées dans l’œuvre rénovée.',
    'Rendez-vous à 8 h 30, c.-à-d. avant l’ouverture ; #culture #Pontlevoy.',
  ])('%s', (text) => {
    expect(countWords(text)).toBe(reference(text));
  });
});
