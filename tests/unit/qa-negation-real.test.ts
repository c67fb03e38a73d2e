import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string) => checkPair({ source, target }, us).filter((finding) => finding.check === 'negation').map((finding) => finding.key);

describe('negation: “never forget” said affirmatively (from real published translations)', () => {
  it('takes always, make sure and remember for n’oubliez jamais / n’oubliez pas', () => {
    expect(keys('N’oubliez jamais de remercier votre public.', 'Always thank your audience.')).toEqual([]);
    expect(keys('N’oubliez pas de vérifier vos paramètres.', 'Make sure to check your settings.')).toEqual([]);
    expect(keys('N’oubliez pas de vérifier vos paramètres.', 'Check your settings.')).toEqual(['negation.lost']);
  });
});
