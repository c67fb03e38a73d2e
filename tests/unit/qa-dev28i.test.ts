import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Findings of the checks on dev-28h and dev-28i's pairs (issue 28): what was missed, and what was wrongly found. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string, check?: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => check === undefined || finding.check === check)
    .map((finding) => finding.key);

describe('round counts', () => {
  it('reads une demi-douzaine as about six', () => {
    expect(keys('Une demi-douzaine de candidats se disputent l’investiture.', 'A dozen candidates are vying for the nomination.', 'numbers')).toContain('numbers.missing');
    expect(keys('Une demi-douzaine de candidats se disputent l’investiture.', 'Half a dozen candidates are vying for the nomination.', 'numbers')).toEqual([]);
    expect(keys('Une demi-douzaine de candidats se disputent l’investiture.', 'Six candidates are vying for the nomination.', 'numbers')).toEqual([]);
  });

  it('compares a round count of a unit with the English measure', () => {
    const source = 'Les températures devraient chuter d’une dizaine de degrés d’ici le week-end.';
    expect(keys(source, 'Temperatures are expected to drop by around twenty degrees by the weekend.', 'numbers')).not.toEqual([]);
    expect(keys(source, 'Temperatures are expected to drop by around ten degrees by the weekend.', 'numbers')).toEqual([]);
    expect(keys('Le village est à une centaine de kilomètres de Lyon.', 'The village is some 200 kilometres from Lyon.', 'numbers')).toContain('numbers.missing');
    expect(keys('Le village est à une centaine de kilomètres de Lyon.', 'The village is about 100 kilometres from Lyon.', 'numbers')).toEqual([]);
    expect(keys('Le village est à une centaine de kilomètres de Lyon.', 'The village is about 60 miles from Lyon.', 'numbers')).toEqual([]);
  });
});
