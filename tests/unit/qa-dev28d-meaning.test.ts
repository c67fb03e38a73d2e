import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (id: CheckId, source: string, target: string) => checkPair({ source, target }, gb, only(id)).map((finding) => finding.key);
const words = (source: string, target: string) => checkPair({ source, target }, gb, only('polarity')).map((finding) => finding.params?.['word']);

describe('negation: French negations English says affirmatively', () => {
  it.each([
    ['La préfète n’a pas exclu un report du scrutin.', 'The prefect left open the possibility of postponing the vote.'],
    ['La préfète n’a pas exclu un report du scrutin.', 'The prefect did not rule out postponing the vote.'],
    ['Le chanteur n’a jamais caché ses origines modestes.', 'The singer has always been open about his humble background.'],
    ['Les deux randonneurs ne sont plus en danger.', 'The two hikers are now out of danger.'],
    ['On ne sait toujours pas qui a donné l’alerte.', 'It is still unclear who raised the alarm.'],
    ['Rien n’a été laissé au hasard pour la cérémonie.', 'Every detail of the ceremony was carefully planned.'],
    ['Pour les syndicats, le compte n’y est toujours pas.', 'For the unions, the offer still falls short.'],
    ['Le dossier doit être déposé le 2 mai, délai de rigueur.', 'The file must be submitted by 2 May; no late submissions will be accepted.'],
  ])('is silent: %s → %s', (source, target) => {
    expect(keys('negation', source, target)).toEqual([]);
  });

  it.each([
    ['Aucune des deux équipes n’a marqué en première période.', 'One of the two teams scored in the first half.'],
    ['Les parents ne souhaitent ni la fermeture de l’école ni son déménagement.', 'Parents want the school closed but not moved.'],
    ['Le directeur a refusé de répondre aux questions des journalistes.', 'The director answered the journalists’ questions.'],
  ])('finds the negation lost: %s → %s', (source, target) => {
    expect(keys('negation', source, target)).toEqual(['negation.lost']);
  });

  it.each([
    ['Aucune des deux équipes n’a marqué en première période.', 'Neither team scored in the first half.'],
    ['Les parents ne souhaitent ni la fermeture de l’école ni son déménagement.', 'Parents want neither the closure of the school nor its move.'],
    ['Le directeur a refusé de répondre aux questions des journalistes.', 'The director declined to answer the journalists’ questions.'],
    ['La députée a renoncé à se représenter.', 'The MP has pulled out of the race.'],
    ['Le syndicat a refusé de plier.', 'The union stood firm.'],
    ['Cette affaire n’a pas fini de faire parler.', 'This affair will keep people talking.'],
    ['Elle s’est abstenue de tout commentaire.', 'She made no comment.'],
  ])('keeps a negation said otherwise: %s → %s', (source, target) => {
    expect(keys('negation', source, target)).toEqual([]);
  });
});

describe('polarity: opposites and comparisons turned round', () => {
  it.each([
    ['Le club a gagné à Nantes samedi, après trois rencontres sans succès.', 'The club lost in Nantes on Saturday, after three games without success.', 'lost'],
    ['Le dossier doit parvenir à la mairie avant le 12 juin, le cachet de la poste faisant foi.', 'The file must reach the town hall after 12 June, as shown by the postmark.', 'after'],
    ['La médiathèque ouvrira le 3 mars, soit un mois plus tôt que prévu.', 'The library will close on 3 March, a month earlier than planned.', 'close'],
    ['La région veut assouplir les règles imposées aux associations de moins de cinq membres.', 'The region wants to tighten the rules imposed on associations with fewer than five members.', 'tighten'],
    ['Le loyer reste plus cher qu’en banlieue.', 'Rent remains cheaper than in the suburbs.', 'cheaper'],
    ['Le taux de réussite a été inférieur de trois points à celui de l’an dernier.', 'The pass rate was three points higher than last year.', 'higher'],
    ['Les étudiants lisent moins de romans policiers que leurs parents.', 'Students read more crime novels than their parents.', 'more'],
    ['La fréquentation a dépassé celle de l’an dernier.', 'Attendance fell short of last year’s.', 'fell short'],
    ['La floraison a été plus précoce que d’habitude.', 'Flowering was later than usual.', 'later'],
    ['La lampe consomme trois fois moins d’électricité que l’ancienne.', 'The lamp uses three times as much electricity as the old one.', 'three times as much'],
    ['Ce quartier a le taux de chômage le plus faible de la ville.', 'This district has the highest unemployment rate in the city.', 'highest'],
    ['Les apprentis restent moins bien payés que les salariés.', 'Apprentices remain better paid than employees.', 'better'],
  ])('finds the opposite: %s → %s', (source, target, word) => {
    expect(words(source, target)).toEqual([word]);
  });

  it.each([
    ['Le club a gagné à Nantes samedi, après trois rencontres sans succès.', 'The club won in Nantes on Saturday, after three games without a win.'],
    ['Le dossier doit parvenir à la mairie avant le 12 juin.', 'The file must reach the town hall by 12 June.'],
    ['La médiathèque ouvrira le 3 mars, soit un mois plus tôt que prévu.', 'The library will open on 3 March, a month earlier than planned.'],
    ['Le loyer reste plus cher qu’en banlieue.', 'Rent remains more expensive than in the suburbs.'],
    ['Le loyer reste moins cher qu’en ville.', 'Rent remains cheaper than in town.'],
    ['Le taux de réussite a été inférieur de trois points à celui de l’an dernier.', 'The pass rate was three points lower than last year.'],
    ['La floraison a été plus précoce que d’habitude.', 'Flowering came earlier than usual.'],
    ['La lampe consomme deux fois moins d’électricité que l’ancienne.', 'The lamp uses half as much electricity as the old one.'],
    ['Ce quartier a le taux de chômage le plus faible de la ville.', 'This district has the lowest unemployment rate in the city.'],
    ['Les apprentis restent moins bien payés que les salariés.', 'Apprentices remain less well paid than employees.'],
    ['Le patient n’est plus en danger, mais il reste très faible.', 'The patient is out of danger but remains very weak.'],
    ['Les fonctions peuvent être commandées par des boutons plus classiques, à moins que le geste ne soit essentiel.', 'The functions can be operated by more conventional buttons, unless the gesture is essential.'],
    ['Menée au repos, l’équipe a renversé le match grâce à un doublé de son avant-centre.', 'Trailing at half-time, the team turned the match around thanks to a brace from its centre-forward.'],
    ['Les travaux seront terminés au plus tard le 4 avril.', 'The work will be finished by 4 April at the latest.'],
    ['L’amende est moins sévère que prévu.', 'The fine is more lenient than expected.'],
    ['Tant pis pour les retardataires, le tarif est désormais plus avantageux.', 'Too bad for latecomers; the rate is now better.'],
    ['Il faut en plus bien sûr prévoir des places plus grandes.', 'Larger spaces will of course also be needed.'],
  ])('is silent on a correct translation: %s → %s', (source, target) => {
    expect(words(source, target)).toEqual([]);
  });
});

describe('time expressions: which season', () => {
  it('finds next summer turned into last summer, even when the sentence says last summer too', () => {
    expect(keys('time-expressions', 'La fête, reportée l’été dernier, aura lieu l’été prochain.', 'The fair, postponed last summer, will take place last summer.')).toEqual(['timeExpressions.different']);
    expect(keys('time-expressions', 'Le chantier reprendra l’hiver prochain.', 'Work will resume last winter.')).toEqual(['timeExpressions.different']);
  });

  it('is silent when each season is said right', () => {
    expect(keys('time-expressions', 'La fête, reportée l’été dernier, aura lieu l’été prochain.', 'The fair, postponed last summer, will take place next summer.')).toEqual([]);
    expect(keys('time-expressions', 'Le chantier reprendra l’automne prochain.', 'Work will resume next fall.')).toEqual([]);
  });
});
