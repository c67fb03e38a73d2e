import { InvalidInputError, NotFoundError, PayloadTooLargeError } from '../domain/errors';
import { fitTarget, fromBraces, plainText } from '../domain/inline';
import type { Segment, Status } from '../domain/segment';
import { formatForUpload } from '../formats/registry';
import type { ReadSegment } from '../formats/uploads';
import { activeSegments, type Actor, allPages, inChunks, mayEditTranslations, pageSize, pagesOf, type ServiceContext } from './context';
import type { FindingView } from './qa';
import { isRefused, type RefusedChange, segmentChanges } from './segment-change';

export interface TargetsImportInput {
  documentId: number;
  bytes: Uint8Array;
  filename?: string | undefined;
  format?: string | undefined;
}

/** A unit of the file that was not applied, and why. */
export interface TargetConflict {
  segmentId: number;
  position: number;
  reason: 'changed-since-export' | 'translated-differently';
  /** The target in the workbench now, and the one in the file. */
  current: string;
  incoming: string;
}

export interface TargetsImportSummary {
  /** Segments whose target or status the file changed (each a revision with origin `import`). */
  updated: number[];
  unchanged: number;
  conflicts: TargetConflict[];
  /** Units of the file that match no segment of the document. */
  unmatched: string[];
  /** Units the file says are translated or approved, but whose English the quality checks find errors in: stored as drafts. */
  heldForQa: Array<{ segmentId: number; findings: FindingView[] }>;
  /** Units the workflow refused (a status the role may not set, codes that do not fit, a target too long): left as they were. */
  refused: Array<RefusedChange & { position: number }>;
}

/**
 * Takes back a bilingual file (XLIFF exported from this document and edited in another tool, or
 * the review table a client edited) as an update of the document's targets; review tables' changes
 * are revisions with origin `review-import`. Units are matched by the segment id we wrote (`vv:segment`),
 * else by their key (the file's own unit id, else our segment id), else by their source. A changed target is applied, as a revision with origin
 * `import`, only when nothing happened to the segment since the export (its version is the one in
 * the file) or when the segment has no translation yet; anything else is reported as a conflict
 * and left as it is: nothing is overwritten silently. The document is read a page at a time and
 * the changes are written a slice at a time (each a transaction checking each segment's version):
 * a save never waits behind a whole document.
 */
export async function importTargets(context: ServiceContext, input: TargetsImportInput, actor: Actor): Promise<TargetsImportSummary> {
  mayEditTranslations(actor);
  if (input.bytes.byteLength > context.maxUploadBytes) throw new PayloadTooLargeError(context.maxUploadBytes);
  const format = formatForUpload({ format: input.format, filename: input.filename }, input.bytes);
  if (!format.bilingual) throw new InvalidInputError(`A ${format.name} file carries no translations; send the XLIFF exported from this document.`);
  const read = await context.parser.document(input.bytes, format.id, { account: actor.name });
  if (!(await context.store.documents.get(input.documentId))) throw new NotFoundError('document', input.documentId);
  const segments = await activeSegments(context.store, input.documentId);
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  // A unit's key: the file's own id of it (a client's XLIFF or PO written back into itself), else our segment id.
  const byKey = new Map(segments.map((segment) => [String(segment.id), segment]));
  const keyed = await allPages(pagesOf((after) => context.store.segments.skeleton(input.documentId, { after, limit: pageSize }), (row) => row.position));
  for (const row of keyed) {
    const segment = byId.get(row.id);
    if (row.key !== null && segment) byKey.set(row.key, segment);
  }
  const bySource = new Map<string, Segment>();
  for (const segment of segments) {
    const words = plainText(segment.source, segment.codes);
    if (!bySource.has(words)) bySource.set(words, segment);
  }

  const summary: TargetsImportSummary = { updated: [], unchanged: 0, conflicts: [], unmatched: [], heldForQa: [], refused: [] };
  const changes: Array<{ segment: Segment; target: string; status: Status }> = [];
  for (const unit of read.segments) {
    const segment = matchSegment(unit, byId, byKey, bySource);
    if (!segment) {
      summary.unmatched.push(unit.key ?? plainText(unit.source, unit.codes ?? []).slice(0, 80));
      continue;
    }
    const translation = unit.translation;
    if (!translation || translation.target === '') {
      summary.unchanged++;
      continue;
    }
    const incoming = translation.braces ? fromBraces(translation.target, segment.codes) : fitTarget(translation.target, unit.codes ?? [], segment.codes);
    const status: Status = translation.status === 'new' ? 'draft' : translation.status;
    if (incoming === segment.target && status === segment.status) {
      summary.unchanged++;
      continue;
    }
    const exportedVersion = translation.version;
    const untouchedSinceExport = exportedVersion !== undefined && exportedVersion === segment.version;
    if (!untouchedSinceExport && segment.target !== '' && incoming !== segment.target) {
      summary.conflicts.push({
        segmentId: segment.id,
        position: segment.position,
        reason: exportedVersion !== undefined ? 'changed-since-export' : 'translated-differently',
        current: segment.target,
        incoming,
      });
      continue;
    }
    changes.push({ segment, target: incoming, status });
  }

  const written = segmentChanges(context, actor);
  try {
    await inChunks(changes, writeSlice, (slice) =>
      context.bulkWrite(() =>
        context.store.transaction(async (store) => {
          if (!(await store.documents.get(input.documentId))) throw new NotFoundError('document', input.documentId);
          for (const { segment, target, status } of slice) {
            const outcome = await written.attempt(store, { segmentId: segment.id, target, status, origin: format.review ? 'review-import' : 'import', version: segment.version });
            if (isRefused(outcome)) {
              summary.refused.push({ ...outcome, position: segment.position });
              continue;
            }
            if (outcome.heldForQa) summary.heldForQa.push({ segmentId: outcome.segment.id, findings: outcome.heldForQa });
            if (outcome.written) summary.updated.push(outcome.segment.id);
            else summary.unchanged++;
          }
        }),
      ),
    );
  } finally {
    written.publish({ documentId: input.documentId, reason: 'targets-import' });
  }
  return summary;
}

/** Segments written per transaction. */
const writeSlice = 250;

function matchSegment(unit: ReadSegment, byId: Map<number, Segment>, byKey: Map<string, Segment>, bySource: Map<string, Segment>): Segment | undefined {
  const ours = unit.translation?.segmentId;
  if (ours !== undefined && byId.has(ours)) return byId.get(ours);
  if (unit.key !== undefined && byKey.has(unit.key)) return byKey.get(unit.key);
  return bySource.get(plainText(unit.source, unit.codes ?? []));
}
