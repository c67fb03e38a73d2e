import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

/** Findings of the checks on what dev-28m's free renderings (issue 28) showed wrongly found; each with the fault it must still find. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string, check?: string, context: QaContext = us) =>
  checkPair({ source, target }, context)
    .filter((finding) => check === undefined || finding.check === check)
    .map((finding) => finding.key);

describe('figures, times and ranks said otherwise', () => {
  it('reads Md$ as billions of dollars', () => {
    const source = 'Le groupe a perdu 2,4 Md$ au premier semestre.';
    expect(keys(source, 'The group lost $2.4 billion in the first half.', 'numbers')).toEqual([]);
    expect(keys(source, 'The group lost $2.4 million in the first half.', 'numbers')).toEqual(['numbers.missing']);
  });

  it('reads an hour after `soit` that restates a time, and after `il sera`, as a time', () => {
    const source = 'Le match débutera à 15 h, heure de New York, soit 21 h à Paris.';
    expect(keys(source, 'The match will start at 3 p.m. New York time, or 9 p.m. in Paris.')).toEqual([]);
    expect(keys(source, 'The match will start at 3 p.m. New York time, or 10 p.m. in Paris.', 'times')).toEqual(['times.different']);
    expect(keys('À 3 h du matin, il sera 2 h.', 'At 3 a.m., clocks will go back to 2 a.m.')).toEqual([]);
  });

  it('lets `à elles trois` be said together, and reads `a single week` as one', () => {
    expect(keys('Les crues de 1910, 1955 et 2018 ont causé à elles trois des milliards de dégâts.', 'The floods of 1910, 1955 and 2018 together caused billions in damage.', 'numbers')).toEqual([]);
    expect(keys('Dix moutons ont été tués en une semaine.', 'Ten sheep were killed in a single week.', 'numbers')).toEqual([]);
    expect(keys('Dix moutons ont été tués en une semaine.', 'Ten sheep were killed in two weeks.', 'numbers')).toEqual(['numbers.missing']);
  });

  it('takes a rank said by its number, and the round of 16 for the 8e de finale', () => {
    expect(keys('Il a remporté la 12e étape du Tour.', 'He won Stage 12 of the Tour.', 'ordinals')).toEqual([]);
    expect(keys('Elle a battu la 45e mondiale.', 'She beat the world number 45.', 'ordinals', gb)).toEqual([]);
    expect(keys('Le club a été éliminé en 8e de finale.', 'The club went out in the round of 16.', 'ordinals')).toEqual([]);
    expect(keys('Le club a été éliminé en 8e de finale.', 'The club went out in the round of 32.', 'ordinals')).toEqual(['ordinals.missing']);
    expect(keys('Il a remporté la 12e étape du Tour.', 'He won Stage 13 of the Tour.', 'ordinals')).toEqual(['ordinals.missing']);
  });

  it('takes extra time (les prolongations) for no extension', () => {
    const source = 'Nantes s’est qualifié aux tirs au but après un score de 2-2 à l’issue des prolongations.';
    expect(keys(source, 'Nantes went through on penalties after the match ended 2-2 after extra time.', 'polarity')).toEqual([]);
    expect(keys('Le club a prolongé le contrat de son entraîneur.', 'The club ended its coach’s contract.', 'polarity')).toEqual(['polarity']);
  });
});

describe('negations said otherwise', () => {
  it('reads “too early” as a negation', () => {
    const source = 'Les ventes repartent, sans qu’on puisse encore parler de reprise.';
    expect(keys(source, 'Sales are picking up, although it is too early to talk of a recovery.', 'negation')).toEqual([]);
    expect(keys(source, 'Sales are picking up, and it is time to talk of a recovery.', 'negation')).toEqual(['negation.lost']);
  });

  it('reads “preserved” for ne … pas remis en cause, “miss” for n’atteindra pas, with an adverb between', () => {
    expect(keys('L’accord tient, à condition que le calendrier ne soit pas remis en cause.', 'The deal holds, provided the timetable is preserved.', 'negation')).toEqual([]);
    expect(keys('Nous n’atteindrons sans doute pas les objectifs.', 'We will no doubt miss the targets.', 'negation')).toEqual([]);
    expect(keys('Nous n’atteindrons probablement pas les objectifs.', 'We will probably miss the targets.', 'negation')).toEqual([]);
    expect(keys('Nous n’atteindrons probablement pas les objectifs.', 'We will probably reach the targets.', 'negation')).toEqual(['negation.lost']);
  });

  it('reads “dropped plans” as a renunciation kept', () => {
    const source = 'La mairie a renoncé à augmenter les tarifs de la cantine.';
    expect(keys(source, 'The town hall has dropped plans to raise school meal prices.', 'negation', gb)).toEqual([]);
    expect(keys(source, 'The town hall has decided to raise school meal prices.', 'negation', gb)).toEqual(['negation.lost']);
  });
});

describe('names said otherwise', () => {
  it('knows Leonardo, Michelangelo and the official gazette, and variant for English', () => {
    expect(keys('Une exposition sur Léonard de Vinci et Michel-Ange ouvre à Amboise.', 'An exhibition on Leonardo da Vinci and Michelangelo opens in Amboise.', 'names')).toEqual([]);
    expect(keys('Le décret est paru au Journal officiel.', 'The decree was published in the official gazette.', 'names')).toEqual([]);
    expect(keys('Un nouveau variant circule en Europe.', 'A new variant is circulating in Europe.', 'french-left')).toEqual([]);
    expect(keys('Une exposition sur Léonard de Vinci ouvre à Amboise.', 'An exhibition on Raphael opens in Amboise.', 'names')).not.toEqual([]);
  });
});

describe('the day before or after the one told of', () => {
  it('finds la veille, le lendemain, le surlendemain told as another day, not said otherwise', () => {
    expect(keys('La veille du procès, l’avocat a demandé un report.', 'The day after the trial opened, the lawyer asked for a postponement.', 'time-expressions')).toEqual(['timeExpressions.different']);
    expect(keys('La veille du procès, l’avocat a demandé un report.', 'On the eve of the trial, the lawyer asked for a postponement.', 'time-expressions')).toEqual([]);
    expect(keys('Le train arrivera le lendemain à 8 h 31.', 'The train will arrive at 8:31 a.m. the same day.', 'time-expressions')).toEqual(['timeExpressions.different']);
    expect(keys('Le train arrivera le lendemain à 8 h 31.', 'The train will arrive at 8:31 a.m. the next day.', 'time-expressions')).toEqual([]);
    expect(keys('Le surlendemain de son arrivée, le ministre s’est rendu au front.', 'The day after arriving, the minister went to the front.', 'time-expressions')).toEqual(['timeExpressions.different']);
    expect(keys('Le surlendemain de son arrivée, le ministre s’est rendu au front.', 'Two days after arriving, the minister went to the front.', 'time-expressions')).toEqual([]);
    expect(keys('La veille technologique est confiée à un cabinet.', 'Technology watch is entrusted to a firm.', 'time-expressions')).toEqual([]);
  });
});

describe('offices named in place of the source’s', () => {
  it('finds a president for a prime minister, an archbishop for a bishop, a finance for a science director, a mayor for a president', () => {
    expect(keys('La Première ministre a annoncé une hausse du budget.', 'The president announced a budget increase.', 'roles', gb)).toEqual(['roles.authority']);
    expect(keys('La Première ministre a annoncé une hausse du budget.', 'The prime minister announced a budget increase.', 'roles', gb)).toEqual([]);
    expect(keys('Mgr Leborgne, évêque d’Arras, a appelé à la générosité.', 'Archbishop Leborgne of Arras called for generosity.', 'roles', gb)).toEqual(['roles.authority']);
    expect(keys('Mgr Leborgne, évêque d’Arras, a appelé à la générosité.', 'Bishop Leborgne of Arras called for generosity.', 'roles', gb)).toEqual([]);
    expect(keys('Le groupe a limogé son directeur scientifique.', 'The group has fired its chief financial officer.', 'roles', gb)).toEqual(['roles.authority']);
    expect(keys('Le groupe a limogé son directeur scientifique.', 'The group has fired its head of research.', 'roles', gb)).toEqual([]);
    expect(keys('Le président de la Métropole a présenté un plan vélo.', 'The mayor presented a cycling plan.', 'roles', gb)).toEqual(['roles.authority']);
    expect(keys('Le président du club a présenté le budget.', 'The club chairman presented the budget.', 'roles', gb)).toEqual([]);
  });

  it('takes a doctor honoris causa for no physician', () => {
    expect(keys('L’ancien président Barack Obama a été fait docteur honoris causa.', 'Former president Barack Obama was awarded an honorary doctorate.', 'roles', gb)).toEqual([]);
  });
});
