import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statuses } from '../../src/domain/segment';
import { docxFormat } from '../../src/formats/docx';
import type { Format, SourceDocument } from '../../src/formats/format';
import { htmlFormat } from '../../src/formats/html';
import { mdFormat } from '../../src/formats/md';
import { srtFormat } from '../../src/formats/subtitles';
import { txtFormat } from '../../src/formats/txt';
import { xliff12Format, xliff20Format } from '../../src/formats/xliff';
import { frenchReport } from '../helpers/docx-fixture';
import { translationOf } from './describe-format';

/**
 * Every XLIFF we write validates against the OASIS schemas (XLIFF 1.2 transitional, 2.0 core,
 * kept in tests/fixtures/schemas with their notice), checked by xmllint (Debian libxml2-utils,
 * installed by scripts/ensure-xmllint.sh): files written anew from other formats, and clients'
 * files with the English written into them.
 */
const schemas = new URL('../fixtures/schemas/xliff/', import.meta.url);
const schemaFor = { xliff: new URL('xliff-core-1.2-transitional.xsd', schemas).pathname, xliff2: new URL('xliff_core_2.0.xsd', schemas).pathname };
const directory = mkdtempSync(join(tmpdir(), 'visavis-xliff-schema-'));

/** xmllint's verdict on a file: null when valid, else what it says. */
function invalidity(bytes: Uint8Array, schema: string, name: string): string | null {
  const path = join(directory, name);
  writeFileSync(path, bytes);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, path], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const html = `<html><body><h1>Le <b>maire</b> &amp; <em>la</em> ville</h1>
<p>Il a <a href="/x">parlé</a> <i>hier</i><br>à <sup>9</sup> h, H<sub>2</sub>O, <u>souligné</u>, <s>barré</s>, <code>x=1</code> <img src="a.png" alt="photo">.</p>
<p>Fin.</p></body></html>`;
const sources: Array<[string, Format, Uint8Array]> = [
  ['a web page with every inline code', htmlFormat, new TextEncoder().encode(html)],
  ['a Word document', docxFormat, await frenchReport()],
  ['a Markdown guide', mdFormat, readFileSync(new URL('../fixtures/guide-fr.md', import.meta.url))],
  ['an article', txtFormat, new TextEncoder().encode(readFileSync(new URL('../fixtures/depeche-fr.txt', import.meta.url), 'utf8'))],
  ['subtitles', srtFormat, new TextEncoder().encode("1\n00:00:01,000 --> 00:00:03,000\n<i>- Tu es à l'antenne.</i>\n- Là ?\n")],
];

/** Every segment translated, every status in turn, keys that are not NMTOKENs. */
function translated(document: SourceDocument) {
  const english = translationOf(document, document.segments.map((segment) => `EN ${segment.source}`));
  english.title = 'Rapport « 2026 » & annexes';
  english.segments.forEach((segment, i) => {
    segment.status = statuses[i % statuses.length]!;
    if (segment.status === 'new') segment.target = '';
    segment.key = i % 3 === 0 ? `${i}/partie ${i}` : segment.key;
    segment.notes = i % 2 === 0 ? ['Vérifier <le> nom & la date.'] : [];
  });
  return english;
}

describe('XLIFF exports are valid against the OASIS schemas', () => {
  it('has xmllint and a check that can fail (an XLIFF 2.0 with our status on <segment> is refused)', () => {
    const invalid = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:vv="urn:visavis:xliff" version="2.0" srcLang="fr"><file id="f"><unit id="u"><segment vv:status="draft"><source>a</source></segment></unit></file></xliff>';
    expect(invalidity(new TextEncoder().encode(invalid), schemaFor.xliff2, 'invalid.xlf')).toMatch(/vv:status|not allowed/u);
  });

  for (const [name, format, bytes] of sources) {
    it(`${name}: written anew as XLIFF 1.2 and 2.0, both valid`, () => {
      const english = translated(format.import(bytes));
      expect(invalidity(xliff12Format.export(english), schemaFor.xliff, `${format.id}-12.xlf`)).toBeNull();
      expect(invalidity(xliff20Format.export(english), schemaFor.xliff2, `${format.id}-20.xlf`)).toBeNull();
    });
  }

  for (const [file, format] of [['memoq-like.xlf', xliff12Format], ['trados-like.sdlxliff', xliff12Format], ['multi-segment-20.xlf', xliff20Format]] as const) {
    it(`${file}: valid as the client sent it, and still valid with the English written into it`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/xliff/${file}`, import.meta.url)));
      const schema = format === xliff12Format ? schemaFor.xliff : schemaFor.xliff2;
      expect(invalidity(bytes, schema, `original-${file}`)).toBeNull();
      const document = format.import(bytes);
      expect(invalidity(format.export(translated(document)), schema, `translated-${file}`)).toBeNull();
    });
  }
});
