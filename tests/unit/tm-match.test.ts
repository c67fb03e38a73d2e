import { describe, expect, it } from 'vitest';
import { indexTerms, lookupTerms, matchScore, tokenize } from '../../src/domain/tm/match';

describe('memory matching', () => {
  it('tokenises words, numbers and punctuation, keeping elisions and decimal numbers whole', () => {
    expect(tokenize('Le 3,5 % de l’État, a-t-il dit…').map((token) => `${token.kind}:${token.text}`)).toEqual([
      'word:Le',
      'number:3,5',
      'punct:%',
      'word:de',
      'word:l’État',
      'punct:,',
      'word:a',
      'punct:-',
      'word:t',
      'punct:-',
      'word:il',
      'word:dit',
      'punct:…',
    ]);
  });

  it('gives 100 % only to the same text', () => {
    expect(matchScore('Le marché ouvre à 7 h.', 'Le marché ouvre à 7 h.')).toBe(100);
    expect(matchScore('Le marché ouvre à 7 h.', 'Le marché ouvre à 7 h. ')).toBeLessThan(100);
  });

  it('costs little for a different number, case or punctuation, and a lot for a different word', () => {
    const base = 'Le président a appelé au calme mercredi.';
    const number = matchScore('Le marché ouvre à 7 h.', 'Le marché ouvre à 8 h.');
    const casing = matchScore(base, 'Le Président a appelé au calme mercredi.');
    const punctuation = matchScore(base, 'Le président a appelé au calme mercredi !');
    const word = matchScore(base, 'Le président a appelé au calme jeudi.');
    expect(number).toBeGreaterThanOrEqual(95);
    expect(casing).toBeGreaterThanOrEqual(97);
    expect(punctuation).toBeGreaterThanOrEqual(95);
    expect(word).toBeLessThan(casing);
    expect(word).toBeLessThan(punctuation);
    expect(word).toBeGreaterThanOrEqual(80);
    expect(matchScore(base, 'Une phrase sans aucun rapport avec la précédente.')).toBeLessThan(30);
  });

  it('finds units by their long folded words', () => {
    expect(indexTerms('Le Débat sur l’État a eu lieu, le débat continue.')).toEqual(['debat', 'sur', 'l\'etat', 'lieu', 'continue']);
    expect(lookupTerms('Le président a appelé au calme mercredi.', 3)).toEqual(['president', 'mercredi', 'appele']);
  });
});
