import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { characterReferences, encodeExport, holds } from '../../src/formats/_lib/encode';
import type { Format, SourceDocument, WrittenEncoding } from '../../src/formats/format';
import { htmlFormat } from '../../src/formats/html';
import { mdFormat } from '../../src/formats/md';
import { srtFormat, vttFormat } from '../../src/formats/subtitles';
import { txtFormat } from '../../src/formats/txt';
import { describeFormat, translationOf } from './describe-format';

const encoded = (text: string, encoding: string): Uint8Array<ArrayBuffer> => new Uint8Array(iconv.encode(text, encoding));
const withUtf8Bom = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
const utf16leWithBom = (text: string): Uint8Array<ArrayBuffer> => encoded(`\uFEFF${text}`, 'utf-16le');
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const latinPage =
  '<!DOCTYPE html>\r\n<html lang="fr">\r\n<head>\r\n<meta charset="iso-8859-1">\r\n<title>Fermeture estivale</title>\r\n</head>\r\n<body>\r\n<p>Le café de la place ferme en août.</p>\r\n<p><img src="place.jpg" alt="Vue de la place"> Réouverture prévue à la rentrée.</p>\r\n</body>\r\n</html>\r\n';
const windowsText = 'Avis à la population\r\n\r\nLa mairie sera fermée le lundi 14 juillet.\r\nMerci de votre compréhension.\r\n';
const windowsMarkdown = '# Fête de la musique\r\n\r\nUn concert « en plein air » aura lieu **place de l’Église**.\r\n';
const srt = '1\r\n00:00:01,000 --> 00:00:04,200\r\nLe maire de Pontlevoy\r\na inauguré la médiathèque.\r\n\r\n2\r\n00:00:04,500 --> 00:00:07,000\r\n<i>« Un lieu ouvert à tous »</i>\r\n';
const vtt = 'WEBVTT\n\n00:01.000 --> 00:04.000\nNous avons voulu un lieu ouvert.\n\n00:04.500 --> 00:06.000\nMerci à <b>tous</b> !\n';

// The conformance laws hold for files in other encodings than UTF-8: untouched, they come back byte for byte.
describeFormat(txtFormat, { 'Windows-1252 text with CRLF': encoded(windowsText, 'windows-1252') });
describeFormat(mdFormat, { 'Windows-1252 Markdown with CRLF': encoded(windowsMarkdown, 'windows-1252') });
describeFormat(htmlFormat, { 'Latin-1 page declaring its charset': encoded(latinPage, 'latin1') });
describeFormat(srtFormat, { 'UTF-16LE subtitles with a byte-order mark': utf16leWithBom(srt) });
describeFormat(vttFormat, { 'WebVTT in UTF-8 with a byte-order mark': withUtf8Bom(vtt) });

/** Exports `document` with `english` for its segments, and what the format said about the encoding. */
function exportWith(format: Format, document: SourceDocument, english: readonly string[]): { bytes: Uint8Array; written: WrittenEncoding | undefined } {
  let written: WrittenEncoding | undefined;
  const bytes = format.export({
    ...translationOf(document, english),
    onEncoding: (encoding) => {
      written = encoding;
    },
  });
  return { bytes, written };
}

describe('the export encoding helper', () => {
  it('knows which characters an encoding holds', () => {
    expect(holds('windows-1252', 'l’été coûte 5 €')).toBe(true);
    expect(holds('iso-8859-1', 'l’été')).toBe(false);
    expect(holds('windows-1252', 'Bravo 👏')).toBe(false);
    expect(holds('utf-16le', 'Bravo 👏')).toBe(true);
    expect(holds('x-unknown', 'a')).toBe(false);
  });

  it('writes what an encoding cannot hold as character references, for every encoding given', () => {
    expect(characterReferences('The “mayor” paid 5 € 👏', 'iso-8859-1')).toBe('The &#8220;mayor&#8221; paid 5 &#8364; &#128079;');
    expect(characterReferences('The “mayor” 👏', 'windows-1252')).toBe('The “mayor” &#128079;');
    expect(characterReferences('The “mayor”', 'windows-1252', 'iso-8859-1')).toBe('The &#8220;mayor&#8221;');
    expect(characterReferences('The “mayor”', 'utf-8', 'x-user-defined')).toBe('The “mayor”');
  });

  it('keeps the source encoding and byte-order mark when they hold the text', () => {
    let written: WrittenEncoding | undefined;
    const bytes = encodeExport('Été', { encoding: 'utf-16be', bom: true, onEncoding: (encoding) => (written = encoding) });
    expect([...bytes]).toEqual([0xfe, 0xff, 0x00, 0xc9, 0x00, 0x74, 0x00, 0xe9]);
    expect(written).toEqual({ encoding: 'utf-16be', bom: true });
  });

  it('switches the whole text to UTF-8 when the encoding cannot hold it, and says from what', () => {
    let written: WrittenEncoding | undefined;
    const bytes = encodeExport('Le “café”', { encoding: 'iso-8859-15', bom: false, onEncoding: (encoding) => (written = encoding) });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('Le “café”');
    expect(written).toEqual({ encoding: 'utf-8', bom: false, was: { encoding: 'iso-8859-15', bom: false } });
  });

  it('writes UTF-8 without a byte-order mark when the source encoding is not known', () => {
    expect([...encodeExport('é', {})]).toEqual([0xc3, 0xa9]);
  });
});

describe('HTML exports in the page’s encoding', () => {
  const document = htmlFormat.import(encoded(latinPage, 'latin1'));

  it('reads the page as Windows-1252, the superset browsers read ISO-8859-1 as', () => {
    expect(document.encoding).toBe('windows-1252');
    expect(document.segments.map((segment) => segment.source)).toContain('Le café de la place ferme en août.');
  });

  it('writes an untouched page back byte for byte', () => {
    expect(same(htmlFormat.export(translationOf(document)), encoded(latinPage, 'latin1'))).toBe(true);
  });

  it('writes the English in Latin-1, curly quotes and the euro as character references, the charset kept', () => {
    const english = document.segments.map((segment) =>
      segment.source === 'Le café de la place ferme en août.' ? 'The “café” on the square closes in August — 5 € a coffee.' : segment.source === 'Fermeture estivale' ? 'Summer ‘closure’' : '',
    );
    const { bytes, written } = exportWith(htmlFormat, document, english.map((text, i) => text || document.segments[i]!.source));
    // Every byte is Latin-1 (no 0x80–0x9F, which only Windows-1252 gives curly quotes), é as 0xE9.
    expect([...bytes].some((byte) => byte >= 0x80 && byte <= 0x9f)).toBe(false);
    expect(bytes.includes(0xe9)).toBe(true);
    const text = iconv.decode(Buffer.from(bytes), 'latin1');
    expect(text).toContain('<meta charset="iso-8859-1">');
    expect(text).toContain('<p>The &#8220;café&#8221; on the square closes in August &#8212; 5 &#8364; a coffee.</p>');
    expect(text).toContain('<title>Summer &#8216;closure&#8217;</title>');
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('\r\n<body>\r\n');
    expect(written).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it('writes curly quotes as Windows-1252 bytes in a page that declares Windows-1252, an emoji as a reference', () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Un été réussi.</p></body></html>';
    const windows = htmlFormat.import(encoded(page, 'windows-1252'));
    const { bytes, written } = exportWith(htmlFormat, windows, ['A “great” summer 👏']);
    expect(iconv.decode(Buffer.from(bytes), 'windows-1252')).toBe(page.replace('Un été réussi.', 'A “great” summer &#128079;'));
    expect(bytes.includes(0x93)).toBe(true);
    expect(written?.was).toBeUndefined();
  });

  it('declares UTF-8 when written in UTF-8 because the source encoding is not known (an older caller)', () => {
    const bytes = htmlFormat.export({ ...translationOf(document), encoding: undefined, bom: undefined });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('<meta charset="utf-8">');
  });
});

describe('plain text and Markdown exports in the file’s encoding', () => {
  const text = txtFormat.import(encoded(windowsText, 'windows-1252'));

  it('writes an untouched Windows-1252 file back byte for byte, CRLF included', () => {
    expect(text.encoding).toBe('windows-1252');
    expect(same(txtFormat.export(translationOf(text)), encoded(windowsText, 'windows-1252'))).toBe(true);
  });

  it('writes a translation in Windows-1252 when it holds the English, curly quotes and the euro included', () => {
    const { bytes, written } = exportWith(txtFormat, text, ['Notice to residents', 'The town hall will be closed on Monday, 14 July — “sorry” for the 5 € fee.']);
    expect(same(bytes, encoded('Notice to residents\r\n\r\nThe town hall will be closed on Monday, 14 July — “sorry” for the 5 € fee.\r\nMerci de votre compréhension.\r\n', 'windows-1252'))).toBe(true);
    expect(written).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it('switches the whole file to UTF-8 for an emoji, line ends kept, and says it was Windows-1252', () => {
    const { bytes, written } = exportWith(txtFormat, text, ['Notice to residents 📢']);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('Notice to residents 📢\r\n\r\nLa mairie sera fermée le lundi 14 juillet.\r\nMerci de votre compréhension.\r\n');
    expect(written).toEqual({ encoding: 'utf-8', bom: false, was: { encoding: 'windows-1252', bom: false } });
  });

  it('does the same for Markdown', () => {
    const markdown = mdFormat.import(encoded(windowsMarkdown, 'windows-1252'));
    expect(same(mdFormat.export(translationOf(markdown)), encoded(windowsMarkdown, 'windows-1252'))).toBe(true);
    const { bytes, written } = exportWith(mdFormat, markdown, ['Music festival 🎶']);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(windowsMarkdown.replace('Fête de la musique', 'Music festival 🎶'));
    expect(written?.was).toEqual({ encoding: 'windows-1252', bom: false });
  });

  it('writes a document exported to another format in UTF-8, saying nothing', () => {
    let written: WrittenEncoding | undefined;
    const bytes = mdFormat.export({ ...translationOf(text), onEncoding: (encoding) => (written = encoding) });
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('compréhension');
    expect(written).toBeUndefined();
  });
});

describe('subtitle exports in the file’s encoding', () => {
  it('writes untouched UTF-16LE SubRip back byte for byte, and a translation in UTF-16LE with its byte-order mark', () => {
    const document = srtFormat.import(utf16leWithBom(srt));
    expect(document).toMatchObject({ encoding: 'utf-16le', bom: true });
    expect(same(srtFormat.export(translationOf(document)), utf16leWithBom(srt))).toBe(true);
    const { bytes, written } = exportWith(srtFormat, document, ['The mayor of Pontlevoy 🎬<ph id="1"/>opened the media library.']);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(iconv.decode(Buffer.from(bytes), 'utf-16le')).toBe(srt.replace('Le maire de Pontlevoy\r\na inauguré la médiathèque.', 'The mayor of Pontlevoy 🎬\r\nopened the media library.'));
    expect(written).toEqual({ encoding: 'utf-16le', bom: true });
  });

  it('writes untouched WebVTT with a UTF-8 byte-order mark back byte for byte, the mark kept in a translation', () => {
    const document = vttFormat.import(withUtf8Bom(vtt));
    expect(document).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(same(vttFormat.export(translationOf(document)), withUtf8Bom(vtt))).toBe(true);
    const { bytes } = exportWith(vttFormat, document, ['We wanted an open place 👐']);
    expect(same(bytes, withUtf8Bom(vtt.replace('Nous avons voulu un lieu ouvert.', 'We wanted an open place 👐')))).toBe(true);
  });

  it('switches Windows-1252 SubRip to UTF-8 for an emoji', () => {
    const document = srtFormat.import(encoded(srt, 'windows-1252'));
    expect(same(srtFormat.export(translationOf(document)), encoded(srt, 'windows-1252'))).toBe(true);
    const { bytes, written } = exportWith(srtFormat, document, [document.segments[0]!.source, '<pc id="1">“A place open to all” 🙌</pc>']);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('<i>“A place open to all” 🙌</i>');
    expect(written?.was).toEqual({ encoding: 'windows-1252', bom: false });
  });
});
