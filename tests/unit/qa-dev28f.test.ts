import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const gb: QaContext = { targetLang: 'en-GB', glossary: [] };
const keys = (source: string, target: string) => checkPair({ source, target }, gb).map((finding) => finding.key);

describe('correct translations a blind set found flagged (dev-28f), in sentences of our own', () => {
  it('reads a sum under one euro said in cents, and not another', () => {
    expect(keys('Le ticket passe de 0,80 euro à 1 euro.', 'The ticket goes from 80 cents to €1.')).toEqual([]);
    expect(keys('Le ticket passe de 0,80 euro à 1 euro.', 'The ticket goes from 70 cents to €1.')).toEqual(['numbers.missing']);
  });

  it('reads quintals as 100 kg', () => {
    expect(keys('Le blé a donné 75 quintaux à l’hectare.', 'Wheat yielded 7.5 tonnes per hectare.')).toEqual([]);
  });

  it('reads hours and minutes joined by et as one duration', () => {
    expect(keys('Elle a bouclé le parcours en 3 heures et 12 minutes.', 'She completed the course in 3 hours and 12 minutes.')).toEqual([]);
  });

  it('knows la Saint-Jean, days a week and shifts', () => {
    expect(keys('La Saint-Jean, le 24 juin, ouvre la saison.', 'Midsummer, on 24 June, opens the season.')).toEqual([]);
    expect(keys('L’atelier tourne en trois-huit, cinq jours sur sept.', 'The workshop runs three eight-hour shifts, five days a week.')).toEqual([]);
  });

  it('takes “ne pas dépasser” as at most, and “inédit”, “interrompu” as said with not', () => {
    expect(keys('Les bagages ne doivent pas dépasser 23 kg.', 'Bags must weigh no more than 23 kg.')).toEqual([]);
    expect(keys('Un record inédit depuis 2003.', 'A record not seen since 2003.')).toEqual([]);
    expect(keys('Le tram sera interrompu ce week-end.', 'The tram will not run this weekend.')).toEqual([]);
  });

  it('reads feminine titles as titles, and a bulleted item’s stop as the list’s style', () => {
    expect(keys('La Médiatrice de la ville, Anne Roux, a rendu son rapport.', 'The city ombudsman, Anne Roux, has delivered her report.')).toEqual([]);
    expect(keys('• Gilet de sauvetage obligatoire.', '• Life jacket required')).toEqual([]);
  });
});
