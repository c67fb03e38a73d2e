import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';
import { frenchIdentifiers } from '../../src/domain/qa/identifiers';
import { converted, unitAfter } from '../../src/domain/qa/measures';
import { englishNumberWords, frenchNumberWords, readFrenchCardinal } from '../../src/domain/qa/number-words';

/** Numbers as a senior reviser reads them (issue 28): in words, as identifiers, as measures converted. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const numberFindings = (source: string, target: string) =>
  checkPair({ source, target }, us)
    .filter((finding) => finding.check === 'numbers')
    .map((finding) => finding.key);

describe('the French cardinal reader', () => {
  it.each<[string, number]>([
    ['zéro', 0],
    ['un', 1],
    ['seize', 16],
    ['dix-sept', 17],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['trente-deux', 32],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-neuf', 79],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-onze', 91],
    ['quatre-vingt-dix-neuf', 99],
    ['cent', 100],
    ['cent un', 101],
    ['deux cents', 200],
    ['deux cent trois', 203],
    ['mille', 1000],
    ['mille deux cent trente-quatre', 1234],
    ['deux mille deux cents', 2200],
    ['deux mille vingt-six', 2026],
    ['quatre-vingt mille', 80_000],
    ['deux cent mille', 200_000],
    ['neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf', 999_999],
    ['un million', 1e6],
    ['un demi-million', 500_000],
    ['trois millions deux cent mille', 3_200_000],
    ['un milliard', 1e9],
    ['un milliard deux cents millions', 1.2e9],
    ['septante-cinq', 75],
    ['nonante', 90],
  ])('reads %s as %d', (words, value) => {
    expect(readFrenchCardinal(words)).toBe(value);
  });

  it.each(['trois deux', 'quatre-quatre', 'vingt-dix', 'millions', 'deux-roues', 'deuxième'])('reads no single number in %s', (words) => {
    expect(readFrenchCardinal(words)).toBeUndefined();
  });

  it('reads digits with a magnitude and a decimal comma in the text: 1,5 milliard', () => {
    expect(numberFindings('Un budget de 1,5 milliard d’euros.', 'A budget of €1.5 billion.')).toEqual([]);
    expect(numberFindings('Un budget de 1,5 milliard d’euros.', 'A budget of €1.5 million.')).toEqual(['numbers.missing']);
  });

  /** French cardinals written by rule, apart from the reader: traditional spelling, `et un` and the plural `s` where French puts them. */
  const units = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
  const tensWords = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
  const underHundred = (n: number): string => {
    if (n <= 16) return units[n]!;
    if (n < 20) return `dix-${units[n - 10]}`;
    if (n < 70) {
      const [tens, unit] = [Math.floor(n / 10), n % 10];
      return unit === 0 ? tensWords[tens]! : unit === 1 ? `${tensWords[tens]} et un` : `${tensWords[tens]}-${units[unit]}`;
    }
    if (n < 80) return n === 71 ? 'soixante et onze' : `soixante-${underHundred(n - 60)}`;
    return n === 80 ? 'quatre-vingts' : `quatre-vingt-${underHundred(n - 80)}`;
  };
  const underThousand = (n: number, final: boolean): string => {
    const [hundreds, rest] = [Math.floor(n / 100), n % 100];
    const head = hundreds === 0 ? '' : hundreds === 1 ? 'cent' : `${units[hundreds]} cent${rest === 0 && final ? 's' : ''}`;
    const tail = rest === 0 ? '' : final || rest !== 80 ? underHundred(rest) : 'quatre-vingt';
    return [head, tail].filter(Boolean).join(' ');
  };
  const french = (n: number): string => {
    if (n === 0) return 'zéro';
    const [millions, thousands, rest] = [Math.floor(n / 1e6), Math.floor((n % 1e6) / 1000), n % 1000];
    return [
      millions === 0 ? '' : `${underThousand(millions, true)} million${millions > 1 ? 's' : ''}`,
      thousands === 0 ? '' : thousands === 1 ? 'mille' : `${underThousand(thousands, false)} mille`,
      rest === 0 ? '' : underThousand(rest, true),
    ]
      .filter(Boolean)
      .join(' ');
  };

  it('reads back every number from 0 to 1 000 000 written in French words (sampled)', () => {
    expect(french(71)).toBe('soixante et onze');
    expect(french(80_080)).toBe('quatre-vingt mille quatre-vingts');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => readFrenchCardinal(french(n)) === n),
      { numRuns: 3000 },
    );
  });

  it('reads back every number from 0 to 1 000 and the round millions written in French words', () => {
    for (let n = 0; n <= 1000; n++) expect([n, readFrenchCardinal(french(n))]).toEqual([n, n]);
    for (const n of [1e6, 2e6, 21e6, 999e6]) expect(readFrenchCardinal(french(n))).toBe(n);
  });

  it('finds the numbers of a sentence and nothing else', () => {
    const found = frenchNumberWords('Un homme neuf a passé dix-huit mois avec les deux-roues des Quatre Cents Coups, un sur quatre.');
    expect(found.map((number) => [number.text, number.value])).toEqual([
      ['dix-huit', 18],
      ['un sur quatre', 0.25],
    ]);
  });

  it('reads English numbers in words: twenty-one, a hundred and five, one in four, two-thirds, tripled', () => {
    const values = englishNumberWords('twenty-one, a hundred and five, one in four, two-thirds, tripled, half a million').map((number) => number.value);
    expect(values).toEqual(expect.arrayContaining([21, 105, 0.25, 2 / 3, 3, 500_000]));
  });
});

describe('number words compared with the English', () => {
  it.each<[string, string]>([
    ['Deux suspects ont été interpellés.', 'Three suspects were arrested.'],
    ['La société affronte deux concurrents.', 'The company faces 3 rivals.'],
    ['Le plan supprime deux mille postes.', 'The plan cuts 200 jobs.'],
    ['Les douze membres du conseil ont voté.', 'All 11 council members voted.'],
    ['Un plan de dix milliards de dollars.', 'A $6 billion plan.'],
    ['Les travaux ont duré dix-huit mois.', 'The work took eight months.'],
    ['Cinq ans plus tard, rien n’a changé.', 'Four years later, nothing has changed.'],
    ['Un salarié sur quatre est concerné.', 'One in five employees is affected.'],
    ['Le nombre de cas a été multiplié par trois.', 'The number of cases has doubled.'],
    ['Un milliard de dollars a été investi.', '$1 million was invested.'],
    ['Le prix a doublé en deux ans.', 'The price tripled in two years.'],
    ['Deux tiers des votants.', 'Half of voters.'],
    ['Les deux-tiers des votants.', 'Half of voters.'],
    ['La moitié des habitants.', 'A third of residents.'],
    ['Le budget a été divisé par deux.', 'The budget was cut by a third.'],
    ['Il a réussi en quatre ans.', 'He succeeded in five years.'],
  ])('flags %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual(['numbers.missing']);
  });

  it('says which number is missing, once, at its place in the source', () => {
    const source = 'Le prix a doublé en deux ans.';
    const findings = checkPair({ source, target: 'The price tripled in two years.' }, us).filter((finding) => finding.check === 'numbers');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.params).toEqual({ number: 'doublé' });
    expect(source.slice(findings[0]!.source![0]!.start, findings[0]!.source![0]!.end)).toBe('doublé');
  });

  it.each<[string, string]>([
    ['Deux suspects ont été interpellés.', 'Two suspects were arrested.'],
    ['Deux suspects ont été interpellés.', '2 suspects were arrested.'],
    ['3 suspects ont été interpellés.', 'Three suspects were arrested.'],
    ['Vingt et un élus ont signé.', '21 councillors signed.'],
    ['Vingt et un élus ont signé.', 'Twenty-one councillors signed.'],
    ['Mille deux cent trente-quatre votants.', '1,234 voters.'],
    ['Un milliard de dollars a été investi.', '$1 billion was invested.'],
    ['Un milliard de dollars a été investi.', 'A billion dollars was invested.'],
    ['Un demi-million de personnes.', 'Half a million people.'],
    ['Deux millions et demi de visiteurs.', '2.5 million visitors.'],
    ['Un salarié sur quatre est concerné.', 'One in four employees is affected.'],
    ['Un salarié sur quatre est concerné.', 'A quarter of employees are affected.'],
    ['Un salarié sur quatre est concerné.', '25% of employees are affected.'],
    ['Deux tiers des votants.', 'Two-thirds of voters.'],
    ['La moitié des habitants.', 'Half of residents.'],
    ['La moitié des habitants.', '50% of residents.'],
    ['Cinquante pour cent des votes.', 'Half the votes.'],
    ['Le nombre de cas a été multiplié par trois.', 'The number of cases has tripled.'],
    ['Le nombre de cas a été multiplié par trois.', 'The number of cases is three times higher.'],
    ['Le budget a été divisé par deux.', 'The budget was halved.'],
    ['Les deux pays ont signé.', 'Both countries signed.'],
    ['Il est venu deux fois.', 'He came twice.'],
    ['Il est arrivé à neuf heures.', 'He arrived at 9 a.m.'],
    ['Quarante-huit heures plus tard.', '48 hours later.'],
    ['Mille personnes ont défilé.', 'A thousand people marched.'],
    ['Il y a 4 mille habitants.', 'There are 4,000 inhabitants.'],
    ['Noté 3 sur 5.', 'Rated 3/5.'],
    ['Noté 3 sur 5.', 'Rated three out of five.'],
    ['Sept personnes sur dix.', '70% of people.'],
    ['Le prix a été multiplié par dix en vingt ans.', 'The price has risen tenfold in twenty years.'],
    ['La saison 2024-2025.', 'The 2024-25 season.'],
  ])('holds %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Un homme est venu.', 'A man came.'],
    ['Une femme sur le quai.', 'A woman on the platform.'],
    ['Un appareil neuf.', 'A new device.'],
    ['Quoi de neuf à la mairie ?', 'What is new at the town hall?'],
    ['Les deux-roues sont interdits.', 'Motorbikes are banned.'],
    ['Les Deux-Sèvres votent.', 'The Deux-Sèvres department votes.'],
    ['Il a revu Les Quatre Cents Coups.', 'He watched The 400 Blows again.'],
    ['Il a revu Les Quatre Cents Coups.', 'He watched The Four Hundred Blows again.'],
    ['La deuxième fois.', 'The second time.'],
    ['Le vingt et unième siècle.', 'The 21st century.'],
    ['La mairie est à deux pas.', 'The town hall is close by.'],
    ['Il a marqué un triplé.', 'He scored a hat-trick.'],
    ['Un tiers payant.', 'A third-party payer.'],
    ['Un quart d’heure plus tard.', 'Fifteen minutes later.'],
    ['Des centaines de manifestants.', 'Hundreds of protesters.'],
    ['Une dizaine de blessés.', 'About ten injured.'],
    ['Zéro mort sur les routes.', 'No deaths on the roads.'],
    ['Un débat sur trois thèmes.', 'A debate on three topics.'],
    ['Rendez-vous dans huit jours.', 'See you in a week.'],
    ['La musique des années quatre-vingt.', 'The music of the eighties.'],
    ['Les trois quarts du temps, il pleut.', 'Most of the time, it rains.'],
    ['Un panneau de 3 mètres sur 4.', 'A 3-by-4-meter panel.'],
    ['Le doublement du périphérique.', 'The widening of the ring road.'],
  ])('reads no number in %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual([]);
  });
});

describe('identifiers among numbers', () => {
  it('reads telephone numbers and legal references as one identifier each', () => {
    const found = frenchIdentifiers('Le 49.3, l’article L. 1234-5, la loi n° 2023-270 ; appelez le 01 23 45 67 89, le 0 800 130 000 ou le +33 1 23 45 67 89.');
    expect(found.map((identifier) => identifier.text)).toEqual(['49.3', '1234-5', '2023-270', '01 23 45 67 89', '0 800 130 000', '+33 1 23 45 67 89']);
  });

  it.each<[string, string]>([
    ['Le 49.3 a été utilisé.', 'Article 49.3 was used.'],
    ['Le gouvernement a utilisé le 49-3.', 'The government used Article 49.3.'],
    ['De 2020-2025.', 'From 2020 to 2025.'],
    ['Appelez le 0 800 130 000.', 'Call 0 800 130 000.'],
    ['Appelez le 0 800 130 000.', 'Call 0800 130 000.'],
    ['Appelez le 01 23 45 67 89.', 'Call 01 23 45 67 89.'],
    ['Appelez le 01 23 45 67 89.', 'Call +33 1 23 45 67 89.'],
    ['Appelez le +33 1 23 45 67 89.', 'Call +33 (0)1 23 45 67 89.'],
    ['Selon l’article L. 1234-5 du code du travail.', 'Under Article L1234-5 of the Labour Code.'],
    ['La loi n° 2023-270 du 14 avril 2023.', 'Law No. 2023-270 of April 14, 2023.'],
    ['Selon l’article 12 du règlement.', 'Under Article 12 of the rules.'],
  ])('holds %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Le 49.3 a été utilisé.', 'Article 49.2 was used.'],
    ['Appelez le 0 800 130 000.', 'Call 0 800 130 001.'],
    ['Appelez le 01 23 45 67 89.', 'Call +33 1 23 45 67 98.'],
    ['La loi n° 2023-270 du 14 avril 2023.', 'Law No. 2023-207 of April 14, 2023.'],
  ])('flags a changed digit: %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual(['numbers.identifier']);
  });
});

describe('measures converted', () => {
  it.each<[string, string]>([
    ['Limité à 120 km/h.', 'Limited to 75 mph.'],
    ['Limité à 130 km/h.', 'Limited to 80 mph.'],
    ['Il fera 35 °C.', 'It will be 95°F.'],
    ['Il fera -8 °C.', 'It will be 18 degrees Fahrenheit.'],
    ['Un colis de 5 kg.', 'A parcel of about 11 pounds.'],
    ['Une centrale de 1 300 mégawatts.', 'A 1.3 GW plant.'],
    ['La piste fait 3 km.', 'The trail is 1.9 miles long.'],
    ['Une tour de 300 mètres.', 'A 984-foot tower.'],
    ['Une vis de 5 cm.', 'A 2-inch screw.'],
    ['Une cuve de 100 litres.', 'A 26-gallon tank.'],
    ['Un domaine de 10 hectares.', 'A 25-acre estate.'],
    ['Un paquet de 250 g.', 'A 9-ounce packet.'],
    ['Limité à 120 km/h.', 'Limited to 120 km/h.'],
    ['Le TGV roule à 300 km/h.', 'The TGV runs at 300 km/h (186 mph).'],
    ['Il mesure 1,80 m.', 'He is 5 ft 11 in tall.'],
    ['Dix tonnes de déchets.', 'Ten tons of waste.'],
    ['Un virage à 90 degrés.', 'A 90-degree turn.'],
  ])('holds %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Limité à 120 km/h.', 'Limited to 55 mph.'],
    ['Limité à 120 km/h.', 'Limited to 120 mph.'],
    ['Il fera 35 °C.', 'It will be 85°F.'],
    ['Un colis de 5 kg.', 'A parcel of 5 pounds.'],
  ])('flags a wrong conversion: %s → %s', (source, target) => {
    expect(numberFindings(source, target)).toEqual(['numbers.conversion']);
  });

  it('gives the conversion the translation should have', () => {
    const [finding] = checkPair({ source: 'Limité à 120 km/h.', target: 'Limited to 55 mph.' }, us).filter((item) => item.check === 'numbers');
    expect(finding!.params).toEqual({ number: '120 km/h', text: '55 mph', expected: '74.6 mph' });
  });

  it('rounds as a translator does: within 5 %, to the nearest 5 for speeds and temperatures', () => {
    const kmh = unitAfter(' km/h', 'fr')!;
    const mph = unitAfter(' mph', 'en')!;
    expect(converted({ value: 120, unit: kmh }, { value: 75, unit: mph })).toBe(true);
    expect(converted({ value: 50, unit: kmh }, { value: 30, unit: mph })).toBe(true);
    expect(converted({ value: 120, unit: kmh }, { value: 80, unit: mph })).toBe(false);
    expect(unitAfter(' mois', 'fr')?.dimension).toBe('time'); // a length of time, never metres
  });
});

describe('numeric rules: units, currencies, round counts, ordinals in words, eras', () => {
  const us: QaContext = { targetLang: 'en-US', glossary: [] };
  const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
  const keys = (source: string, target: string, context: QaContext = us) =>
    checkPair({ source, target }, context).filter((finding) => ['numbers', 'dates', 'times', 'ordinals'].includes(finding.check)).map((finding) => finding.key);

  it('reads hyphenated compound measures converted (`2,700-square-foot`, `five-acre`, `400-gallon`)', () => {
    expect(keys('Cette maison de 250 m² dispose d’un jardin.', 'This 2,700-square-foot house has a garden.')).toEqual([]);
    expect(keys('Un terrain de 2 hectares.', 'A five-acre plot.')).toEqual([]);
    expect(keys('Une cuve de 1 500 litres.', 'A 400-gallon tank.')).toEqual([]);
  });
  it('reads M€ and Md€ as amounts, and another currency as another amount', () => {
    expect(keys('Elle a levé 3,5 M€.', 'It raised €3.5 million.')).toEqual([]);
    expect(keys('Le budget augmente de 0,8 M€.', 'The budget is increasing by €800,000.')).toEqual([]);
    expect(keys('Le chiffre d’affaires atteint 1,2 Md€.', 'Revenue came to €1.2 billion.')).toEqual([]);
    expect(keys('Elle doit verser 250 000 euros.', 'It must pay $250,000.')).toEqual(['numbers.missing']);
    expect(keys('Elle doit verser 250 000 euros.', 'It must pay €250,000.')).toEqual([]);
  });
  it('tells percentage points from percentages', () => {
    expect(keys('Le taux a baissé de 0,3 point.', 'The rate fell by 0.3%.')).toEqual(['numbers.missing']);
    expect(keys('Le taux a baissé de 0,3 point.', 'The rate fell by 0.3 percentage points.')).toEqual([]);
  });
  it('finds a price per unit whose unit changed, not one converted', () => {
    expect(keys('Le saumon s’est vendu 32 € le kilo.', 'Salmon sold for €32 a pound.')).toEqual(['numbers.conversion']);
    expect(keys('Le loyer est de 14,50 € le mètre carré.', 'Rent is €14.50 per square foot.')).toEqual(['numbers.conversion']);
    expect(keys('Le saumon s’est vendu 32 € le kilo.', 'Salmon sold for €32 a kilo.')).toEqual([]);
  });
  it('compares lengths of time by unit (`deux ans` is not `two months`), converted or in words', () => {
    expect(keys('Le chantier a pris deux ans de retard.', 'The project is two months behind.')).toEqual(['numbers.conversion']);
    expect(keys('Le délai est de quatorze jours.', 'The period is fourteen weeks.')).toEqual(['numbers.conversion']);
    expect(keys('Le délai est de quatorze jours.', 'The period is two weeks.')).toEqual([]);
    expect(keys('Le délai est de quatorze jours.', 'The period is a fortnight.')).toEqual([]);
    expect(keys('Elles ont disparu en dix ans.', 'They disappeared over the past decade.')).toEqual([]);
    expect(keys('Un stockage de 256 Go.', '256 MB of storage.')).toEqual(['numbers.conversion']);
  });
  it('reads round counts (`une trentaine de`) near their value, and finds another count', () => {
    expect(keys('Une trentaine de randonneurs.', 'Some thirteen hikers.')).toEqual(['numbers.missing']);
    expect(keys('Une soixantaine d’ouvriers.', 'Around seventy workers.')).toEqual(['numbers.missing']);
    expect(keys('Une trentaine de randonneurs.', 'About thirty hikers.')).toEqual([]);
    expect(keys('Une centaine de manifestants.', 'Dozens of protesters.')).toEqual([]);
  });
  it('keeps space-grouped registration numbers, and rooms as bedrooms', () => {
    expect(keys('Immatriculée sous le n° 812 345 678.', 'Registered under No. 812 345 678.')).toEqual([]);
    expect(keys('Un appartement de trois pièces au 2e étage.', 'A two-bedroom apartment on the third floor.')).toEqual([]);
    expect(keys('Un appartement au 2e étage.', 'An apartment on the fourth floor.')).toEqual(['ordinals.missing']);
  });
  it('reads ordinals in words, both languages', () => {
    expect(keys('Achevée au XVe siècle.', 'Completed in the fifteenth century.')).toEqual([]);
    expect(keys('Pour la septième fois consécutive.', 'For the sixth consecutive time.')).toEqual(['ordinals.missing']);
    expect(keys('Pour la septième fois consécutive.', 'For the seventh time in a row.')).toEqual([]);
    expect(keys('Pour la septième fois consécutive.', 'Once again.')).toEqual([]);
    expect(keys('Au deuxième étage.', 'On the third floor.')).toEqual([]);
    expect(keys('Au deuxième étage.', 'On the third floor.', gb)).toEqual(['ordinals.missing']);
  });
  it('reads eras, noon and midnight, rates in words, short dates and dotted appeal numbers', () => {
    expect(keys('Une nécropole du IVe siècle avant notre ère.', 'A necropolis from the 4th century AD.')).toEqual(['dates.year']);
    expect(keys('Une nécropole du IVe siècle avant notre ère.', 'A necropolis from the 4th century BC.')).toEqual([]);
    expect(keys('Ouvert jusqu’au mercredi 30 avril à midi.', 'Open until Wednesday, April 30, at midnight.')).toEqual(['times.different']);
    expect(keys('Ouvert jusqu’au mercredi 30 avril à midi.', 'Open until Wednesday, April 30, at noon.')).toEqual([]);
    expect(keys('L’usine tourne sept jours sur sept.', 'The plant runs five days a week.')).toEqual(['times.duration']);
    expect(keys('L’usine tourne sept jours sur sept.', 'The plant runs seven days a week.')).toEqual([]);
    expect(keys('Inscriptions ouvertes jusqu’au 30/06.', 'Registration is open until June 30.')).toEqual([]);
    expect(keys('Inscriptions ouvertes jusqu’au 30/06.', 'Registration is open until June 3.')).toContain('dates.day');
    expect(frenchIdentifiers('Le pourvoi n° 22-84.117 a été rejeté.').map((found) => found.digits)).toEqual(['2284117']);
    expect(keys('Le pourvoi n° 22-84.117 a été rejeté.', 'Appeal No. 22-84.171 was dismissed.')).toEqual(['numbers.identifier']);
  });
});

describe('a hat-trick, a brace and a double: counts, not factors', () => {
  it.each([
    ['L’attaquant a inscrit un triplé face à Valence samedi.', 'The striker scored twice against Valencia on Saturday.', ['triplé']],
    ['L’attaquant a inscrit un triplé face à Valence samedi.', 'The striker scored a hat-trick against Valencia on Saturday.', []],
    ['L’attaquant a inscrit un triplé face à Valence samedi.', 'The striker scored three goals against Valencia on Saturday.', []],
    ['Il a signé un doublé en première période.', 'He scored a brace in the first half.', []],
    ['Il a signé un doublé en première période.', 'He scored three times in the first half.', ['doublé']],
    ['Le club a réussi le doublé coupe-championnat.', 'The club completed the league and cup double.', []],
    ['Le film a été doublé en anglais.', 'The film was dubbed into English.', []],
    ['La version doublée sort mercredi.', 'The dubbed version comes out on Wednesday.', []],
    ['Le chiffre d’affaires a doublé en un an.', 'Turnover tripled in a year.', ['doublé']],
  ])('%s → %s', (source, target, missing) => {
    const numbers = checkPair({ source, target }, us).filter((finding) => finding.check === 'numbers');
    expect(numbers.map((finding) => finding.params?.['number'])).toEqual(missing);
  });
});
