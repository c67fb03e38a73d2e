import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { rebuildSource } from '../../src/domain/segmentation';
import { type InlineCode, plainText } from '../../src/domain/inline';
import type { Format, SourceDocument, TargetDocument } from '../../src/formats/format';
import { formatForUpload } from '../../src/formats/registry';

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
    // As the export service does: a text format writes its own kind of file in its source's encoding.
    encoding: document.encoding,
    bom: document.bom,
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
 * The segments' codes as the law "the same codes" compares them: a paragraph followed by texts
 * living inside its codes (an image's alt text, a link's title: formats/_lib/linked-texts.ts) has
 * their English written into its codes' markup, escaped for where it stands (the formats' own tests
 * check it), so its codes are compared by what they are, not by their markup.
 */
export const heldEnglish = (segments: ReadonlyArray<{ codes?: InlineCode[] | undefined; before: string; original?: string | undefined }>): Array<Array<Partial<InlineCode>>> =>
  segments.map((segment, i) => {
    const next = segments[i + 1];
    const holds = next !== undefined && next.before === '' && next.original === '';
    return (segment.codes ?? []).map((code) => (holds ? { id: code.id, type: code.type, kind: code.kind, droppable: code.droppable } : code));
  });

/** Decodes without touching a byte-order mark, failing on invalid UTF-8: equal texts are then equal bytes. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Expects `actual` to be exactly the bytes `expected`: compared as text when both are UTF-8 (a
 * readable diff), else by length and where they first differ.
 */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array, what?: string): void {
  const text = (bytes: Uint8Array) => {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return undefined;
    }
  };
  const [a, b] = [text(actual), text(expected)];
  if (a !== undefined && b !== undefined) {
    expect(a, what).toBe(b);
    return;
  }
  const differs = actual.findIndex((byte, i) => byte !== expected[i]);
  const at = differs === -1 ? Math.min(actual.length, expected.length) : differs;
  expect({ length: actual.length, firstDifferenceAt: actual.length === expected.length && differs === -1 ? -1 : at }, what).toEqual({ length: expected.length, firstDifferenceAt: -1 });
}

/** A package's entries (a zip: DOCX, ODT) in their order, each with its bytes. */
function entriesOf(bytes: Uint8Array): Array<[string, Uint8Array]> {
  return Object.entries(unzipSync(bytes));
}

/**
 * The conformance suite every format reuses with one line (as translate-toolkit's test_base does).
 * A fixture is the file's text, or its bytes (a Word document, a file in a legacy encoding), which
 * are imported as they are. The laws depend on how a format writes the English:
 * - written into its source's skeleton (txt, md, html, subtitles): segments + skeleton rebuild
 *   the source text exactly, and an untouched export is the source byte for byte (in its encoding,
 *   with its byte-order mark);
 * - written into the original package (DOCX: the import keeps `package`): there is no skeleton
 *   text that is the file, so an untouched export holds every entry of the package byte for byte,
 *   in the same order (the zip around them is written anew);
 * - bilingual (XLIFF, TMX, review tables), written anew: the same units, translations and statuses.
 * For all: the English written where the French was (with the same codes, for monolingual
 * formats), and parse → export → parse giving the same segments.
 *
 * @example
 * describeFormat(txtFormat, { 'a town council notice': 'Avis\n\nLa séance est levée.\n' });
 * describeFormat(docxFormat, { 'a report written by Word': await frenchReport() });
 */
export function describeFormat(format: Format, fixtures: Record<string, string | Uint8Array>): void {
  describe(`${format.name} (${format.id}) conformance`, () => {
    for (const [name, fixture] of Object.entries(fixtures)) {
      const bytes = typeof fixture === 'string' ? new TextEncoder().encode(fixture) : fixture;
      const document = format.import(bytes);
      const packaged = !format.bilingual && document.package !== undefined;

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
      } else if (packaged) {
        it(`${name}: keeps the file it was read from, as it was`, () => {
          expectSameBytes(document.package!, bytes);
        });

        it(`${name}: exports an untouched translation with every entry of the package byte for byte, in order`, () => {
          const before = entriesOf(bytes);
          const after = entriesOf(format.export(translationOf(document)));
          expect(after.map(([entry]) => entry)).toEqual(before.map(([entry]) => entry));
          for (const [i, [entry, data]] of before.entries()) expectSameBytes(after[i]![1], data, entry);
        });
      } else {
        // A text fixture is the source; bytes are read in the encoding the import found (with
        // iconv-lite, as the import does: Node's TextDecoder reads Windows-1252 as Latin-1).
        const source = typeof fixture === 'string' ? fixture : iconv.decode(Buffer.from(fixture), document.encoding);

        it(`${name}: obeys the round-trip law (segments + skeleton rebuild the source exactly)`, () => {
          expect(rebuildSource(document)).toBe(source);
        });

        it(`${name}: exports an untouched translation byte for byte`, () => {
          expectSameBytes(format.export(translationOf(document)), bytes);
        });
      }

      it(`${name}: writes the English where the French was, with its codes`, () => {
        const english = document.segments.map((segment) => `EN ${segment.source}`);
        const exported = format.export(translationOf(document, english));
        const again = format.import(exported);
        if (format.bilingual) {
          expect(again.segments.map((segment) => segment.translation?.target)).toEqual(english);
        } else {
          expect(again.segments.map(words)).toEqual(document.segments.map((segment) => `EN ${words(segment)}`));
          expect(heldEnglish(again.segments)).toEqual(heldEnglish(document.segments));
        }
        if (packaged) {
          // The same entries; only XML parts (text, language) change, every other entry (images,
          // relationships, content types) is kept.
          const before = entriesOf(bytes);
          const written = new Map(entriesOf(exported));
          expect([...written.keys()]).toEqual(before.map(([entry]) => entry));
          const changed = before.filter(([entry, data]) => !Buffer.from(written.get(entry)!).equals(Buffer.from(data))).map(([entry]) => entry);
          expect(changed.length).toBeGreaterThan(0);
          for (const entry of changed) expect(entry).toMatch(/^(?!\[Content_Types\]).*\.xml$/u);
        }
      });

      it(`${name}: exports an untouched translation as the source layout and reads it back alike`, () => {
        const again = format.import(format.export(translationOf(document)));
        expect(again.segments.map((segment) => [segment.kind, segment.source])).toEqual(
          document.segments.map((segment) => [segment.kind, segment.source]),
        );
      });

      it(`${name}: is read by this format when uploaded under its extension`, () => {
        // A sibling sharing the extension (a review table is a .docx too) must not claim it.
        expect(formatForUpload({ filename: `fixture.${format.extensions[0] ?? ''}` }, bytes).id).toBe(format.id);
      });
    }
  });
}
