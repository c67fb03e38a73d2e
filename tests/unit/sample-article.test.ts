import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rebuildSource, segmentPlainText } from '../../src/domain/segmentation';
import { sampleArticlePath } from '../helpers/sample';

// The real article shared with the project (shared/ beside the repository: tests/helpers/sample.ts).
// It runs whenever the sample is there, and always in CI, where a missing sample fails instead of
// being skipped.
const samplePath = sampleArticlePath();
const present = existsSync(samplePath);

describe.runIf(present || process.env.CI === 'true')('the shared sample article', () => {
  it('is present beside the repository', () => {
    expect(present, `expected ${samplePath}`).toBe(true);
  });

  const text = present ? readFileSync(samplePath, 'utf8') : '';
  const { segments } = segmentPlainText(text);
  const sources = segments.map((segment) => segment.source);

  it('comes out as a translator would split it by hand', () => {
    expect(segments).toHaveLength(33);
    expect(segments.slice(0, 7).map((segment) => segment.kind)).toEqual(['heading', 'meta', 'meta', 'meta', 'caption', 'meta', 'caption']);
    expect(sources[0]).toBe('Chine-Russie: Xi Jinping veut un plan bilatéral ambitieux');
    expect(sources[1]).toBe('La rédaction avec');
    expect(sources[5]).toBe('Crédit Photo : X /');
    expect(sources[4]).toBe(sources[6]);
    expect(segments.slice(7, 22).every((segment) => segment.kind === 'paragraph')).toBe(true);
    expect(sources[22]).toBe('À lire également:');
    expect(segments.slice(23).map((segment) => segment.kind)).toEqual(Array(10).fill('hashtag'));
    expect(sources.slice(23, 26)).toEqual(['#Chine', '#Russie', '#Vladimir Poutine']);
  });

  it('joins each quotation to its attribution without a space before the comma', () => {
    const attributed = sources.filter((source) => source.startsWith('"'));
    expect(attributed).toHaveLength(5);
    for (const source of attributed) expect(source).toMatch(/^"[^"]+", a (déclaré|insisté|ajouté) /u);
    expect(sources.join('\n')).not.toMatch(/" ,/u);
  });

  it('keeps quoted phrases inside their sentence and the lone full stop on the quote', () => {
    expect(sources).toContain(
      'De son côté, Vladimir Poutine a estimé que le lien diplomatique entre Moscou et Pékin restait un "facteur de stabilisation important" dans un contexte de "turbulences mondiales croissantes".',
    );
  });

  it('obeys the round-trip law', () => {
    expect(rebuildSource(segmentPlainText(text))).toBe(text);
  });
});
