import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };

/** The names check's findings on a pair: key, severity and name. */
const found = (source: string, target: string) =>
  checkPair({ source, target }, gb)
    .filter((finding) => finding.check === 'names')
    .map((finding) => ({ key: finding.key, severity: finding.severity, name: (finding.params as { name?: string } | undefined)?.name }));

describe('names: a place or body said by its common noun alone', () => {
  it.each([
    ['Le stade de Gerland accueillera la finale le 12 juin.', 'The stadium will host the final on 12 June.', 'Gerland'],
    ['Le festival de Cannes a dévoilé jeudi sa sélection officielle.', 'The festival unveiled its official selection on Thursday.', 'Cannes'],
    ['Les passagers de l’aéroport de Roissy ont été évacués vers midi.', 'Passengers at the airport were evacuated around noon.', 'Roissy'],
  ])('warns that the name is dropped: %s', (source, target, name) => {
    expect(found(source, target)).toEqual([{ key: 'names.missing', severity: 'warning', name }]);
  });

  it.each([
    ['the name kept before the noun', 'Le stade de Gerland accueillera la finale.', 'The Gerland stadium will host the final.'],
    ['the body named otherwise', 'La Banque de France a relevé sa prévision de croissance.', 'The French central bank raised its growth forecast.'],
    ['the place named otherwise', 'Les passagers de l’aéroport de Roissy ont été évacués.', 'Passengers at Charles de Gaulle airport were evacuated.'],
    ['the noun with its complement', 'Le festival de Cannes a dévoilé sa sélection.', 'The festival in Cannes unveiled its selection.'],
  ])('finds nothing when the name is there: %s', (_why, source, target) => {
    expect(found(source, target)).toEqual([]);
  });
});

describe('names: a saint’s English name after St', () => {
  it.each([
    ['Un opéra donné dans la cathédrale Saint-Bavon de Gand.', 'An opera performed in St Bavo’s Cathedral in Ghent.'],
    ['Le pape a célébré la messe à Saint-Pierre de Rome.', 'The pope celebrated Mass at St. Peter’s Basilica in Rome.'],
    ['La basilique Sainte-Anne-de-Beaupré attire des pèlerins.', 'The Basilica of Saint Anne de Beaupré draws pilgrims.'],
  ])('takes the saint said in English: %s', (source, target) => {
    expect(found(source, target)).toEqual([]);
  });

  it('still finds another saint', () => {
    expect(found('Le pape a célébré la messe à Saint-Pierre de Rome.', 'The pope celebrated Mass at St. Paul’s Basilica in Rome.')).toEqual([{ key: 'names.missing', severity: 'warning', name: 'Saint-Pierre' }]);
  });
});

describe('names: French watchdogs said by what they do', () => {
  it('takes the fraud or privacy watchdog for la Répression des fraudes or la Cnil, and finds another body in their place', () => {
    expect(found('La Répression des fraudes met en garde contre les faux sites de revente de billets.', 'France’s fraud watchdog is warning against fake ticket resale sites.')).toEqual([]);
    expect(found('La Cnil a infligé une amende de 40 millions d’euros à Criteo.', 'France’s privacy watchdog fined Criteo 40 million euros.')).toEqual([]);
    expect(found('La Cnil a infligé une amende de 40 millions d’euros à Criteo.', 'Arcom fined Criteo 40 million euros.')).toEqual([{ key: 'names.replaced', severity: 'error', name: 'Cnil' }]);
  });
});
