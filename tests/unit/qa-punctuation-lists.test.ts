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
