import { UnsupportedFormatError } from '../domain/errors';
import type { Format } from './format';
import { docxFormat } from './docx';
import { odtFormat } from './odt';
import { reviewCsvFormat, reviewDocxFormat } from './review';
import { srtFormat, vttFormat } from './subtitles';
import { tmxFormat } from './tmx';
import { htmlFormat } from './html';
import { mdFormat } from './md';
import { poFormat } from './po';
import { txtFormat } from './txt';
import { xliff12Format, xliff20Format } from './xliff';

/** Every format, in the order they are tried by content. Explicit: no discovery by reflection. */
export const formats: readonly Format[] = [docxFormat, odtFormat, xliff12Format, xliff20Format, tmxFormat, reviewDocxFormat, reviewCsvFormat, htmlFormat, srtFormat, vttFormat, poFormat, mdFormat, txtFormat];

/** Ids of the formats documents can be imported from and exported to. */
export const formatIds: readonly string[] = formats.map((format) => format.id);

/** What the API, the UI and the CLI say about a format (`GET /api/formats`). */
export interface FormatDescription {
  id: string;
  name: string;
  extensions: string[];
  mediaTypes: string[];
  /** Documents can be imported from it. */
  import: boolean;
  /** The English version can be exported to it. */
  export: boolean;
  /** It carries source and target together (XLIFF, TMX…); txt and md carry one language. */
  bilingual: boolean;
}

/**
 * Every format, as the API lists it: the one list the upload field, the export menus, the CLI's
 * choices and the error messages are made from.
 *
 * @example
 * describeFormats().map((format) => format.id); // → ['md', 'txt']
 */
export function describeFormats(): FormatDescription[] {
  return formats.map((format) => ({
    id: format.id,
    name: format.name,
    extensions: [...format.extensions],
    mediaTypes: [...format.mediaTypes],
    import: true,
    export: true,
    bilingual: format.bilingual ?? false,
  }));
}

/** `.md or .txt`: the extensions people know the document formats by, for messages and help texts. */
export function extensionsInWords(): string {
  const names = [...new Set(formats.map((format) => `.${format.extensions[0]}`))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** Describes the supported formats for error messages: `md (.md, .markdown), txt (.txt, .text)`. */
export function supportedFormatsList(): string[] {
  return formats.map((format) => `${format.id} (${format.extensions.map((ext) => `.${ext}`).join(', ')})`);
}

/** The message for an unsupported format, with the list a user can act on. */
export function describeUnsupported(error: UnsupportedFormatError): string {
  return `${error.message} Supported formats: ${(error.accepted ?? supportedFormatsList()).join(', ')}.`;
}

/** The format ids a refusal names: those it accepts, or the document formats. */
export function acceptedIds(error: UnsupportedFormatError): readonly string[] {
  return error.accepted?.map((entry) => entry.split(' ')[0]!) ?? formatIds;
}

export interface FormatQuery {
  /** An explicit format id, as given in the API or the CLI. */
  format?: string | undefined;
  filename?: string | undefined;
  mediaType?: string | undefined;
}

/**
 * Finds the format for an import or export: by explicit id, else by file extension, else by media
 * type. Throws `UnsupportedFormatError` naming the supported formats.
 *
 * @example
 * formatFor({ filename: 'article.md' }).id; // → 'md'
 */
export function formatFor(query: FormatQuery): Format {
  if (query.format !== undefined) {
    const id = query.format.toLowerCase();
    const byId = formats.find((format) => format.id === id);
    if (byId) return byId;
    throw new UnsupportedFormatError(`Unknown format "${query.format}".`);
  }
  if (query.filename !== undefined) {
    const ext = /\.([^./\\]+)$/u.exec(query.filename)?.[1]?.toLowerCase();
    const byExtension = ext ? formats.find((format) => format.extensions.includes(ext)) : undefined;
    if (byExtension) return byExtension;
    throw new UnsupportedFormatError(
      ext ? `Files ending in .${ext} are not supported.` : `The file name "${query.filename}" has no extension.`,
    );
  }
  const mediaType = query.mediaType?.split(';')[0]?.trim().toLowerCase();
  const byType = mediaType ? formats.find((format) => format.mediaTypes.includes(mediaType)) : undefined;
  if (byType) return byType;
  throw new UnsupportedFormatError('The format could not be determined.');
}

/**
 * The format to read an upload with: `formatFor`'s, unless another format sharing its extension
 * claims these bytes (a review table saved as .docx is read as one, not as a Word document).
 *
 * @example
 * formatForUpload({ filename: 'relecture.docx' }, bytes).id; // → 'review-docx' for a review table
 */
export function formatForUpload(query: FormatQuery, bytes: Uint8Array): Format {
  const format = formatFor(query);
  if (query.format !== undefined) return format;
  const claimant = formats.find((other) => other !== format && other.claims?.(bytes) === true && other.extensions.some((ext) => format.extensions.includes(ext)));
  return claimant ?? format;
}
