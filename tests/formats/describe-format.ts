import { describe, expect, it } from 'vitest';
import { rebuildSource } from '../../src/domain/segmentation';
import type { Format, SourceDocument } from '../../src/formats/format';

const decoder = new TextDecoder();

/** The English version with every target equal to its source: must reproduce the source exactly. */
export function identityTranslation(document: SourceDocument) {
  return {
    title: 'Identity',
    sourceFormat: document.format,
    trailer: document.trailer,
    segments: document.segments.map((segment) => ({ kind: segment.kind, before: segment.before, text: segment.source })),
  };
}

/**
 * The conformance suite every format reuses with one line (as translate-toolkit's test_base does):
 * the round-trip law, and parse → export → parse giving the same segments.
 */
export function describeFormat(format: Format, fixtures: Record<string, string>): void {
  describe(`${format.name} (${format.id}) conformance`, () => {
    for (const [name, text] of Object.entries(fixtures)) {
      const bytes = new TextEncoder().encode(text);
      const document = format.import(bytes);

      it(`${name}: finds segments, each with text to translate`, () => {
        expect(document.segments.length).toBeGreaterThan(0);
        for (const segment of document.segments) expect(segment.source.trim()).not.toBe('');
      });

      it(`${name}: obeys the round-trip law (segments + skeleton rebuild the source exactly)`, () => {
        expect(rebuildSource(document)).toBe(text);
      });

      it(`${name}: exports an untouched translation as the source layout and reads it back alike`, () => {
        const exported = decoder.decode(format.export(identityTranslation(document)));
        const again = format.import(new TextEncoder().encode(exported));
        expect(again.segments.map((segment) => [segment.kind, segment.source])).toEqual(
          document.segments.map((segment) => [segment.kind, segment.source]),
        );
      });

      it(`${name}: is recognised by its content or its extension`, () => {
        expect(format.detect(bytes) || format.extensions.length > 0).toBe(true);
      });
    }
  });
}
