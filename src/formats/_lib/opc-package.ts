import { InvalidInputError } from '../../domain/errors';
import { attributeOf, childrenNamed, readXml } from './xml';

/**
 * What a format writes back into a client's zip package (a Word document): only the entries an
 * Open Packaging Conventions reader would recognise, under names no unzip tool can be tricked by,
 * and XML parts without a DOCTYPE.
 *
 * The package comes from outside and is stored as it was uploaded, so whatever a hostile one holds
 * would otherwise leave again with our name on it:
 * - an entry named `../../evil.sh`, `/etc/cron.d/x`, `C:\x` or `..\x` is written by careless unzip
 *   tools outside the folder they extract to (zip slip); OPC part names (ECMA-376 Part 2, M1.3 to
 *   M1.10) have non-empty segments, none ending with a dot, nothing percent-encoded that is a
 *   letter, digit, dot or slash. A colon, which OPC allows but no Word part uses, is refused too:
 *   Windows reads it as a drive letter or an alternate data stream;
 * - two names equal but for case (M1.12) are one file on Windows and macOS: the one the format
 *   wrote is kept, or else the first; a name below another one (`word/document.xml/x`, M1.11)
 *   cannot be extracted beside it: the entries below go when the format wrote the file, else the file;
 * - an entry without a content type (M1.13) is not a part of the package: Word ignores it, and it
 *   has no reason to travel with the translation;
 * - a DOCTYPE (M1.18 forbids them) names an external DTD a reader may fetch, or declares
 *   entities; it is removed from every XML part, which leaves a conforming part as it was.
 *
 * Nothing here refuses a package: the translator's document stays usable, only what no Word
 * document needs is left out.
 */

/** The package's own index of content types; not a part, always kept. */
const contentTypesName = '[Content_Types].xml';

/**
 * Whether a zip entry name is one an OPC reader recognises and any unzip tool keeps inside the
 * folder it extracts to.
 *
 * @example
 * isSafePartName('word/document.xml'); // true
 * isSafePartName('../../evil.sh'); // false
 */
export function isSafePartName(name: string): boolean {
  if (name === contentTypesName) return true;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused.
  if (name === '' || name.startsWith('/') || /[\\:\u0000-\u001f\u007f]/u.test(name)) return false;
  for (const [, hex] of name.matchAll(/%([0-9A-Fa-f]{2})/gu)) {
    if (/[A-Za-z0-9\-._~/\\]/u.test(String.fromCharCode(Number.parseInt(hex!, 16)))) return false;
  }
  return name.split('/').every((segment) => segment !== '' && !segment.endsWith('.'));
}

/** The content types a package declares: by part name and by extension, keys as `partKey` makes them. */
interface ContentTypes {
  parts: ReadonlyMap<string, string>;
  defaults: ReadonlyMap<string, string>;
}

/**
 * A part name as compared: without case (M1.12) and without percent-encoding, which
 * `[Content_Types].xml` may use where the zip entry name has the character itself.
 */
function partKey(name: string): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not valid percent-encoding (a lone `%`): compared as it is written.
  }
  return decoded.toLowerCase();
}

/** The text of an XML part, in the UTF-8 or UTF-16 OPC allows (M1.17). */
function decodePart(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * The package's content types, or undefined when it has no readable `[Content_Types].xml`. Such a
 * package is not one Word opens; its entries are then kept by their names alone rather than the
 * translator's export refused.
 */
function readContentTypes(bytes: Uint8Array | undefined): ContentTypes | undefined {
  if (bytes === undefined) return undefined;
  let types;
  try {
    types = readXml(decodePart(withoutDoctype(bytes)), 'package content types');
  } catch (error) {
    if (error instanceof InvalidInputError) return undefined;
    throw error;
  }
  const defaults = new Map(childrenNamed(types, 'Default').map((entry) => [partKey(attributeOf(entry, 'Extension') ?? ''), attributeOf(entry, 'ContentType') ?? '']));
  const parts = new Map(childrenNamed(types, 'Override').map((entry) => [partKey((attributeOf(entry, 'PartName') ?? '').replace(/^\//u, '')), attributeOf(entry, 'ContentType') ?? '']));
  return { parts, defaults };
}

/** An entry's content type as the package declares it; undefined when it declares none. */
function contentTypeOf(name: string, types: ContentTypes): string | undefined {
  const key = partKey(name);
  const override = types.parts.get(key);
  if (override !== undefined) return override;
  const extension = /\.([^./]+)$/u.exec(key)?.[1];
  return extension === undefined ? undefined : types.defaults.get(extension);
}

/** XML parts by content type, or by name when the package does not say (DOCX parts, relationships, VML drawings). */
const isXmlPart = (name: string, contentType: string | undefined) =>
  name === contentTypesName || /[/+]xml$/iu.test(contentType ?? '') || /\.(xml|rels|vml)$/iu.test(name);

/** A folder entry (`word/`), which zip tools write before the files in it; it is not a part. */
const isFolder = (name: string) => name.endsWith('/');

/**
 * The entries of a package as they are safe to write: unsafe names, equivalent and nested
 * duplicates and entries without a content type left out, DOCTYPEs removed from XML parts. The
 * order of `files` is kept. Of equivalent names, `[Content_Types].xml` and those in `written` (the
 * parts the format changed) win over the others; of a file and entries below it, the file if it
 * is one of those, else the entries below.
 *
 * @example
 * safePackage({ 'word/document.xml': xml, '../../evil.sh': script }, new Set(['word/document.xml'])); // { 'word/document.xml': xml }
 */
export function safePackage(files: Readonly<Record<string, Uint8Array>>, written: ReadonlySet<string> = new Set()): Record<string, Uint8Array> {
  const types = readContentTypes(files[contentTypesName]);
  const names = Object.keys(files).filter(
    (name) => (isFolder(name) ? isSafePartName(name.slice(0, -1)) : isSafePartName(name)) && (types === undefined || isFolder(name) || name === contentTypesName || contentTypeOf(name, types) !== undefined),
  );
  const first = (name: string) => name === contentTypesName || written.has(name);
  const chosen = new Map<string, string>();
  for (const name of [...names.filter(first), ...names.filter((name) => !first(name))]) {
    const key = name.toLowerCase();
    if (!chosen.has(key)) chosen.set(key, name);
  }
  // Every path that has entries below it, with those entries.
  const above = new Map<string, string[]>();
  for (const key of chosen.keys()) {
    const segments = key.split('/');
    for (let count = 1; count < segments.length; count++) {
      const path = segments.slice(0, count).join('/');
      const below = above.get(path);
      if (below) below.push(key);
      else above.set(path, [key]);
    }
  }
  const dropped = new Set<string>();
  for (const [key, name] of chosen) {
    const below = above.get(key);
    if (isFolder(name) || below === undefined) continue;
    if (first(name)) for (const other of below) dropped.add(other);
    else dropped.add(key);
  }
  const kept = new Set([...chosen].filter(([key]) => !dropped.has(key)).map(([, name]) => name));
  const out: Record<string, Uint8Array> = {};
  for (const name of names) {
    if (!kept.has(name)) continue;
    const contentType = types === undefined ? undefined : contentTypeOf(name, types);
    out[name] = isXmlPart(name, contentType) ? withoutDoctype(files[name]!) : files[name]!;
  }
  return out;
}

/** Reads code units (bytes of UTF-8, pairs of bytes of UTF-16) without decoding the whole part. */
interface CodeUnits {
  length: number;
  width: 1 | 2;
  at(index: number): number;
}

function codeUnitsOf(bytes: Uint8Array): CodeUnits {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: bytes.length >> 1, width: 2, at: (i) => (bytes[2 * i]! << 8) | bytes[2 * i + 1]! };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: bytes.length >> 1, width: 2, at: (i) => bytes[2 * i]! | (bytes[2 * i + 1]! << 8) };
  return { length: bytes.length, width: 1, at: (i) => bytes[i]! };
}

function startsWith(units: CodeUnits, index: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (units.at(index + i) !== text.charCodeAt(i)) return false;
  return index + text.length <= units.length;
}

function indexOf(units: CodeUnits, text: string, from: number): number {
  for (let i = from; i + text.length <= units.length; i++) if (startsWith(units, i, text)) return i;
  return -1;
}

/** Where a DOCTYPE starting at `start` ends: quoted literals, comments and the internal subset's brackets skipped. */
function doctypeEnd(units: CodeUnits, start: number): number {
  let quote = 0;
  let depth = 0;
  for (let i = start + '<!DOCTYPE'.length; i < units.length; i++) {
    const unit = units.at(i);
    if (quote !== 0) {
      if (unit === quote) quote = 0;
    } else if (unit === 0x22 || unit === 0x27) {
      quote = unit;
    } else if (startsWith(units, i, '<!--') || startsWith(units, i, '<?')) {
      const end = indexOf(units, units.at(i + 1) === 0x21 ? '-->' : '?>', i + 2);
      if (end < 0) return -1;
      i = end + (units.at(i + 1) === 0x21 ? 2 : 1);
    } else if (unit === 0x5b) {
      depth++;
    } else if (unit === 0x5d) {
      depth--;
    } else if (unit === 0x3e && depth <= 0) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * An XML part without its DOCTYPE declaration, every other byte as it was (UTF-8 or UTF-16). Only
 * the prolog is looked at — the XML declaration, comments, processing instructions and white space
 * before the root element — where a DOCTYPE may be; a part without one is returned as it is.
 *
 * @example
 * withoutDoctype(strToU8('<?xml version="1.0"?><!DOCTYPE w SYSTEM "http://x/w.dtd"><w/>')); // <?xml version="1.0"?><w/>
 */
export function withoutDoctype(bytes: Uint8Array): Uint8Array {
  const units = codeUnitsOf(bytes);
  let index = units.width === 2 ? 1 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const spans: Array<[number, number]> = [];
  while (index < units.length) {
    const unit = units.at(index);
    if (unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d) {
      index++;
    } else if (startsWith(units, index, '<?') || startsWith(units, index, '<!--')) {
      const comment = units.at(index + 1) === 0x21;
      const end = indexOf(units, comment ? '-->' : '?>', index + 2);
      if (end < 0) break;
      index = end + (comment ? 3 : 2);
    } else if (startsWith(units, index, '<!DOCTYPE')) {
      const end = doctypeEnd(units, index);
      // An unterminated DOCTYPE: the part is not XML any reader will take; the rest goes with it.
      spans.push([index, end < 0 ? units.length : end]);
      if (end < 0) break;
      index = end;
    } else {
      break;
    }
  }
  if (spans.length === 0) return bytes;
  const kept: Uint8Array[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    kept.push(bytes.subarray(from * units.width, start * units.width));
    from = end;
  }
  kept.push(bytes.subarray(from * units.width));
  const out = new Uint8Array(kept.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of kept) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
