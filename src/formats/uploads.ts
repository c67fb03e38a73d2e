import { alignSources, type SourceAlignment } from '../domain/align-sources';
import { InvalidInputError } from '../domain/errors';
import { type FindQuery, type FindSegment, findInSegments, type FoundSegment } from '../domain/find';
import { plainText } from '../domain/inline';
import { searchKey } from '../domain/search';
import type { SourceSegment } from '../domain/segmentation';
import { indexTerms } from '../domain/tm/match';
import { countWords } from '../domain/words';
import { decodeText } from './_lib/decode';
import { readCsv } from './csv';
import type { SourceDocument } from './format';
import { formatFor } from './registry';
import { parseTmx, type TmxUnit } from './tmx';

/**
 * Everything CPU-heavy about an uploaded file, done in one call so that it can run on a worker
 * thread (providers/parsing): decoding, segmentation or parsing, the per-segment figures the
 * store indexes (words, the folded search text, memory terms), and the alignment of an updated
 * source with the old one. Tasks and results cross threads by structured clone: plain data only.
 */
export type UploadTask =
  | { kind: 'document'; bytes: Uint8Array; format: string }
  | { kind: 'memory'; bytes: Uint8Array }
  | { kind: 'glossary'; bytes: Uint8Array }
  | { kind: 'source-alignment'; before: string[]; after: string[] }
  | { kind: 'find'; segments: FindSegment[]; query: FindQuery; in?: 'source' | 'target' | 'both' | undefined; replace?: string | undefined };

/** A source segment with what the store keeps beside it. */
export interface ReadSegment extends SourceSegment {
  wordCount: number;
  /** `searchKey(source)`: what the editor's search matches. */
  searchText: string;
}

/** A French document read from an upload, ready to store. */
export interface ReadDocument extends Omit<SourceDocument, 'segments'> {
  segments: ReadSegment[];
}

/** A memory unit read from a TMX upload, with its index terms. */
export interface ReadMemoryUnit extends TmxUnit {
  terms: string[];
  searchText: string;
}

export interface ReadMemory {
  sourceLang: string;
  targetLang: string;
  units: ReadMemoryUnit[];
}

/** What each kind of task gives back. */
export interface UploadResults {
  document: ReadDocument;
  memory: ReadMemory;
  /** Glossary CSV rows as read (header included, if any). */
  glossary: string[][];
  /** How a document's old segments map onto those of its updated source. */
  'source-alignment': SourceAlignment;
  /** Find (and replace) over a document's segments: not an upload, but as CPU-heavy, and a regular expression may never end. */
  find: FoundSegment[];
}

/**
 * Reads a French document in the given format (an id of the format registry).
 *
 * @example
 * readDocument(new TextEncoder().encode('Bonjour.'), 'txt').segments[0].wordCount; // → 1
 */
export function readDocument(bytes: Uint8Array, format: string): ReadDocument {
  const source = formatFor({ format }).import(bytes);
  return {
    ...source,
    segments: source.segments.map((segment) => {
      const words = plainText(segment.source, segment.codes ?? []);
      return { ...segment, wordCount: countWords(words), searchText: searchKey(words) };
    }),
  };
}

/** Reads a TMX memory: its French–English pairs with their index terms. */
export function readMemory(bytes: Uint8Array): ReadMemory {
  const tmx = parseTmx(bytes);
  return {
    ...tmx,
    units: tmx.units.map((unit) => {
      const source = plainText(unit.source, unit.codes);
      return { ...unit, terms: indexTerms(source), searchText: searchKey(`${source}\n${plainText(unit.target, unit.codes)}`) };
    }),
  };
}

/** Reads a glossary CSV (any of the encodings documents may come in). */
export function readGlossary(bytes: Uint8Array): string[][] {
  const { text } = decodeText(bytes, ['csv (.csv)']);
  try {
    return readCsv(text);
  } catch (error) {
    throw new InvalidInputError(`The CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs one task: the single entry point of the parsing worker, and of the inline parser.
 *
 * @example
 * readUpload({ kind: 'glossary', bytes }); // → [['source', 'target'], ['maire', 'mayor']]
 */
export function readUpload(task: UploadTask): UploadResults[UploadTask['kind']] {
  switch (task.kind) {
    case 'document':
      return readDocument(task.bytes, task.format);
    case 'memory':
      return readMemory(task.bytes);
    case 'glossary':
      return readGlossary(task.bytes);
    case 'source-alignment':
      return alignSources(task.before, task.after);
    case 'find':
      return findInSegments(task.segments, task.query, { in: task.in, replace: task.replace });
  }
}
