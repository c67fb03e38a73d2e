import { FormatLimitError } from '../../domain/errors';

/**
 * How many units (segments, cues, translation units) one file may bring. Beyond these, a file is
 * refused before it is parsed (a count of its markers, linear in its size), with 422 naming the
 * limit: a 20 MB upload of one-word paragraphs or empty cues would otherwise become millions of
 * rows, and every later read of the document would grow with them.
 */
export const unitLimits = {
  /** Segments of one document, whatever its format. */
  segments: 100_000,
  /** Cues of a subtitle file (a feature film has about 1,500). */
  cues: 100_000,
  /** Units of an XLIFF file. */
  xliffUnits: 100_000,
  /** Translation units of a TMX memory. */
  tmxUnits: 500_000,
  /** Entries (msgid lines, obsolete ones not counted) of a gettext PO file. */
  poEntries: 100_000,
} as const;

/**
 * Refuses `text` when `marker` (a global pattern) occurs more than `maximum` times: counted
 * without building a list, stopping at the first one too many.
 *
 * @example
 * refuseBeyond('<tu><tu>', /<tu[\s>]/gu, 1, 'tmx.units', 'too many units'); // throws FormatLimitError
 */
export function refuseBeyond(text: string, marker: RegExp, maximum: number, limit: string, message: string): void {
  if (!marker.global) throw new TypeError('refuseBeyond needs a global pattern');
  marker.lastIndex = 0;
  let count = 0;
  while (marker.exec(text) !== null) {
    if (++count > maximum) {
      marker.lastIndex = 0;
      throw new FormatLimitError(limit, maximum, message);
    }
  }
}

/** Refuses a document read into more segments than `unitLimits.segments`. */
export function refuseTooManySegments(count: number): void {
  if (count > unitLimits.segments) {
    throw new FormatLimitError('document.segments', unitLimits.segments, `This file makes more than ${unitLimits.segments.toLocaleString('en')} segments; split it into smaller documents.`);
  }
}
