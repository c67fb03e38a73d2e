import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Quantities and number words, third round: idioms, qualifiers, points, conversions restated, ranges, quarters. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const numbers = (source: string, target: string, context: QaContext = us) =>
  checkPair({ source, target }, context)
    .filter((finding) => finding.check === 'numbers')
    .map((finding) => finding.key);

describe('idioms with number words', () => {
  it.each<[string, string]>([
    ['Le patron a fini par couper la poire en deux avec les grévistes.', 'The boss ended up splitting the difference with the strikers.'],
    ['Sa mère était aux cent coups quand le bus est arrivé en retard.', 'His mother was worried sick when the bus arrived late.'],
    ['Le juge n’est pas allé par quatre chemins pour rendre sa décision.', 'The judge did not mince his words in delivering his ruling.'],
    ['Tirée à quatre épingles, la maire a accueilli le président.', 'Dressed to the nines, the mayor welcomed the president.'],
    ['Avec ce contrat, le club peut dormir sur ses deux oreilles.', 'With this contract, the club can sleep soundly.'],
    ['On ira voir ce musée un de ces quatre.', 'We will go and see that museum one of these days.'],
    ['Après deux pannes, le maire s’est dit : jamais deux sans trois.', 'After two breakdowns, the mayor thought that things come in threes.'],
    ['Le club a été à deux doigts de la relégation.', 'The club came close to relegation.'],
    ['Il ne faut pas chercher midi à quatorze heures.', 'There is no point overcomplicating things.'],
    ['La nouvelle piscine, ce sera pour la semaine des quatre jeudis.', 'The new pool will come when hell freezes over.'],
    ['En rénovant l’école, la ville fait d’une pierre deux coups.', 'By renovating the school, the town kills two birds with one stone.'],
    ['Les deux frères se ressemblent comme deux gouttes d’eau.', 'The two brothers look exactly alike.'],
    ['Le cycliste a chuté les quatre fers en l’air.', 'The cyclist fell flat on his back.'],
    ['Elle n’a fait ni une ni deux et a appelé les pompiers.', 'Without a second thought, she called the fire brigade.'],
    ['Il ne vient nous voir que tous les trente-six du mois.', 'He only comes to see us once in a blue moon.'],
    ['Les bénévoles se sont mis en quatre pour les sinistrés.', 'The volunteers bent over backwards for the flood victims.'],
    ['Le moteur démarre au quart de tour.', 'The engine starts first time.'],
  ])('leaves alone: %s', (source, target) => {
    expect(numbers(source, target, gb)).toEqual([]);
  });

  it('still finds a real count beside an idiom', () => {
    expect(numbers('Trois élus se sont mis en quatre pour le projet.', 'Two councillors bent over backwards for the project.')).toContain('numbers.missing');
  });

  it('still reads a count of un/une-aine without de', () => {
    expect(numbers('L’usine emploie 400 salariés, dont une cinquantaine de cadres.', 'The plant employs 400 people, exactly 50 of them managers.')).toContain('numbers.qualifier');
  });
});

describe('approximations and bounds', () => {
  it.each<[string, string, string, string]>([
    ['Le chantier coûtera environ 45 millions d’euros.', 'The project will cost exactly €45 million.', 'The project will cost about €45 million.', 'numbers.qualifier'],
    ['Plus de 2 000 foyers sont privés d’électricité.', 'Nearly 2,000 homes are without power.', 'More than 2,000 homes are without power.', 'numbers.qualifier'],
    ['Près de 500 élèves ont passé l’examen.', 'Over 500 pupils sat the exam.', 'Almost 500 pupils sat the exam.', 'numbers.qualifier'],
    ['Moins de 30 % des électeurs se sont déplacés.', 'More than 30% of voters turned out.', 'Under 30% of voters turned out.', 'numbers.qualifier'],
    ['Environ 15 % des lignes sont en retard.', 'At least 15% of the lines are running late.', 'Roughly 15% of the lines are running late.', 'numbers.qualifier'],
    ['Une quarantaine de riverains ont manifesté.', 'Exactly 40 residents protested.', 'Around 40 residents protested.', 'numbers.qualifier'],
    ['Le musée a reçu plus d’un million de visiteurs.', 'The museum welcomed around a million visitors.', 'The museum welcomed over a million visitors.', 'numbers.qualifier'],
  ])('%s', (source, faulty, correct, key) => {
    expect(numbers(source, faulty)).toContain(key);
    expect(numbers(source, correct)).toEqual([]);
  });

  it('says nothing of an English qualifier added to a bare figure', () => {
    expect(numbers('Le stade compte 42 000 places.', 'The stadium holds some 42,000 spectators.')).toEqual([]);
  });
});

describe('percent, percentage points, basis points', () => {
  it.each<[string, string, string]>([
    ['Le trafic a progressé de 7 % sur un an.', 'Traffic grew 7 percentage points year on year.', 'Traffic grew 7% year on year.'],
    ['La banque a baissé son taux de 50 points de base.', 'The bank cut its rate by 50 percentage points.', 'The bank cut its rate by 50 basis points.'],
  ])('%s', (source, faulty, correct) => {
    expect(numbers(source, faulty)).toContain('numbers.missing');
    expect(numbers(source, correct)).toEqual([]);
  });

  it('takes bps for points de base', () => {
    expect(numbers('Le taux a été relevé de 25 points de base.', 'The rate was raised by 25 bps.')).toEqual([]);
  });
});

describe('conversions restated in the English', () => {
  it.each<[string, string, string]>([
    ['La limite passe à 110 km/h sur la rocade.', 'The limit rises to 110 km/h (about 50 mph) on the ring road.', 'The limit rises to 110 km/h (about 70 mph) on the ring road.'],
    ['Il a fait 38 °C à Lyon mardi.', 'It reached 38°C (about 75°F) in Lyon on Tuesday.', 'It reached 38°C (about 100°F) in Lyon on Tuesday.'],
    ['La vitesse passe de 50 à 30 km/h en ville.', 'The speed limit drops from 50 km/h to 30 km/h in town, or from about 31 mph to 25 mph.', 'The speed limit drops from 50 km/h to 30 km/h in town, or from about 31 mph to 19 mph.'],
    ['Le niveau de la rivière a monté d’un mètre.', 'The river level rose by one foot.', 'The river level rose by about three feet.'],
  ])('%s', (source, faulty, correct) => {
    expect(numbers(source, faulty)).toContain('numbers.conversion');
    expect(numbers(source, correct)).toEqual([]);
  });

  it('converts a change of temperature without the offset', () => {
    expect(numbers('Les eaux se sont réchauffées de 1,5 °C.', 'The waters have warmed by 2.7°F (1.5°C).')).toEqual([]);
  });

  it('converts a French change of temperature without the offset', () => {
    expect(numbers('La mer s’est réchauffée de 2 °C en un siècle.', 'The sea has warmed by 3.6°F in a century.')).toEqual([]);
    expect(numbers('La mer s’est réchauffée de 2 °C en un siècle.', 'The sea has warmed by 36°F in a century.')).toContain('numbers.conversion');
    expect(numbers('Il faisait 2 °C ce matin.', 'It was 3.6°F this morning.')).toContain('numbers.conversion');
  });

  it('reads a hedged conversion rounded further', () => {
    expect(numbers('Il est tombé 70 mm de pluie en une nuit.', 'Nearly 3 inches of rain fell overnight.')).toEqual([]);
    expect(numbers('Il est tombé 70 mm de pluie en une nuit.', 'Nearly 5 inches of rain fell overnight.')).toContain('numbers.conversion');
  });

  it('reads a part of a unit', () => {
    expect(numbers('Le parc couvre 2 500 m² en centre-ville.', 'The park covers a quarter-hectare in the city centre.', gb)).toEqual([]);
  });
});

describe('factors, scores, comparisons', () => {
  it('reads cut by a third as two thirds left', () => {
    expect(numbers('Les émissions ont été divisées par quatre depuis 1990.', 'Emissions have been cut by a quarter since 1990.')).toContain('numbers.missing');
    expect(numbers('Les émissions ont été divisées par quatre depuis 1990.', 'Emissions have been cut by three quarters since 1990.')).toEqual([]);
    expect(numbers('Le budget a été réduit de moitié.', 'The budget has been cut by half.')).toEqual([]);
  });

  it('keeps a list of scores in order', () => {
    const source = 'La Française s’est imposée 7-5, 2-6, 6-3.';
    expect(numbers(source, 'The Frenchwoman won 7-5, 6-2, 6-3.')).toContain('numbers.missing');
    expect(numbers(source, 'The Frenchwoman won 7-5, 2-6, 6-3.')).toEqual([]);
  });

  it('keeps an earlier level an earlier level', () => {
    const source = 'Le chômage touche 7 % des actifs, contre 10 % en 2015.';
    expect(numbers(source, 'Unemployment affects 7% of the workforce, up 10% on 2015.')).toContain('numbers.comparison');
    expect(numbers(source, 'Unemployment affects 7% of the workforce, compared with 10% in 2015.')).toEqual([]);
    expect(numbers(source, 'Unemployment affects 7% of the workforce, down from 10% in 2015.')).toEqual([]);
  });
});

describe('amounts written otherwise', () => {
  it.each<[string, string, string, QaContext?]>([
    ['trillions abbreviated', 'Le fonds gère 1 200 milliards de dollars.', 'The fund manages $1.2tn.', gb],
    ['a range’s magnitude', 'Les travaux coûteront de 30 à 40 millions d’euros.', 'The works will cost €30m to €40m.', gb],
    ['a batch price per unit', 'Le fioul se vend 900 euros les 1 000 litres.', 'Heating oil sells for 90 euro cents a liter.'],
    ['a quarter', 'Au T2 2026, les ventes ont reculé.', 'In the second quarter of 2026, sales fell.'],
    ['a quarter as Q', 'Au T4 2025, les ventes ont reculé.', 'In Q4 2025, sales fell.'],
    ['a 4x4', 'Un 4x4 a percuté la barrière.', 'An SUV crashed into the barrier.'],
    ['an article and its paragraph', 'Le juge s’appuie sur l’article 16, alinéa 2, du code.', 'The judge relies on Article 16(2) of the code.'],
  ])('%s', (_rule, source, target, context = us) => {
    expect(numbers(source, target, context)).toEqual([]);
  });

  it('still finds a quarter changed', () => {
    expect(numbers('Au T2 2026, les ventes ont reculé.', 'In the third quarter of 2026, sales fell.')).toContain('numbers.missing');
  });
});

describe('thousands written k or K', () => {
  it('reads a figure glued to k as thousands where the French says thousands', () => {
    expect(numbers('Un achat de faible valeur (moins de 10 000 $).', 'A low dollar value purchase (under 10k).')).toEqual([]);
    expect(numbers('Un budget de 5 000 euros.', 'A €5K budget.', gb)).toEqual([]);
    expect(numbers('Un budget de 5 000 euros.', 'A 5K budget.', gb)).toEqual([]);
  });

  it('still finds a figure changed, and a 10k race is no 10,000', () => {
    expect(numbers('Un budget de 6 000 euros.', 'A 5K budget.', gb)).toContain('numbers.missing');
    expect(numbers('Un achat de moins de 10 000 $.', 'A purchase under 100k.')).toContain('numbers.missing');
    expect(numbers('Il a couru le 10 km en 40 minutes.', 'He ran the 10k in 40 minutes.', gb)).toEqual([]);
  });
});
