import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair, by key. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => finding.key);

describe('names: two people whose surroundings the translation exchanges', () => {
  it.each([
    [
      'Au tribunal, Me Sophie Garnier défend le promoteur immobilier, tandis que Me Julien Ravel représente les locataires expulsés.',
      'In court, lawyer Julien Ravel is defending the property developer, while lawyer Sophie Garnier represents the evicted tenants.',
      'In court, lawyer Sophie Garnier is defending the property developer, while lawyer Julien Ravel represents the evicted tenants.',
    ],
    [
      'Le sélectionneur des Bleus, Didier Deschamps, a félicité son capitaine, Kylian Mbappé, auteur d’un doublé.',
      'France coach Kylian Mbappé congratulated his captain, Didier Deschamps, who scored twice.',
      'France coach Didier Deschamps congratulated his captain, Kylian Mbappé, who scored twice.',
    ],
  ])('finds the names exchanged, and nothing when they are where they were: %s', (source, exchanged, faithful) => {
    expect(found(source, exchanged)).toEqual(['names.swapped']);
    expect(found(source, faithful)).toEqual([]);
  });

  it.each([
    ['the passive turned active', 'Marc Leroy a été battu en finale par Paul Girard, tenant du titre.', 'Defending champion Paul Girard beat Marc Leroy in the final.'],
    ['a complement put first', 'L’avocate de Marie Dubois, Paul Martin, a demandé un report du procès.', 'Paul Martin, Marie Dubois’s lawyer, asked for the trial to be postponed.'],
    ['a succession said the other way', 'Julie Bernard succède à Thomas Petit à la direction du musée.', 'Thomas Petit is succeeded by Julie Bernard as head of the museum.'],
    ['a pass said after the goal', 'Sur une passe de Antoine Griezmann, Ousmane Dembélé a ouvert le score.', 'Ousmane Dembélé opened the scoring from an Antoine Griezmann pass.'],
  ])('keeps a sentence rebuilt around the same people: %s', (_why, source, target) => {
    expect(found(source, target)).toEqual([]);
  });
});
