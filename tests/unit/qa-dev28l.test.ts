import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Findings of the checks on what dev-28l's free renderings (issue 28) showed wrongly found; each with the fault it must still find. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string, check?: string, context: QaContext = gb) =>
  checkPair({ source, target }, context)
    .filter((finding) => check === undefined || finding.check === check)
    .map((finding) => finding.key);

describe('negations said otherwise', () => {
  it('reads a walk-in clinic as sans rendez-vous', () => {
    const source = 'La mairie a ouvert un centre de santé sans rendez-vous dans le quartier nord.';
    expect(keys(source, 'The town hall has opened a walk-in health centre in the north of the town.', 'negation')).toEqual([]);
    expect(keys(source, 'The town hall has opened a health centre by appointment in the north of the town.', 'negation')).toEqual(['negation.lost']);
  });

  it('reads “before” or “again” as ce n’est pas la première fois', () => {
    const source = 'Ce n’est pas la première fois que la digue cède sous la pression des eaux.';
    expect(keys(source, 'The dyke has given way under the pressure of the water before.', 'negation')).toEqual([]);
    expect(keys(source, 'It is the first time the dyke has given way under the pressure of the water.', 'negation')).toEqual(['negation.lost']);
  });

  it('reads “anything but” as a negation', () => {
    const source = 'Ce festival n’a rien d’une fête de village : il attire des milliers de visiteurs.';
    expect(keys(source, 'This festival is anything but a village fete: it draws thousands of visitors.', 'negation')).toEqual([]);
    expect(keys(source, 'This festival is a village fete: it draws thousands of visitors.', 'negation')).toEqual(['negation.lost']);
  });

  it('takes no `sans que`, `avant que` for the que of ne … que', () => {
    expect(keys('Aucun arbre ne sera abattu sans que les riverains soient prévenus.', 'No tree will be felled without residents being told.', 'negation')).toEqual([]);
    expect(keys('Le parc ne rouvrira qu’en mai.', 'The park will reopen in May.', 'negation')).toEqual(['negation.onlyLost']);
  });
});

describe('figures said otherwise', () => {
  it('keeps a bound said around the figure: “over the age of”, “almost a decade”, “after”', () => {
    expect(keys('La mesure concerne les conducteurs de plus de soixante-dix ans.', 'The measure concerns drivers over the age of 70.', 'numbers')).toEqual([]);
    expect(keys('Le chantier a duré près de dix ans.', 'The works lasted almost a decade.', 'numbers')).toEqual([]);
    expect(keys('Le loyer est majoré au-delà de trente jours de retard.', 'The rent goes up after 30 days of delay.', 'numbers')).toEqual([]);
    expect(keys('La mesure concerne les conducteurs de plus de soixante-dix ans.', 'The measure concerns drivers aged 70.', 'numbers')).toEqual(['numbers.qualifierLost']);
  });

  it('reads a part with its noun of several words (`un bureau de poste sur deux` is half) and `two of the three`', () => {
    expect(keys('Une salle de classe sur deux n’a pas de chauffage.', 'Half of all classrooms have no heating.', 'numbers')).toEqual([]);
    expect(keys('Une salle de classe sur deux n’a pas de chauffage.', 'A third of all classrooms have no heating.', 'numbers')).toEqual(['numbers.missing']);
    expect(keys('Deux candidats sur trois ont été reçus.', 'Two of the three candidates passed.', 'numbers')).toEqual([]);
    expect(keys('Deux candidats sur trois ont été reçus.', 'Two of the four candidates passed.', 'numbers')).toEqual(['numbers.missing']);
  });

  it('reads “a third lower” as two thirds left, not the third of trois fois moins', () => {
    const source = 'Les loyers sont trois fois moins élevés qu’à Paris.';
    expect(keys(source, 'Rents are two-thirds lower than in Paris.', 'numbers')).toEqual([]);
    expect(keys(source, 'Rents are a third of those in Paris.', 'numbers')).toEqual([]);
    expect(keys(source, 'Rents are a third lower than in Paris.', 'numbers')).toEqual(['numbers.missing']);
  });

  it('reads euros and cents in words (`un euro cinquante` is €1.50)', () => {
    expect(keys('Le café passe à un euro cinquante.', 'Coffee goes up to €1.50.', 'numbers')).toEqual([]);
    expect(keys('Le café passe à un euro cinquante.', 'Coffee goes up to €1.60.', 'numbers')).toEqual(['numbers.missing']);
  });

  it('reads an hour after a day as a time (`du samedi 22 h au lundi 5 h`)', () => {
    const source = 'La ligne sera coupée du samedi 22 h au lundi 5 h.';
    expect(keys(source, 'The line will be closed from 10 p.m. Saturday to 5 a.m. Monday.', undefined, us)).toEqual([]);
    expect(keys(source, 'The line will be closed from 11 p.m. Saturday to 5 a.m. Monday.', 'times', us)).toEqual(['times.different']);
  });

  it('leaves `premier` in a date to the dates check', () => {
    const source = 'Le ticket passera à deux euros au premier janvier, une hausse d’un tiers.';
    expect(keys(source, 'The ticket will rise to €2 on 1 January, an increase of a third.')).toEqual([]);
    expect(keys(source, 'The ticket will rise to €2 on 1 February, an increase of a third.')).toEqual(['dates.month']);
  });
});

describe('names and phrasing said otherwise', () => {
  it('knows la Sécu, la Chancellerie, l’Aide sociale à l’enfance and the ministère de l’Équipement by what they are', () => {
    expect(keys('La Sécu remboursera les lunettes des enfants.', 'French social security will reimburse children’s glasses.', 'names')).toEqual([]);
    expect(keys('La Chancellerie a ouvert une enquête.', 'The Justice Ministry has opened an inquiry.', 'names')).toEqual([]);
    expect(keys('L’enfant a été confié à l’Aide sociale à l’enfance.', 'The child was placed with child welfare services.', 'names')).toEqual([]);
    expect(keys('Le ministère de l’Équipement a financé le pont.', 'The public works ministry paid for the bridge.', 'names')).toEqual([]);
    expect(keys('La Chancellerie a ouvert une enquête.', 'The Interior Ministry has opened an inquiry.', 'names')).toContain('names.replaced');
  });

  it('reads “is designed to” as a French doit of purpose', () => {
    expect(keys('Le bassin, d’une capacité de 500 mètres cubes, doit protéger le quartier des crues.', 'The basin, which can hold 500 cubic metres, is designed to protect the district from floods.', 'modality')).toEqual([]);
    expect(keys('Les cafés doivent afficher leurs prix.', 'Cafés may display their prices.', 'modality')).toEqual(['modality.changed']);
  });

  it('lets a gloss of a French name kept make the English longer, not a padded one', () => {
    const source = 'Le taux du Livret A restera à 3 % cet été.';
    expect(keys(source, 'The rate on the Livret A, France’s most popular tax-free savings account, will stay at 3% this summer.', 'length')).toEqual([]);
    expect(keys(source, 'The rate on the Livret A will stay at 3% this summer, the governor said, adding that savers all over the country would welcome it.', 'length')).toEqual(['length']);
  });
});

describe('changes of temperature and names from the earlier sets', () => {
  it('converts a change of temperature without the offset, a range and a warming limit included', () => {
    expect(keys('Les eaux affichent 2 à 3 °C de plus que la normale.', 'The waters are running 4 to 5 degrees Fahrenheit above normal.', 'numbers', us)).toEqual([]);
    expect(keys('Les eaux affichent 2 à 3 °C de plus que la normale.', 'The waters are running 8 to 9 degrees Fahrenheit above normal.', 'numbers', us)).toContain('numbers.conversion');
    expect(keys('L’accord vise à limiter le réchauffement climatique à 1,5 °C.', 'The agreement aims to limit global warming to 2.7 degrees Fahrenheit.', 'numbers', us)).toEqual([]);
    expect(keys('Le thermomètre va perdre une dizaine de degrés en une journée, passant de 31 °C mardi à 20 °C mercredi.', 'Temperatures will drop by about 20 degrees in a day, from 88F on Tuesday to 68F on Wednesday.', 'numbers', us)).toEqual([]);
  });

  it('reads bare degrees as Celsius in British English with no Fahrenheit beside them', () => {
    expect(keys('Les températures devraient chuter d’une dizaine de degrés.', 'Temperatures are expected to drop by around twenty degrees.', 'numbers')).toEqual(['numbers.missing']);
    expect(keys('Les températures devraient chuter d’une dizaine de degrés.', 'Temperatures are expected to drop by around ten degrees.', 'numbers')).toEqual([]);
  });

  it('knows Sirte, the Golden Shell, Brothers of Italy and Tchiani', () => {
    expect(keys('Kadhafi a été tué près de Syrte en 2011.', 'Gaddafi was killed near Sirte in 2011.', 'names')).toEqual([]);
    expect(keys('Le film a reçu la Coquille d’or à Saint-Sébastien.', 'The film won the Golden Shell in San Sebastián.', 'names')).toEqual([]);
    expect(keys('Le parti Fratelli d’Italia mène dans les sondages.', 'The Brothers of Italy party leads in the polls.', 'names')).toEqual([]);
    expect(keys('Le général Tiani a été investi.', 'General Tchiani has been sworn in.', 'names')).toEqual([]);
    expect(keys('Kadhafi a été tué près de Syrte en 2011.', 'Gaddafi was killed near Benghazi in 2011.', 'names')).not.toEqual([]);
  });
});
