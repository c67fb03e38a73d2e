import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

/** The modality check: what is possible, required, advised or expected, told otherwise in the English. */
const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const keys = (source: string, target: string) => checkPair({ source, target }, gb, only('modality')).map((finding) => finding.key);

describe('modality check', () => {
  it.each([
    // a possibility made an obligation
    ['Les adhérents peuvent apporter leur propre raquette.', 'Members must bring their own racket.'],
    ['Les familles pourront inscrire leurs enfants dès lundi.', 'Families will have to enrol their children from Monday.'],
    // an obligation made a possibility or advice
    ['Les commerçants doivent déclarer leurs stocks avant le 15.', 'Shopkeepers may declare their stock before the 15th.'],
    ['Le propriétaire est tenu de fournir un diagnostic énergétique.', 'Landlords are encouraged to provide an energy assessment.'],
    ['La déclaration est obligatoire pour tous les éleveurs.', 'Farmers can choose to declare their herds.'],
    // advice made an obligation
    ['Il est conseillé de réserver sa place à l’avance.', 'Booking in advance is compulsory.'],
    ['Le vaccin est recommandé pour les plus de 65 ans.', 'The vaccine is mandatory for the over-65s.'],
    // an expectation made an obligation
    ['Les résultats devraient être connus dans la soirée.', 'The results must be known by the evening.'],
  ])('finds the modality changed: %s', (source, target) => {
    expect(keys(source, target)).toEqual(['modality.changed']);
  });

  it.each([
    ['La grève pourrait s’étendre aux raffineries.', 'The strike will spread to the refineries.'],
    ['Il se pourrait que le concert soit annulé.', 'The concert has been cancelled.'],
    ['La ligne pourra éventuellement être prolongée jusqu’à l’aéroport.', 'The line will eventually be extended to the airport.'],
  ])('finds a possibility told as a fact: %s', (source, target) => {
    expect(keys(source, target)).toEqual(['modality.fact']);
  });

  it.each([
    ['Les adhérents peuvent apporter leur propre raquette.', 'Members can bring their own racket.'],
    ['Les familles pourront inscrire leurs enfants dès lundi.', 'Families will be able to enrol their children from Monday.'],
    ['Le préfet doit se rendre sur place mardi.', 'The prefect is due to visit the site on Tuesday.'],
    ['Le préfet doit se rendre sur place mardi.', 'The prefect will visit the site on Tuesday.'],
    ['Les commerçants doivent déclarer leurs stocks.', 'Shopkeepers need to declare their stock.'],
    ['Il faut compter deux heures de marche.', 'The walk takes two hours.'],
    ['Les cyclistes ne peuvent pas emprunter le tunnel.', 'Cyclists must not use the tunnel.'],
    ['Il est conseillé de réserver sa place à l’avance.', 'You are advised to book in advance.'],
    ['Les résultats devraient être connus dans la soirée.', 'The results should be known in the evening.'],
    ['Les résultats devraient être connus dans la soirée.', 'The results are expected this evening.'],
    ['La grève pourrait s’étendre aux raffineries.', 'The strike could spread to the refineries.'],
    ['La grève pourrait s’étendre aux raffineries.', 'The strike is likely to spread to the refineries.'],
    ['Les usagers doivent se munir d’un ticket qu’ils peuvent acheter en ligne.', 'Passengers must have a ticket, which they can buy online.'],
  ])('is silent on: %s → %s', (source, target) => {
    expect(keys(source, target)).toEqual([]);
  });
});
