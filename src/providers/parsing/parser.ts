import { alignSources, type SourceAlignment } from '../../domain/align-sources';
import { type FindQuery, type FindSegment, findInSegments, type FoundSegment } from '../../domain/find';
import type { ReadDocument, ReadMemory } from '../../formats/uploads';
import { readDocument, readGlossary, readMemory } from '../../formats/uploads';

/**
 * Reads uploaded files: decoding, segmentation and parsing, the CPU-heavy part of an import (and
 * the alignment of an updated source, as heavy).
 * The server reads them on a pool of worker threads (worker-pool.ts) so that one upload never
 * stalls everyone's editor; the CLI and tests read them inline.
 */
export interface UploadParser {
  /** A French document in a format of the registry (by id). */
  document(bytes: Uint8Array, format: string): Promise<ReadDocument>;
  /** A TMX memory. */
  memory(bytes: Uint8Array): Promise<ReadMemory>;
  /** A glossary CSV, as rows. */
  glossary(bytes: Uint8Array): Promise<string[][]>;
  /** Aligns a document's old segment sources with those of its updated source (domain/align-sources.ts). */
  alignSources(before: string[], after: string[]): Promise<SourceAlignment>;
  /**
   * Finds (and replaces) in segments (domain/find). On the pool, a search that runs past its time
   * limit (a regular expression gone exponential) is stopped: InvalidInputError.
   */
  find(segments: FindSegment[], query: FindQuery, options: { in?: 'source' | 'target' | 'both' | undefined; replace?: string | undefined }): Promise<FoundSegment[]>;
  /** Stops the threads, if any (pending reads fail). */
  close(): Promise<void>;
}

/**
 * Reads on the calling thread: for the CLI (one file, nothing else waiting) and for tests.
 *
 * @example
 * await inlineParser().document(bytes, 'txt');
 */
export function inlineParser(): UploadParser {
  return {
    document: async (bytes, format) => readDocument(bytes, format),
    memory: async (bytes) => readMemory(bytes),
    glossary: async (bytes) => readGlossary(bytes),
    alignSources: async (before, after) => alignSources(before, after),
    find: async (segments, query, options) => findInSegments(segments, query, options),
    close: async () => undefined,
  };
}
