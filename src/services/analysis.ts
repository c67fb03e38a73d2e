import { stringify } from 'csv-stringify/sync';
import { type Analysis, AnalysisTally, defaultAnalysisWeights } from '../domain/analysis';
import { NotFoundError } from '../domain/errors';
import { plainText } from '../domain/inline';
import type { ProjectRecord } from '../store/store';
import { activeSegments, type ServiceContext } from './context';
import { bestMatch } from './memory';

/** A word-count analysis of a document or of a whole project, with what it covered. */
export interface AnalysisReport extends Analysis {
  projectId: number;
  /** The document analysed; null for a project's analysis. */
  documentId: number | null;
  /** The documents counted (in id order for a project: repetitions are counted across them in that order). */
  documents: number;
}

/** A slice of lookups runs at most this long before the event loop gets a turn (as pre-translation does). */
const sliceMs = 8;

/**
 * Gives the event loop a turn every `sliceMs`: the store answers synchronously (SQLite), so without
 * a pause thousands of lookups would run back to back as promise callbacks and hold every request.
 * When others had work waiting, they get as long again before the next slice.
 */
function eventLoopTurns(): () => Promise<void> {
  let slice = performance.now();
  return async () => {
    if (performance.now() - slice <= sliceMs) return;
    const turn = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    const others = performance.now() - turn;
    if (others > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(50, others)));
    slice = performance.now();
  };
}

async function tallyDocument(context: ServiceContext, project: ProjectRecord, documentId: number, tally: AnalysisTally, pause: () => Promise<void>): Promise<void> {
  const segments = await activeSegments(context.store, documentId);
  for (const [index, segment] of segments.entries()) {
    await pause();
    const text = plainText(segment.source, segment.codes);
    // A repetition needs no lookup: it is counted as one whatever the memory holds.
    const match = tally.isRepetition(text)
      ? { score: 0, inContext: false }
      : await bestMatch(context.store, project.id, segment, {
          previous: segments[index - 1]?.source,
          next: segments[index + 1]?.source,
          // The segment's own confirmed translation is in the memory: it is no leverage for itself.
          excludeSegmentId: segment.id,
        });
    tally.add({ text, words: segment.wordCount, score: match.score, inContext: match.inContext });
  }
}

/**
 * Analyses a document against its project's memory as it stands: segments, words and characters
 * per band (domain/analysis), and the words weighted by the project's table. The lookups run a
 * slice at a time on the event loop (each is bounded: an index lookup and at most a few hundred
 * units scored), so a 5,000-segment document never holds other requests up.
 *
 * @example
 * await analyseDocument(context, 7); // → { bands: [{ band: 'repetitions', segments: 3, words: 12, … }, …], total: { … } }
 */
export async function analyseDocument(context: ServiceContext, documentId: number): Promise<AnalysisReport> {
  const document = await context.store.documents.get(documentId);
  const project = document && (await context.store.projects.get(document.projectId));
  if (!document || !project) throw new NotFoundError('document', documentId);
  const tally = new AnalysisTally(project.settings.analysisWeights ?? defaultAnalysisWeights);
  await tallyDocument(context, project, documentId, tally, eventLoopTurns());
  return { projectId: project.id, documentId, documents: 1, ...tally.result() };
}

/**
 * Analyses every document of a project, oldest first; a source repeated in a later document is a
 * repetition of the first one.
 *
 * @example
 * await analyseProject(context, 1); // → { documents: 3, bands: […], total: { … } }
 */
export async function analyseProject(context: ServiceContext, projectId: number): Promise<AnalysisReport> {
  const project = await context.store.projects.get(projectId);
  if (!project) throw new NotFoundError('project', projectId);
  const documents = (await context.store.documents.list(projectId)).map((document) => document.id).sort((a, b) => a - b);
  const tally = new AnalysisTally(project.settings.analysisWeights ?? defaultAnalysisWeights);
  const pause = eventLoopTurns();
  for (const id of documents) await tallyDocument(context, project, id, tally, pause);
  return { projectId, documentId: null, documents: documents.length, ...tally.result() };
}

/** The CSV columns of an analysis, in English (a spreadsheet for a quote). */
export const analysisCsvHeader = ['Band', 'Segments', 'Words', 'Characters', 'Weight (%)', 'Weighted words'] as const;

/**
 * An analysis as CSV: a header row, one row per band, then the totals.
 *
 * @example
 * analysisCsv(report); // → 'Band,Segments,Words,Characters,Weight (%),Weighted words\nrepetitions,3,12,70,25,3\n…'
 */
export function analysisCsv(analysis: Analysis): string {
  return stringify([
    [...analysisCsvHeader],
    ...analysis.bands.map((band) => [band.band, band.segments, band.words, band.characters, analysis.weights[band.band], band.weighted]),
    ['Total', analysis.total.segments, analysis.total.words, analysis.total.characters, '', analysis.total.weighted],
  ]);
}
