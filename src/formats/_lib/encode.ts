import iconv from 'iconv-lite';
import type { TargetDocument, TextEncoding, WrittenEncoding } from '../format';

/**
 * How an export's text becomes bytes: in the encoding (and byte-order mark) its source came in, so
 * that a client's Windows-1252 page or UTF-16 subtitles come back as they went. The one place that
 * decides what to do when the English needs characters that encoding cannot hold: every text
 * format writes through `encodeExport`, and markup formats first write those characters as
 * character references (`characterReferences`).
 */

const unicode = /^utf-?(?:8|16(?:le|be)?|32(?:le|be)?)$/iu;

/** Per encoding, the characters found to fit or not (a page repeats the same few hundred). */
const fits = new Map<string, Map<string, boolean>>();

function fitsOne(encoding: string, char: string): boolean {
  let cache = fits.get(encoding);
  if (!cache) fits.set(encoding, (cache = new Map()));
  let answer = cache.get(char);
  if (answer === undefined) {
    answer = iconv.decode(iconv.encode(char, encoding), encoding) === char;
    cache.set(char, answer);
  }
  return answer;
}

/**
 * Whether every character of `text` can be written in `encoding` (and read back the same). A
 * Unicode encoding holds them all; an encoding nobody here knows holds none.
 *
 * @example
 * holds('windows-1252', 'l’été'); // → true
 * holds('iso-8859-1', '“Yes”'); // → false: no curly quotes in Latin-1
 * holds('windows-1252', 'Bravo 👏'); // → false
 */
export function holds(encoding: string, text: string): boolean {
  if (unicode.test(encoding)) return true;
  if (!iconv.encodingExists(encoding)) return false;
  // One round trip answers for the whole text; only text that fails is looked at character by character.
  return iconv.decode(iconv.encode(text, encoding), encoding) === text;
}

/**
 * `text` with each character one of `encodings` cannot hold written as a decimal character
 * reference, as HTML and XML read them. Encodings nobody here knows (a page's odd `<meta charset>`)
 * are left out of the question.
 *
 * @example
 * characterReferences('The “mayor” paid 5 €', 'iso-8859-1'); // → 'The &#8220;mayor&#8221; paid 5 &#8364;'
 * characterReferences('The “mayor”', 'windows-1252'); // → 'The “mayor”'
 */
export function characterReferences(text: string, ...encodings: readonly string[]): string {
  const narrow = encodings.filter((encoding) => !unicode.test(encoding) && iconv.encodingExists(encoding));
  if (narrow.length === 0 || narrow.every((encoding) => holds(encoding, text))) return text;
  let out = '';
  for (const char of text) out += narrow.every((encoding) => fitsOne(encoding, char)) ? char : `&#${char.codePointAt(0)!};`;
  return out;
}

/**
 * An export's text as bytes in its source's encoding and byte-order mark (`document.encoding`,
 * `document.bom`; UTF-8 without BOM when not given). When that encoding cannot hold the text (an
 * emoji in a Windows-1252 file, curly quotes in an ISO-8859-15 one), the whole file is written in
 * UTF-8 instead, its BOM kept if it had one: a file half in one encoding and half in another
 * reads as neither. `document.onEncoding` is told how the text was written, `was` set when it
 * switched, so the caller can say so.
 *
 * @example
 * encodeExport('Café', { encoding: 'windows-1252', bom: false }); // → bytes 43 61 66 E9
 * encodeExport('Café 👍', { encoding: 'windows-1252', bom: false, onEncoding: console.log });
 * // → UTF-8 bytes; logs { encoding: 'utf-8', bom: false, was: { encoding: 'windows-1252', bom: false } }
 */
export function encodeExport(text: string, document: Pick<TargetDocument, 'encoding' | 'bom' | 'onEncoding'>): Uint8Array<ArrayBuffer> {
  const source: TextEncoding = { encoding: document.encoding ?? 'utf-8', bom: document.bom ?? false };
  const written: WrittenEncoding = holds(source.encoding, text) ? source : { encoding: 'utf-8', bom: source.bom, was: source };
  document.onEncoding?.(written);
  return encodeIn(text, written);
}

const utf8 = new TextEncoder();

function encodeIn(text: string, how: TextEncoding): Uint8Array<ArrayBuffer> {
  if (how.encoding.toLowerCase() === 'utf-8') return utf8.encode(how.bom ? `\uFEFF${text}` : text);
  // A byte-order mark is U+FEFF written in the encoding itself (FF FE in UTF-16LE, FE FF in UTF-16BE).
  const bytes = iconv.encode(how.bom ? `\uFEFF${text}` : text, how.encoding);
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * The encoding an XML file is written back in: the one its declaration names when it was read as
 * a legacy single-byte file (a file declaring ISO-8859-1 is read as its superset Windows-1252, but
 * written as ISO-8859-1, so that what the declaration promises holds).
 *
 * @example
 * xmlEncoding('<?xml version="1.0" encoding="ISO-8859-1"?><tmx/>', 'windows-1252'); // → 'iso-8859-1'
 * xmlEncoding('<?xml version="1.0"?><tmx/>', 'utf-16le'); // → 'utf-16le'
 */
export function xmlEncoding(xml: string, encoding: string): string {
  if (unicode.test(encoding)) return encoding;
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/u.exec(xml)?.[1]?.toLowerCase();
  return declared && !unicode.test(declared) && iconv.encodingExists(declared) ? declared : encoding;
}
