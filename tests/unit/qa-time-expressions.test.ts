import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';
import { frenchHundredsYears, saysCentury } from '../../src/domain/qa/calendar';
import { exonyms } from '../../src/domain/qa/exonyms';
import { holidays, namedPeriods } from '../../src/domain/qa/holidays';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const found = (source: string, target: string, id: CheckId = 'time-expressions') => checkPair({ source, target }, us, only(id));
const said = (source: string, target: string) => found(source, target).map((finding) => finding.params?.['said']);

describe('time expressions check', () => {
  it.each([
    // Which day from today.
    ['La commission a rendu son avis avant-hier.', 'The committee gave its opinion yesterday.', 'avant-hier'],
    ['Le verdict sera rendu après-demain.', 'The verdict will be delivered tomorrow.', 'après-demain'],
    ['Hier, la neige a bloqué les routes du Jura.', 'Today, snow blocked the roads in the Jura.', 'Hier'],
    ['Le maire tiendra une réunion publique ce soir.', 'The mayor will hold a public meeting tomorrow night.', 'ce soir'],
    ['Le magasin rouvre demain.', 'The store reopened yesterday.', 'demain'],
    // Which week, month, year.
    ['Le chantier reprendra la semaine prochaine.', 'Work on the site resumed last week.', 'semaine prochaine'],
    ['Les loyers ont augmenté le mois dernier.', 'Rents went up earlier this month.', 'mois dernier'],
    ['La fusion sera finalisée le mois prochain.', 'The merger will be finalized this month.', 'mois prochain'],
    ['Le festival a accueilli 40 000 spectateurs l’an dernier.', 'The festival drew 40,000 spectators this year.', 'an dernier'],
    ['Les travaux commenceront l’année prochaine.', 'Work will begin this year.', 'année prochaine'],
    ['Cette semaine, la piscine ferme à 19 heures.', 'Next week, the pool closes at 7 p.m.', 'Cette semaine'],
    ['Ce week-end, l’entrée du château est gratuite.', 'Entry to the castle is free next weekend.', 'Ce week-end'],
    ['Cette nuit, le froid va s’intensifier.', 'The cold will intensify tomorrow night.', 'Cette nuit'],
    // Parts of a period.
    ['La nouvelle ligne ouvrira mi-septembre.', 'The new line will open at the end of September.', 'mi-septembre'],
    ['Le rapport sera publié fin novembre.', 'The report will be published in early November.', 'fin novembre'],
    ['Le vote est prévu début juillet.', 'The vote is scheduled for late July.', 'début juillet'],
    ['Le pont a été construit au début du XIXe siècle.', 'The bridge was built in the late 19th century.', 'début du XIXe siècle'],
    ['Les ventes ont chuté en fin d’année.', 'Sales fell at the start of the year.', 'fin d’année'],
    ['Le village s’est dépeuplé au milieu des années 1950.', 'The village emptied in the early 1950s.', 'milieu des années 1950'],
    // Seasons.
    ['Le musée rouvrira au printemps 2027.', 'The museum will reopen in the fall of 2027.', 'printemps'],
    ['Les vendanges ont commencé cet été.', 'The grape harvest began this winter.', 'été'],
    ['La station ferme en hiver.', 'The resort closes in summer.', 'hiver'],
    // Quarters and halves.
    ['Au deuxième trimestre 2024, les exportations ont reculé.', 'In Q3 2024, exports fell.', 'deuxième trimestre'],
    ['Le bénéfice a doublé au T1 2026.', 'Profit doubled in the fourth quarter of 2026.', 'T1'],
    ['Au premier semestre, le trafic a progressé de 8 %.', 'In the second half, traffic grew by 8%.', 'premier semestre'],
    ['Les livraisons ont repris au dernier trimestre 2023.', 'Deliveries resumed in the second quarter of 2023.', 'dernier trimestre'],
    // What a period counts from.
    ['Le locataire dispose d’un mois à compter de la signature du bail.', 'The tenant has one month from the date on which the lease is paid.', 'à compter de la signature'],
  ])('finds the time changed: %s', (source, target, expression) => {
    expect(said(source, target)).toEqual([expect.stringContaining(expression)]);
  });

  it('finds the part of the day changed, as a warning', () => {
    const findings = found('La grève est reconduite jusqu’à jeudi matin.', 'The strike has been extended until Thursday night.');
    expect(findings.map((finding) => [finding.params?.['said'], finding.severity])).toEqual([['matin', 'warning']]);
  });

  it.each([
    ['La commission a rendu son avis avant-hier.', 'The committee gave its opinion the day before yesterday.'],
    ['La commission a rendu son avis avant-hier.', 'The committee gave its opinion two days ago.'],
    ['Le verdict sera rendu après-demain.', 'The verdict will be delivered the day after tomorrow.'],
    ['Le chantier reprendra la semaine prochaine.', 'Work on the site will resume next week.'],
    ['Le maire tiendra une réunion publique ce soir.', 'The mayor will hold a public meeting tonight.'],
    ['Le maire tiendra une réunion publique ce soir.', 'The mayor will hold a public meeting this evening.'],
    ['Les loyers ont augmenté le mois dernier.', 'Rents went up last month.'],
    ['La nouvelle ligne ouvrira mi-septembre.', 'The new line will open in mid-September.'],
    ['La nouvelle ligne ouvrira à la mi-septembre.', 'The new line will open in the middle of September.'],
    ['Le rapport sera publié fin novembre.', 'The report will be published in late November.'],
    ['Le rapport sera publié fin novembre.', 'The report will be published at the end of November.'],
    ['Les ventes reprennent en début d’année.', 'Sales pick up early in the year.'],
    ['Les ventes reprennent en début d’année.', 'Sales pick up at the start of the year.'],
    ['Le pont a été construit au début du XXe siècle.', 'The bridge was built at the turn of the 20th century.'],
    ['Au T3 2025, la marge a progressé.', 'In Q3 2025, the margin improved.'],
    ['Au T3 2025, la marge a progressé.', 'In the third quarter of 2025, the margin improved.'],
    ['Au dernier trimestre 2025, la marge a progressé.', 'In the final quarter of 2025, the margin improved.'],
    ['La récolte a lieu à l’automne.', 'The harvest takes place in the fall.'],
    ['La récolte a lieu à l’automne.', 'The harvest takes place in autumn.'],
    ['Le projet a été adopté hier et il entrera en vigueur demain.', 'The project was adopted yesterday and will take effect tomorrow.'],
    ['Elle a été élue en 2019.', 'She was elected in the summer of 2019.'],
    ['Hier comme aujourd’hui, la ville attire les touristes.', 'Then as now, the city draws tourists.'],
    ['Dans la nuit de dimanche à lundi, un incendie a ravagé l’entrepôt.', 'Early on Monday morning, a fire swept through the warehouse.'],
    ['Ce soir-là, le théâtre était plein.', 'That evening, the theater was full, as it is tonight.'],
    ['Il a fini la course en 2 h 10 la semaine dernière, après un début de saison difficile.', 'He finished the race in 2:10 last week, after a difficult start to the season.'],
    ['Cette nuit, le vent a soufflé à 120 km/h.', 'Last night, the wind blew at 120 km/h.'],
    ['Ce week-end, 5 000 visiteurs sont venus.', 'Last weekend, 5,000 visitors came.'],
    ['Le week-end dernier, le marché a fermé tôt.', 'This past weekend, the market closed early.'],
    ['Le délai court à compter de la livraison.', 'The period runs from delivery of the goods ordered.'],
    ['Les chiffres du premier trimestre sont bons.', 'First-quarter figures are good.'],
    ['Il y a une boîte de nuit près de la gare, ouverte le matin.', 'There is a nightclub near the station, open in the morning.'],
  ])('is silent on a correct translation: %s', (source, target) => {
    expect(said(source, target)).toEqual([]);
  });
});

describe('centuries said by their hundreds', () => {
  it('reads the 1700s as the 18th century, and finds another', () => {
    expect(found('Le moulin date du XVIIIe siècle.', 'The mill dates from the 1700s.', 'ordinals')).toEqual([]);
    expect(found('Le moulin date du 18e siècle.', 'The mill dates from the eighteen hundreds.', 'ordinals').map((finding) => finding.key)).toEqual(['ordinals.missing']);
    expect(found('Le moulin date du XVIIIe siècle.', 'The mill dates from the 1800s.', 'ordinals').map((finding) => finding.key)).toEqual(['ordinals.missing']);
  });

  it('reads les années 1800 as the 19th century, said either way in English', () => {
    expect(frenchHundredsYears('Dans les années 1700, le port prospérait.').map((found) => found.century)).toEqual([18]);
    expect(frenchHundredsYears('Dans les années 1750, le port prospérait.')).toEqual([]);
    expect(saysCentury('In the 18th century, the port thrived.', 18)).toBe(true);
    expect(saysCentury('In the eighteenth-century port…', 18)).toBe(true);
    expect(saysCentury('In the 1700s, the port thrived.', 18)).toBe(true);
    expect(saysCentury('In the 1800s, the port thrived.', 18)).toBe(false);
  });

  it('lets the numbers check take les années 1700 said as a century, and not as another one', () => {
    expect(found('Dans les années 1700, le port prospérait.', 'In the 18th century, the port thrived.', 'numbers')).toEqual([]);
    expect(found('Dans les années 1700, le port prospérait.', 'In the 1700s, the port thrived.', 'numbers')).toEqual([]);
    expect(found('Dans les années 1700, le port prospérait.', 'In the 19th century, the port thrived.', 'numbers').map((finding) => finding.key)).toEqual(['numbers.missing']);
  });
});

describe('named days and periods', () => {
  it('gives the names check the dates check’s table of named days and periods: one list, read by both', () => {
    const loose = exonyms().filter((exonym) => exonym.kind === 'loose');
    for (const named of [...holidays, ...namedPeriods].filter((day) => day.french.length > 0)) {
      expect(loose.some((exonym) => exonym.french === named.french && exonym.english === named.english)).toBe(true);
    }
    const source = 'Après la Chandeleur et avant Mardi gras, pendant les Trente Glorieuses et la Belle Époque.';
    expect(found(source, 'After Candlemas and before Shrove Tuesday, during the post-war boom and the Belle Époque.', 'names')).toEqual([]);
    expect(found('Le magasin ferme pour la Saint-Sylvestre.', 'The shop closes on New Year’s Eve.', 'names')).toEqual([]);
  });

  it('takes a holiday’s weekday as the holiday’s', () => {
    expect(found('Le carnaval défile le jour de Mardi gras.', 'The carnival parades on Mardi Gras.', 'weekdays')).toEqual([]);
    expect(found('Le défilé a lieu le Vendredi saint.', 'The procession takes place on Good Friday.', 'dates')).toEqual([]);
    expect(found('Le défilé a lieu le Vendredi saint.', 'The procession takes place on Easter Monday.', 'dates').map((finding) => finding.key)).toEqual(['dates.holiday']);
  });
});
