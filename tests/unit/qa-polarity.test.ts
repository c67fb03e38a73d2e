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
