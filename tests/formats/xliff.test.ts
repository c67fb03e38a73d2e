import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, UnsupportedFormatError } from '../../src/domain/errors';
import { txtFormat } from '../../src/formats/txt';
import { readXliff, xliff12Format, xliff20Format } from '../../src/formats/xliff';
import { describeFormat, translationOf } from './describe-format';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const translateToolkit = fixture('po2xliff-fr.xlf');
const version2 = fixture('units-fr.xlf');
const codes12 = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a.html" source-language="fr" target-language="en" datatype="html"><body>
  <group id="g1">
   <trans-unit id="t1" approved="yes">
    <source>Le <g id="1" ctype="bold">maire</g> a <bpt id="2">&lt;a href="/m"&gt;</bpt>parlé<ept id="2">&lt;/a&gt;</ept><x id="3" ctype="lb"/>hier<ph id="4">{{date}}</ph>.</source>
    <target state="translated">The <g id="1" ctype="bold">mayor</g> <bpt id="2">&lt;a href="/m"&gt;</bpt>spoke<ept id="2">&lt;/a&gt;</ept><x id="3" ctype="lb"/>yesterday<ph id="4">{{date}}</ph>.</target>
    <note from="relecteur">Vérifier le nom.</note>
   </trans-unit>
   <trans-unit id="t2"><source>Début <bx id="5"/>ouvert</source><target state="needs-review-translation">Start <bx id="5"/>open</target></trans-unit>
   <trans-unit id="t3" translate="no"><source>NE PAS TRADUIRE</source></trans-unit>
   <trans-unit id="t4"><source>Vide.</source><target state="signed-off"></target></trans-unit>
  </group>
 </body></file>
</xliff>`;

describeFormat(xliff12Format, { "translate-toolkit's po2xliff": translateToolkit, 'XLIFF 1.2 with inline codes': codes12, 'XLIFF 2.0': version2 });
describeFormat(xliff20Format, { 'XLIFF 2.0': version2, 'XLIFF 1.2 with inline codes': codes12 });

describe('XLIFF import', () => {
  it("reads translate-toolkit's XLIFF 1.1: units, targets and states, without the PO header", () => {
    const file = readXliff(new TextEncoder().encode(translateToolkit));
    expect(file.units.map((unit) => [unit.key, unit.source, unit.target, unit.status, unit.notes])).toEqual([
      ['3', 'La médiathèque rouvre', 'The library reopens', 'approved', ["Titre de l'article"]],
      ['4', 'Le maire a visité les lieux & parlé.', 'The mayor visited the place & spoke.', 'draft', []],
      ['5', 'Les horaires restent inchangés.', '', 'new', []],
    ]);
  });

  it('reads XLIFF 1.2 inline codes (g, bpt/ept, x, ph, bx) as codes, numbered in source order, the target placing the same ones', () => {
    const [unit, open] = readXliff(new TextEncoder().encode(codes12)).units;
    expect(unit?.source).toBe('Le <pc id="1">maire</pc> a <pc id="2">parlé</pc><ph id="3"/>hier<ph id="4"/>.');
    expect(unit?.target).toBe('The <pc id="1">mayor</pc> <pc id="2">spoke</pc><ph id="3"/>yesterday<ph id="4"/>.');
    expect(unit?.codes.map((code) => [code.type, code.kind, code.open, code.close])).toEqual([
      ['paired', 'bold', '<g id="1">', '</g>'],
      ['paired', 'span', '<a href="/m">', '</a>'],
      ['standalone', 'break', '<x id="3"/>', undefined],
      ['standalone', 'other', '{{date}}', undefined],
    ]);
    expect([unit?.status, unit?.notes]).toEqual(['approved', ['Vérifier le nom.']]);
    // A <bx> whose <ex> is in another unit stands alone.
    expect([open?.source, open?.status]).toEqual(['Début <ph id="1"/>ouvert', 'translated']);
  });

  it('takes a source that uses one code id twice (Passolo: two <x id="1"/>) as two codes, matched by position in the target, each written where it is placed', () => {
    const passolo = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="app.rc" source-language="fr-FR" target-language="en-US" datatype="winres"><body>
 <trans-unit id="42"><source>Cliquez <x id="1"/>ici<x id="1"/> ou <g id="2">là</g> et <g id="2">ailleurs</g>.</source><target>Click <x id="1"/>here<x id="1"/> or <g id="2">there</g> and <g id="2">elsewhere</g>.</target></trans-unit>
</body></file></xliff>`;
    const document = xliff12Format.import(new TextEncoder().encode(passolo));
    const [segment] = document.segments;
    expect(segment?.source).toBe('Cliquez <ph id="1"/>ici<ph id="2"/> ou <pc id="3">là</pc> et <pc id="4">ailleurs</pc>.');
    expect(segment?.translation?.target).toBe('Click <ph id="1"/>here<ph id="2"/> or <pc id="3">there</pc> and <pc id="4">elsewhere</pc>.');
    expect((segment?.codes ?? []).map((code) => code.open)).toEqual(['<x id="1"/>', '<x id="1"/>', '<g id="2">', '<g id="2">']);
    // Each code its own: the translator may move the second without the first.
    const moved = 'Click here<ph id="2"/> <ph id="1"/>or <pc id="3">there</pc> and <pc id="4">elsewhere</pc>.';
    const exported = new TextDecoder().decode(xliff12Format.export(translationOf(document, [moved])));
    // Each written into the client's file where the translator put it, as the file's own element.
    expect(exported).toContain('<target state="translated" xmlns:vv="urn:visavis:xliff" vv:segment="1" vv:version="1" vv:status="translated">Click here<x id="1"/> <x id="1"/>or <g id="2">there</g> and <g id="2">elsewhere</g>.</target>');
  });

  it('skips units marked translate="no", and takes an empty target as untranslated whatever its state', () => {
    const units = readXliff(new TextEncoder().encode(codes12)).units;
    expect(units.map((unit) => unit.key)).toEqual(['t1', 't2', 't4']);
    expect(units[2]).toMatchObject({ target: '', status: 'new' });
  });

  it('reads XLIFF 2.0: pc, ph and sc/ec with their original data, states, notes, one segment per <segment>', () => {
    const file = readXliff(new TextEncoder().encode(version2));
    expect(file.version).toBe('2.0');
    expect(file.units.map((unit) => [unit.key, unit.source, unit.target, unit.status])).toEqual([
      ['u1', 'Le <pc id="1">maire</pc> parle<ph id="2"/>ici.', 'The <pc id="1">mayor</pc> speaks<ph id="2"/>here.', 'translated'],
      ['u2/1', 'Une <pc id="1">phrase</pc> en deux.', '', 'new'],
      ['u2/2', 'Fin\u00a0!', 'End!', 'approved'],
    ]);
    expect(file.units[0]?.codes.map((code) => [code.kind, code.open, code.close])).toEqual([
      ['bold', '<b>', '</b>'],
      ['break', '<br/>', undefined],
    ]);
    expect(file.units[0]?.notes).toEqual(['Titre']);
  });

  it.each([
    ['malformed XML', '<xliff version="1.2"><file><body><trans-unit id="1"><source>x</trans-unit>', InvalidInputError, /not well-formed/u],
    ['a truncated file', codes12.slice(0, 300), InvalidInputError, /not well-formed/u],
    ['entity declarations (XXE)', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>', InvalidInputError, /declares entities/u],
    ['nesting thousands deep', `<xliff version="1.2"><file><body><trans-unit id="1"><source>${'<g id="1">'.repeat(3000)}x${'</g>'.repeat(3000)}</source></trans-unit></body></file></xliff>`, InvalidInputError, /nested more than/u],
    ['another XML file', '<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', UnsupportedFormatError, /root element is <tmx>/u],
    ['XLIFF 3.0', '<xliff version="3.0"/>', UnsupportedFormatError, /XLIFF 3.0 is not supported/u],
  ])('refuses %s with a reason', (_, xml, type, reason) => {
    expect(() => xliff12Format.import(new TextEncoder().encode(xml))).toThrow(type);
    expect(() => xliff12Format.import(new TextEncoder().encode(xml))).toThrow(reason);
  });
});

describe('XLIFF export', () => {
  const document = txtFormat.import(new TextEncoder().encode('Le maire parle.\n\nLa séance est levée.\n\nÀ suivre.\n'));
  const target = translationOf(document);
  target.segments[0] = { ...target.segments[0]!, target: 'The mayor speaks.', status: 'approved', notes: ['camille: Nom vérifié.'] };
  target.segments[1] = { ...target.segments[1]!, target: 'The sitting is closed.', status: 'draft' };

  it("writes XLIFF 1.2 codes with their markup inside bpt, ept and ph, so it comes back whole", () => {
    const fromFile = xliff12Format.import(new TextEncoder().encode(codes12));
    // Written anew (as for a document imported from another format): the codes' markup inside the elements.
    const xml = new TextDecoder().decode(xliff12Format.export({ ...translationOf(fromFile), sourceFormat: 'html', package: undefined }));
    expect(xml).toContain('<source>Le <bpt id="1" ctype="bold">&lt;g id="1"&gt;</bpt>maire<ept id="1">&lt;/g&gt;</ept> a <bpt id="2" ctype="x-vv-span">&lt;a href="/m"&gt;</bpt>parlé<ept id="2">&lt;/a&gt;</ept><ph id="3" ctype="lb">&lt;x id="3"/&gt;</ph>hier<ph id="4" ctype="x-vv-other">{{date}}</ph>.</source>');
    expect(xliff12Format.import(new TextEncoder().encode(xml)).segments.map((segment) => segment.codes)).toEqual(fromFile.segments.map((segment) => segment.codes));
  });

  it('writes XLIFF 1.2 with states, approval, notes, and our ids to take the file back', () => {
    const xml = new TextDecoder().decode(xliff12Format.export(target));
    expect(xml).toContain('<trans-unit id="1" xml:space="preserve" approved="yes" vv:segment="1" vv:version="1" vv:status="approved">');
    expect(xml).toContain('<target state="signed-off">The mayor speaks.</target>');
    expect(xml).toContain('<target state="new">The sitting is closed.</target>');
    expect(xml).toContain('<note>camille: Nom vérifié.</note>');
    expect(xml).toContain('target-language="en-US"');
    const back = readXliff(new TextEncoder().encode(xml));
    expect(back.units.map((unit) => [unit.target, unit.status, unit.segmentId])).toEqual([
      ['The mayor speaks.', 'approved', 1],
      ['The sitting is closed.', 'draft', 2],
      ['', 'new', 3],
    ]);
  });

  it('writes XLIFF 2.0 unit ids as NMTOKENs, and ctype values XLIFF 1.2 allows on each element', () => {
    const document = txtFormat.import(new TextEncoder().encode('Le maire.\n\nLa séance.'));
    const english = translationOf(document, ['The mayor.', 'The meeting.']);
    english.segments[0]!.key = '12/s 1';
    english.segments[1]!.key = '12_s_1';
    english.segments[0]!.codes = [
      { id: '1', type: 'paired', kind: 'superscript', open: '<sup>', close: '</sup>', droppable: true },
      { id: '2', type: 'standalone', kind: 'italic', open: '<i/>', droppable: true },
      { id: '3', type: 'paired', kind: 'bold', open: '<b>', close: '</b>', droppable: true },
      { id: '4', type: 'standalone', kind: 'break', open: '<br/>', droppable: true },
    ];
    english.segments[0]!.target = '<pc id="1">The</pc><ph id="2"/> <pc id="3">mayor</pc><ph id="4"/>.';
    const two = new TextDecoder().decode(xliff20Format.export(english));
    // Its other characters as `_`, the same on every export; a key already used gets our id after it.
    expect(two).toContain('<unit id="12_s_1" vv:segment="1"');
    expect(two).toContain(`<unit id="12_s_1_${english.segments[1]!.id}" vv:segment="${english.segments[1]!.id}"`);
    expect(two).not.toContain('12/s 1');
    const one = new TextDecoder().decode(xliff12Format.export(english));
    expect(one).toContain('<bpt id="1" ctype="x-vv-superscript">');
    expect(one).toContain('<ph id="2" ctype="x-vv-italic">');
    expect(one).toContain('<bpt id="3" ctype="bold">');
    expect(one).toContain('<ph id="4" ctype="lb">');
  });

  it('writes XLIFF 2.0 with states and the original data of the codes', () => {
    const coded = readXliff(new TextEncoder().encode(version2));
    const fromFile = xliff20Format.import(new TextEncoder().encode(version2));
    const xml = new TextDecoder().decode(xliff20Format.export({ ...translationOf(fromFile), sourceFormat: 'html', package: undefined }));
    // Our status on the unit (XLIFF 2.0 allows no foreign attribute on <segment>), the state on the segment.
    expect(xml).toContain('<unit id="u1" vv:segment="1" vv:version="1" vv:status="translated">');
    expect(xml).toContain('<segment state="translated">');
    expect(xml).not.toMatch(/<segment [^>]*vv:/u);
    expect(xml).toContain('<source>Le <pc id="1" dataRefStart="d1o" dataRefEnd="d1c" type="fmt" subType="xlf:b">maire</pc> parle<ph id="2" dataRef="d2" type="fmt" subType="xlf:lb"/>ici.</source>');
    expect(xml).toContain('<originalData><data id="d1o">&lt;b&gt;</data><data id="d1c">&lt;/b&gt;</data><data id="d2">&lt;br/&gt;</data></originalData>');
    expect(readXliff(new TextEncoder().encode(xml)).units.map((unit) => unit.codes)).toEqual(coded.units.map((unit) => unit.codes));
  });
});
