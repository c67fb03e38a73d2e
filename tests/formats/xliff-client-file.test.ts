import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/domain/segment';
import type { SourceDocument, TargetDocument } from '../../src/formats/format';
import { formatForUpload } from '../../src/formats/registry';
import { xliff12Format, xliff20Format } from '../../src/formats/xliff';
import { translationOf } from './describe-format';

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/xliff/${name}`, import.meta.url)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const memoq = bytesOf('memoq-like.xlf');
const trados = bytesOf('trados-like.sdlxliff');
const multi = bytesOf('multi-segment-20.xlf');

/** A translation of every segment, `english[i]` for the i-th (the imported target where absent), with a status. */
function translated(document: SourceDocument, english: Record<number, string>, status: Status = 'translated'): TargetDocument {
  const target = translationOf(document);
  for (const [i, value] of Object.entries(english)) {
    const segment = target.segments[Number(i)]!;
    segment.target = value;
    segment.status = status;
  }
  return target;
}

/** The file with every <target> (and the start tags of units and segments, which carry states) taken out: what must not change. */
const outsideTargets = (xml: string) =>
  xml
    .replace(/<target\b[^>]*\/>|<target\b[^>]*>[\s\S]*?<\/target>/gu, '')
    .replace(/<(trans-unit|unit|segment)\b[^>]*>/gu, '<$1>')
    .replace(/\s+(?=<\/(?:trans-unit|segment)>)/gu, '');

describe("XLIFF written into the client's file", () => {
  it('gives an untouched document back byte for byte: header, skeleton, alt-trans, memoQ attributes, CRLF, trailing spaces, fr-CA/en-GB', () => {
    for (const [format, bytes] of [[xliff12Format, memoq], [xliff12Format, trados], [xliff20Format, multi]] as const) {
      const document = format.import(bytes);
      expect(format.export(translationOf(document))).toEqual(bytes);
    }
  });

  it('keeps units with empty or code-only sources and units not to translate in the file, without offering them', () => {
    const document = xliff12Format.import(memoq);
    expect(document.segments.map((segment) => segment.key)).toEqual(['1', '2', '6']);
    const xml = text(xliff12Format.export(translated(document, { 1: 'The sitting closes at 6 p.m.' })));
    expect(xml).toContain('<trans-unit id="3" mq:status="NotStarted">\r\n          <source><x id="1"/></source>');
    expect(xml).toContain('<trans-unit id="4"><source></source></trans-unit>');
    expect(xml).toContain('<trans-unit id="5" translate="no"><source>Ville de Québec</source></trans-unit>');
  });

  it('changes only the targets and their states: a missing target is made after its source, indented as it, with the source’s trailing spaces', () => {
    const document = xliff12Format.import(memoq);
    const xml = text(xliff12Format.export(translated(document, { 1: 'The sitting closes at 6 p.m.', 2: 'Councillors “vote” on Wednesday.' })));
    expect(outsideTargets(xml)).toBe(outsideTargets(text(memoq)));
    expect(xml).toContain(
      '<source xml:space="preserve">La séance est levée à 18 h.  </source>\r\n          <target state="translated" xmlns:vv="urn:visavis:xliff" vv:segment="2" vv:version="1" vv:status="translated">The sitting closes at 6 p.m.  </target>\r\n        </trans-unit>',
    );
    // An existing target keeps its own attributes; its state follows ours.
    expect(xml).toContain('<target state="translated" xmlns:vv="urn:visavis:xliff" vv:segment="3" vv:version="1" vv:status="translated">Councillors “vote” on Wednesday.</target>');
    // The untouched unit is as it was, with its trailing space, and the file still declares its own languages.
    expect(xml).toContain('<target xml:space="preserve" state="translated">The annual <g id="1" ctype="bold">report</g> is ready. </target>');
    expect(xml).toContain('source-language="fr-CA" target-language="en-GB"');
  });

  it('writes codes into targets as the source’s own elements and reads the export back with the same targets and statuses', () => {
    const document = xliff12Format.import(memoq);
    const english = translationOf(document);
    english.segments[0]!.target = 'The <pc id="1">yearly report</pc> is ready.';
    english.segments[0]!.status = 'approved';
    english.segments[2]!.status = 'rejected';
    english.segments[2]!.target = 'Councillors “vote” on Wednesday.';
    const exported = xliff12Format.export(english);
    const xml = text(exported);
    expect(xml).toContain('>The <g id="1" ctype="bold">yearly report</g> is ready. </target>');
    expect(xml).toContain('<trans-unit id="1" mq:status="ManuallyConfirmed" mq:percent="100" xml:space="preserve" approved="yes">');
    expect(xml).toContain('state="needs-translation"');
    const again = xliff12Format.import(exported);
    expect(again.segments.map((segment) => [segment.translation?.target, segment.translation?.status])).toEqual([
      ['The <pc id="1">yearly report</pc> is ready.', 'approved'],
      ['', 'new'],
      ['Councillors “vote” on Wednesday.', 'rejected'],
    ]);
  });

  it('reads Trados segments one per <mrk mtype="seg"> and writes each target as a <mrk>, making the target from the seg-source when missing', () => {
    const document = formatForUpload({ filename: 'note.docx.sdlxliff' }, trados).import(trados);
    expect(document.segments.map((segment) => [segment.key, segment.source, segment.translation?.target])).toEqual([
      ['a1b2/1', 'La ville investit.', 'The city invests.'],
      ['a1b2/2', 'Les travaux commencent lundi.', ''],
      ['c3d4/3', 'Le budget est de <ph id="1"/> euros.', ''],
      ['c3d4/4', 'Il sera voté.', ''],
    ]);
    const xml = text(xliff12Format.export(translated(document, { 1: 'Work starts on Monday.', 2: 'The budget is <ph id="1"/> euros.' })));
    expect(xml).toContain('<target><g id="1"><mrk mtype="seg" mid="1">The city invests.</mrk> <mrk mtype="seg" mid="2">Work starts on Monday.</mrk></g></target>');
    expect(xml).toContain('</seg-source><target><mrk mtype="seg" mid="3">The budget is <x id="2"/> euros.</mrk> <mrk mtype="seg" mid="4"></mrk></target><sdl:seg-defs>');
    expect(outsideTargets(xml)).toBe(outsideTargets(text(trados)));
    const again = xliff12Format.import(new TextEncoder().encode(xml));
    expect(again.segments.map((segment) => segment.translation?.target)).toEqual(['The city invests.', 'Work starts on Monday.', 'The budget is <ph id="1"/> euros.', '']);
  });

  it('keeps an XLIFF 2.0 unit of several segments one unit, each <file> its own, and a 2.0 file named .xlf 2.0', () => {
    const format = formatForUpload({ filename: 'site.xlf' }, multi);
    const document = format.import(multi);
    expect(document.format).toBe('xliff2');
    // The same unit id in two files: the second carries its file's number.
    expect(document.segments.map((segment) => segment.key)).toEqual(['u1/s1', 'u1/s2', 'u4@1', 'u4@2']);
    const english = translated(document, { 1: 'Offices open at 9 a.m.<ph id="1"/>', 3: 'Write to us.' });
    english.segments[3]!.status = 'rejected';
    const exported = xliff20Format.export({ ...english, sourceFormat: document.format });
    const xml = text(exported);
    expect(xml.match(/<file /gu)).toHaveLength(2);
    expect(xml.match(/<unit /gu)).toHaveLength(5);
    expect(xml).toContain('<segment id="s2" state="translated">\n        <source>Les bureaux ouvrent à 9 h.<ph id="1" dataRef="d1"/></source>\n        <target>Offices open at 9 a.m.<ph id="1" dataRef="d1"/></target>\n      </segment>');
    expect(xml).toContain('<segment state="initial" subState="vv:rejected">');
    expect(xml).toContain('<unit id="u4" xmlns:vv="urn:visavis:xliff" vv:segment="4" vv:version="1">');
    expect(outsideTargets(xml)).toBe(outsideTargets(text(multi)));
    const again = xliff20Format.import(exported);
    expect(again.segments.map((segment) => [segment.translation?.target, segment.translation?.status])).toEqual([
      ['Welcome to the town hall.', 'translated'],
      ['Offices open at 9 a.m.<ph id="1"/>', 'translated'],
      ['Map', 'translated'],
      ['Write to us.', 'rejected'],
    ]);
  });

  it('keeps a Latin-1 file in Latin-1, characters it cannot hold written as references', () => {
    const latin = iconv.encode(text(memoq).replace('encoding="utf-8"', 'encoding="ISO-8859-1"'), 'latin1');
    const document = xliff12Format.import(new Uint8Array(latin));
    expect(xliff12Format.export(translationOf(document))).toEqual(new Uint8Array(latin));
    const exported = xliff12Format.export(translated(document, { 1: 'Closed at 6 p.m. – “finally” é' }));
    const xml = iconv.decode(Buffer.from(exported), 'latin1');
    expect(xml).toContain('>Closed at 6 p.m. &#8211; &#8220;finally&#8221; é  </target>');
    expect(xliff12Format.import(exported).segments[1]?.translation?.target).toBe('Closed at 6 p.m. – “finally” é');
  });
});
