import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmptyDocumentError, FormatLimitError, InvalidInputError, UnsupportedFormatError } from '../../src/domain/errors';
import { plainText } from '../../src/domain/inline';
import { docxFormat } from '../../src/formats/docx';
import type { SourceDocument } from '../../src/formats/format';
import { odtFormat, odtMediaType } from '../../src/formats/odt';
import { formatFor, formatForUpload, formats } from '../../src/formats/registry';
import { txtFormat } from '../../src/formats/txt';
import { frenchReport } from '../helpers/docx-fixture';
import { describeFormat, translationOf } from './describe-format';

const fixtures = fileURLToPath(new URL('../fixtures/odt/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const rapport = fixture('rapport.odt');
const courrier = fixture('courrier.odt');
const report = odtFormat.import(rapport);
const letter = odtFormat.import(courrier);

const words = (segment: SourceDocument['segments'][number]) => plainText(segment.source, segment.codes ?? []);
const entries = (bytes: Uint8Array) => Object.entries(unzipSync(bytes));
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]!);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The report in English, its codes where the French had them. */
const reportEnglish: Record<string, string> = {
  'Rapport sur la médiathèque': 'Report on the media library',
  '<ph id="1"/>La médiathèque a accueilli <pc id="2">12 000 lecteurs</pc> en 2025, selon <pc id="3">le rapport</pc> de la <pc id="4">direction</pc>.<ph id="5"/>':
    '<ph id="1"/>The media library welcomed <pc id="2">12,000 readers</pc> in 2025, according to <pc id="3">the report</pc> of the <pc id="4">management</pc>.<ph id="5"/>',
  'Source : rapport annuel 2025.': 'Source: annual report 2025.',
  'Horaires d’ouverture :<ph id="1"/>du mardi au samedi,<ph id="2"/>de 10 h à 18 h.  Entrée libre.': 'Opening hours:<ph id="1"/>Tuesday to Saturday,<ph id="2"/>from 10 am to 6 pm.  Free admission.',
  'Prêt de livres et de revues': 'Lending of books and magazines',
  'Ateliers d’écriture pour les <pc id="1">adolescents</pc>': 'Writing workshops for <pc id="1">teenagers</pc>',
  Jour: 'Day',
  Horaires: 'Hours',
  Mardi: 'Tuesday',
  '10 h – 18 h': '10 am – 6 pm',
  'Encadré ci-contre :<ph id="1"/>': 'Box opposite:<ph id="1"/>',
  'Les horaires d’été commencent en juillet.': 'Summer hours begin in July.',
  'Le logo de la ville <ph id="1"/> figure en couverture.': 'The town logo <ph id="1"/> is on the cover.',
  '« Lire, c’est voyager », disait le maire.<ph id="1"/>': '“Reading is travelling,” said the mayor.<ph id="1"/>',
  'Discours du 3 mars 2025.': 'Speech of 3 March 2025.',
  'Fin du rapport.': 'End of the report.',
  'Rapport annuel – page <ph id="1"/>': 'Annual report – page <ph id="1"/>',
  'Mairie de Pontlevoy-sur-Cher': 'Town hall of Pontlevoy-sur-Cher',
};
const letterEnglish: Record<string, string> = {
  'Objet : fermeture exceptionnelle': 'Subject: exceptional closure',
  'Madame, Monsieur,': 'Dear Sir or Madam,',
  'La piscine municipale sera <pc id="1">fermée du 4 au 9 août</pc> pour travaux. Renseignements sur <pc id="2">l’annexe</pc>.':
    'The municipal swimming pool will be <pc id="1">closed from 4 to 9 August</pc> for works. Details in <pc id="2">the annex</pc>.',
  '<ph id="1"/>Veuillez agréer nos salutations distinguées.<ph id="2"/>': '<ph id="1"/>Yours faithfully.<ph id="2"/>',
};
const inEnglish = (document: SourceDocument, english: Record<string, string>) => translationOf(document, document.segments.map((segment) => english[segment.source] ?? `MISSING ${segment.source}`));
const translatedReport = odtFormat.export(inEnglish(report, reportEnglish));
const translatedLetter = odtFormat.export(inEnglish(letter, letterEnglish));

describe('LibreOffice Writer (ODT) import', () => {
  it('reads the body, lists, tables, text boxes and notes in reading order, then the headers and footers', () => {
    expect(report.segments.map((segment) => [segment.kind, words(segment)])).toEqual([
      ['heading', 'Rapport sur la médiathèque'],
      ['paragraph', 'La médiathèque a accueilli 12 000 lecteurs en 2025, selon le rapport de la direction.'],
      ['paragraph', 'Source : rapport annuel 2025.'],
      ['paragraph', 'Horaires d’ouverture : du mardi au samedi, de 10 h à 18 h.  Entrée libre.'],
      ['list-item', 'Prêt de livres et de revues'],
      ['list-item', 'Ateliers d’écriture pour les adolescents'],
      ['table-cell', 'Jour'],
      ['table-cell', 'Horaires'],
      ['table-cell', 'Mardi'],
      ['table-cell', '10 h – 18 h'],
      ['paragraph', 'Encadré ci-contre :'],
      ['paragraph', 'Les horaires d’été commencent en juillet.'],
      ['paragraph', 'Le logo de la ville  figure en couverture.'],
      ['quote', '« Lire, c’est voyager », disait le maire.'],
      ['paragraph', 'Discours du 3 mars 2025.'],
      ['paragraph', 'Fin du rapport.'],
      ['meta', 'Rapport annuel – page '],
      ['meta', 'Mairie de Pontlevoy-sur-Cher'],
    ]);
    expect(report.suggestedTitle).toBe('Rapport sur la médiathèque');
    expect(report.package).toBe(rapport);
  });

  it('leaves out empty paragraphs and those without a letter or digit', () => {
    const content = part(rapport, 'content.xml');
    expect(content).toContain('<text:p text:style-name="Standard"/>');
    expect(content).toContain('* * *');
    expect(report.segments.some((segment) => segment.source.includes('*'))).toBe(false);
  });

  it('makes spans, links and note citations codes around and between the words', () => {
    const body = report.segments[1]!;
    expect(body.source).toBe(
      '<ph id="1"/>La médiathèque a accueilli <pc id="2">12 000 lecteurs</pc> en 2025, selon <pc id="3">le rapport</pc> de la <pc id="4">direction</pc>.<ph id="5"/>',
    );
    expect(body.codes?.map((code) => [code.type, code.kind, code.droppable])).toEqual([
      ['standalone', 'other', false],
      ['paired', 'bold', true],
      ['paired', 'link', true],
      ['paired', 'italic', true],
      ['standalone', 'footnote', false],
    ]);
    expect(body.codes?.[0]?.open).toBe('<text:bookmark text:name="debut"/>');
    expect(body.codes?.[2]?.open).toMatch(/^<text:a [^>]*xlink:href="https:\/\/ville\.example\/rapport"/u);
    expect(body.codes?.[2]?.close).toBe('</text:a>');
    expect(body.codes?.[4]?.open).toContain('<text:note-citation>1</text:note-citation>');
    // The note's own paragraph is a segment of its own, right after the paragraph citing it.
    expect(report.segments[2]?.source).toBe('Source : rapport annuel 2025.');
    expect(report.segments[13]?.codes?.[0]).toMatchObject({ kind: 'footnote', open: expect.stringContaining('text:note-class="endnote"') });
  });

  it('reads line breaks and tabs as codes, runs of spaces (text:s) as spaces', () => {
    const hours = report.segments[3]!;
    expect(hours.source).toBe('Horaires d’ouverture :<ph id="1"/>du mardi au samedi,<ph id="2"/>de 10 h à 18 h.  Entrée libre.');
    expect(hours.codes?.map((code) => [code.kind, code.open])).toEqual([
      ['break', '<text:line-break/>'],
      ['tab', '<text:tab/>'],
    ]);
  });

  it('makes an image a code and a text box a code whose paragraphs are segments of their own', () => {
    expect(report.segments[12]?.codes?.[0]).toMatchObject({ type: 'standalone', kind: 'image', droppable: false });
    expect(report.segments[12]?.codes?.[0]?.open).toMatch(/^<draw:frame [^>]*draw:name="Logo".*<draw:image [^>]*Pictures\/.*<\/draw:frame>$/su);
    expect(report.segments[10]?.codes?.[0]).toMatchObject({ type: 'standalone', kind: 'other', droppable: false });
    expect(report.segments[10]?.codes?.[0]?.open).toContain('draw:name="Encadre"');
    expect(report.segments[11]?.source).toBe('Les horaires d’été commencent en juillet.');
  });

  it('reads the page number in a header as a field code, and sections, underlining and bookmarks around a letter', () => {
    expect(report.segments[16]?.codes?.[0]).toMatchObject({ kind: 'field', open: expect.stringContaining('<text:page-number') });
    expect(letter.segments.map((segment) => segment.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(letter.segments[2]?.codes?.map((code) => code.kind)).toEqual(['underline', 'link']);
    expect(letter.segments[3]?.codes?.map((code) => code.open)).toEqual(['<text:bookmark-start text:name="annexe"/>', '<text:bookmark-end text:name="annexe"/>']);
  });

  it('reads white space as ODF does: collapsed, none at the start, text:s and spans kept', () => {
    const odt = (paragraph: string) =>
      packageOf({
        'content.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${paragraph}</office:text></office:body></office:document-content>`,
      });
    expect(odtFormat.import(odt('<text:p>\n  Le   conseil\tmunicipal <text:span> a</text:span> voté<text:s text:c="3"/>hier. </text:p>')).segments[0]?.source).toBe(
      'Le conseil municipal <pc id="1">a</pc> voté   hier. ',
    );
  });
});

/** A zip as an ODF package: `mimetype` first and stored, then the given entries. */
function packageOf(files: Record<string, string>, mimetype = odtMediaType): Uint8Array {
  const zippable: Zippable = { mimetype: [strToU8(mimetype), { level: 0 }] };
  for (const [name, text] of Object.entries(files)) zippable[name] = strToU8(text);
  return zipSync(zippable);
}

describe('LibreOffice Writer (ODT) notes and text boxes inside one another', () => {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"><office:body><office:text>
<text:p><draw:frame draw:name="Cadre"><draw:text-box><text:p>Dans le cadre<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Une note dans un cadre.</text:p></text:note-body></text:note> fin.</text:p></draw:text-box></draw:frame></text:p>
<text:p>Après <text:span>le <text:note text:id="n2" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p>Seconde note.</text:p></text:note-body></text:note></text:span>cadre.</text:p>
</office:text></office:body></office:document-content>`;
  const bytes = packageOf({ 'content.xml': content });
  const document = odtFormat.import(bytes);

  it('makes each paragraph a segment, the paragraph holding only a text box none', () => {
    expect(document.segments.map((segment) => segment.source)).toEqual(['Dans le cadre<ph id="1"/> fin.', 'Une note dans un cadre.', 'Après <pc id="1">le <ph id="2"/></pc>cadre.', 'Seconde note.']);
  });

  it('puts every note and text box back where it was, with the English in it', () => {
    const english = ['In the frame<ph id="1"/> end.', 'A note in a frame.', 'After <pc id="1">the <ph id="2"/></pc>frame.', 'Second note.'];
    const written = part(odtFormat.export(translationOf(document, english)), 'content.xml');
    expect(written).toBe(
      content
        .replace('Dans le cadre', 'In the frame')
        // After a code, a space is written as LibreOffice writes it there: text:s.
        .replace(' fin.', '<text:s/>end.')
        .replace('Une note dans un cadre.', 'A note in a frame.')
        .replace('Après <text:span>le ', 'After <text:span>the ')
        .replace('cadre.</text:p>\n</office:text>', 'frame.</text:p>\n</office:text>')
        .replace('Seconde note.', 'Second note.'),
    );
    // Written untranslated through the same path, the part is the original.
    const untouched = translationOf(document, ['Dans le cadre<ph id="1"/> fin.', 'Une note dans un cadre.', 'Après <pc id="1">le <ph id="2"/></pc>cadre.', 'Seconde note. ']);
    expect(part(odtFormat.export(untouched), 'content.xml')).toBe(content.replace('Seconde note.', 'Seconde note. '));
  });
});

describe('LibreOffice Writer (ODT) export', () => {
  it('returns the original file, byte for byte, when nothing is translated', () => {
    expect(same(odtFormat.export(translationOf(report)), rapport)).toBe(true);
    expect(same(odtFormat.export(translationOf(letter)), courrier)).toBe(true);
  });

  it('writes the English into content.xml and styles.xml, every other entry byte for byte, in order', () => {
    const before = entries(rapport);
    const after = entries(translatedReport);
    expect(after.map(([name]) => name)).toEqual(before.map(([name]) => name));
    const changed = before.filter(([name, data]) => !same(unzipSync(translatedReport)[name]!, data)).map(([name]) => name);
    expect(changed).toEqual(['styles.xml', 'content.xml']);
    const content = part(translatedReport, 'content.xml');
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">Report on the media library</text:h>');
    expect(content).toMatch(/<text:bookmark text:name="debut"\/>The media library welcomed <text:span text:style-name="T1">12,000 readers<\/text:span> in 2025, according to <text:a [^>]*>the report<\/text:a> of the <text:span text:style-name="T2">management<\/text:span>\.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1<\/text:note-citation><text:note-body><text:p text:style-name="Standard">Source: annual report 2025\.<\/text:p><\/text:note-body><\/text:note><\/text:p>/u);
    expect(content).toContain('Opening hours:<text:line-break/>Tuesday to Saturday,<text:tab/>from 10 am to 6 pm. <text:s/>Free admission.');
    expect(content).toMatch(/Box opposite:<draw:frame [^>]*><draw:text-box><text:p>Summer hours begin in July\.<\/text:p><\/draw:text-box><\/draw:frame><\/text:p>/u);
    expect(part(translatedReport, 'styles.xml')).toContain('Annual report – page <text:page-number');
    // (The table's name, "Horaires", is not text: it stays.)
    for (const french of ['médiathèque', 'Jour', 'adolescents', 'juillet', 'Mairie', 'Discours']) expect(content + part(translatedReport, 'styles.xml')).not.toContain(french);
  });

  it('keeps mimetype the first entry, stored uncompressed, with no extra field', () => {
    const bytes = translatedReport;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint16(28, true)).toBe(0);
    expect(new TextDecoder().decode(bytes.subarray(30, 38 + odtMediaType.length))).toBe(`mimetype${odtMediaType}`);
  });

  it('puts mimetype first in a package another zip tool wrote with it last and compressed', () => {
    const parts = unzipSync(courrier);
    const { mimetype, ...rest } = parts;
    const shuffled = zipSync({ ...rest, mimetype: mimetype! } as Zippable, { level: 9 });
    const exported = odtFormat.export(inEnglish(odtFormat.import(shuffled), letterEnglish));
    expect(Object.keys(unzipSync(exported))[0]).toBe('mimetype');
    expect(new TextDecoder().decode(exported.subarray(30, 38 + odtMediaType.length))).toBe(`mimetype${odtMediaType}`);
  });

  it('declares the document English once something is translated', () => {
    const styles = part(translatedReport, 'styles.xml');
    expect(styles).toMatch(/<style:default-style style:family="paragraph">.*?fo:language="en" fo:country="US"/su);
    expect(styles).not.toContain('fo:language="fr"');
    const british = odtFormat.export({ ...inEnglish(letter, letterEnglish), targetLang: 'en-GB' });
    expect(part(british, 'styles.xml')).toContain('fo:language="en" fo:country="GB"');
  });

  it('reads its own export back with the English as sources and the same codes', () => {
    const again = odtFormat.import(translatedReport);
    expect(again.segments.map((segment) => segment.source)).toEqual(report.segments.map((segment) => reportEnglish[segment.source]));
    expect(again.segments.map((segment) => segment.codes)).toEqual(report.segments.map((segment) => segment.codes));
    expect(again.segments.map((segment) => segment.kind)).toEqual(report.segments.map((segment) => segment.kind));
  });

  it('writes spaces, tabs and line breaks of a target so that they read back as typed', () => {
    const english = letter.segments.map((segment) => (segment.source === 'Madame, Monsieur,' ? '  Dear  Sir or Madam,\tto you\nand yours ' : segment.source));
    const exported = odtFormat.export(translationOf(letter, english));
    expect(part(exported, 'content.xml')).toContain('<text:s text:c="2"/>Dear <text:s/>Sir or Madam,<text:tab/>to you<text:line-break/>and yours </text:p>');
    expect(odtFormat.import(exported).segments[1]?.source).toBe('  Dear  Sir or Madam,<ph id="1"/>to you<ph id="2"/>and yours ');
  });

  it('keeps a note, an image and a bookmark a translator left out, at the end of the paragraph', () => {
    const english = report.segments.map((segment, i) => (i === 1 ? 'The library welcomed readers.' : i === 12 ? 'The logo is on the cover.' : segment.source));
    const content = part(odtFormat.export(translationOf(report, english)), 'content.xml');
    expect(content).toMatch(/The library welcomed readers\.<text:bookmark text:name="debut"\/><text:note text:id="ftn1"[^>]*>.*Source : rapport annuel 2025\..*<\/text:note><\/text:p>/u);
    expect(content).toMatch(/The logo is on the cover\.<draw:frame [^>]*draw:name="Logo"/u);
  });

  it('writes characters XML cannot hold nowhere, and escapes the others', () => {
    const english = letter.segments.map((segment, i) => (i === 1 ? 'Dear \u0002Sir\u0001 & <Madam>,' : segment.source));
    const exported = odtFormat.export(translationOf(letter, english));
    expect(part(exported, 'content.xml')).toContain('Dear Sir &amp; &lt;Madam&gt;,');
    expect(odtFormat.import(exported).segments[1]?.source).toBe('Dear Sir & <Madam>,');
  });

  it('makes an ODT of a plain-text document, in LibreOffice styles, English declared', () => {
    const text = txtFormat.import(new TextEncoder().encode('Le titre\n\nUn paragraphe < & >.\n'));
    const bytes = odtFormat.export({ ...translationOf(text, ['The title', 'A paragraph < & >.']), sourceFormat: 'txt', package: undefined });
    expect(odtFormat.detect(bytes)).toBe(true);
    expect(part(bytes, 'content.xml')).toContain('<text:p text:style-name="Text_20_body">A paragraph &lt; &amp; &gt;.</text:p>');
    expect(part(bytes, 'styles.xml')).toContain('fo:language="en" fo:country="US"');
    expect(odtFormat.import(bytes).segments.map((segment) => segment.source)).toEqual(['The title', 'A paragraph < & >.']);
  });
});

describe('LibreOffice Writer (ODT) detection', () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await frenchReport();
  });

  it('recognises an ODT by its mimetype entry, and a Word document is not one', () => {
    expect(odtFormat.detect(rapport)).toBe(true);
    expect(odtFormat.detect(courrier)).toBe(true);
    expect(odtFormat.detect(docx)).toBe(false);
    expect(odtFormat.detect(new TextEncoder().encode('Ceci est un texte.'))).toBe(false);
    expect(odtFormat.detect(packageOf({ 'content.xml': '<x/>' }, 'application/vnd.oasis.opendocument.spreadsheet'))).toBe(false);
    // Zipped by another tool: mimetype compressed and not first.
    expect(odtFormat.detect(zipSync({ 'content.xml': strToU8('<x/>'), mimetype: strToU8(odtMediaType) }))).toBe(true);
  });

  it('is not claimed by the Word format, nor by any other', () => {
    expect(docxFormat.detect(rapport)).toBe(false);
    expect(docxFormat.detect(courrier)).toBe(false);
    // Formats are tried by content in registry order; plain text, the last, takes anything.
    expect(formats.find((format) => format.detect(rapport))?.id).toBe('odt');
    expect(formats.filter((format) => format.detect(rapport) && format.id !== 'txt').map((format) => format.id)).toEqual(['odt']);
    expect(formats.filter((format) => format.claims?.(rapport) === true)).toEqual([]);
  });

  it('is found by extension, media type and upload', () => {
    expect(formatFor({ filename: 'rapport.odt' }).id).toBe('odt');
    expect(formatFor({ mediaType: odtMediaType }).id).toBe('odt');
    expect(formatForUpload({ filename: 'rapport.ODT' }, rapport).id).toBe('odt');
  });
});

describe('LibreOffice Writer (ODT) bad input', () => {
  const body = (xml: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${xml}</office:text></office:body></office:document-content>`;

  it.each([
    ['text named .odt', () => new TextEncoder().encode('Ceci est un texte.'), UnsupportedFormatError, /not an OpenDocument text/u],
    ['a truncated file', () => rapport.subarray(0, Math.floor(rapport.length / 2)), UnsupportedFormatError, /not an OpenDocument text/u],
    ['a zip without mimetype', () => zipSync({ 'content.xml': strToU8(body('<text:p>Bonjour</text:p>')) }), UnsupportedFormatError, /no mimetype/u],
    ['a spreadsheet', () => packageOf({ 'content.xml': body('') }, 'application/vnd.oasis.opendocument.spreadsheet'), UnsupportedFormatError, /spreadsheet/u],
    ['a package without content.xml', () => packageOf({ 'styles.xml': '<x/>' }), UnsupportedFormatError, /no content\.xml/u],
    ['malformed XML', () => packageOf({ 'content.xml': body('<text:p><text:span>x</text:p>') }), InvalidInputError, /not well-formed/u],
    ['malformed styles.xml', () => packageOf({ 'content.xml': body('<text:p>Bonjour</text:p>'), 'styles.xml': '<office:document-styles>' }), InvalidInputError, /styles\.xml is not well-formed/u],
    ['entity declarations (XXE)', () => packageOf({ 'content.xml': '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content><office:body><office:text><text:p>&x;</text:p></office:text></office:body></office:document-content>' }), InvalidInputError, /declares entities/u],
    ['nesting thousands deep', () => packageOf({ 'content.xml': body(`${'<text:section>'.repeat(3000)}${'</text:section>'.repeat(3000)}`) }), InvalidInputError, /nested more than/u],
    ['a password-protected document', () => packageOf({ 'META-INF/manifest.xml': '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>', 'content.xml': 'binary' }), UnsupportedFormatError, /password-protected/u],
    ['a document without text', () => packageOf({ 'content.xml': body('<text:p/><text:p>* * *</text:p>') }), EmptyDocumentError, /./u],
  ])('refuses %s with a reason', (_, bytes, type, reason) => {
    expect(() => odtFormat.import(bytes())).toThrow(type);
    expect(() => odtFormat.import(bytes())).toThrow(reason);
  });

  it('refuses a zip bomb before inflating it', () => {
    // 16 MB of zeros in a 16 KB zip: a thousand times its size.
    const bomb = zipSync({ mimetype: [strToU8(odtMediaType), { level: 0 }], 'content.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(40_000);
    expect(() => odtFormat.import(bomb)).toThrow(FormatLimitError);
    expect(() => odtFormat.import(bomb)).toThrow(/zip bomb/u);
  });

  it('leaves out of a translated export the entries no unzip tool should write', () => {
    const parts = unzipSync(courrier);
    const hostile = zipSync({ ...parts, '../../evil.sh': strToU8('rm -rf ~') } as Zippable);
    const document = odtFormat.import(hostile);
    const untouched = odtFormat.export(translationOf(document));
    expect(Object.keys(unzipSync(untouched))).toEqual(Object.keys(parts));
    expect(Object.keys(unzipSync(odtFormat.export(inEnglish(document, letterEnglish))))).toEqual(Object.keys(parts));
  });
});

describeFormat(odtFormat, { 'a report made with LibreOffice': rapport, 'a letter made with LibreOffice': courrier });

/**
 * LibreOffice opens what we write: the exports converted to PDF (all in one soffice call), and the
 * translated ones to text, which must hold the English and none of the French. Skipped only where
 * soffice is absent and CI is not set (scripts/ensure-libreoffice.sh installs it).
 */
const soffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!soffice && !process.env.CI)('LibreOffice opens the ODT exports', () => {
  let dir = '';
  const files = {
    untouched: odtFormat.export(translationOf(report)),
    report: translatedReport,
    letter: translatedLetter,
    layout: odtFormat.export({ ...translationOf(txtFormat.import(new TextEncoder().encode('Titre\n\nTexte.\n')), ['Title', 'Some text.']), sourceFormat: 'txt', package: undefined }),
  };
  const convert = (to: string, names: readonly string[]) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', join(dir, 'out'), ...names.map((name) => join(dir, `${name}.odt`))], {
      stdio: 'pipe',
      timeout: 180_000,
    });

  beforeAll(() => {
    if (!soffice) throw new Error('soffice is missing (CI is set): run scripts/ensure-libreoffice.sh');
    dir = mkdtempSync(join(tmpdir(), 'visavis-odt-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.odt`), bytes);
    convert('pdf', Object.keys(files));
    convert('txt:Text', ['report', 'letter']);
  }, 240_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(files))('converts the %s export to PDF', (name) => {
    const pdf = join(dir, 'out', `${name}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads the English of the translated report, and none of the French', () => {
    const text = readFileSync(join(dir, 'out', 'report.txt'), 'utf8');
    for (const english of ['Report on the media library', 'The media library welcomed 12,000 readers in 2025, according to the report of the management.', 'Writing workshops for teenagers', 'Tuesday', 'End of the report.']) {
      expect(text).toContain(english);
    }
    for (const french of ['médiathèque', 'lecteurs', 'adolescents', 'Mardi', 'Fin du rapport']) expect(text).not.toContain(french);
  });

  it('reads the English of the translated letter, and none of the French', () => {
    const text = readFileSync(join(dir, 'out', 'letter.txt'), 'utf8');
    expect(text).toContain('The municipal swimming pool will be closed from 4 to 9 August for works. Details in the annex.');
    expect(text).not.toMatch(/piscine|Veuillez|Madame/u);
  });
});
