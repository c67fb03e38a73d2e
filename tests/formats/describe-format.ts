import { describe, expect, it } from 'vitest';
import { rebuildSource } from '../../src/domain/segmentation';
import { type InlineCode, plainText } from '../../src/domain/inline';
import type { Format, SourceDocument, TargetDocument } from '../../src/formats/format';

const decoder = new TextDecoder();

/** The English version of an imported document: `english[i]` for segment i, the source where absent. */
export function translationOf(document: SourceDocument, english: readonly string[] = []): TargetDocument {
  return {
    documentId: 1,
    title: 'Translation',
    targetLang: 'en-US',
    sourceFormat: document.format,
    inlineCodes: true,
    package: document.package,
    trailer: document.trailer,
    segments: document.segments.map((segment, i) => ({
      kind: segment.kind,
      before: segment.before,
      text: english[i] ?? segment.source,
      codes: segment.codes ?? [],
      source: { text: segment.source, joins: segment.joins, original: segment.original },
      id: i + 1,
      version: 1,
      target: english[i] ?? segment.translation?.target ?? '',
      status: english[i] !== undefined ? 'translated' : (segment.translation?.status ?? 'new'),
      key: segment.key,
      notes: segment.translation?.notes ?? [],
    })),
  };
}

/** Imports `text` with `from` and exports it with `to`, as text. */
export function convert(from: Format, to: Format, text: string, english: readonly string[] = []): string {
  return decoder.decode(to.export(translationOf(from.import(new TextEncoder().encode(text)), english)));
}

const words = (segment: { source: string; codes?: InlineCode[] | undefined }) => plainText(segment.source, segment.codes ?? []);

/**
 * The conformance suite every format reuses with one line (as translate-toolkit's test_base does):
 * the round-trip law (for formats written into their source's skeleton: byte for byte; for
 * bilingual formats, which are written anew: the same units, translations and statuses), the
 * English written where the French was, and parse → export → parse giving the same segments.
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

      if (format.bilingual) {
        it(`${name}: exported untouched, reads back with the same sources, translations and statuses`, () => {
          const again = format.import(format.export(translationOf(document)));
          const units = (segments: typeof document.segments) => segments.map((segment) => [segment.source, segment.codes ?? [], segment.translation?.target, segment.translation?.status]);
          expect(units(again.segments)).toEqual(units(document.segments));
        });
      } else {
        it(`${name}: obeys the round-trip law (segments + skeleton rebuild the source exactly)`, () => {
          expect(rebuildSource(document)).toBe(text);
        });

        it(`${name}: exports an untouched translation byte for byte`, () => {
          expect(decoder.decode(format.export(translationOf(document)))).toBe(text);
        });
      }

      it(`${name}: writes the English where the French was, with its codes`, () => {
        const english = document.segments.map((segment) => `EN ${segment.source}`);
        const again = format.import(format.export(translationOf(document, english)));
        if (format.bilingual) {
          expect(again.segments.map((segment) => segment.translation?.target)).toEqual(english);
        } else {
          expect(again.segments.map(words)).toEqual(document.segments.map((segment) => `EN ${words(segment)}`));
          expect(again.segments.map((segment) => segment.codes ?? [])).toEqual(document.segments.map((segment) => segment.codes ?? []));
        }
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
