import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

/** Tense (verbs followed across the pair, suppositions), modality, false friends, grammatical person and certainty. */
const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (id: CheckId, source: string, target: string) => checkPair({ source, target }, us, only(id)).map((finding) => finding.key);

describe('tense: one verb followed across the pair', () => {
  it.each([
    ['Le conseil municipal a décidé de vendre la salle des fêtes.', 'The town council will decide whether to sell the village hall.', 'tenseAhead'],
    ['La saison de chasse a débuté samedi et s’achèvera en février.', 'The hunting season will start on Saturday and end in February.', 'tenseAhead'],
    ['La bibliothèque a prêté ses manuscrits à un musée de Genève.', 'The library will lend its manuscripts to a museum in Geneva.', 'tenseAhead'],
    ['La région présentera son schéma des transports au printemps, pour faire le point.', 'The region presented its transport plan in the spring, to take stock.', 'tense'],
    ['L’équipe a recruté un gardien en juin et compte en recruter un autre cet hiver.', 'The team signed a goalkeeper in June and signed another this winter.', 'tense'],
  ])('%s → %s', (source, target, key) => {
    expect(keys('tense', source, target)).toEqual([key]);
  });

  it.each([
    ['Le conseil municipal a décidé de vendre la salle des fêtes.', 'The town council has decided to sell the village hall.'],
    ['Le maire a annoncé qu’il signera la convention lundi.', 'The mayor announced that he will sign the agreement on Monday.'],
    ['La région présentera son schéma des transports au printemps.', 'The region will present its transport plan in the spring.'],
    ['L’équipe a recruté un gardien en juin et compte en recruter un autre cet hiver.', 'The team signed a goalkeeper in June and plans to sign another this winter.'],
    ['La route est fermée jusqu’à lundi.', 'The road will be closed until Monday.'],
  ])('leaves alone %s → %s', (source, target) => {
    expect(keys('tense', source, target)).toEqual([]);
  });

  it('finds a supposition told as done, not one kept', () => {
    expect(keys('tense', 'Si la réforme était votée, les frais seraient remboursés.', 'Now that the reform has been voted through, the fees will be refunded.')).toEqual(['tenseHypothetical']);
    expect(keys('tense', 'Si la réforme était votée, les frais seraient remboursés.', 'If the reform were passed, the fees would be refunded.')).toEqual([]);
    expect(keys('tense', 'Même si la salle était pleine, le concert serait annulé.', 'Even though the hall was full, the concert was called off.')).toEqual([]);
  });
});

describe('modality', () => {
  it('reads “May” beside a day as the month, not a possibility', () => {
    expect(keys('modality', 'Les habitants peuvent déposer un recours jusqu’au 12 mai.', 'Residents must file an appeal by 12 May.')).toEqual(['modality.changed']);
    expect(keys('modality', 'Les habitants peuvent déposer un recours jusqu’au 12 mai.', 'Residents may file an appeal until 12 May.')).toEqual([]);
  });

  it('finds what is tolerated told as required', () => {
    expect(keys('modality', 'La baignade est tolérée en dehors des heures de surveillance.', 'Swimmers are required to bathe outside supervised hours.')).toEqual(['modality.changed']);
    expect(keys('modality', 'La baignade est tolérée en dehors des heures de surveillance.', 'Swimming is tolerated outside supervised hours.')).toEqual([]);
  });

  it('finds what could have been told as done', () => {
    expect(keys('modality', 'L’équipe aurait pu abandonner la course, mais elle a continué.', 'The team abandoned the race, but it carried on.')).toEqual(['modality.fact']);
    expect(keys('modality', 'L’équipe aurait pu abandonner la course, mais elle a continué.', 'The team could have abandoned the race, but it carried on.')).toEqual([]);
  });

  it('reads “the risk of” as a noun, not a possibility', () => {
    expect(keys('modality', 'Ce traitement pourrait diminuer le risque d’infection.', 'This treatment lowers the risk of infection.')).toEqual(['modality.fact']);
    expect(keys('modality', 'Ce traitement pourrait diminuer le risque d’infection.', 'This treatment could lower the risk of infection.')).toEqual([]);
  });
});

describe('false friends', () => {
  it.each([
    ['Le club pourrait éventuellement changer d’entraîneur.', 'The club could eventually change coach.', 'eventually'],
    ['Les voisins ne supportent plus les travaux qui durent depuis des mois.', 'The neighbours no longer support the works taking months.', 'support'],
    ['La mairie finance la formation des agents municipaux.', 'The town hall funds the formation of council staff.', 'formation'],
    ['Le directeur ignorait que le contrat avait expiré.', 'The director ignored that the contract had expired.', 'ignored'],
    ['Deux hommes sont soupçonnés de vol de câbles sur la voie ferrée.', 'Two men are suspected of a flight of cables on the railway.', 'flight'],
    ['La livre turque a encore reculé face à l’euro.', 'The Turkish pound fell again against the euro.', 'pound'],
    ['Ils ont vendu leur pavillon de banlieue.', 'They sold their pavilion.', 'pavilion'],
    ['Le cabinet du maire a refusé de commenter.', 'The mayor’s Cabinet declined to comment.', 'Cabinet'],
    ['Les gendarmes ont fait le tour du hangar.', 'The gendarmes climbed the hangar’s tower.', 'tower'],
    ['Pour la commune, l’addition devrait atteindre 3 millions d’euros.', 'For the town, the addition should reach €3 million.', 'addition'],
    ['Cette commode, d’une facture très soignée, date du XVIIIe siècle.', 'This chest of drawers, with a very careful invoice, dates from the 18th century.', 'invoice'],
  ])('%s → %s', (source, target, word) => {
    const found = checkPair({ source, target }, us, only('false-friends'));
    expect(found.map((finding) => finding.params?.word)).toEqual([word]);
  });

  it.each([
    ['Le club pourrait éventuellement changer d’entraîneur.', 'The club could possibly change coach.'],
    ['Le club a fini par changer d’entraîneur, à terme.', 'The club eventually changed coach.'],
    ['Les voisins ne supportent plus les travaux.', 'The neighbours can no longer stand the works.'],
    ['Les supporters soutiennent leur équipe.', 'The fans support their team.'],
    ['La mairie finance la formation des agents municipaux.', 'The town hall funds training for council staff.'],
    ['Le directeur a ignoré les alertes que le syndicat avait lancées.', 'The director ignored the warnings the union had issued.'],
    ['Le vol a été annulé à cause du brouillard à l’aéroport.', 'The flight was canceled because of fog at the airport.'],
    ['La livre sterling a reculé face à l’euro.', 'The pound fell against the euro.'],
    ['Le pavillon de la France à l’Exposition universelle a ouvert.', 'The French pavilion at the World Expo has opened.'],
    ['Le cabinet du maire a refusé de commenter.', 'The mayor’s office declined to comment.'],
    ['La tour de l’église a été restaurée.', 'The church tower has been restored.'],
    ['En addition, les frais de dossier s’élèvent à 30 euros.', 'In addition, the fees come to €30.'],
    ['La facture d’électricité a augmenté de 10 %.', 'The electricity bill rose by 10%.'],
  ])('leaves alone %s → %s', (source, target) => {
    expect(keys('false-friends', source, target)).toEqual([]);
  });
});

describe('grammatical person', () => {
  it.each([
    ['« Nous avons fermé l’usine à regret », confie le directeur.', '“They closed the factory with regret,” the director says.', 'person.lost'],
    ['« Je suis partie seule, sans prévenir ma famille », raconte la randonneuse.', '“We left on our own, without telling our family,” the hiker says.', 'person.changed'],
    ['« On nous annonce des travaux depuis des années », regrette un riverain.', '“We have been announcing works for years,” one resident regrets.', 'person.doneTo'],
  ])('%s → %s', (source, target, key) => {
    expect(keys('person', source, target)).toEqual([key]);
  });

  it.each([
    ['« Nous avons fermé l’usine à regret », confie le directeur.', '“We closed the factory with regret,” the director says.'],
    ['« On nous annonce des travaux depuis des années », regrette un riverain.', '“We have been promised works for years,” one resident regrets.'],
    ['Nous savons que les usagers attendent des réponses rapides.', 'Users are known to expect quick answers.'],
    ['Les fouilles ont livré des objets du IIe siècle avant notre ère.', 'The dig yielded objects from the 2nd century BC.'],
    ['Me Durand, avocat du prévenu, a plaidé la relaxe.', 'Durand, counsel for the defendant, asked for an acquittal.'],
  ])('leaves alone %s → %s', (source, target) => {
    expect(keys('person', source, target)).toEqual([]);
  });
});

describe('certainty', () => {
  it.each([
    ['Selon une source proche de l’enquête, le maire aurait démissionné.', 'The mayor has resigned, officials confirmed.', 'certainty.asFact'],
    ['Il est probable que la grève dure jusqu’à vendredi.', 'The strike will certainly last until Friday.', 'certainty.asFact'],
    ['Les policiers privilégient la piste d’un règlement de comptes.', 'Police have concluded it was a settling of scores.', 'certainty.asFact'],
    ['Il semblerait que le bâtiment ait été mal entretenu.', 'The building was poorly maintained.', 'certainty.hedgeLost'],
    ['La préfecture a confirmé la fermeture de la route.', 'The road is reportedly closing, the prefecture said.', 'certainty.asHearsay'],
    ['Si la pluie le permet, le match aura lieu dimanche.', 'The match will take place on Sunday.', 'certainty.conditionLost'],
    ['Le loyer baissera, à condition que le bail soit renouvelé.', 'The rent will go down.', 'certainty.conditionLost'],
  ])('%s → %s', (source, target, key) => {
    expect(keys('certainty', source, target)).toEqual([key]);
  });

  it.each([
    ['Selon une source proche de l’enquête, le maire aurait démissionné.', 'The mayor has reportedly resigned, according to a source close to the inquiry.'],
    ['Le maire a confirmé sa démission, selon son entourage.', 'The mayor confirmed his resignation, according to people close to him.'],
    ['Il semblerait que le bâtiment ait été mal entretenu.', 'The building appears to have been poorly maintained.'],
    ['La préfecture a confirmé la fermeture de la route.', 'The prefecture confirmed that the road will close.'],
    ['Selon l’Insee, la société a été fondée en 1990.', 'According to INSEE, the company was established in 1990.'],
    ['Si la pluie le permet, le match aura lieu dimanche.', 'Weather permitting, the match will take place on Sunday.'],
    ['S’il vous plaît, fermez la porte.', 'Please close the door.'],
    ['Le ministère a annoncé que le site serait fermé en juin.', 'The ministry confirmed that the site would close in June.'],
    ['Le maire a assuré que les travaux seraient finis avant l’été.', 'The mayor confirmed that the works would be finished before the summer.'],
  ])('leaves alone %s → %s', (source, target) => {
    expect(keys('certainty', source, target)).toEqual([]);
  });
});

describe('roles: an authority, a minister', () => {
  const roleKeys = (source: string, target: string) => keys('roles', source, target);

  it.each([
    ['Le préfet a interdit la manifestation prévue samedi.', 'The mayor banned the protest planned for Saturday.'],
    ['Les députés ont rejeté la motion de censure.', 'The Senate rejected the no-confidence motion.'],
  ])('finds another authority in place of the source’s: %s → %s', (source, target) => {
    expect(roleKeys(source, target)).toEqual(['roles.authority']);
  });

  it('finds the prime minister in place of a minister with a portfolio', () => {
    expect(roleKeys('Le ministre de la Culture a inauguré le festival.', 'The prime minister opened the festival.')).toEqual(['roles.portfolio']);
    expect(roleKeys('Le ministre de la Culture a inauguré le festival.', 'The culture minister opened the festival.')).toEqual([]);
  });

  it.each([
    ['Le préfet a interdit la manifestation prévue samedi.', 'The prefect banned the protest planned for Saturday.'],
    ['Le préfet a interdit la manifestation, à la demande du maire.', 'The state authorities banned the protest at the mayor’s request.'],
    ['Les députés ont rejeté la motion de censure.', 'Lawmakers rejected the no-confidence motion.'],
    ['La mairie ouvrira ses portes à 17 h.', 'The town hall opens at 5 PM.'],
  ])('leaves alone %s → %s', (source, target) => {
    expect(roleKeys(source, target)).toEqual([]);
  });
});
