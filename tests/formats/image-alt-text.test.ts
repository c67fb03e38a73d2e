import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxFormat } from '../../src/formats/docx';
import type { Format, SourceDocument } from '../../src/formats/format';
import { htmlFormat } from '../../src/formats/html';
import { mdFormat } from '../../src/formats/md';
import { odtFormat, odtMediaType } from '../../src/formats/odt';
import { parseTmx, tmxFormat } from '../../src/formats/tmx';
import { xliff12Format, xliff20Format } from '../../src/formats/xliff';
import { describeFormat, translationOf } from './describe-format';

/*
 * Issue 27: the alt text and title of an image inside a paragraph (a link's or an abbreviation's
 * title in HTML, a picture's alt text in Word and LibreOffice) are segments of their own, right
 * after their paragraph's, and the export writes their English back into the image.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sources = (document: SourceDocument) => document.segments.map((segment) => segment.source);
/** The export with `english` for the segments it names by index (the rest untranslated). */
const exported = (format: Format, document: SourceDocument, english: Record<number, string>) => {
  const texts = document.segments.map((segment, i) => english[i] ?? segment.source);
  const target = translationOf(document, texts);
  // An untranslated segment is `new`, with no target, as the export service hands it over.
  target.segments.forEach((segment, i) => {
    if (english[i] === undefined) Object.assign(segment, { target: '', status: 'new' });
  });
  return format.export(target);
};

const port = '<p>Texte <img src="a.png" alt="Une photo du port"> suite</p>\n';
const page = `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Le port</title></head>
<body>
<p>Voir <a href="/plan" title="Plan de la ville">le plan</a> et la <abbr title="Société nationale des chemins de fer">SNCF</abbr> <img src='logo.png' alt='Logo de la ville' title="Notre &eacute;cusson"> aujourd&rsquo;hui.</p>
<p>Une photo <img src=b.png alt=Phare> du phare, une autre <img src="c.png" alt="   "> sans texte, une décorative <img src="d.png" alt="">.</p>
<p>Un logo <img src="e.png" alt="Logo privé" translate="no"> à garder.</p>
<p><img src="seule.png" alt="Une image seule"></p>
</body>
</html>
`;

describeFormat(htmlFormat, { 'a page with images and titles inside its paragraphs': page, 'one image in a paragraph': port });

describe('HTML: the alt text and title of an inline element are segments of their own', () => {
  const document = htmlFormat.import(encode(page));

  it('places them right after their paragraph, in the order of the paragraph\'s elements, each with a note saying what it is', () => {
    expect(document.segments.map((segment) => [segment.kind, segment.source])).toEqual([
      ['meta', 'Le port'],
      ['paragraph', 'Voir <pc id="1">le plan</pc> et la <pc id="2">SNCF</pc> <ph id="3"/> aujourd’hui.'],
      ['meta', 'Plan de la ville'],
      ['meta', 'Société nationale des chemins de fer'],
      ['meta', 'Logo de la ville'],
      ['meta', 'Notre écusson'],
      ['paragraph', 'Une photo <ph id="1"/> du phare, une autre <ph id="2"/> sans texte, une décorative <ph id="3"/>.'],
      ['meta', 'Phare'],
      ['paragraph', 'Un logo <ph id="1"/> à garder.'],
      // An image alone in its paragraph: its alt text is cut where it is, as before.
      ['meta', 'Une image seule'],
    ]);
    const [, , title, abbr, alt] = document.segments;
    expect(title?.translation?.notes).toEqual(['The title (tooltip) of a link in the paragraph above: the export writes its English there.']);
    expect(abbr?.translation?.notes).toEqual(['The title (tooltip) of an abbreviation in the paragraph above: the export writes its English there.']);
    expect(alt?.translation?.notes).toEqual(['The alt text of an image in the paragraph above: the export writes its English there.']);
    expect([alt?.before, alt?.original, alt?.translation?.target, alt?.translation?.status]).toEqual(['', '', '', 'new']);
  });

  it('makes no segment of an alt text of spaces, an empty one, nor one marked translate="no"', () => {
    expect(sources(document)).not.toContain('Logo privé');
    expect(htmlFormat.import(encode('<p>Texte <img src="a.png" alt=" \t "> suite</p>')).segments).toHaveLength(1);
  });

  it('writes the English into the attribute, escaped for it, inside the translated paragraph', () => {
    const out = decode(
      exported(htmlFormat, htmlFormat.import(encode(port)), { 0: 'Text <ph id="1"/> continued', 1: 'A "photo" of the harbour & <its> boats' }),
    );
    expect(out).toBe('<p>Text <img src="a.png" alt="A &quot;photo&quot; of the harbour &amp; &lt;its&gt; boats"> continued</p>\n');
  });

  it('writes it whatever was translated: the alt text alone keeps the paragraph as it was in the file', () => {
    const out = decode(exported(htmlFormat, document, { 4: "The town's crest", 5: 'Our coat of arms', 7: 'Lighthouse' }));
    expect(out).toContain(
      '<p>Voir <a href="/plan" title="Plan de la ville">le plan</a> et la <abbr title="Société nationale des chemins de fer">SNCF</abbr> <img src=\'logo.png\' alt=\'The town&#39;s crest\' title="Our coat of arms"> aujourd&rsquo;hui.</p>',
    );
    // An unquoted value is quoted: the English has a space.
    expect(out).toContain('<p>Une photo <img src=b.png alt="Lighthouse"> du phare,');
  });

  it('keeps the French of an alt text nobody translated, in a translated paragraph', () => {
    const out = decode(exported(htmlFormat, document, { 1: 'See <pc id="1">the map</pc> and the <pc id="2">SNCF</pc> <ph id="3"/> today.', 2: 'Town map' }));
    expect(out).toContain('<p>See <a href="/plan" title="Town map">the map</a> and the <abbr title="Société nationale des chemins de fer">SNCF</abbr> <img src=\'logo.png\' alt=\'Logo de la ville\' title="Notre &eacute;cusson"> today.</p>');
  });

  it('writes the alt text into the image wherever the translator moved it', () => {
    const out = decode(exported(htmlFormat, htmlFormat.import(encode(port)), { 0: '<ph id="1"/> Text, continued', 1: 'A photo of the harbour' }));
    expect(out).toBe('<p><img src="a.png" alt="A photo of the harbour"> Text, continued</p>\n');
  });

  it('exports an untouched page byte for byte, and reads a translated one back with the English alt text', () => {
    expect(decode(htmlFormat.export(translationOf(document)))).toBe(page);
    const again = htmlFormat.import(exported(htmlFormat, document, { 4: 'Town logo', 7: 'Lighthouse' }));
    expect(sources(again)).toEqual(sources(document).map((source, i) => (i === 4 ? 'Town logo' : i === 7 ? 'Lighthouse' : source)));
  });

  it('reads odd markup without failing: attributes repeated, values without quotes or ends', () => {
    for (const odd of ['<p>Un <img alt="a" alt="b" alt> texte</p>', '<p>Un <img alt=> texte</p>', '<p>Un <img alt="sans fin> texte</p>', '<p>Un <a title>lien</a> texte <img/alt="x"></p>']) {
      const read = htmlFormat.import(encode(odd));
      expect(decode(htmlFormat.export(translationOf(read)))).toBe(odd);
      expect(() => htmlFormat.export(translationOf(read, read.segments.map((segment) => `EN ${segment.source}`)))).not.toThrow();
    }
  });
});

const guide = `# Le port

> Le quai ![Le quai [nord] au matin](quai.jpg "Photo : \\"Ville\\"") et la ![phare][ref] jetée.

Un logo ![   ](logo.png) sans texte et une image ![Vue](<vue du port.png> 'Le port (été)').

![Une image seule](seule.png "Son titre")

[ref]: phare.png "Le phare"
`;

describeFormat(mdFormat, { 'a guide with images inside its paragraphs': guide });

describe('Markdown: the alt text and title of an image among words are segments of their own', () => {
  const document = mdFormat.import(encode(guide));

  it('places the alt text, then the title, right after the paragraph, the image a code in it', () => {
    expect(sources(document)).toEqual([
      'Le port',
      'Le quai <ph id="1"/> et la <ph id="2"/> jetée.',
      'Le quai [nord] au matin',
      'Photo : "Ville"',
      'phare',
      'Un logo <ph id="1"/> sans texte et une image <ph id="2"/>.',
      'Vue',
      'Le port (été)',
      // Alone in its block, the image's alt text and title are cut where they are: no block segment.
      'Une image seule',
      'Son titre',
    ]);
    expect(document.segments.slice(8).map((segment) => [segment.before, segment.translation])).toEqual([
      ['\n\n![', undefined],
      ['](seule.png "', undefined],
    ]);
    expect(document.segments[2]?.translation?.notes).toEqual(['The alt text of an image in the paragraph above: the export writes its English there.']);
    expect(document.segments[3]?.translation?.notes).toEqual(['The title (tooltip) of an image in the paragraph above: the export writes its English there.']);
  });

  it('writes the English back into the image, escaped: no bracket closes the alt text, no quote the title', () => {
    const out = decode(exported(mdFormat, document, { 2: 'The [north] quay * at dawn', 3: 'Photo: "Town" (\\ahem)', 4: 'lighthouse', 6: 'View', 7: "The harbour's (summer)", 8: 'A [lone] image', 9: 'Its "title"' }));
    expect(out).toContain('> Le quai ![The \\[north\\] quay \\* at dawn](quai.jpg "Photo: \\"Town\\" \\(\\\\ahem\\)") et la ![lighthouse][ref] jetée.');
    expect(out).toContain("Un logo ![   ](logo.png) sans texte et une image ![View](<vue du port.png> 'The harbour\\'s \\(summer\\)').");
    expect(out).toContain('![A \\[lone\\] image](seule.png "Its \\"title\\"")');
    // The reference's title lives in its definition, which is not the image's.
    expect(out).toContain('[ref]: phare.png "Le phare"');
    const again = mdFormat.import(encode(out));
    expect(sources(again).slice(2, 8)).toEqual(['The [north] quay * at dawn', 'Photo: "Town" (\\ahem)', 'lighthouse', 'Un logo <ph id="1"/> sans texte et une image <ph id="2"/>.', 'View', "The harbour's (summer)"]);
  });

  it('writes the alt text in a translated paragraph, and keeps the French where it is untranslated', () => {
    const out = decode(exported(mdFormat, document, { 1: 'The quay <ph id="1"/> and the <ph id="2"/> pier.', 4: 'lighthouse' }));
    expect(out).toContain('> The quay ![Le quai [nord] au matin](quai.jpg "Photo : \\"Ville\\"") and the ![lighthouse][ref] pier.');
  });

  it('exports an untouched guide byte for byte', () => {
    expect(decode(mdFormat.export(translationOf(document)))).toBe(guide);
  });
});

/** A 1×1 transparent PNG. */
const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

/** A Word document with a picture among a paragraph's words and one alone in its paragraph (written by the docx library). */
async function wordWithPictures(): Promise<Uint8Array<ArrayBuffer>> {
  const picture = (name: string, description: string, title?: string) =>
    new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 40 }, altText: { name, description, ...(title ? { title } : {}) } });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Le port de Tours '), picture('Image 1', 'Le port & ses "bateaux"', 'Vue du port'), new TextRun(' au matin.')] }),
          new Paragraph({ children: [picture('Image 2', 'Une image seule <grande>')] }),
          new Paragraph('Fin du rapport.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const word = await wordWithPictures();
describeFormat(docxFormat, { 'a Word document with pictures inside and alone in paragraphs': word });

describe('Word (DOCX): a picture\'s alt text is a segment of its own', () => {
  const document = docxFormat.import(word);
  const body = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

  it('places the alt text and title after the paragraph, and cuts a lone picture\'s alt text where it is', () => {
    expect(sources(document)).toEqual(['Le port de Tours <ph id="1"/> au matin.', 'Le port & ses "bateaux"', 'Vue du port', 'Une image seule <grande>', 'Fin du rapport.']);
    expect(document.segments[1]?.translation?.notes).toEqual(['The alt text of a picture in the paragraph above: the export writes its English there.']);
    expect(document.segments[3]?.original).toBe('Une image seule &lt;grande&gt;');
  });

  it('writes the English into descr and title, escaped, read back by an independent reader (mammoth)', async () => {
    const out = exported(docxFormat, document, { 1: 'The harbour & its "boats" <2>', 2: 'Harbour view', 3: "A lone picture's <big> one" });
    const xml = body(out);
    expect(xml).toContain('descr="The harbour &amp; its &quot;boats&quot; &lt;2&gt;"');
    expect(xml).toContain('title="Harbour view"');
    expect(xml).toContain('descr="A lone picture&apos;s &lt;big&gt; one"');
    expect(xml).toContain('<w:t xml:space="preserve">Le port de Tours </w:t>');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(out) })).value;
    expect(html).toContain('alt="The harbour &amp; its &quot;boats&quot; &lt;2&gt;"');
    expect(sources(docxFormat.import(out))).toEqual(['Le port de Tours <ph id="1"/> au matin.', 'The harbour & its "boats" <2>', 'Harbour view', "A lone picture's <big> one", 'Fin du rapport.']);
  });

  it('keeps the French alt text of a translated paragraph nobody translated the picture of', () => {
    const xml = body(exported(docxFormat, document, { 0: 'The Tours harbour <ph id="1"/> in the morning.' }));
    expect(xml).toContain('descr="Le port &amp; ses &quot;bateaux&quot;"');
    expect(xml).toContain('The Tours harbour ');
  });
});

describe('LibreOffice Writer (ODT): a frame\'s title and description are segments of their own', () => {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"><office:body><office:text><text:p>Le port <draw:frame draw:name="Image1"><draw:image xlink:href="Pictures/a.png"/><svg:title>Le port</svg:title><svg:desc>Les bateaux &amp; le quai</svg:desc></draw:frame> au matin.</text:p></office:text></office:body></office:document-content>`;
  const zippable: Zippable = { mimetype: [strToU8(odtMediaType), { level: 0 }], 'content.xml': strToU8(content) };
  const bytes = zipSync(zippable);
  const document = odtFormat.import(bytes);

  it('places them after the paragraph and writes their English into the frame', () => {
    expect(sources(document)).toEqual(['Le port <ph id="1"/> au matin.', 'Le port', 'Les bateaux & le quai']);
    const xml = strFromU8(unzipSync(exported(odtFormat, document, { 1: 'The harbour', 2: 'Boats & <the> quay' }))['content.xml']!);
    expect(xml).toContain('<svg:title>The harbour</svg:title><svg:desc>Boats &amp; &lt;the&gt; quay</svg:desc>');
    expect(xml).toContain('<text:p>Le port <draw:frame');
  });
});

describe('bilingual exports of documents with linked alt texts', () => {
  const directory = mkdtempSync(join(tmpdir(), 'visavis-image-alt-text-'));
  const schemas = new URL('../fixtures/schemas/xliff/', import.meta.url);
  const valid = (bytes: Uint8Array, schema: string, name: string): string | null => {
    const path = join(directory, name);
    writeFileSync(path, bytes);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', new URL(schema, schemas).pathname, path], { stdio: 'pipe' });
      return null;
    } catch (error) {
      return String((error as { stderr?: Buffer }).stderr ?? error);
    }
  };

  for (const [name, format, bytes] of [
    ['a web page', htmlFormat, encode(page)],
    ['a Markdown guide', mdFormat, encode(guide)],
    ['a Word document', docxFormat, word],
  ] as const) {
    it(`${name}: XLIFF 1.2 and 2.0 validate, with each alt text a unit carrying its note; TMX reads back`, () => {
      const document = format.import(bytes);
      const english = translationOf(document, document.segments.map((segment) => `EN ${segment.source}`));
      const xliff12 = xliff12Format.export(english);
      expect(valid(xliff12, 'xliff-core-1.2-transitional.xsd', `${format.id}-12.xlf`)).toBeNull();
      expect(valid(xliff20Format.export(english), 'xliff_core_2.0.xsd', `${format.id}-20.xlf`)).toBeNull();
      expect(decode(xliff12)).toContain('alt text of');
      expect(xliff12Format.import(xliff12).segments).toHaveLength(document.segments.length);
      expect(parseTmx(tmxFormat.export(english)).units).toHaveLength(document.segments.length);
    });
  }
});
