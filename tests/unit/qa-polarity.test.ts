import { describe, expect, it } from 'vitest';
import { type CheckId, checkIds, checkPair, type QaContext, type QaSettings } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const only = (id: CheckId): QaSettings => Object.fromEntries(checkIds.filter((other) => other !== id).map((other) => [other, 'off']));
const words = (source: string, target: string) => checkPair({ source, target }, us, only('polarity')).map((finding) => finding.params?.['word']);

describe('opposite meaning check', () => {
  it.each([
    ['Les prix de l’énergie sont repartis à la hausse.', 'Energy prices started falling again.', 'falling'],
    ['Le chômage a reculé dans la région.', 'Unemployment rose in the region.', 'rose'],
    ['La mairie a autorisé l’ouverture des commerces le dimanche.', 'The city has banned stores from opening on Sundays.', 'banned'],
    ['La baignade est interdite.', 'Swimming is permitted.', 'permitted'],
    ['Le projet a été adopté par le conseil.', 'The project was rejected by the council.', 'rejected'],
    ['Lyon a gagné la finale.', 'Lyon lost the final.', 'lost'],
    ['La piscine fermera en août.', 'The pool will open in August.', 'open'],
    ['Le port du casque est obligatoire.', 'Wearing a helmet is optional.', 'optional'],
  ])('finds the opposite: %s', (source, target, word) => {
    expect(words(source, target)).toEqual([word]);
  });

  it.each([
    ['Les prix sont en hausse de 3 %.', 'Prices are up 3%.'],
    ['Le chômage a reculé.', 'Unemployment fell.'],
    ['La vente d’alcool n’est pas autorisée.', 'The sale of alcohol is banned.'],
    ['La baignade est interdite.', 'Swimming is not allowed.'],
    ['La hausse des prix a fait baisser la consommation.', 'The rise in prices made consumption fall.'],
    ['Les élus ont voté contre la hausse des tarifs.', 'Councillors voted against the fare increase.'],
    ['Le magasin est ouvert mais fermé le lundi.', 'The shop is open but closed on Mondays.'],
    ['L’usine a été inaugurée près de Lyon.', 'The plant was inaugurated close to Lyon.'],
    ['La ferme a été rachetée.', 'The farm has been bought.'],
    ['Il a fermement démenti.', 'He firmly denied it.'],
  ])('is silent on a correct translation: %s', (source, target) => {
    expect(words(source, target)).toEqual([]);
  });
});

describe('opposite meaning: a service resumed or stopped, a resignation or a dismissal', () => {
  it.each([
    ['La circulation des trains a repris lundi matin entre Lyon et Grenoble.', 'Train services came to a halt on Monday morning between Lyon and Grenoble.', 'halt'],
    ['La démission de la présidente du conseil d’administration a surpris les actionnaires.', 'The dismissal of the board chair surprised shareholders.', 'dismissal'],
  ])('finds the opposite: %s', (source, target, word) => {
    expect(words(source, target)).toEqual([word]);
  });

  it.each([
    ['La circulation des trains a repris lundi matin.', 'Train services resumed on Monday morning.'],
    ['La circulation, arrêtée depuis dimanche, a repris lundi.', 'Traffic, halted since Sunday, resumed on Monday.'],
    ['Le groupe a repris l’usine, à l’arrêt depuis un an.', 'The group took over the plant, which had been at a standstill for a year.'],
    ['La démission de la présidente a surpris les actionnaires.', 'The chair’s resignation surprised shareholders.'],
  ])('keeps a faithful translation: %s', (source, target) => {
    expect(words(source, target)).toEqual([]);
  });
});
