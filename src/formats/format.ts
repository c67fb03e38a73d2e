import type { InlineCode } from '../domain/inline';
import type { SegmentKind, Status } from '../domain/segment';
import type { LineJoin, SegmentedText } from '../domain/segmentation';

/** A French document read from bytes, segmented, ready to store. */
export interface SourceDocument extends SegmentedText {
  format: string;
  /** A title found in the content (its first heading), if any. */
  suggestedTitle: string | undefined;
  encoding: string;
  bom: boolean;
  /** The file itself, for formats that write the English into it (DOCX: styles, images, layout). */
  package?: Uint8Array | undefined;
}

/** One segment of the English version: its skeleton and the text to write. */
export interface TargetSegment {
  kind: SegmentKind;
  /** The source skeleton before this segment (blank lines, markers) from the original format. */
  before: string;
  /** What to write: the target, or the source for an untranslated segment; inline markup when there are codes. */
  text: string;
  /** The source's inline codes, which `text` places. */
  codes: InlineCode[];
  /** The source as imported: a format writes an untouched segment back exactly as it was. */
  source: { text: string; joins: LineJoin[]; original?: string | undefined };
  /** For bilingual formats: the segment's id and version (to match a file coming back), its own target (empty when untranslated), status, unit key and notes. */
  id: number;
  version: number;
  target: string;
  status: Status;
  key?: string | undefined;
  notes: string[];
}

/** How a text file's characters are stored: its encoding (as `decodeText` names it) and byte-order mark. */
export interface TextEncoding {
  /** `utf-8`, `utf-16le`, `windows-1252`… */
  encoding: string;
  bom: boolean;
}

/** How an export's text was written; `was`, its source's encoding, when the export is not in it. */
export interface WrittenEncoding extends TextEncoding {
  was?: TextEncoding | undefined;
}

/** The English version of a document, handed to a format to write. */
export interface TargetDocument {
  /** The document's id, written into bilingual files so they can come back to it. */
  documentId: number;
  title: string;
  /** The project's English (`en-US`, `en-GB`). */
  targetLang: string;
  /** The format the document was imported from: a format restores its own skeleton exactly. */
  sourceFormat: string;
  /**
   * False for a document imported before inline codes existed: its inline markup (Markdown's `**`)
   * is text in source and target, written as typed.
   */
  inlineCodes: boolean;
  /** The original file, for formats that write the English into it. */
  package?: Uint8Array | undefined;
  /**
   * The source file's encoding and byte-order mark (its `SourceDocument`'s): a text format writing
   * its own kind of file writes it the same way. Absent: UTF-8 without BOM.
   */
  encoding?: string | undefined;
  bom?: boolean | undefined;
  /**
   * Told how a text format wrote the file (formats/_lib/encode.ts), with `was` when the English
   * needed characters the source's encoding cannot hold and the file was written in UTF-8 instead.
   */
  onEncoding?: ((written: WrittenEncoding) => void) | undefined;
  segments: TargetSegment[];
  trailer: string;
}

/**
 * A file format. Plain objects satisfying this interface are registered in `formats`
 * (formats/registry.ts); adding one never touches the services.
 */
export interface Format {
  /** Stable id, used in the API (`format=md`). */
  id: string;
  name: string;
  /** File extensions without the dot, the first one used for exports. */
  extensions: readonly string[];
  /** Media types, the first one used for exports. */
  mediaTypes: readonly string[];
  /** It carries source and target together (XLIFF): imports bring translations, exports write both. */
  bilingual?: boolean;
  /** A review table for people without an account: translations coming back from it are `review-import` revisions. */
  review?: boolean;
  /**
   * Whether these bytes are this format's even though another format has the same extension
   * (a review table is a .docx too): uploads are read by the format that claims them.
   */
  claims?(bytes: Uint8Array): boolean;
  /** Whether these bytes look like this format (used when neither extension nor type says). */
  detect(bytes: Uint8Array): boolean;
  import(bytes: Uint8Array): SourceDocument;
  export(document: TargetDocument): Uint8Array<ArrayBuffer>;
}
