import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const left = (source: string, target: string) => checkPair({ source, target }, us, only('french-left')).map((finding) => finding.params?.['text']);

describe('French left in the English', () => {
  it.each([
    ['Il accompagnera les viandes et les fromages à pâte molle.', 'It pairs with meats and les fromages à pâte molle.', 'les fromages à pâte molle'],
    ['La randonnée est accessible, mais déconseillée par temps de pluie.', 'The hike is accessible, mais not recommended in rainy weather.', 'mais'],
    ['Les chiens sont acceptés sur la plage hors saison.', 'Dogs are allowed on the beach hors saison.', 'hors saison'],
    ['Garantie deux ans, pièces et main-d’œuvre.', 'Two-year warranty on parts and main-d’œuvre.', 'main-d’œuvre'],
  ])('finds French left in: %s', (source, target, text) => {
    expect(left(source, target)).toEqual([text]);
  });

  it.each([
    ['Le plat est servi à la carte.', 'The dish is served à la carte.'],
    ['Le conseil régional des Pays de la Loire a voté.', 'The Pays de la Loire regional council voted.'],
    ['Le médicament est remboursé par la Sécurité sociale.', 'The drug is reimbursed by the Sécurité sociale.'],
    ['Le slogan « vivre ensemble » a été repris.', 'The slogan “vivre ensemble” was taken up.'],
    ['Il a lu *Les Misérables*.', 'He read *Les Misérables*.'],
    ['Une impression de déjà-vu.', 'A feeling of déjà vu.'],
    ['Le menu est à 25 euros.', 'The menu costs 25 euros.'],
    ['#coopération énergétique', '#coopération énergétique'],
  ])('is silent on: %s', (source, target) => {
    expect(left(source, target)).toEqual([]);
  });
});
