import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPair, type Finding } from '../../src/domain/qa';
import en from '../../locales/en/ui.json';

/**
 * Every check on any text a translator may type: the checks read user text with patterns, and a
 * pattern that throws or a span out of the text breaks the editor's highlighting. Texts are drawn
 * from the pieces real pairs are made of (words of both languages, numbers in both notations,
 * names, codes, addresses, quotation marks and brackets, spaces of every kind), shuffled.
 */
const piece = fc.constantFrom(
  'Le', 'la', 'les', 'ne', 'pas', 'plus', 'hausse', 'deux', 'vingt-et-un', 'quatre-vingt-dix', 'douzaine', 'dizaines', 'premier', 'troisième',
  'The', 'not', 'never', 'rise', 'fall', 'two', 'dozens', 'first', 'will', 'announced',
  '3,5 %', '1 234,5', '3.5%', '1,234.5', '12 €', '€12', '120 km/h', '75 mph', '14 h 30', '2:30 p.m.', '2 h 40', '24 h/24', 'XIXe', '19th', '1er', 'mars', 'March',
  'lundi', 'Monday', 'Noël', 'Christmas', 'Londres', 'London', 'SNCF', 'CDS', 'Macron', 'Pouyanné', 'AF1234', 'L. 1234-5', '49.3', '01 23 45 67 89', '+33 1 23 45 67 89',
  'www.service-public.fr', 'contact@mairie.fr', '#Paris2024', '@mairie', 'https://example.org/a?b=1',
  '«', '»', '“', '”', '"', "'", '’', '(', ')', '[', ']', '.', ',', ';', ':', '?', '!', '…', '—', '-', '/',
  ' ', ' ', '\u00a0', '\u202f', '\n', '\t', '', '\u200b', 'é', 'Œ', '😀',
);
const text = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.boolean()).map(([parts, tight]) => parts.join(tight ? '' : ' '));
const variant = fc.constantFrom('en-US', 'en-GB');

function inside(spans: Finding['source'], length: number): boolean {
  return (spans ?? []).every((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length);
}

/** Whether an i18next key exists under `qa.` in the English strings (a finding's message must). */
function hasMessage(key: string): boolean {
  let node: unknown = (en as { qa: unknown }).qa;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('the checks on any text', () => {
  it('are held to messages that exist (the test’s own lookup tells one from none)', () => {
    expect(hasMessage('numbers.missing')).toBe(true);
    expect(hasMessage('numbers.nowhere')).toBe(false);
    expect(inside([{ start: 0, end: 5 }], 4)).toBe(false);
  });

  it('never throw, keep their spans inside the texts, fix with text and name a message that exists', () => {
    fc.assert(
      fc.property(text, text, variant, (source, target, targetLang) => {
        const findings = checkPair({ source, target }, { targetLang, glossary: [] });
        for (const finding of findings) {
          expect(inside(finding.source, source.length), `${finding.key} source span`).toBe(true);
          expect(inside(finding.target, target.length), `${finding.key} target span`).toBe(true);
          if (finding.fix !== undefined) expect(typeof finding.fix).toBe('string');
          expect(hasMessage(finding.key) || hasMessage(`${finding.key}.other`) || hasMessage(`${finding.key}_other`), `${finding.key} has an English message`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('find nothing to say where the target is the source and the source has no French (names, numbers, codes)', () => {
    const neutral = fc.array(fc.constantFrom('SNCF', 'AF1234', '2024', '#Paris2024', 'www.example.org', 'Firefox', '12', '—', ' '), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(neutral, (copy) => {
        expect(checkPair({ source: copy, target: copy }, { targetLang: 'en-US', glossary: [] }).filter((finding) => finding.severity === 'error')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
