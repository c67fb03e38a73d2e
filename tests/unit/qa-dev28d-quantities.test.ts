import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Quantities, numbers and periods (dev-28d round): each rule fires on the faulty pair and stays quiet on a correct one. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string, context: QaContext = gb) => checkPair({ source, target }, context).map((finding) => finding.key);

type Case = [string, string, string, string, string];

describe('quantities, numbers and periods (dev-28d round)', () => {
  it.each<Case>([
    // [rule, source, faulty target, correct target, key]
    ['million abbreviated', 'Le réseau compte 2,3 millions de clients en Belgique.', 'The network has 3.2m customers in Belgium.', 'The network has 2.3m customers in Belgium.', 'numbers.missing'],
    ['million abbreviated, wrong figure', 'Le pays a produit 8 millions de tonnes de blé.', 'The country produced 6m tonnes of wheat.', 'The country produced 8m tonnes of wheat.', 'numbers.missing'],
    ['points as basis points', 'La banque centrale a abaissé son taux de 0,5 point mardi.', 'The central bank cut its rate by 5 basis points on Tuesday.', 'The central bank cut its rate by 50 basis points on Tuesday.', 'numbers.missing'],
    ['pounds and ounces', 'Le nouveau-né pesait 4,1 kilos à la naissance.', 'The newborn weighed 6lb 2oz at birth.', 'The newborn weighed 9lb 1oz at birth.', 'numbers.conversion'],
    ['subdivision as an ordinal', "Le juge s'appuie sur le paragraphe 4 du texte.", 'The judge relies on the third paragraph of the text.', 'The judge relies on the fourth paragraph of the text.', 'numbers.missing'],
    ['half as many', 'Les accidents sont trois fois moins fréquents sur cette route.', 'Accidents are three times more frequent on this road.', 'Accidents are three times less frequent on this road.', 'numbers.missing'],
    ['halved', 'Les plaintes sont deux fois moins nombreuses cette année.', 'Complaints have doubled this year.', 'Complaints have halved this year.', 'numbers.missing'],
    ['hours said in days', 'Il a fallu 72 heures pour rétablir le courant.', 'It took two days to restore power.', 'It took three days to restore power.', 'numbers.conversion'],
    ['centuries said in years', "L'abbaye a été fondée il y a trois siècles.", 'The abbey was founded 200 years ago.', 'The abbey was founded 300 years ago.', 'numbers.conversion'],
    ['milligrams, not micrograms', 'Il faut prendre 200 milligrammes le matin.', 'Take 200 micrograms in the morning.', 'Take 200 milligrams in the morning.', 'numbers.conversion'],
    ['about a hundred, not several hundred', "Une centaine d'enfants ont participé à la course.", 'Several hundred children took part in the race.', 'Around a hundred children took part in the race.', 'numbers.magnitude'],
    ['numeric date in words', 'Le formulaire doit être rendu avant le 07/05/2026.', 'The form must be returned by 5 July 2026.', 'The form must be returned by 7 May 2026.', 'dates.numeric'],
    ['numeric date in words, month first', 'Le formulaire doit être rendu avant le 07/05/2026.', 'The form must be returned by July 5, 2026.', 'The form must be returned by May 7, 2026.', 'dates.numeric'],
    ['hourly rate', "L'aide-ménagère est payée 13,50 euros net de l'heure.", 'The home help is paid €13.50 net a month.', 'The home help is paid €13.50 net an hour.', 'rates.changed'],
    ['frequency adjective', 'La commission publie un rapport trimestriel sur les prix.', 'The commission publishes an annual report on prices.', 'The commission publishes a quarterly report on prices.', 'rates.changed'],
    ['frequency adverb', 'Les bacs sont vidés quotidiennement par la mairie.', 'The bins are emptied weekly by the council.', 'The bins are emptied daily by the council.', 'rates.changed'],
    ['a fortnight, not a week', "Le chantier a repris il y a quinze jours après l'hiver.", 'Work resumed a week ago after the winter.', 'Work resumed two weeks ago after the winter.', 'dates.period'],
    ['a decade, not a century', 'Les loyers ont doublé en une décennie dans le centre.', 'Rents in the centre have doubled in a century.', 'Rents in the centre have doubled in ten years.', 'dates.period'],
    ['end of the year, not of the month', "Le rapport sera rendu d'ici la fin de l'année.", 'The report will be delivered by the end of the month.', 'The report will be delivered by the end of the year.', 'dates.period'],
  ])('%s', (_rule, source, faulty, correct, key) => {
    expect(keys(source, faulty)).toContain(key);
    expect(keys(source, correct)).not.toContain(key);
  });

  it('reads the hours of a schedule as times, not durations', () => {
    const source = 'Déroulé :\n• 9 h : ouverture\n• 15 h : clôture';
    expect(keys(source, 'Schedule:\n• 9am: opening\n• 3pm: close')).toEqual([]);
    expect(keys(source, 'Schedule:\n• 9am: opening\n• 4pm: close')).toContain('times.different');
    expect(keys('Le dimanche : 10 h - 12 h', 'Sunday: 10 a.m.–noon', us)).toEqual([]);
    expect(keys('Le dimanche : 10 h - 12 h', 'Sunday: 10 a.m.–1 p.m.', us)).toContain('times.different');
  });

  it('keeps codes with an English plural and countdowns out of the preserved codes', () => {
    expect(keys('La flotte compte trois B787 neufs.', 'The fleet has three new B787s.')).toEqual([]);
    expect(keys('La flotte compte trois B787 neufs.', 'The fleet has three new B777s.')).toContain('preserved');
    expect(keys('À J-10, les billets sont presque tous vendus.', 'With ten days to go, tickets are almost sold out.')).toEqual([]);
    expect(keys('À J-10, les billets sont presque tous vendus.', 'With five days to go, tickets are almost sold out.')).toContain('numbers.missing');
  });

  it('leaves a figureless frequency alone when the English says none', () => {
    expect(keys('Le quotidien régional a changé de directeur.', 'The regional newspaper has a new editor.')).toEqual([]);
    expect(keys('Le marché hebdomadaire attire les touristes.', 'The weekly market draws tourists.')).toEqual([]);
  });
});
