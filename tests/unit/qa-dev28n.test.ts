import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Findings of the checks on what dev-28n's free renderings (issue 28) showed wrongly found; each with the fault it must still find. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string, check?: string, context: QaContext = us) =>
  checkPair({ source, target }, context)
    .filter((finding) => check === undefined || finding.check === check)
    .map((finding) => finding.key);

describe('names in place, not swapped', () => {
  it('takes a place’s name, and a body’s complement, moved by the English for no swap; two people swapped still', () => {
    expect(keys('L’ancien directeur de la clinique Saint-Roch, Alain Bertrand, a été mis en examen.', 'Alain Bertrand, the former director of the Saint-Roch clinic, has been charged.', 'names', gb)).toEqual([]);
    expect(keys('Ils ont été secourus par le PGHM de Chamonix.', 'They were rescued by the Chamonix mountain rescue unit (PGHM).', 'names', gb)).toEqual([]);
    expect(keys('La CPAM d’Ille-et-Vilaine a signé une convention.', 'The Ille-et-Vilaine health insurance fund (CPAM) has signed an agreement.', 'names', gb)).toEqual([]);
    expect(keys('Le groupe Ardanis a racheté son concurrent Bellevent pour 300 millions d’euros.', 'Bellevent has bought its rival Ardanis for €300 million.', 'names', gb)).toContain('names.swapped');
  });

  it('knows Charles de Gaulle airport', () => {
    expect(keys('La ligne sera fermée entre Gare-du-Nord et Aéroport-CDG.', 'The line will be closed between Gare du Nord and Charles de Gaulle Airport.', 'names', gb)).toEqual([]);
  });
});

describe('figures and times said otherwise', () => {
  it('reads “over the year” for en un an, and a bound said of the figure the brackets restate', () => {
    expect(keys('Les prix ont reculé de 3 % en un an.', 'Prices fell 3% over the year.', 'numbers')).toEqual([]);
    expect(keys('Les prix ont reculé de 3 % en un an.', 'Prices fell 3% in two years.', 'numbers')).toEqual(['numbers.missing']);
    expect(keys('Une baleine de près de 12 mètres s’est échouée.', 'A whale nearly 40 feet (12 meters) long has washed up.', 'numbers')).toEqual([]);
    expect(keys('Une baleine de près de 12 mètres s’est échouée.', 'A whale 40 feet (12 meters) long has washed up.', 'numbers')).toEqual(['numbers.qualifierLost']);
  });

  it('reads the next hour of a list of times as a time', () => {
    const source = 'Les visites ont lieu à 10 h 30, 14 h et 16 h 15.';
    expect(keys(source, 'Tours run at 10:30 a.m., 2 p.m. and 4:15 p.m.')).toEqual([]);
    expect(keys(source, 'Tours run at 10:30 a.m., 3 p.m. and 4:15 p.m.', 'times')).toEqual(['times.different']);
  });
});

describe('negations, hedges and borrowings said otherwise', () => {
  it('reads faute de quoi as otherwise, à défaut de and décline as negations, a non-contre-indication as fitness', () => {
    expect(keys('Le code doit figurer sur la facture, faute de quoi elle ne pourra pas être traitée.', 'The code must appear on the invoice; otherwise, it cannot be processed.', 'negation', gb)).toEqual([]);
    expect(keys('Écrivez-nous ou, à défaut de réponse, saisissez la CNIL.', 'Write to us or, if you do not receive a reply, contact the CNIL.', 'negation', gb)).toEqual([]);
    expect(keys('L’éditeur décline toute responsabilité en cas de panne.', 'The publisher accepts no liability in the event of a failure.', 'negation')).toEqual([]);
    expect(keys('Il faut un certificat médical de non-contre-indication.', 'A medical certificate confirming fitness is required.', 'negation', gb)).toEqual([]);
    expect(keys('Le code doit figurer sur la facture, faute de quoi elle ne pourra pas être traitée.', 'The code must appear on the invoice; otherwise, it can be processed.', 'negation', gb)).toEqual(['negation.lost']);
  });

  it('keeps a hedge said by “saying that”, lets the end of the night be the early hours, and includes taxes beside an exclusion', () => {
    expect(keys('Le gouvernement se veut rassurant : l’approvisionnement ne serait pas menacé.', 'The government sought to reassure, saying that supplies are not under threat.', 'certainty')).toEqual([]);
    expect(keys('Trois agressions ont eu lieu en fin de nuit.', 'Three assaults took place in the early hours.', 'polarity', gb)).toEqual([]);
    expect(keys('Sauf mention contraire, les prix s’entendent toutes taxes comprises et hors frais de livraison.', 'Unless otherwise stated, prices include all taxes and exclude shipping.', 'polarity')).toEqual([]);
    expect(keys('Le joueur a signé pour 35 M€, bonus compris.', 'The player signed for €35 million, excluding bonuses.', 'polarity', gb)).toEqual(['polarity']);
  });

  it('takes pétanque and a postal address for no French left', () => {
    expect(keys('Le tournoi de pétanque a réuni cent joueurs.', 'The pétanque tournament drew a hundred players.', 'french-left')).toEqual([]);
    expect(keys('Notre agence vous accueille au 42 cours de l’Intendance, 33000 Bordeaux.', 'Our branch is at 42 cours de l’Intendance, 33000 Bordeaux.', 'french-left')).toEqual([]);
    expect(keys('Notre agence vous accueille avec plaisir.', 'Our branch vous accueille with pleasure.', 'french-left')).toEqual(['frenchLeft']);
  });
});
