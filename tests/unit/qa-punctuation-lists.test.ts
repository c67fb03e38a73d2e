import { describe, expect, it } from 'vitest';
import { checkPair, type QaContext } from '../../src/domain/qa';

const us: QaContext = { targetLang: 'en-US', glossary: [] };
const keys = (source: string, target: string) => checkPair({ source, target }, us).filter((finding) => finding.check === 'punctuation-end').map((finding) => finding.key);

describe('end punctuation: a translation that ends with a list', () => {
  it('leaves a sentence made a list alone: its last line is an item', () => {
    const source = 'Les visiteurs doivent présenter un billet, une pièce d’identité et un justificatif de domicile.';
    expect(keys(source, 'Visitors must show:\n• a ticket\n• an ID card\n• proof of address')).toEqual([]);
    expect(keys(source, 'Visitors must show:\n1. a ticket\n2. an ID card\n3. proof of address')).toEqual([]);
  });

  it('still finds the stop dropped from a sentence, and a list on both sides ending otherwise', () => {
    expect(keys('Le musée ouvre à 10 heures.', 'The museum opens at 10 a.m')).toEqual(['punctuationEnd']);
    expect(keys('À apporter :\n- un billet ;\n- une pièce d’identité.', 'To bring:\n- a ticket;\n- an ID card')).toEqual(['punctuationEnd']);
  });

  it('takes a list item’s semicolon for the English full stop or none, and still a question or a colon for what they are', () => {
    expect(keys('Résumez vos points clés ;', 'Summarize your key points.')).toEqual([]);
    expect(keys('Résumez vos points clés;', 'Summarize your key points')).toEqual([]);
    expect(keys('La séance dure 60 à 90 jours.', 'Sessions take 60-90 days;')).toEqual([]);
    expect(keys('Qui paiera ;', 'Who will pay?')).toEqual(['punctuationEnd']);
    expect(keys('Voici les étapes ;', 'Here are the steps:')).toEqual(['punctuationEnd']);
  });
});

describe('end punctuation: a caption or a notice without a verb', () => {
  it('lets a line with no verb on either side drop its full stop, as English captions do', () => {
    expect(keys('Le port de Honfleur au lever du soleil.', 'Honfleur harbour at sunrise')).toEqual([]);
    expect(keys('Accès gratuit pour les moins de 18 ans.', 'Free admission for under-18s')).toEqual([]);
    expect(keys('Détails supplémentaires sur les messages de statut (page en anglais seulement).', 'Additional details on status messages')).toEqual([]);
  });

  it('still finds the stop dropped from a clause: an auxiliary, a past, a present after its subject, a French verb', () => {
    expect(keys('Le conseil a voté le budget.', 'The council passed the budget')).toEqual(['punctuationEnd']);
    expect(keys('La bibliothèque propose des ateliers gratuits.', 'The library offers free workshops')).toEqual(['punctuationEnd']);
    expect(keys('L’abbaye date du XIIe siècle.', 'The abbey dates from the 12th century')).toEqual(['punctuationEnd']);
    expect(keys('Les élèves rentrent lundi.', 'Pupils go back on Monday')).toEqual(['punctuationEnd']);
    expect(keys('Il fera beau demain.', 'Sunny tomorrow')).toEqual(['punctuationEnd']);
    expect(keys('Le parc est fermé au public.', 'Park closed to the public')).toEqual(['punctuationEnd']);
  });
});
