import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

/** Meaning: opposite words (polarity) and negations lost or carried by an antonym (negation). */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (id: CheckId, source: string, target: string) => checkPair({ source, target }, us, only(id)).map((finding) => finding.key);

describe('opposite words', () => {
  it.each([
    ['La préfecture a assoupli les horaires du couvre-feu.', 'The prefecture has tightened the curfew hours.'],
    ['Le tribunal a levé l’interdiction de manifester.', 'The court imposed a ban on demonstrations.'],
    ['Le conseil d’État a rejeté le recours de l’association.', 'The Council of State granted the association’s appeal.'],
    ['La cour a confirmé la peine prononcée en première instance.', 'The court overturned the sentence handed down at first instance.'],
    ['La salle pourra accueillir 800 personnes, soit 200 de plus que l’ancienne.', 'The hall will hold 800 people, 200 fewer than the old one.'],
    ['Malgré le vent, la course a eu lieu.', 'Because of the wind, the race took place.'],
    ['La pêche est interdite en dehors des périodes d’ouverture.', 'Fishing is banned inside the open seasons.'],
    ['Merci d’éteindre vos téléphones pendant la séance.', 'Please turn your phones on during the screening.'],
    ['Les dégâts sont considérables dans le centre-ville.', 'The damage in the town centre is minor.'],
    ['Seuls les abonnés pourront accéder au parking.', 'Subscribers will also be able to use the car park.'],
    ['La direction se dit prête à négocier.', 'Management says it refuses to negotiate.'],
    ['Le suspect a été relâché dans la soirée.', 'The suspect was arrested in the evening.'],
    ['Les ventes devraient se stabiliser cet hiver.', 'Sales are expected to soar this winter.'],
    ['Le défenseur a cédé sa place à la mi-temps.', 'The defender came on at half-time.'],
    ['Le convoi a été acheminé de Brest vers Rennes.', 'The convoy was taken from Rennes to Brest.'],
    ['L’usine va recruter 150 ouvriers.', 'The plant is going to lay off 150 workers.'],
    ['Comptez au moins deux heures pour la visite.', 'Allow at most two hours for the tour.'],
    ['Le port accueillait autrefois des baleiniers.', 'The port now welcomes whaling ships.'],
    ['La saison des fêtes a commencé vendredi.', 'The festive season ended on Friday.'],
    ['La tentative de record a réussi.', 'The record attempt failed.'],
  ])('finds it: %s', (source, target) => {
    expect(keys('polarity', source, target)).toEqual(['polarity']);
  });

  it.each([
    ['La préfecture a assoupli les horaires du couvre-feu.', 'The prefecture has relaxed the curfew hours.'],
    ['Le tribunal a levé l’interdiction de manifester.', 'The court lifted the ban on demonstrations.'],
    ['Le conseil d’État a rejeté le recours de l’association.', 'The Council of State dismissed the association’s appeal.'],
    ['La cour a confirmé la peine prononcée en première instance.', 'The court upheld the sentence handed down at first instance.'],
    ['La salle pourra accueillir 800 personnes, soit 200 de plus que l’ancienne.', 'The hall will hold 800 people, 200 more than the old one.'],
    ['Malgré le vent, la course a eu lieu.', 'The race went ahead in spite of the wind.'],
    ['La pêche est interdite en dehors des périodes d’ouverture.', 'Fishing is banned outside the open seasons.'],
    ['Merci d’éteindre vos téléphones pendant la séance.', 'Please switch off your phones during the screening.'],
    ['Seuls les abonnés pourront accéder au parking.', 'Only subscribers will be able to use the car park.'],
    ['Le convoi a été acheminé de Brest vers Rennes.', 'The convoy was taken from Brest to Rennes.'],
    ['Pas mal de cafés ont baissé le rideau cet hiver.', 'Quite a few cafés shut up shop this winter.'],
    ['Les loyers ont augmenté de 2 %.', 'Rents are up 2%.'],
    ['Les pompiers ont éteint le feu de broussailles.', 'Firefighters put out the brush fire.'],
    ['Comptez au moins deux heures pour la visite.', 'Allow at least two hours for the tour.'],
    ['Le port accueillait autrefois des baleiniers, et bien plus que des chalutiers.', 'The port once welcomed whaling ships, far more than trawlers.'],
    ['Nous avons déjà vu ce point, examinons maintenant les autres.', 'We have previously covered this point, so let us look at the others.'],
    ['La séance est levée.', 'The meeting is adjourned.'],
    ['L’association a levé 2 millions d’euros.', 'The charity raised €2 million.'],
  ])('is silent on: %s → %s', (source, target) => {
    expect(keys('polarity', source, target)).toEqual([]);
  });
});

describe('negations lost, and carried by an antonym', () => {
  it.each([
    ['Il n’est pas rare de voir des sangliers en ville.', 'It is rare to see wild boar in town.'],
    ['Le maire ne conteste pas le chiffre, mais nie toute faute.', 'The mayor disputes the figure but denies any wrongdoing.'],
    ['Le club n’a jamais remporté le championnat.', 'The club has rarely won the league.'],
    ['Le tramway ne desservira plus la gare routière, fermée cet été.', 'The tram will also serve the bus station, closed this summer.'],
  ])('finds a negation lost: %s', (source, target) => {
    expect(keys('negation', source, target)).toEqual(['negation.lost']);
  });

  it.each([
    ['Il n’est pas rare de voir des sangliers en ville.', 'It is not unusual to see wild boar in town.'],
    ['Le maire ne conteste pas le chiffre, mais nie toute faute.', 'The mayor does not dispute the figure but denies any wrongdoing.'],
    ['Le club n’a presque jamais remporté le championnat.', 'The club has hardly ever won the league.'],
    ['Les riverains sont priés de ne pas sortir de chez eux ce soir.', 'Local residents are asked to stay indoors tonight.'],
    ['Les promeneurs sont invités à ne pas s’approcher de la falaise.', 'Walkers are urged to keep away from the cliff.'],
    ['Les visiteurs ne doivent pas s’approcher des animaux.', 'Visitors must stay away from the animals.'],
    ['Les commerçants ne décolèrent pas.', 'Shopkeepers are still furious.'],
    ['Les vacanciers n’ont pas boudé la plage.', 'Holidaymakers flocked to the beach.'],
    ['Il ne cesse de neiger depuis hier.', 'It has kept snowing since yesterday.'],
    ['La plainte a été classée sans suite.', 'The complaint was dropped.'],
    ['Le bus ne dessert plus l’arrêt Mairie.', 'The bus no longer serves the Town Hall stop.'],
    ['Le prévenu ne conteste pas les faits.', 'The defendant admits the facts.'],
  ])('is silent on: %s → %s', (source, target) => {
    expect(keys('negation', source, target)).toEqual([]);
  });

  it('reads “inutile de” as a negation the English may keep', () => {
    expect(keys('negation', 'Inutile de se presser : la billetterie ouvre à midi.', 'There is no need to rush: the box office opens at noon.')).toEqual([]);
  });
});
