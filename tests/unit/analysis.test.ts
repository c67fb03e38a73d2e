import { describe, expect, it } from 'vitest';
import { analyse, AnalysisTally, bandOf, characterCount, defaultAnalysisWeights, repetitionKey, weightsProblem } from '../../src/domain/analysis';

const segment = (text: string, words: number, score: number, inContext = false) => ({ text, words, score, inContext });

describe('the word-count analysis', () => {
  it('bands a memory score as agencies quote it', () => {
    expect(bandOf(100, true)).toBe('in-context');
    expect(bandOf(100, false)).toBe('100');
    expect([99, 95, 94, 85, 84, 75, 74, 50, 49, 0].map((score) => bandOf(score, false))).toEqual(['95-99', '95-99', '85-94', '85-94', '75-84', '75-84', '50-74', '50-74', 'no-match', 'no-match']);
  });

  it('counts a repeated source once as new and its later occurrences as repetitions, whatever the memory holds', () => {
    const analysis = analyse([
      segment('Le marché ouvre à 7 h.', 6, 100),
      segment('La séance est levée.', 4, 0),
      segment('Le  marché ouvre à 7\u00a0h. ', 6, 100),
      segment('La séance est levée.', 4, 0),
      segment('la séance est levée.', 4, 0),
    ]);
    const band = (name: string) => analysis.bands.find((item) => item.band === name)!;
    expect(band('100')).toMatchObject({ segments: 1, words: 6, characters: 22 });
    // Characters as typed (the double space counts), ends trimmed: 23 + 20.
    expect(band('repetitions')).toMatchObject({ segments: 2, words: 10, characters: 43 });
    // Case counts: « la séance » is another source.
    expect(band('no-match')).toMatchObject({ segments: 2, words: 8, characters: 40 });
  });

  it('gives segments, words, characters and weighted words per band and in total (hand-computed)', () => {
    const analysis = analyse([
      segment('Titre du jour', 3, 100, true), // in-context: 3 words, 13 characters, weight 0
      segment('Le marché ouvre à 7 h.', 6, 100), // 100: 6 words, 22 characters, 25 % → 1.5
      segment('Le marché ouvre à 8 h.', 6, 95), // 95-99: 60 % → 3.6
      segment('Le conseil a voté.', 4, 90), // 85-94: 18 characters, 60 % → 2.4
      segment('Les élèves rentrent lundi.', 4, 80), // 75-84: 26 characters, 100 % → 4
      segment('Le musée ouvre.', 3, 60), // 50-74: 15 characters → 3
      segment('Les pompiers sont intervenus.', 4, 10), // no-match: 29 characters → 4
      segment('Le marché ouvre à 7 h.', 6, 100), // repetitions: 25 % → 1.5
      segment('   ', 0, 0), // nothing to translate: left out
    ]);
    expect(analysis.bands.map((band) => [band.band, band.segments, band.words, band.characters, band.weighted])).toEqual([
      ['repetitions', 1, 6, 22, 1.5],
      ['in-context', 1, 3, 13, 0],
      ['100', 1, 6, 22, 1.5],
      ['95-99', 1, 6, 22, 3.6],
      ['85-94', 1, 4, 18, 2.4],
      ['75-84', 1, 4, 26, 4],
      ['50-74', 1, 3, 15, 3],
      ['no-match', 1, 4, 29, 4],
    ]);
    expect(analysis.total).toEqual({ segments: 8, words: 36, characters: 167, weighted: 20 });
    expect(analysis.weights).toEqual(defaultAnalysisWeights);
  });

  it('weighs words by the table it is given', () => {
    const weights = { ...defaultAnalysisWeights, 'no-match': 50, repetitions: 10 };
    const analysis = analyse([segment('Un deux trois.', 3, 0), segment('Un deux trois.', 3, 0)], weights);
    expect(analysis.total.weighted).toBe(1.8);
  });

  it('tells a repetition before it is added, so that it needs no memory lookup', () => {
    const tally = new AnalysisTally();
    expect(tally.isRepetition('Bonjour.')).toBe(false);
    tally.add(segment('Bonjour.', 1, 0));
    expect(tally.isRepetition(' Bonjour. ')).toBe(true);
  });

  it('normalises sources for repetitions and counts characters as code points', () => {
    expect(repetitionKey(' Le  marché\u00a0ouvre. ')).toBe('Le marché ouvre.');
    expect(repetitionKey('E\u0301té')).toBe('Été');
    expect(characterCount('l’État 🇫🇷')).toBe(9);
  });

  it('refuses a weighting table missing a band, out of range or not whole', () => {
    expect(weightsProblem({ ...defaultAnalysisWeights })).toBeUndefined();
    expect(weightsProblem({ ...defaultAnalysisWeights, '100': 120 })).toMatch(/100/u);
    expect(weightsProblem({ ...defaultAnalysisWeights, '95-99': 2.5 })).toMatch(/95-99/u);
    const { 'in-context': _, ...missing } = defaultAnalysisWeights;
    expect(weightsProblem(missing)).toMatch(/in-context/u);
    expect(weightsProblem({ ...defaultAnalysisWeights, '101': 10 })).toMatch(/no band/u);
  });
});
