import { describe, expect, it } from 'vitest';
import { batchesOf, deeplLimits } from '../../src/services/pretranslate';

describe('batches for DeepL', () => {
  it('holds at most 50 texts', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ source: `Paragraphe ${i}.` }));
    expect(batchesOf(items).map((batch) => batch.length)).toEqual([50, 50, 20]);
  });

  it('stays under 128 KiB once form-encoded, accents included', () => {
    const long = { source: 'Le président a évoqué l’été. '.repeat(400) }; // ~12,000 characters, ~35 KB encoded
    const batches = batchesOf(Array.from({ length: 12 }, () => long));
    for (const batch of batches) {
      const bytes = batch.reduce((sum, item) => sum + encodeURIComponent(item.source).length + 6, 0);
      expect(bytes).toBeLessThanOrEqual(deeplLimits.bytes);
    }
    expect(batches.flat()).toHaveLength(12);
  });

  it('sends a paragraph longer than a request on its own', () => {
    const huge = { source: 'é'.repeat(30_000) };
    expect(batchesOf([{ source: 'Court.' }, huge, { source: 'Court.' }]).map((batch) => batch.length)).toEqual([1, 1, 1]);
  });
});
