import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** The rates check: a rate's base kept (time, population, area), a base swapped an error, a time base gone a warning. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const rates = (source: string, target: string, context: QaContext = us) =>
  checkPair({ source, target }, context)
    .filter((finding) => finding.check === 'rates')
    .map((finding) => `${finding.severity} ${finding.key}`);

describe('rates', () => {
  it.each<[string, string, string, string, string]>([
    // [rule, source, faulty target, correct target, finding]
    ['a month as a year', 'La bourse étudiante atteint 450 euros mensuels pour les boursiers.', 'The student grant reaches €450 a year for eligible students.', 'The student grant reaches €450 a month for eligible students.', 'error rates.changed'],
    ['a day as a week', 'Le parc éolien produit 300 mégawattheures par jour en hiver.', 'The wind farm produces 300 megawatt hours a week in winter.', 'The wind farm produces 300 megawatt hours daily in winter.', 'error rates.changed'],
    ['an hour as a day', 'Les infirmières intérimaires sont payées 38 euros par heure.', 'Agency nurses are paid €38 per day.', 'Agency nurses are paid €38 an hour.', 'error rates.changed'],
    ['per inhabitant as per household', 'La commune consomme 140 litres d’eau par habitant chaque jour.', 'The town uses 140 liters of water per household every day.', 'The town uses 140 liters of water per capita every day.', 'error rates.changed'],
    ['per household as per resident', 'La prime énergie sera de 120 euros par ménage.', 'The energy bonus will be €120 per resident.', 'The energy bonus will be €120 per household.', 'error rates.changed'],
    ['per pupil as per teacher-less base', 'L’État verse 90 euros par élève pour les fournitures.', 'The state pays €90 per employee for supplies.', 'The state pays €90 per pupil for supplies.', 'error rates.changed'],
    ['per passenger as per flight', 'La taxe aéroportuaire passe à 12 euros par passager.', 'The airport tax rises to €12 per flight.', 'The airport tax rises to €12 per passenger.', 'error rates.changed'],
    ['per hectare as per acre, unconverted', 'Le blé a rendu 6,5 tonnes par hectare cette année.', 'Wheat yielded 6.5 tons per acre this year.', 'Wheat yielded 2.6 tons per acre this year.', 'error rates.unconverted'],
    ['per square metre as per square foot, unconverted', 'Les bureaux se louent 320 euros le mètre carré par an.', 'Offices rent for €320 per square foot a year.', 'Offices rent for €320 per square metre a year.', 'error rates.unconverted'],
    ['a yearly rate dropped', 'Le refuge accueille 800 chiens par an depuis sa création.', 'The shelter has taken in 800 dogs since it opened.', 'The shelter has taken in 800 dogs a year since it opened.', 'warning rates.missing'],
  ])('%s', (_rule, source, faulty, correct, finding) => {
    expect(rates(source, faulty, gb)).toContain(finding);
    expect(rates(source, correct, gb)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['per person for per passenger', 'Le billet revient à 45 euros par passager.', 'The ticket works out at €45 per person.'],
    ['per head for per inhabitant', 'La dette atteint 1 500 euros par habitant.', 'The debt amounts to €1,500 per head.'],
    ['annual for par an', 'La subvention de 20 000 euros par an est reconduite.', 'The €20,000 annual grant has been renewed.'],
    ['a year ago is no rate', 'Le club compte 300 adhérents par mois de plus.', 'The club has 300 more members each month than a year ago.'],
    ['a 35-hour week', 'Les agents travaillent 35 heures par semaine.', 'Staff work a 35-hour week.'],
    ['per acre converted', 'Le terrain s’est vendu 10 000 euros l’hectare.', 'The land sold for about €4,050 an acre.'],
    ['a newspaper, no rate', 'Selon le quotidien régional, le chantier a pris du retard.', 'According to the regional newspaper, the work is behind schedule.'],
    ['a year on a date', 'Le loyer passera à 700 euros par an au 1er mars.', 'The rent will rise to €700 a year on March 1.'],
  ])('leaves alone %s', (_rule, source, target) => {
    expect(rates(source, target)).toEqual([]);
  });
});
