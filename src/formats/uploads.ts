import { InvalidInputError } from '../domain/errors';
import { plainText } from '../domain/inline';
import { searchKey } from '../domain/search';
import type { SourceSegment } from '../domain/segmentation';
import { unitTerms } from '../domain/tm/match';
import { countWords } from '../domain/words';
import { decodeText } from './_lib/decode';
import { refuseTooManySegments } from './_lib/limits';
import { readCsv } from './csv';
import type { SourceDocument } from './format';
import { formatFor } from './registry';
import { parseTmx, type TmxUnit } from './tmx';

/*
 * Everything CPU-heavy about an uploaded file, done in one call so that it can run on a worker
 * thread (formats/work.ts, providers/parsing): decoding, segmentation or parsing, and the
 * per-segment figures the store indexes (words, the folded search text, memory terms).
 */

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

/**
 * Reads a French document in the given format (an id of the format registry).
 *
 * @example
 * readDocument(new TextEncoder().encode('Bonjour.'), 'txt').segments[0].wordCount; // → 1
 */
export function readDocument(bytes: Uint8Array, format: string): ReadDocument {
  const source = formatFor({ format }).import(bytes);
  refuseTooManySegments(source.segments.length);
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
      return { ...unit, terms: unitTerms(source), searchText: searchKey(`${source}\n${plainText(unit.target, unit.codes)}`) };
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
