import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPlainText } from '../../src/domain/segmentation';
import { splitSentences } from '../../src/domain/sentences';
import { sampleArticlePath } from '../helpers/sample';

const texts = (text: string, language: 'fr' | 'en') => splitSentences(text, language).map((sentence) => sentence.text.trim());

describe('French sentences', () => {
  it.each([
    ['M. Dupont est arrivé. Il repart.', ['M. Dupont est arrivé.', 'Il repart.']],
    ['Mme Martin et Me Benali ont parlé. Fin.', ['Mme Martin et Me Benali ont parlé.', 'Fin.']],
    ['Né en 52 av. J.-C. à Rome. Mort jeune.', ['Né en 52 av. J.-C. à Rome.', 'Mort jeune.']],
    ['Il a dit : « Bonjour. » Puis il est parti.', ['Il a dit : « Bonjour. »', 'Puis il est parti.']],
    ['Il hésite… Puis il signe.', ['Il hésite…', 'Puis il signe.']],
    ['La hausse est de 3,5 %. Le budget atteint 1 200,5 millions.', ['La hausse est de 3,5 %.', 'Le budget atteint 1 200,5 millions.']],
    ['Photo : J. Durand. Légende.', ['Photo : J. Durand.', 'Légende.']],
    ['Voir p. 12. Ensuite ?', ['Voir p. 12.', 'Ensuite ?']],
  ])('splits %j', (text, expected) => {
    expect(texts(text, 'fr')).toEqual(expected);
  });
});

describe('English sentences', () => {
  it.each([
    ['Mr. Smith arrived. He left.', ['Mr. Smith arrived.', 'He left.']],
    ['It rose 1.5% to $3.2 million, i.e. more. End.', ['It rose 1.5% to $3.2 million, i.e. more.', 'End.']],
    ['He said: "Hello." Then he left.', ['He said: "Hello."', 'Then he left.']],
    ['Dr. J. Watson (born 1852.) wrote it. Yes.', ['Dr. J. Watson (born 1852.) wrote it.', 'Yes.']],
    // A straight quotation mark before a word opens the next sentence's quotation.
    ['It has 1,200 trees. "We must act," he said.', ['It has 1,200 trees.', '"We must act," he said.']],
    ["He left. 'Tis the season.", ['He left.', "'Tis the season."]],
  ])('splits %j', (text, expected) => {
    expect(texts(text, 'en')).toEqual(expected);
  });
});

describe('the sentences of the sample article', () => {
  it('give every paragraph back exactly, and cut those of several sentences', () => {
    const article = readFileSync(sampleArticlePath(), 'utf8');
    const { segments } = segmentPlainText(article);
    for (const segment of segments) {
      const sentences = splitSentences(segment.source, 'fr');
      expect(sentences.map((sentence) => sentence.text).join('')).toBe(segment.source);
      expect(sentences.every((sentence, i) => sentence.start === (sentences[i - 1]?.end ?? 0))).toBe(true);
    }
    const visa = segments.find((segment) => segment.source.includes('un régime sans visa'))!;
    expect(splitSentences(visa.source, 'fr').length).toBe(2);
    // The longest paragraph is one sentence of 399 characters, its quotation included: not cut.
    const longest = segments.reduce((a, b) => (b.source.length > a.source.length ? b : a));
    expect(splitSentences(longest.source, 'fr')).toHaveLength(1);
  });
});
