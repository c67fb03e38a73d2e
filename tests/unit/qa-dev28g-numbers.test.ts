import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string, context = us) => checkPair({ source, target }, context).map((finding) => finding.key);

describe('ordinals in words, of any size', () => {
  it('reads a French ordinal of several words as one number', () => {
    expect(keys('Il a disputé son cent quarante-cinquième et dernier match.', 'He played his 145th and final match.')).toEqual([]);
    expect(keys('Le club a enchaîné une dix-septième victoire consécutive.', 'The club notched a 17th straight win.')).toEqual([]);
    expect(keys('Il fête son vingt et unième anniversaire.', 'He is celebrating his 21st birthday.')).toEqual([]);
  });

  it('finds it changed', () => {
    expect(keys('Il a disputé son cent quarante-cinquième et dernier match.', 'He played his 146th and final match.')).toEqual(['ordinals.missing']);
    expect(keys('Le club a enchaîné une dix-septième victoire consécutive.', 'The club notched a 16th straight win.')).toEqual(['ordinals.missing']);
  });

  it('takes `trois cinquièmes` for a part, not an ordinal', () => {
    expect(keys('Les trois cinquièmes des élus ont voté.', 'Three-fifths of the councillors voted.')).toEqual([]);
  });
});

describe('the first of a range of days', () => {
  it('takes `du 1er au 21 juillet` as dates', () => {
    expect(keys('La piscine restera fermée du 1er au 21 juillet.', 'The pool will be closed from 1 to 21 July.', gb)).toEqual([]);
  });
});

describe('sums and magnitudes', () => {
  it('reads euros and cents said apart as one sum', () => {
    expect(keys('L’abonnement coûte neuf euros quatre-vingt-dix-neuf par mois.', 'The subscription costs €9.99 a month.')).toEqual([]);
    expect(keys('Le ticket coûte 2 euros 50.', 'A ticket costs €2.50.')).toEqual([]);
    expect(keys('Le ticket coûte 2 euros 50.', 'A ticket costs €2.05.')).toEqual(['numbers.missing']);
  });

  it('reads a magnitude joined by a hyphen (`$5-billion`)', () => {
    expect(keys('Un partenariat de 5 milliards de dollars a été annoncé.', 'A $5-billion partnership was announced.')).toEqual([]);
    expect(keys('Un partenariat de 5 milliards de dollars a été annoncé.', 'A $5-million partnership was announced.')).toEqual(['numbers.missing']);
  });

  it('takes a sum under a dollar said in cents, with the currency between', () => {
    expect(keys('Le dollar canadien s’échange à 0,73 dollar américain.', 'The Canadian dollar is trading at 73 U.S. cents.')).toEqual([]);
  });

  it('reads pounds and ounces as one weight, its conversion in brackets whole', () => {
    expect(keys('Le bébé pesait 850 grammes à la naissance.', 'The baby weighed 1 pound 14 ounces (850 grams) at birth.')).toEqual([]);
  });
});

describe('negations and months said otherwise (dev-28g)', () => {
  it('takes a `no-` compound for no negation of the sentence, and for the French `sans`', () => {
    expect(keys('Gérard Larcher a jugé « irresponsable » la motion de censure.', 'Gérard Larcher described the no-confidence motion as “irresponsible.”')).toEqual([]);
    expect(keys('Il promet une cuisine « simple, de saison et sans chichis ».', 'He promises “simple, seasonal, no-frills” cooking.')).toEqual([]);
  });

  it('takes `left out` for `n’a pas été retenu`', () => {
    expect(keys('Lionel Messi n’a pas été retenu dans le groupe pour le match de samedi.', 'Lionel Messi was left out of the squad for Saturday’s game.')).toEqual([]);
  });

  it('takes the month before said as `month on month`, and still finds another month', () => {
    expect(keys('La production a progressé de 0,8 % en mars par rapport à février.', 'Output rose 0.8% month on month in March.', gb)).toEqual([]);
    expect(keys('La production a progressé de 0,8 % en mars par rapport à février.', 'Output rose 0.8% in March compared with January.', gb)).toEqual(['dates.month']);
  });
});

describe('meaning errors from dev-28g', () => {
  it('counts a `ne … plus` before `tant que … ne … pas` as a negation, not a comparative', () => {
    const source = 'La compagnie ne versera plus de dividende tant que sa dette n’aura pas été réduite de moitié.';
    expect(keys(source, 'The company will pay a dividend until its debt has been halved.')).toEqual(['negation.lost']);
    expect(keys(source, 'The company will pay no more dividends until its debt has been halved.')).toEqual([]);
  });

  it('finds a negation added where the French says `contre` of a vaccine, and keeps a vote against', () => {
    expect(keys('Le vaccin peut être administré en même temps que celui contre la grippe.', 'The vaccine cannot be given at the same time as the flu shot.')).toEqual(['negation.added']);
    expect(keys('Le conseil a voté contre le projet.', 'The council voted no to the project.')).toEqual([]);
  });

  it('reads `a quarter in three years` as a part in a span of time, not one in three', () => {
    expect(keys('Les prix ont augmenté d’un tiers en trois ans.', 'Prices have risen by a quarter in three years.')).toEqual(['numbers.missing']);
    expect(keys('Les prix ont augmenté d’un tiers en trois ans.', 'Prices have risen by a third in three years.')).toEqual([]);
    expect(keys('Un adulte sur trois est concerné.', 'One adult in three is affected.')).toEqual([]);
  });
});

describe('one year, one month, one week', () => {
  it('reads `d’un an` as one year, said `a year`, `one year` or `12 months`', () => {
    const source = 'La garantie est de deux ans pour le neuf et d’un an pour l’occasion.';
    expect(keys(source, 'The guarantee lasts two years for new goods and a year for used ones.')).toEqual([]);
    expect(keys(source, 'The guarantee lasts two years for new goods and 12 months for used ones.')).toEqual([]);
    expect(keys(source, 'The guarantee lasts two years for new goods and six months for used ones.')).toEqual(['numbers.conversion']);
  });

  it('leaves `sur un an`, `un mois de juin` and `un an d’engagement` alone', () => {
    expect(keys('Les ventes sont en hausse de 12 % sur un an.', 'Sales are up 12% year over year.')).toEqual([]);
    expect(keys('Il a fait 35 °C, un record pour un mois de juin.', 'It was 35°C, a record for June.')).toEqual([]);
  });
});

describe('more from dev-28g’s faulty pairs', () => {
  it('finds a sentence of the source left in French between a capital and a place', () => {
    const source = 'La SNCF annonce des perturbations ce week-end. Des bus de substitution seront mis en place entre Dijon et Mâcon. Les voyageurs sont invités à consulter l’application.';
    expect(keys(source, 'SNCF has warned of disruption this weekend. Des bus de substitution seront mis en place entre Dijon et Mâcon. Passengers are advised to check the app.')).toContain('frenchLeft');
    expect(keys('Le Théâtre du Nouveau Monde rouvre.', 'The Théâtre du Nouveau Monde reopens.')).toEqual([]);
  });

  it('finds `éventuel` said `eventual` even beside `any`', () => {
    expect(keys('Les patients doivent signaler tout effet secondaire éventuel à leur médecin.', 'Patients should report any eventual side effects to their doctor.')).toEqual(['falseFriend']);
    expect(keys('Les patients doivent signaler tout effet secondaire éventuel à leur médecin.', 'Patients should report any side effects to their doctor.')).toEqual([]);
  });

  it('reads `above` and `below` as the poles of `supérieur à` and `inférieur à`', () => {
    expect(keys('Les températures seront inférieures aux normales de saison.', 'Temperatures will be above seasonal norms.')).toEqual(['polarity']);
    expect(keys('Les températures seront inférieures aux normales de saison.', 'Temperatures will be below seasonal norms.')).toEqual([]);
  });

  it('tells a Canadian dollar from a US one when both texts say which, and takes a bare `$` for either', () => {
    const source = 'L’essence se vend en moyenne 1,75 dollar canadien le litre à Montréal.';
    expect(keys(source, 'Gasoline sells for an average of US$1.75 a liter in Montreal.')).toEqual(['numbers.missing']);
    expect(keys(source, 'Gasoline sells for an average of $1.75 a liter in Montreal.')).toEqual([]);
    expect(keys(source, 'Gasoline sells for an average of C$1.75 a liter in Montreal.')).toEqual([]);
    expect(keys('Le projet coûte 5 millions de dollars.', 'The project costs US$5 million.')).toEqual([]);
  });
});
