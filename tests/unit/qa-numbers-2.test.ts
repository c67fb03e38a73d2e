import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { englishVagueCounts, frenchVagueCounts } from '../../src/domain/qa/number-words';

/** Numbers, quantities, dates and times, second round: each rule fires on the faulty pair and stays quiet on a correct one. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string, context: QaContext = us) => checkPair({ source, target }, context).map((finding) => finding.key);

type Case = [string, string, string, string, string];

describe('numbers, quantities, dates and times (round 2)', () => {
  it.each<Case>([
    // [rule, source, faulty target, correct target, key]
    ['vague tens', 'Des dizaines de bénévoles ont nettoyé la plage dimanche.', 'Thousands of volunteers cleaned the beach on Sunday.', 'Dozens of volunteers cleaned the beach on Sunday.', 'numbers.magnitude'],
    ['vague hundreds of thousands', 'Des centaines de milliers de foyers ont été privés de courant.', 'Hundreds of households were left without power.', 'Hundreds of thousands of households were left without power.', 'numbers.magnitude'],
    ['several thousand', 'Plusieurs milliers de salariés sont concernés par le plan.', 'Several hundred employees are affected by the plan.', 'Several thousand employees are affected by the plan.', 'numbers.magnitude'],
    ['about a dozen', 'Une douzaine de communes ont rejoint le syndicat.', 'About thirty municipalities have joined the association.', 'A dozen or so municipalities have joined the association.', 'numbers.missing'],
    ['cents, not pence', 'Le ticket de bus coûtera 20 centimes de plus.', 'A bus ticket will cost 20p more.', 'A bus ticket will cost 20 cents more.', 'numbers.missing'],
    ['Swiss francs', 'La commune a investi 450 000 francs dans la rénovation du collège.', 'The municipality invested $450,000 in renovating the school.', 'The municipality invested CHF 450,000 in renovating the school.', 'numbers.missing'],
    ['cubic metres after a magnitude', 'Le lac artificiel contient 2 millions de mètres cubes.', 'The artificial lake holds 2 million liters.', 'The artificial lake holds 2 million cubic meters.', 'numbers.conversion'],
    ['year and a half', 'Le chantier a pris trente mois.', 'The works took a year and a half.', 'The works took two and a half years.', 'numbers.conversion'],
    ['hour and a half', 'Le débat a duré une heure et demie.', 'The debate lasted half an hour.', 'The debate lasted an hour and a half.', 'times.duration'],
    ['hour and a quarter', 'Il faut compter une heure et quart de marche.', 'Allow forty-five minutes of walking.', 'Allow an hour and a quarter of walking.', 'times.duration'],
    ['first as second', 'Pour la première fois, la ville accueille le congrès.', 'For the third time, the city is hosting the conference.', 'For the first time, the city is hosting the conference.', 'ordinals.missing'],
    ['weekend as weekdays', 'La piscine est fermée le week-end en hiver.', 'The pool is closed on weekdays in winter.', 'The pool is closed at weekends in winter.', 'weekdays.different'],
  ])('%s', (_rule, source, faulty, correct, key) => {
    expect(keys(source, faulty)).toContain(key);
    expect(keys(source, correct)).not.toContain(key);
  });

  it.each<[string, string, string, QaContext?]>([
    ['a phone number with the country code', 'Renseignements au 021 345 67 89.', 'Information on +41 21 345 67 89.', gb],
    ['a phone number grouped by hyphens', 'Appelez le 1 866 411-2200 pour réserver.', 'Call 1-866-411-2200 to book.'],
    ['a hyphenated ordinal in words', 'La ville fête son trois-centième anniversaire.', 'The town is celebrating its 300th anniversary.'],
    ['halve for diviser par deux', 'Le plan vise à diviser par deux les émissions.', 'The plan aims to halve emissions.'],
    ['neither for aucun des deux', 'Aucun des deux candidats ne souhaite débattre.', 'Neither candidate wants to debate.'],
    ['an idiom with four hundred', 'Jeune, elle a fait les quatre cents coups.', 'As a youngster, she was a real handful.'],
    ['a school year code', 'Les élèves de CE1 apprennent à lire couramment.', 'Second-graders learn to read fluently.'],
    ['a fuel grade', 'Le sans-plomb 98 a atteint 1,95 € le litre.', 'Unleaded reached €1.95 a liter.'],
    ['article 1er', "L'article 1er du règlement fixe les horaires.", 'Article 1 of the rules sets the opening hours.', gb],
    ['a day before a holiday', "La mairie ferme à midi l'avant-veille de Noël.", 'The town hall closes at noon two days before Christmas.'],
    ['a decimal number is still checked', 'Le musée a reçu 2 300 visiteurs.', 'The museum received 2.300 visitors.'],
  ])('%s', (rule, source, target, context = us) => {
    const found = keys(source, target, context).filter((key) => /^(?:numbers|ordinals|dates|times|weekdays)\./u.test(key));
    if (rule === 'a decimal number is still checked') expect(found).toContain('numbers.missing');
    else expect(found).toEqual([]);
  });

  it('reads vague counts by their order of magnitude', () => {
    expect(frenchVagueCounts('des dizaines de milliers de personnes').map((count) => count.magnitude)).toEqual([1e4]);
    expect(frenchVagueCounts('deux centaines de personnes')).toEqual([]);
    expect(englishVagueCounts('tens of thousands of people, a few hundred cars').map((count) => count.magnitude)).toEqual([1e4, 100]);
    expect(englishVagueCounts('test scores rose')).toEqual([]);
  });
});
