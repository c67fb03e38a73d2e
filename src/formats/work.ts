import { type AlignmentLink, alignParagraphs, glossaryAnchors } from '../domain/align';
import { alignSources, type SourceAlignment } from '../domain/align-sources';
import { FormatLimitError } from '../domain/errors';
import { type FindQuery, type FindSegment, findInSegments, type FoundSegment } from '../domain/find';
import { type DocumentQa, type ExportedWork, type ExportTask, exportWork, type QaTask, qaWork, type ReviewReportTask, reviewReportWork } from './document-work';
import { type PreviewTask, previewWork } from './preview';
import { type ReadDocument, type ReadMemory, readDocument, readGlossary, readMemory } from './uploads';

/**
 * Every task the worker threads run (providers/parsing): the uploads (decoding, segmentation,
 * parsing), the alignment of an updated source, find and replace, and the work that grows with a
 * document (export, QA, review report, live preview). Tasks and results cross threads by structured clone:
 * plain data only. The same function runs them inline in the CLI and tests.
 */
export type WorkTask =
  | { kind: 'document'; bytes: Uint8Array; format: string }
  | { kind: 'memory'; bytes: Uint8Array }
  | { kind: 'glossary'; bytes: Uint8Array }
  | { kind: 'source-alignment'; before: string[]; after: string[] }
  | AlignTask
  | { kind: 'find'; segments: FindSegment[]; query: FindQuery; in?: 'source' | 'target' | 'both' | undefined; replace?: string | undefined; budget?: { answerSize: number } | undefined }
  | ExportTask
  | QaTask
  | ReviewReportTask
  | PreviewTask;

/**
 * Aligns a document's French paragraphs with an English version (domain/align): the project's
 * glossary as anchors (each term looked for in every paragraph), and English renderings of the
 * French (memory, engine) as clues where known.
 */
export interface AlignTask {
  kind: 'align';
  french: string[];
  english: string[];
  /** By French paragraph: an English rendering, or undefined. */
  gloss: Array<string | undefined>;
  terms: Array<{ source: string; target: string }>;
  /** The paragraphs each side's format marks as headings (segment kind `heading`), when known. */
  frenchHeadings?: boolean[];
  englishHeadings?: boolean[];
}

function alignWork(task: AlignTask): AlignmentLink[] {
  const glossary = task.terms.length > 0 ? glossaryAnchors(task.french, task.english, task.terms) : undefined;
  return alignParagraphs(task.french, task.english, {
    ...(glossary ? { frenchAnchors: glossary.french, englishAnchors: glossary.english } : {}),
    ...(task.frenchHeadings ? { frenchHeadings: task.frenchHeadings } : {}),
    ...(task.englishHeadings ? { englishHeadings: task.englishHeadings } : {}),
    frenchGloss: task.gloss,
  });
}

/** What each kind of task gives back. */
export interface WorkResults {
  document: ReadDocument;
  memory: ReadMemory;
  /** Glossary CSV rows as read (header included, if any). */
  glossary: string[][];
  /** How a document's old segments map onto those of its updated source. */
  'source-alignment': SourceAlignment;
  /** Links between French and English paragraphs. */
  align: AlignmentLink[];
  /** Find (and replace) over a document's segments: a regular expression may never end. */
  find: FoundSegment[];
  export: ExportedWork;
  qa: DocumentQa;
  /** The report's JSON or HTML text. */
  'review-report': string;
  /** The preview page's HTML (formats/preview.ts). */
  preview: string;
}

/**
 * Runs one task: the single entry point of the worker, and of the inline runner.
 *
 * @example
 * runWork({ kind: 'glossary', bytes }); // → [['source', 'target'], ['maire', 'mayor']]
 */
export function runWork(task: WorkTask): WorkResults[WorkTask['kind']] {
  try {
    return runTask(task);
  } catch (error) {
    // Whatever a format's declared limits missed: input nested past the stack is refused, not a crash (a 500).
    if (error instanceof RangeError && /call stack/iu.test(error.message)) {
      throw new FormatLimitError('nesting', 0, 'This file is nested too deeply to be read; it is refused.');
    }
    throw error;
  }
}

function runTask(task: WorkTask): WorkResults[WorkTask['kind']] {
  switch (task.kind) {
    case 'document':
      return readDocument(task.bytes, task.format);
    case 'memory':
      return readMemory(task.bytes);
    case 'glossary':
      return readGlossary(task.bytes);
    case 'source-alignment':
      return alignSources(task.before, task.after);
    case 'align':
      return alignWork(task);
    case 'find':
      return findInSegments(task.segments, task.query, { in: task.in, replace: task.replace, budget: task.budget });
    case 'export':
      return exportWork(task);
    case 'qa':
      return qaWork(task);
    case 'review-report':
      return reviewReportWork(task);
    case 'preview':
      return previewWork(task);
  }
}
