import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };

/** The roles check's findings on a pair: key and the target's marked words. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, us)
    .filter((finding) => finding.check === 'roles')
    .map((finding) => ({ key: finding.key, marked: (finding.target ?? []).map((span) => target.slice(span.start, span.end)) }));

describe('roles: two people’s roles exchanged', () => {
  it('finds roles crossed, each bound by apposition', () => {
    expect(found('La présidente de l’association, Nadia Ferrer, a remercié l’entraîneur Bruno Lacaze.', 'The association’s president, Bruno Lacaze, thanked the coach, Nadia Ferrer.')).toEqual([
      { key: 'roles.swapped', marked: ['Nadia Ferrer', 'Bruno Lacaze'] },
    ]);
    expect(found('Le procureur Yves Morin a répondu à l’avocate de la défense, Lina Haddou.', 'Defense lawyer Yves Morin responded to the prosecutor, Lina Haddou.')).toHaveLength(1);
  });

  it('finds a role given to the other person', () => {
    expect(found('Sarah Blin, directrice financière, remplace Paul Tessier.', 'Chief financial officer Paul Tessier is replacing Sarah Blin.')).toHaveLength(1);
  });

  it('leaves the roles kept, whatever the word order', () => {
    expect(found('La présidente de l’association, Nadia Ferrer, a remercié l’entraîneur Bruno Lacaze.', 'Coach Bruno Lacaze was thanked by the association’s president, Nadia Ferrer.')).toEqual([]);
    expect(found('Sarah Blin, directrice financière, remplace Paul Tessier.', 'Sarah Blin, the chief financial officer, is replacing Paul Tessier.')).toEqual([]);
    expect(found('Le maire, Jean Duval, a reçu Anne Roy.', 'Anne Roy was received by the mayor, Jean Duval.')).toEqual([]);
  });
});

describe('roles: a minister’s portfolio', () => {
  it('finds another portfolio', () => {
    expect(found('La ministre de la Santé a présenté son plan.', 'The education minister presented her plan.')).toEqual([{ key: 'roles.portfolio', marked: ['education minister'] }]);
  });

  it('leaves the same portfolio, however written', () => {
    expect(found('La ministre de la Santé a présenté son plan.', 'The health minister presented her plan.')).toEqual([]);
    expect(found('Le ministre de l’Intérieur a réagi.', 'The Home Secretary reacted.')).toEqual([]);
    expect(found('Le ministre de l’Intérieur a réagi.', 'The minister reacted.')).toEqual([]);
  });
});

describe('roles: where two people are from, and the parts actors play', () => {
  it('finds the home towns swapped', () => {
    expect(found('La Lilloise Emma Robin a battu la Nantaise Chloé Faure en finale.', 'Nantes player Emma Robin beat Lille’s Chloé Faure in the final.')).toHaveLength(1);
    expect(found('La Lilloise Emma Robin a battu la Nantaise Chloé Faure en finale.', 'Lille’s Emma Robin beat Nantes player Chloé Faure in the final.')).toEqual([]);
  });

  it('finds the parts exchanged', () => {
    expect(found('Dans la série, Inès Morel joue la juge et Karim Benali le commissaire.', 'In the series, Karim Benali plays the judge and Inès Morel the superintendent.')).toHaveLength(1);
    expect(found('Dans la série, Inès Morel joue la juge et Karim Benali le commissaire.', 'In the series, Inès Morel plays the judge and Karim Benali the superintendent.')).toEqual([]);
  });
});
