import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/domain/inline';
import type { Format, SourceDocument } from '../../src/formats/format';
import { formatFor } from '../../src/formats/registry';
import { expectSameBytes, heldEnglish, translationOf } from './describe-format';

/**
 * Real files made by other tools (tests/fixtures/third-party/README.md says where each comes
 * from), read and written through the public registry only. For every file of the manifest:
 * 1. exported untouched, it is the same file, byte for byte;
 * 2. every segment translated ('EN ' + its source, inline codes left in place), it reads back with
 *    those targets and statuses (bilingual formats) or those words and the same codes (monolingual);
 * 3. that translated file is valid for a second tool: the OASIS schema (xmllint) for XLIFF whose
 *    original validates, translate-toolkit for XLIFF 1.x and PO, msgfmt --check for PO, LibreOffice
 *    for DOCX and ODT whose original it opens (skipped where soffice is absent and CI is not set);
 * 4. XLIFF: as many segments as translate-toolkit finds units, less those translate="no" and those
 *    without a letter or digit (one per <mrk mtype="seg"> where the unit has them; XLIFF 2.0,
 *    which translate-toolkit does not read, counted per <segment> from the XML). The units left
 *    out of each file, and why, are listed in the manifest ("units.excluded").
 * The external tools run in batches, once for the whole corpus, before the tests.
 */

const root = fileURLToPath(new URL('../fixtures/third-party/', import.meta.url));
const schemas = fileURLToPath(new URL('../fixtures/schemas/xliff/', import.meta.url));
const unitsScript = fileURLToPath(new URL('../helpers/third-party-units.py', import.meta.url));
const python = '/usr/bin/python3';
const xmllint = '/usr/bin/xmllint';

interface Entry {
  file: string;
  format: string;
  producer: string;
  notes: string;
  /** The schema the original validates against (under tests/fixtures/schemas/xliff/). */
  schema?: string;
  schemaSkip?: string;
  /** translate-toolkit reads the original. */
  translateToolkit?: boolean;
  translateToolkitSkip?: string;
  /** The original passes msgfmt --check. */
  msgfmt?: boolean;
  msgfmtSkip?: string;
  /** LibreOffice converts the original to PDF. */
  libreOffice?: boolean;
  libreOfficeSkip?: string;
  units?: { tool: string; all: number; expectedSegments: number; excluded: { id: string; reason: string }[] };
}

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Entry[];
const bilingual = new Set(['xliff', 'xliff2', 'tmx', 'po']);
const office = new Set(['docx', 'odt']);

/** The format for an id, or why there is none (po and odt are being added). */
function lookup(id: string): Format | Error {
  try {
    return formatFor({ format: id });
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

interface Outcome {
  original: Uint8Array;
  format?: Format;
  document?: SourceDocument;
  english?: string[];
  untouched?: Uint8Array;
  translated?: Uint8Array;
  again?: SourceDocument;
  /** Where the translated export was written for the outside tools. */
  translatedPath?: string;
  error?: unknown;
}

const outcomes = new Map<string, Outcome>();
const work = mkdtempSync(join(tmpdir(), 'visavis-third-party-'));
let units: { count: Record<string, { units?: number; expected?: number; error?: string; excluded?: unknown }>; read: Record<string, { units?: number; error?: string }> } = { count: {}, read: {} };
const validity = new Map<string, string | true>();
const msgfmt = new Map<string, string | true>();
const libreOffice = new Map<string, string | true>();
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice', '/opt/libreoffice/program/soffice'].find((path) => existsSync(path));

function run(entry: Entry): Outcome {
  const original = new Uint8Array(readFileSync(join(root, entry.file)));
  const outcome: Outcome = { original };
  try {
    const format = lookup(entry.format);
    if (format instanceof Error) throw format;
    outcome.format = format;
    const document = format.import(original);
    outcome.document = document;
    outcome.untouched = format.export(translationOf(document));
    const english = document.segments.map((segment) => `EN ${segment.source}`);
    outcome.english = english;
    const translated = format.export(translationOf(document, english));
    outcome.translated = translated;
    const path = join(work, 'translated', entry.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, translated);
    outcome.translatedPath = path;
    outcome.again = format.import(translated);
  } catch (error) {
    outcome.error = error;
  }
  return outcome;
}

/** The first lines of a tool's complaint, for a readable failure. */
const firstLines = (text: string) => text.trim().split('\n').slice(0, 6).join('\n');

/** Fails with what the outside tool said, unless it said yes. */
function expectToolSaidYes(verdict: string | true | undefined, tool: string): void {
  if (verdict !== true) throw new Error(`${tool}: ${verdict ?? 'did not run on this file'}`);
}

beforeAll(() => {
  for (const entry of manifest) outcomes.set(entry.file, run(entry));
  const translated = (entry: Entry) => outcomes.get(entry.file)?.translatedPath;

  // One python process: the expected XLIFF segment counts (from the originals) and what
  // translate-toolkit reads in the translated XLIFF 1.x and PO files.
  const xliffs = manifest.filter((entry) => entry.format === 'xliff' || entry.format === 'xliff2');
  const readable = manifest.filter((entry) => entry.translateToolkit && translated(entry));
  const request = JSON.stringify({
    count: xliffs.map((entry) => join(root, entry.file)),
    read: readable.flatMap((entry) => [join(root, entry.file), translated(entry)]),
  });
  const answer = spawnSync(python, [unitsScript], { input: request, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (answer.status !== 0) throw new Error(`${unitsScript} failed: ${answer.stderr}`);
  units = JSON.parse(answer.stdout) as typeof units;

  // xmllint, one call per schema for all the translated files it applies to.
  const bySchema = new Map<string, Entry[]>();
  for (const entry of manifest) {
    if (entry.schema && translated(entry)) bySchema.set(entry.schema, [...(bySchema.get(entry.schema) ?? []), entry]);
  }
  for (const [schema, entries] of bySchema) {
    const files = entries.map((entry) => translated(entry) as string);
    const result = spawnSync(xmllint, ['--nonet', '--noout', '--schema', join(schemas, schema), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = `${result.stderr}`.split('\n');
    for (const [i, file] of files.entries()) {
      const entry = entries[i] as Entry;
      if (lines.includes(`${file} validates`)) validity.set(entry.file, true);
      else validity.set(entry.file, firstLines(lines.filter((line) => line.startsWith(file)).join('\n')) || firstLines(result.stderr));
    }
  }

  for (const entry of manifest.filter((each) => each.msgfmt && translated(each))) {
    const result = spawnSync('msgfmt', ['--check', '-o', '/dev/null', translated(entry) as string], { encoding: 'utf8' });
    msgfmt.set(entry.file, result.status === 0 ? true : firstLines(result.stderr));
  }

  // LibreOffice: every translated DOCX and ODT in one call.
  const documents = manifest.filter((entry) => entry.libreOffice && translated(entry));
  if (soffice && documents.length > 0) {
    const out = join(work, 'pdf');
    const profile = join(work, 'soffice-profile');
    // Same base names could collide in one output folder: each file gets a unique name first.
    const inputs = documents.map((entry, i) => {
      const path = join(work, 'office-in', `${i}-${entry.file.replace(/[^A-Za-z0-9.-]/g, '_')}`);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, readFileSync(translated(entry) as string));
      return path;
    });
    const result = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...inputs], { encoding: 'utf8', timeout: 120_000 });
    const made = new Set(existsSync(out) ? readdirSync(out) : []);
    for (const [i, entry] of documents.entries()) {
      const pdf = `${(inputs[i] as string).split('/').pop()?.replace(/\.[^.]+$/, '')}.pdf`;
      libreOffice.set(entry.file, made.has(pdf) ? true : `soffice made no ${pdf} (status ${result.status}): ${firstLines(`${result.stdout}\n${result.stderr}`)}`);
    }
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The outcome of a file; rethrows what went wrong on the way, so that each test says it. */
function outcomeOf(entry: Entry): Required<Omit<Outcome, 'error'>> {
  const outcome = outcomes.get(entry.file);
  if (!outcome) throw new Error(`${entry.file} was not run`);
  if (outcome.error !== undefined) throw outcome.error;
  return outcome as Required<Omit<Outcome, 'error'>>;
}

type Segment = SourceDocument['segments'][number];
const words = (segment: Segment) => plainText(segment.source, segment.codes ?? []);

describe.each(manifest)('$file ($producer, $format)', (entry) => {
  it('1. exported untouched, is the same file byte for byte', () => {
    const { original, untouched } = outcomeOf(entry);
    expectSameBytes(untouched, original);
  });

  if (office.has(entry.format)) {
    // What the project's own conformance suite asks of a package (the zip around may be new):
    // told apart from the check above, which asks for the very file.
    it('1. exported untouched, has every entry of the package byte for byte, in order', () => {
      const { original, untouched } = outcomeOf(entry);
      const before = Object.entries(unzipSync(original));
      const after = Object.entries(unzipSync(untouched));
      expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
      for (const [i, [name, data]] of before.entries()) expectSameBytes((after[i] as [string, Uint8Array])[1], data, name);
    });
  }

  it('2. every segment translated, reads back with the translation', () => {
    const { document, english, again } = outcomeOf(entry);
    expect(document.segments.length).toBeGreaterThan(0);
    expect(again.segments.length).toBe(document.segments.length);
    if (bilingual.has(entry.format)) {
      expect(again.segments.map((segment) => segment.translation?.target)).toEqual(english);
      expect(again.segments.map((segment) => segment.translation?.status)).toEqual(english.map(() => 'translated'));
    } else if (entry.format === 'srt' || entry.format === 'vtt') {
      // A subtitle line that 'EN ' makes wider than the file keeps to is wrapped on export (README,
      // Subtitles): the re-import has those line breaks more. Everything else reads back as written:
      // the words, every other code, and each line break the cue had.
      const breaks = (segment: Segment) => (segment.codes ?? []).filter((code) => code.kind === 'break').length;
      const others = (segment: Segment) => (segment.codes ?? []).filter((code) => code.kind !== 'break').map(({ id: _id, ...code }) => code);
      const spaced = (text: string) => text.replace(/\s+/gu, ' ');
      expect(again.segments.map((segment) => spaced(words(segment)))).toEqual(document.segments.map((segment) => spaced(`EN ${words(segment)}`)));
      expect(again.segments.map(others)).toEqual(document.segments.map(others));
      again.segments.forEach((segment, i) => expect(breaks(segment)).toBeGreaterThanOrEqual(breaks(document.segments[i]!)));
    } else {
      expect(again.segments.map(words)).toEqual(document.segments.map((segment) => `EN ${words(segment)}`));
      expect(heldEnglish(again.segments)).toEqual(heldEnglish(document.segments));
    }
  });

  // A check the original itself fails is not run on the export (the manifest says why: `…Skip`).
  if ((entry.format === 'xliff' || entry.format === 'xliff2') && entry.schema) {
    it(`3. the translated file validates against ${entry.schema ?? 'its schema'} (xmllint)`, () => {
      outcomeOf(entry);
      expectToolSaidYes(validity.get(entry.file), `xmllint --schema ${entry.schema}`);
    });
  }

  if ((entry.format === 'xliff' || entry.format === 'po') && entry.translateToolkit) {
    it('3. translate-toolkit reads the translated file, with the units of the original', () => {
      const { translatedPath } = outcomeOf(entry);
      const read = units.read[translatedPath];
      expect(read?.error).toBeUndefined();
      expect(read?.units).toBe(units.read[join(root, entry.file)]?.units);
    });
  }

  if (entry.format === 'po') {
    if (entry.msgfmt) it('3. the translated file passes msgfmt --check', () => {
      outcomeOf(entry);
      expectToolSaidYes(msgfmt.get(entry.file), 'msgfmt --check');
    });
  }

  if (office.has(entry.format)) {
    if (entry.libreOffice) it.skipIf(!soffice && !process.env.CI)('3. LibreOffice converts the translated file to PDF', () => {
      outcomeOf(entry);
      if (!soffice) throw new Error('soffice is missing (CI is set): run scripts/ensure-libreoffice.sh');
      expectToolSaidYes(libreOffice.get(entry.file), 'soffice --convert-to pdf');
    });
  }

  if (entry.format === 'xliff' || entry.format === 'xliff2') {
    it('4. has as many segments as translate-toolkit has translatable units', () => {
      const counted = units.count[join(root, entry.file)];
      expect(counted?.error).toBeUndefined();
      const { document } = outcomeOf(entry);
      expect(document.segments.length).toBe(counted?.expected);
    });
  }
});
