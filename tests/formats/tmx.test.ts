import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidInputError, UnsupportedFormatError } from '../../src/domain/errors';
import { buildTmx, parseTmx, tmxFormat } from '../../src/formats/tmx';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';
import { describeFormat, translationOf } from './describe-format';

/**
 * translate-toolkit reads the exports (npm test installs it: scripts/ensure-translate-toolkit.sh;
 * Debian's package has no tmx2po, so its TMX store is called from Debian's Python).
 */
const toolkitReads = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(json.dumps([[unit.source, unit.target] for unit in store.units], ensure_ascii=False))
`;
const hasToolkit = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import translate.storage.tmx'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

const tmx = (body: string) =>
  new TextEncoder().encode(`<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${body}</body></tmx>`);
const tu = (fr: string, en: string) => `<tu><tuv xml:lang="fr-FR"><seg>${fr}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>`;

describe('TMX inline markup', () => {
  it('reads <bpt>/<ept>, <ph> and <it> as codes holding their markup, the English placing the same ones', () => {
    const { units } = parseTmx(
      tmx(tu('Le <bpt i="1">&lt;b&gt;</bpt>maire<ept i="1">&lt;/b&gt;</ept> parle<ph x="2">&lt;br/&gt;</ph><hi>ici</hi>.', 'The <bpt i="1">&lt;b&gt;</bpt>mayor<ept i="1">&lt;/b&gt;</ept> speaks<ph x="2">&lt;br/&gt;</ph>here.')),
    );
    expect(units[0]).toMatchObject({
      source: 'Le <pc id="1">maire</pc> parle<ph id="2"/>ici.',
      target: 'The <pc id="1">mayor</pc> speaks<ph id="2"/>here.',
      codes: [
        { id: '1', type: 'paired', open: '<b>', close: '</b>' },
        { id: '2', type: 'standalone', open: '<br/>' },
      ],
    });
  });

  it('makes a pair whose other half is in another segment a standalone code', () => {
    const { units } = parseTmx(tmx(tu('Début <bpt i="3">&lt;i&gt;</bpt>ouvert', 'Start <bpt i="3">&lt;i&gt;</bpt>open')));
    expect(units[0]).toMatchObject({ source: 'Début <ph id="1"/>ouvert', target: 'Start <ph id="1"/>open', codes: [{ id: '1', type: 'standalone', open: '<i>' }] });
  });

  it('writes codes back as TMX inline elements, read again alike', () => {
    const units = [{ source: 'Le <pc id="1">maire</pc> &amp; moi<ph id="2"/>', target: 'The <pc id="1">mayor</pc> &amp; I<ph id="2"/>', codes: [{ id: '1', type: 'paired' as const, kind: 'bold' as const, open: '**', close: '**', droppable: true }, { id: '2', type: 'standalone' as const, kind: 'footnote' as const, open: '[^1]', droppable: false }] }];
    const xml = buildTmx({ sourceLang: 'fr-FR', targetLang: 'en-US', units });
    expect(xml).toContain('<seg>Le <bpt i="1">**</bpt>maire<ept i="1">**</ept> &amp; moi<ph x="2">[^1]</ph></seg>');
    const [read] = parseTmx(new TextEncoder().encode(xml)).units;
    expect([read?.source, read?.target]).toEqual([units[0]!.source, units[0]!.target]);
  });

  it('refuses entity declarations, and what is not TMX', () => {
    expect(() => parseTmx(new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx><body/></tmx>'))).toThrow(InvalidInputError);
    expect(() => parseTmx(new TextEncoder().encode('<html><body>non</body></html>'))).toThrow(UnsupportedFormatError);
    expect(() => parseTmx(new TextEncoder().encode('<tmx><body><tu>'))).toThrow(UnsupportedFormatError);
  });
});

const fidelity = readFileSync(new URL('../fixtures/tmx/fidelity-fr-ca.tmx', import.meta.url), 'utf8');
const decoder = new TextDecoder();
/** The file without its en-GB <tuv>s (and the whitespace before them): what a translation must not touch. */
const withoutEnglish = (xml: string) => xml.replace(/\s*<tuv xml:lang="en-GB">[\s\S]*?<\/tuv>/gu, '');
const tuids = (xml: string) => [...xml.matchAll(/<tu tuid="([^"]+)"/gu)].map((match) => match[1]);

describeFormat(tmxFormat, { 'a hand-made fr-CA/en-GB TMX': fidelity });

describe('TMX fidelity (written into the file it came from)', () => {
  const document = tmxFormat.import(new TextEncoder().encode(fidelity));

  it('reads fr-CA units as French, each with its tuid as key, its English and its notes; the German-only unit is not a segment', () => {
    expect(document.segments.map((segment) => [segment.key, segment.source, segment.translation?.target ?? '', segment.translation?.notes ?? []])).toEqual([
      ['conseil-001', "Le conseil municipal s'est réuni lundi soir à l'hôtel de ville.", 'The city council met on Monday evening at the town hall.', ['Vérifier le nom officiel du conseil.']],
      ['conseil-002', 'Le budget de 2027 a été adopté <pc id="1">à l\'unanimité</pc>.', '', []],
      ['conseil-003', "Les maires d'arrondissement étaient absents.", '', ['Terminologie : « arrondissement » = borough.']],
    ]);
  });

  it('exports an untouched document as the very bytes imported', () => {
    expect(decoder.decode(tmxFormat.export(translationOf(document)))).toBe(fidelity);
  });

  it('changes only the English segs of a translated export, in the file’s en-GB, keeping tuids, attributes, props, notes, DOCTYPE and comments', () => {
    const english = ['The city council met on Monday night at City Hall.', 'The 2027 budget was passed <pc id="1">unanimously</pc>.', 'The borough mayors were absent.'];
    const exported = decoder.decode(tmxFormat.export(translationOf(document, english)));
    expect(withoutEnglish(exported)).toBe(withoutEnglish(fidelity));
    expect(exported).toContain('<tuv xml:lang="fr-CA"><seg>Le budget de 2027 a été adopté <bpt i="1">&lt;b&gt;</bpt>à l\'unanimité<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>\n      <tuv xml:lang="en-GB"><seg>The 2027 budget was passed <bpt i="1">&lt;b&gt;</bpt>unanimously<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>');
    expect(exported).toContain('<tuv xml:lang="en-GB"><seg>The borough mayors were absent.</seg></tuv>');
    expect(exported).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    expect(exported).not.toMatch(/en-US|fr-FR/u);
    expect(tuids(exported)).toEqual(['conseil-001', 'conseil-002', 'berlin-001', 'conseil-003']);
    // Parsed, everything but the English is the same.
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: false, preserveOrder: true, commentPropName: '#comment' });
    const strip = (xml: string) => JSON.stringify(parser.parse(withoutEnglish(xml)));
    expect(strip(exported)).toBe(strip(fidelity));

    const again = tmxFormat.import(new TextEncoder().encode(exported));
    expect(again.segments.map((segment) => segment.translation?.target)).toEqual(english);
    expect(again.segments.map((segment) => segment.key)).toEqual(['conseil-001', 'conseil-002', 'conseil-003']);
  });

  it('accepts any French variant, however written, and adds English in the project’s variant only when the file has none', () => {
    const bytes = tmx(`<tu><tuv xml:lang="FR_be"><seg>Bonjour à tous</seg></tuv></tu>`);
    const only = tmxFormat.import(bytes);
    const exported = decoder.decode(tmxFormat.export({ ...translationOf(only, ['Hello everyone']), targetLang: 'en-US' }));
    expect(exported).toContain('<tuv xml:lang="FR_be"><seg>Bonjour à tous</seg></tuv><tuv xml:lang="en-US"><seg>Hello everyone</seg></tuv>');
  });

  it('writes the English codes as the French inline elements they came from, with their own attributes', () => {
    const bytes = tmx(`<tu><tuv xml:lang="fr-FR"><seg><it pos="begin" x="2">&lt;i&gt;</it>Le <bpt i="7" type="bold">&lt;b&gt;</bpt>maire<ept i="7">&lt;/b&gt;</ept> parle<ph x="4" type="lb">&lt;br/&gt;</ph>ici</seg></tuv></tu>`);
    const doc = tmxFormat.import(bytes);
    expect(doc.segments[0]?.source).toBe('<ph id="1"/>Le <pc id="2">maire</pc> parle<ph id="3"/>ici');
    const exported = decoder.decode(tmxFormat.export(translationOf(doc, ['<ph id="1"/>The <pc id="2">mayor</pc> speaks<ph id="3"/>here'])));
    expect(exported).toContain('<tuv xml:lang="en-US"><seg><it pos="begin" x="2">&lt;i&gt;</it>The <bpt i="7" type="bold">&lt;b&gt;</bpt>mayor<ept i="7">&lt;/b&gt;</ept> speaks<ph x="4" type="lb">&lt;br/&gt;</ph>here</seg></tuv>');
    expect(tmxFormat.import(new TextEncoder().encode(exported)).segments[0]?.translation?.target).toBe('<ph id="1"/>The <pc id="2">mayor</pc> speaks<ph id="3"/>here');
  });

  it('refuses a TMX with no French, naming the languages it has', () => {
    const bytes = tmx(`<tu><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="en-GB"><seg>Hello</seg></tuv></tu><tu><tuv xml:lang="DE-de"><seg>Tschüss</seg></tuv></tu>`);
    expect(() => tmxFormat.import(bytes)).toThrow(new InvalidInputError('This TMX has no French text: its languages are de-DE, en-GB.'));
    expect(() => parseTmx(bytes)).toThrow(InvalidInputError);
  });

  it('keeps a Windows-1252 TMX in its encoding, characters it cannot hold as references', () => {
    const latin = iconv.encode('<?xml version="1.0" encoding="windows-1252"?><tmx version="1.4"><header srclang="fr-FR"/><body><tu><tuv xml:lang="fr-FR"><seg>Élu à l\'été</seg></tuv></tu></body></tmx>', 'windows-1252');
    const doc = tmxFormat.import(latin);
    expect(doc.encoding).toBe('windows-1252');
    const out = tmxFormat.export(translationOf(doc, ['Elected in summer – “café” ✓']));
    expect(iconv.decode(Buffer.from(out), 'windows-1252')).toContain('<seg>Elected in summer – “café” &#10003;</seg>');
    expect(tmxFormat.export(translationOf(doc))).toEqual(new Uint8Array(latin));
  });
});

describe('TMX through the API', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });
  const upload = (app: TestApp['app'], path: string, name: string, body: string) => {
    const form = new FormData();
    form.set('file', new Blob([body], { type: 'application/xml' }), name);
    return app.request(path, { method: 'POST', body: form });
  };

  it('exports an untouched TMX byte for byte, a translated one with only its English changed, read back with the same targets', async () => {
    t = await testApp();
    const res = await upload(t.app, '/api/documents', 'conseil.tmx', fidelity);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const exportOf = async () => {
      const answer = await t!.app.request(`/api/documents/${id}/export?format=tmx`);
      expect(answer.status).toBe(200);
      return answer.text();
    };
    expect(await exportOf()).toBe(fidelity);
    const { items } = await segmentsOf(t.app, id);
    expect(items.map((item) => item.target)).toEqual(['The city council met on Monday evening at the town hall.', '', '']);
    expect((await patch(t.app, items[1]!.id, { target: 'The 2027 budget was passed <pc id="1">unanimously</pc>.', status: 'translated', version: items[1]!.version })).status).toBe(200);
    expect((await patch(t.app, items[2]!.id, { target: 'The borough mayors were absent.', status: 'translated', version: items[2]!.version })).status).toBe(200);
    const exported = await exportOf();
    expect(withoutEnglish(exported)).toBe(withoutEnglish(fidelity));
    expect(tuids(exported)).toEqual(['conseil-001', 'conseil-002', 'berlin-001', 'conseil-003']);
    const again = tmxFormat.import(new TextEncoder().encode(exported));
    expect(again.segments.map((segment) => segment.translation?.target)).toEqual(['The city council met on Monday evening at the town hall.', 'The 2027 budget was passed <pc id="1">unanimously</pc>.', 'The borough mayors were absent.']);
    // npm test installs it first (scripts/ensure-translate-toolkit.sh): a check that cannot be skipped.
    expect(hasToolkit, "translate-toolkit's Python modules (bash scripts/ensure-translate-toolkit.sh)").toBe(true);
    {
      const dir = mkdtempSync(join(tmpdir(), 'visavis-tmx-'));
      try {
        writeFileSync(join(dir, 'conseil.tmx'), exported);
        const units = JSON.parse(execFileSync('/usr/bin/python3', ['-c', toolkitReads, join(dir, 'conseil.tmx')], { encoding: 'utf8' })) as string[][];
        expect(units).toHaveLength(4);
        expect(units).toContainEqual(["Les maires d'arrondissement étaient absents.", 'The borough mayors were absent.']);
        // translate-toolkit gives the markup the <bpt>/<ept> hold back.
        expect(units).toContainEqual(["Le budget de 2027 a été adopté <b>à l'unanimité</b>.", 'The 2027 budget was passed <b>unanimously</b>.']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('answers 400 naming the languages of a TMX with no French', async () => {
    t = await testApp();
    const res = await upload(t.app, '/api/documents', 'berlin.tmx', decoder.decode(tmx('<tu tuid="1"><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="en-GB"><seg>Hello</seg></tuv></tu>')));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toBe('This TMX has no French text: its languages are de-DE, en-GB.');
  });
});
