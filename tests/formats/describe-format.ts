import { describe, expect, it } from 'vitest';
import { rebuildSource } from '../../src/domain/segmentation';
import type { Format, SourceDocument, TargetDocument } from '../../src/formats/format';

const decoder = new TextDecoder();

/** The English version of an imported document: `english[i]` for segment i, the source where absent. */
export function translationOf(document: SourceDocument, english: readonly string[] = []): TargetDocument {
  return {
    title: 'Translation',
    sourceFormat: document.format,
    inlineCodes: true,
    trailer: document.trailer,
    segments: document.segments.map((segment, i) => ({
      kind: segment.kind,
      before: segment.before,
      text: english[i] ?? segment.source,
      codes: segment.codes ?? [],
      source: { text: segment.source, joins: segment.joins, original: segment.original },
    })),
  };
}

/** Imports `text` with `from` and exports it with `to`, as text. */
export function convert(from: Format, to: Format, text: string, english: readonly string[] = []): string {
  return decoder.decode(to.export(translationOf(from.import(new TextEncoder().encode(text)), english)));
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
        const exported = decoder.decode(format.export(translationOf(document)));
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
