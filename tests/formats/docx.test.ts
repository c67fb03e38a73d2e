import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmptyDocumentError, InvalidInputError, UnsupportedFormatError } from '../../src/domain/errors';
import { plainText } from '../../src/domain/inline';
import { docxFormat } from '../../src/formats/docx';
import type { SourceDocument } from '../../src/formats/format';
import { txtFormat } from '../../src/formats/txt';
import { frenchReport, withWordTextBox } from '../helpers/docx-fixture';
import { describeFormat, translationOf } from './describe-format';

let report: Uint8Array<ArrayBuffer>;
let document: SourceDocument;
beforeAll(async () => {
  report = await frenchReport();
  document = docxFormat.import(report);
});

const words = (segment: SourceDocument['segments'][number]) => plainText(segment.source, segment.codes ?? []);
const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;

/** The English for the report: "EN " before each segment, its codes where they were. */
function english(): string[] {
  return document.segments.map((segment) => {
    if (segment.source.startsWith('La médiathèque a accueilli')) return 'The library welcomed <pc id="1">12,000 readers</pc> in 2025, according to <pc id="2"><pc id="3">the report</pc></pc> of the <pc id="4">management</pc>.<ph id="5"/>';
    return `EN ${segment.source}`;
  });
}

/** The report with a paragraph linking to an anchor through a HYPERLINK field, as LibreOffice writes such links. */
function withHyperlinkField(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const field = `<w:p><w:r><w:t xml:space="preserve">Voir </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK \\l "annexe" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>l’annexe sur les horaires</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> pour le détail.</w:t></w:r></w:p>`;
  const parts = unzipSync(bytes);
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace('<w:body>', `<w:body>${field}`));
  return zipSync(parts) as Uint8Array<ArrayBuffer>;
}

/** The report with a link stored as a simple field (`w:fldSimple`), as some generators write links. */
function withSimpleHyperlinkField(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const field = `<w:p><w:r><w:t xml:space="preserve">Consultez </w:t></w:r><w:fldSimple w:instr=" HYPERLINK &quot;https://www.service-public.fr/&quot; "><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>le site officiel</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> avant de venir.</w:t></w:r></w:p>`;
  const parts = unzipSync(bytes);
  parts['word/document.xml'] = strToU8(strFromU8(parts['word/document.xml']!).replace('<w:body>', `<w:body>${field}`));
  return zipSync(parts) as Uint8Array<ArrayBuffer>;
}

const conformanceReport = await frenchReport();
describeFormat(docxFormat, {
  'a report with a header, a footnote, a table and a text box (written by the docx library)': conformanceReport,
  'a link to an anchor stored as a HYPERLINK field': withHyperlinkField(conformanceReport),
  'a link stored as a simple HYPERLINK field (w:fldSimple)': withSimpleHyperlinkField(conformanceReport),
  'a text box Word stores twice (mc:AlternateContent)': withWordTextBox(conformanceReport),
});

describe('Word (DOCX) import', () => {
  it('reads the header, the body, tables, text boxes, footnotes and the footer, in reading order', () => {
    expect(document.segments.map((segment) => [segment.kind, words(segment)])).toEqual([
      ['meta', 'Rapport annuel – page '],
      ['heading', 'Rapport sur la médiathèque'],
      ['paragraph', 'La médiathèque a accueilli 12 000 lecteurs en 2025, selon le rapport de la direction.'],
      ['table-cell', 'Jour'],
      ['table-cell', 'Horaires'],
      ['table-cell', 'Mardi 1'],
      ['table-cell', '10 h – 18 h'],
      ['paragraph', 'Encadré : les horaires d’été.'],
      ['paragraph', 'Fin du rapport.'],
      ['paragraph', 'Source : rapport annuel 2025.'],
      ['meta', 'Mairie de Pontlevoy-sur-Cher'],
    ]);
    expect(document.suggestedTitle).toBe('Rapport sur la médiathèque');
  });

  it('makes formatting, hyperlinks, fields and note references codes around and between the words', () => {
    const [header, , body] = document.segments;
    expect(header?.source).toBe('Rapport annuel – page <ph id="1"/>');
    expect(header?.codes?.[0]).toMatchObject({ type: 'standalone', kind: 'field', droppable: false });
    expect(header?.codes?.[0]?.open).toContain('PAGE');
    expect(body?.source).toBe('La médiathèque a accueilli <pc id="1">12 000 lecteurs</pc> en 2025, selon <pc id="2"><pc id="3">le rapport</pc></pc> de la <pc id="4">direction</pc>.<ph id="5"/>');
    expect(body?.codes?.map((code) => [code.type, code.kind])).toEqual([
      ['paired', 'bold'],
      ['paired', 'link'],
      ['paired', 'span'],
      ['paired', 'italic'],
      ['standalone', 'footnote'],
    ]);
    expect(body?.codes?.[1]?.open).toMatch(/^<w:hyperlink [^>]*r:id="/u);
  });
});

describe('Word (DOCX) export', () => {
  it('writes an untouched document back with every part byte for byte', () => {
    const before = unzipSync(report);
    const after = unzipSync(docxFormat.export(translationOf(document)));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) expect(strFromU8(after[name]!), name).toBe(strFromU8(before[name]!));
  });

  it('writes the English into the original package: formatting, link, note, field and table kept, read by an independent reader', async () => {
    const bytes = docxFormat.export(translationOf(document, english()));
    const page = await html(bytes);
    expect(page).toContain('<h1>EN Rapport sur la médiathèque</h1>');
    expect(page).toContain('The library welcomed <strong>12,000 readers</strong> in 2025, according to <a href="https://ville.example/rapport">the report</a> of the <em>management</em>.');
    expect(page).toContain('<td><p>EN Jour</p></td>');
    expect(page).toMatch(/EN Source : rapport annuel 2025\./u);
    const parts = unzipSync(bytes);
    const header = Object.keys(parts).find((name) => /^word\/header\d*\.xml$/u.test(name))!;
    expect(strFromU8(parts[header]!)).toContain('EN Rapport annuel – page ');
    expect(strFromU8(parts[header]!)).toContain('PAGE');
    // Parts that hold no text are the original bytes; the language is English.
    const original = unzipSync(report);
    for (const name of Object.keys(original).filter((part) => !/document|header|footer|footnotes|endnotes|styles|settings/u.test(part))) expect(parts[name], name).toEqual(original[name]);
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:val="en-US"');
    expect(strFromU8(parts['word/styles.xml']!)).not.toContain('w:val="fr-FR"');
  });

  it('reads its own export back with the English in place and the same codes', () => {
    const again = docxFormat.import(docxFormat.export(translationOf(document, english())));
    expect(again.segments.map(words)).toEqual(document.segments.map((segment, i) => plainText(english()[i]!, segment.codes ?? [])));
    expect(again.segments.map((segment) => segment.codes?.map((code) => [code.type, code.kind]))).toEqual(document.segments.map((segment) => segment.codes?.map((code) => [code.type, code.kind])));
  });

  it('makes a Word document of a plain-text document, in Word styles', async () => {
    const text = txtFormat.import(new TextEncoder().encode('Le titre\n\nUn paragraphe < & >.\n'));
    const page = await html(docxFormat.export(translationOf(text, ['The title', 'A paragraph < & >.'])));
    expect(page).toBe('<h1>The title</h1><p>A paragraph &lt; &amp; &gt;.</p>');
  });
});

describe('Word (DOCX) bad input', () => {
  const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
  const body = (xml: string) => `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`;

  it.each([
    ['text named .docx', () => new TextEncoder().encode('Ceci est un texte.'), UnsupportedFormatError, /not a Word document/u],
    ['a truncated file', () => report.subarray(0, Math.floor(report.length / 2)), UnsupportedFormatError, /not a Word document/u],
    ['a zip without word/document.xml', () => zip({ 'readme.txt': 'x' }), UnsupportedFormatError, /no word\/document\.xml/u],
    ['malformed XML', () => zip({ 'word/document.xml': body('<w:p><w:r><w:t>x</w:r></w:p>') }), InvalidInputError, /not well-formed/u],
    ['entity declarations (XXE)', () => zip({ 'word/document.xml': '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>' }), InvalidInputError, /declares entities/u],
    ['nesting thousands deep', () => zip({ 'word/document.xml': body(`${'<w:sdt>'.repeat(3000)}${'</w:sdt>'.repeat(3000)}`) }), InvalidInputError, /nested more than/u],
    ['a document without text', () => zip({ 'word/document.xml': body('<w:p/>') }), EmptyDocumentError, /./u],
  ])('refuses %s with a reason', (_, bytes, type, reason) => {
    expect(() => docxFormat.import(bytes())).toThrow(type);
    expect(() => docxFormat.import(bytes())).toThrow(reason);
  });

  it('refuses a zip bomb before inflating it', () => {
    // 64 MB of zeros in a 64 KB zip: a thousand times its size.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => docxFormat.import(bomb)).toThrow(/zip bomb/u);
  });
});

describe('Word (DOCX) links stored as HYPERLINK fields (as LibreOffice writes links to anchors)', () => {
  const withField = () => withHyperlinkField(report);

  it('makes the display text translatable, the field around it a link code, and writes the English inside the field', () => {
    const imported = docxFormat.import(withField());
    const segment = imported.segments.find((candidate) => words(candidate).startsWith('Voir'))!;
    expect(words(segment)).toBe('Voir l’annexe sur les horaires pour le détail.');
    const link = segment.codes?.find((code) => code.kind === 'link');
    expect(link?.open).toContain('HYPERLINK \\l "annexe"');
    expect(link?.close).toBe('<w:r><w:fldChar w:fldCharType="end"/></w:r>');
    const target = segment.source.replace('Voir', 'See').replace('l’annexe sur les horaires', 'the annex on opening hours').replace('pour le détail.', 'for details.');
    const exported = docxFormat.export(translationOf(imported, imported.segments.map((one) => (one === segment ? target : one.source))));
    const xml = strFromU8(unzipSync(exported)['word/document.xml']!);
    expect(xml).toMatch(/See .*<w:fldChar w:fldCharType="begin"\/>.*HYPERLINK \\l "annexe".*<w:fldChar w:fldCharType="separate"\/><\/w:r>.*the annex on opening hours.*<w:fldChar w:fldCharType="end"\/><\/w:r>.*for details\./su);
    expect(xml).not.toContain('l’annexe');
    // Read back: the same English, the link still a field.
    const again = docxFormat.import(exported).segments.find((candidate) => words(candidate).startsWith('See'))!;
    expect(words(again)).toBe('See the annex on opening hours for details.');
  });

  it('makes the display text of a simple HYPERLINK field (w:fldSimple) translatable, the field kept around the English', () => {
    const imported = docxFormat.import(withSimpleHyperlinkField(report));
    const segment = imported.segments.find((candidate) => words(candidate).startsWith('Consultez'))!;
    expect(words(segment)).toBe('Consultez le site officiel avant de venir.');
    const link = segment.codes?.find((code) => code.kind === 'link');
    expect([link?.open, link?.close]).toEqual(['<w:fldSimple w:instr=" HYPERLINK &quot;https://www.service-public.fr/&quot; ">', '</w:fldSimple>']);
    const target = segment.source.replace('Consultez', 'See').replace('le site officiel', 'the official site').replace('avant de venir.', 'before you come.');
    const exported = docxFormat.export(translationOf(imported, imported.segments.map((one) => (one === segment ? target : one.source))));
    const xml = strFromU8(unzipSync(exported)['word/document.xml']!);
    expect(xml).toMatch(/See <\/w:t><\/w:r><w:fldSimple w:instr=" HYPERLINK &quot;https:\/\/www\.service-public\.fr\/&quot; "><w:r>.*<w:t[^>]*>the official site<\/w:t><\/w:r><\/w:fldSimple>.*before you come\./su);
    expect(words(docxFormat.import(exported).segments.find((candidate) => words(candidate).startsWith('See'))!)).toBe('See the official site before you come.');
  });

  it('keeps other fields (a page number) whole, as codes', () => {
    const header = docxFormat.import(withField()).segments.find((segment) => segment.source.startsWith('Rapport annuel'));
    expect(header?.codes?.[0]).toMatchObject({ type: 'standalone', kind: 'field' });
  });
});


describe('Word (DOCX) text boxes stored twice (mc:AlternateContent: a DrawingML choice, a VML fallback)', () => {
  let boxed: Uint8Array<ArrayBuffer>;
  let imported: SourceDocument;
  beforeAll(() => {
    boxed = withWordTextBox(report);
    imported = docxFormat.import(boxed);
  });

  /** The English of the text box and of the paragraph around it; `EN …` elsewhere. */
  const summer: Record<string, string> = {
    'Les horaires changent cet été. ': 'Opening hours change this summer. ',
    'Horaires d’été': 'Summer opening hours',
    'Du 14 juillet au 15 août, la médiathèque ferme à <pc id="1">17 h</pc>.': 'From 14 July to 15 August, the library closes at <pc id="1">5 pm</pc>.',
    'Elle rouvre le 1<pc id="1">er</pc> septembre.': 'It reopens on 1<pc id="1">st</pc> September.',
  };
  const englishOf = (document: SourceDocument, only?: string) => document.segments.map((segment) => (only === undefined || segment.source === only ? (summer[segment.source] ?? `EN ${segment.source}`) : segment.source));
  const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
  /** The text box's two copies in a document part: what Word shows, and what older readers show. */
  const copies = (xml: string) => ({
    choice: /<mc:Choice Requires="wps">([^]*?)<\/mc:Choice>/u.exec(xml)?.[1] ?? '',
    fallback: /<mc:Fallback>([^]*?)<\/mc:Fallback>/u.exec(xml)?.[1] ?? '',
  });

  it('reads one segment per paragraph of the text box, cut out of the paragraph holding it', () => {
    const words = imported.segments.map((segment) => plainText(segment.source, segment.codes ?? []));
    const at = words.indexOf('Les horaires changent cet été. ');
    expect(words.slice(at, at + 5)).toEqual(['Les horaires changent cet été. ', 'Horaires d’été', 'Du 14 juillet au 15 août, la médiathèque ferme à 17 h.', 'Elle rouvre le 1er septembre.', 'Fin du rapport.']);
    expect(words.filter((text) => text === 'Horaires d’été')).toHaveLength(1);
    expect(imported.segments).toHaveLength(document.segments.length + 4);
  });

  it('writes the English into the choice and the fallback alike, the shapes around them untouched', async () => {
    const exported = docxFormat.export(translationOf(imported, englishOf(imported)));
    const before = copies(documentXml(boxed));
    const after = copies(documentXml(exported));
    for (const copy of [after.choice, after.fallback]) {
      expect(copy).toContain('<w:t xml:space="preserve">Summer opening hours</w:t>');
      expect(copy).toMatch(/From 14 July to 15 August, the library closes at <\/w:t><\/w:r><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">5 pm<\/w:t><\/w:r>/u);
      expect(copy).not.toMatch(/Horaires|juillet|ferme/u);
    }
    // Each copy keeps its own paragraphs' start tags and properties, and its shape.
    const tags = (copy: string) => copy.match(/<w:p [^>]*>|<w:pPr>.*?<\/w:pPr>|<w:pict>|<v:[a-z]+ [^>]*>|<wp:[a-zA-Z]+ [^>]*>/gu);
    expect(tags(after.choice)).toEqual(tags(before.choice));
    expect(tags(after.fallback)).toEqual(tags(before.fallback));
    // mammoth reads a text box from its VML fallback: an independent reader sees the English.
    const page = await html(exported);
    expect(page).toContain('Summer opening hours');
    expect(page).toContain('From 14 July to 15 August, the library closes at <strong>5 pm</strong>.');
    expect(page).not.toContain('Horaires d’été');
    // Read back: the text box once, in English.
    const again = docxFormat.import(exported).segments.map((segment) => segment.source);
    expect(again.filter((source) => source === 'Summer opening hours')).toHaveLength(1);
    expect(again).toContain('From 14 July to 15 August, the library closes at <pc id="1">5 pm</pc>.');
  });

  it('writes into the fallback only the paragraphs translated', () => {
    const only = 'Du 14 juillet au 15 août, la médiathèque ferme à <pc id="1">17 h</pc>.';
    const after = copies(documentXml(docxFormat.export(translationOf(imported, englishOf(imported, only)))));
    const before = copies(documentXml(boxed));
    const paragraphs = (copy: string) => copy.match(/<w:p [^]*?(?:<\/w:p>|\/>)/gu) ?? [];
    expect(paragraphs(after.fallback)).toHaveLength(3);
    expect(paragraphs(after.fallback)[0]).toBe(paragraphs(before.fallback)[0]);
    expect(paragraphs(after.fallback)[1]).toContain('the library closes at');
    expect(paragraphs(after.fallback)[2]).toBe(paragraphs(before.fallback)[2]);
    expect(paragraphs(after.choice)[1]).toContain('the library closes at');
  });

  it('writes an untouched document back with every part byte for byte', () => {
    const after = unzipSync(docxFormat.export(translationOf(imported)));
    for (const [name, data] of Object.entries(unzipSync(boxed))) expect(strFromU8(after[name]!), name).toBe(strFromU8(data));
  });

  it('reads a fallback that says something else than its choice as segments of its own, and leaves each copy its own English', () => {
    const stale = '<w:p><w:r><w:t>Horaires d’été (ancienne version)</w:t></w:r></w:p>';
    const differing = docxFormat.import(withWordTextBox(report, stale));
    const words = differing.segments.map((segment) => plainText(segment.source, segment.codes ?? []));
    expect(words).toEqual(expect.arrayContaining(['Horaires d’été', 'Horaires d’été (ancienne version)']));
    expect(differing.segments).toHaveLength(imported.segments.length + 1);
    const english = differing.segments.map((segment) => (segment.source === 'Horaires d’été (ancienne version)' ? 'Summer opening hours (old version)' : (summer[segment.source] ?? segment.source)));
    const after = copies(documentXml(docxFormat.export(translationOf(differing, english))));
    expect(after.choice).toContain('Summer opening hours</w:t>');
    expect(after.fallback).toContain('Summer opening hours (old version)');
    expect(after.fallback).not.toContain('library closes');
  });
});
