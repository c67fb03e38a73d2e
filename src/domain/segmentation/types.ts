import type { InlineCode } from '../inline/types';
import type { SegmentKind, Status } from '../segment';

/**
 * A line break (with the whitespace and block markers around it) that segmentation replaced
 * inside a segment. `at` is the offset in the segment's source where `replacement` starts.
 */
export interface LineJoin {
  at: number;
  original: string;
  replacement: string;
}

/** One segment as cut from the source text, with everything needed to put the text back. */
export interface SourceSegment {
  kind: SegmentKind;
  /** The text to translate: lines joined with French spacing rules; inline markup when it has codes. */
  source: string;
  /** Its inline codes (a format's inline markup); absent or empty for plain text. */
  codes?: InlineCode[] | undefined;
  /**
   * The segment's text exactly as in the file, when `restoreLines(source, joins)` does not give it
   * back (codes taken out of the text, escapes read): what the round-trip law and an untouched
   * export write.
   */
  original?: string | undefined;
  /** The source text between the previous segment and this one: blank lines, indentation, block markers. */
  before: string;
  /** The line breaks replaced inside `source`, in order. */
  joins: LineJoin[];
  /**
   * What a bilingual file (XLIFF) carries beside the source: its translation in the same form
   * (markup when there are codes), the status it maps to, the translators' notes, and, when this
   * workbench exported the file, the segment and version it was exported from.
   */
  translation?:
    | {
        target: string;
        status: Status;
        notes: string[];
        segmentId?: number | undefined;
        version?: number | undefined;
        /** The target writes codes as `{1}…{/1}` (a review table), to read with the codes of the segment it goes to. */
        braces?: boolean | undefined;
      }
    | undefined;
  /** The file's own id of the unit (XLIFF `id`), kept so that an export gives it back. */
  key?: string | undefined;
}

/**
 * A segmented text. The round-trip law: `rebuildSource(segmented) === text` for the text it was cut from.
 */
export interface SegmentedText {
  segments: SourceSegment[];
  /** Whatever follows the last segment (usually the final line break). */
  trailer: string;
}

/** A half-open range of offsets into the source text. */
export interface TextRange {
  start: number;
  end: number;
}
