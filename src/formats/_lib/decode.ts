import { detect } from 'chardet';
import iconv from 'iconv-lite';
import { UnsupportedFormatError } from '../../domain/errors';

/** Text decoded from uploaded bytes, with what was found about its encoding. */
export interface DecodedText {
  text: string;
  /** The encoding the bytes were read with (`utf-8`, `windows-1252`, `utf-16le`…). */
  encoding: string;
  /** Whether the bytes started with a byte-order mark (removed from `text`). */
  bom: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a text file the way a French user's files come: UTF-8 with or without BOM, UTF-16 with
 * a BOM, or a legacy single-byte file (Windows-1252 / Latin-1, common for French) detected and
 * converted rather than mangled. Binary content is refused.
 *
 * @example
 * decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text; // → 'café' (read as Windows-1252)
 * decodeText(bytes, ['tmx (.tmx)']); // a refusal then names TMX as what is supported
 */
export function decodeText(bytes: Uint8Array, accepted?: readonly string[]): DecodedText {
  try {
    return decodeAny(bytes);
  } catch (error) {
    // The caller says what it takes (a memory import: TMX) when it is not the document formats.
    if (accepted && error instanceof UnsupportedFormatError) throw new UnsupportedFormatError(error.message, accepted);
    throw error;
  }
}

function decodeAny(bytes: Uint8Array): DecodedText {
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  } else if (bytes.includes(0)) {
    throw binary();
  } else {
    decoded = decodeWithoutBom(bytes);
  }
  if (looksBinary(decoded.text)) throw binary();
  return decoded;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: a legacy single-byte file. ISO-8859-1 is read as its superset Windows-1252 (as
    // browsers do), so ’ “ ” œ € typed on Windows survive; ISO-8859-15 keeps its own € and œ.
    const guess = detect(bytes)?.toLowerCase() ?? '';
    if (/utf-?16|utf-?32/.test(guess)) throw binary();
    const encoding = guess === 'iso-8859-15' ? 'iso-8859-15' : 'windows-1252';
    return { text: iconv.decode(bytes, encoding), encoding, bom: false };
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UnsupportedFormatError('The file starts with a UTF-8 byte-order mark but is not valid UTF-8.');
  }
}

/** More than 1 % control characters (other than tab, line feed, form feed, carriage return) means binary. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) controls++;
    else if (code >= 0x80 && code <= 0x9f) controls++;
  }
  return controls > Math.max(1, sample.length / 100);
}

function binary(): UnsupportedFormatError {
  return new UnsupportedFormatError('The file is binary, not text.');
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
