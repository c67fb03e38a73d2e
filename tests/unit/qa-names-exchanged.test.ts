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
      'Devant la cour d’assises, Me Sophie Garnier défend l’ancien gérant du club de plongée, tandis que Me Julien Ravel représente la famille de la victime.',
      'Before the assize court, lawyer Julien Ravel is defending the former manager of the diving club, while lawyer Sophie Garnier represents the victim’s family.',
      'Before the assize court, lawyer Sophie Garnier is defending the former manager of the diving club, while lawyer Julien Ravel represents the victim’s family.',
    ],
    [
      'Le sélectionneur des Bleus, Didier Deschamps, a longuement salué après le match la performance de son capitaine, Kylian Mbappé, auteur d’un doublé.',
      'France coach Kylian Mbappé praised at length after the match the performance of his captain, Didier Deschamps, who scored twice.',
      'France coach Didier Deschamps praised at length after the match the performance of his captain, Kylian Mbappé, who scored twice.',
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

describe('names: two people whose countries the translation exchanges', () => {
  const source = 'La ministre allemande des Affaires étrangères, Annalena Baerbock, a reçu à Berlin son homologue polonais, Radosław Sikorski.';
  it('finds each with the other’s country, and nothing when each keeps their own', () => {
    expect(found(source, 'Polish Foreign Minister Annalena Baerbock received her German counterpart, Radosław Sikorski, in Berlin.')).toEqual(['names.swapped']);
    expect(found(source, 'German Foreign Minister Annalena Baerbock received her Polish counterpart, Radosław Sikorski, in Berlin.')).toEqual([]);
  });
});

describe('names: countries exchanged, said with accents', () => {
  it('reads a people written with an accent (`sénégalais`, `égyptienne`)', () => {
    const source = 'Le président sénégalais, Bassirou Diomaye Faye, a reçu à Dakar son homologue égyptien, Abdel Fattah al-Sissi.';
    expect(found(source, 'Egyptian President Bassirou Diomaye Faye received his Senegalese counterpart, Abdel Fattah al-Sisi, in Dakar.')).toEqual(['names.swapped']);
    expect(found(source, 'Senegalese President Bassirou Diomaye Faye received his Egyptian counterpart, Abdel Fattah al-Sisi, in Dakar.')).toEqual([]);
  });
});
