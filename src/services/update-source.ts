import { fitTarget } from '../domain/inline';
import { alignSources } from '../domain/align-sources';
import { InvalidInputError, NotFoundError, PayloadTooLargeError } from '../domain/errors';
import { formatFor } from '../formats/registry';
import type { NewRevision } from '../store/store';
import { activeSegments, type Actor, type ServiceContext, timestamp } from './context';
import { segmentToStore } from './import-document';
import { creationRevision, segmentChanges } from './segment-change';

export interface SourceUpdateInput {
  documentId: number;
  bytes: Uint8Array;
  filename?: string | undefined;
  /** Default: the document's format. */
  format?: string | undefined;
}

/** What a source update did, by segment. */
export interface SourceUpdateSummary {
  unchanged: number;
  changed: number;
  added: number;
  removed: number;
  /** Ids of the segments whose source changed, then of those added. */
  changedIds: number[];
  addedIds: number[];
}

/**
 * Replaces a document's French source with a revised one (news articles get corrected after
 * publication), keeping the translation work: segments with the same source keep target and
 * status (even when moved); edited ones keep their target, go back to `draft` (or stay `new` when
 * empty) and record the old source; new ones start `new`; removed ones are archived with their
 * history. One transaction.
 */
export async function updateSource(context: ServiceContext, input: SourceUpdateInput, actor: Actor): Promise<SourceUpdateSummary> {
  if (input.bytes.byteLength > context.maxUploadBytes) throw new PayloadTooLargeError(context.maxUploadBytes);
  const now = timestamp(context);
  const stored = await context.store.documents.get(input.documentId);
  if (!stored) throw new NotFoundError('document', input.documentId);
  const format = formatFor({ format: input.format ?? (input.filename ? undefined : stored.format), filename: input.filename });
  if (format.id !== stored.format) {
    throw new InvalidInputError(`This document was imported as ${stored.format}; send its new source in the same format, not ${format.id}.`);
  }
  // Reading and aligning a long document is heavy: both happen on the parser's threads, before
  // the transaction, against the sources as they are now...
  const source = await context.parser.document(input.bytes, format.id, { account: actor.name });
  const newSources = source.segments.map((segment) => segment.source);
  const seen = await activeSegments(context.store, stored.id);
  const aligned = await context.parser.alignSources(
    seen.map((segment) => segment.source),
    newSources,
    { account: actor.name },
  );

  const written = segmentChanges(context, actor);
  const summary = await context.bulkWrite(() => context.store.transaction(async (store) => {
    const document = await store.documents.get(input.documentId);
    if (!document) throw new NotFoundError('document', input.documentId);
    const old = await activeSegments(store, document.id);
    // ...and, should another source update have landed meanwhile, once more here.
    const sameSources = old.length === seen.length && old.every((segment, i) => segment.id === seen[i]!.id && segment.source === seen[i]!.source);
    const alignment = sameSources ? aligned : alignSources(old.map((segment) => segment.source), newSources);

    const placeOf = (index: number) => segmentToStore(source.segments[index]!, index);

    await store.segments.park(document.id);
    for (const index of alignment.removed) await store.segments.archive(old[index]!.id, now);
    await store.segments.relocateMany(alignment.unchanged.map((pair) => ({ segment: old[pair.old]!, place: placeOf(pair.new) })));
    const changedIds: number[] = [];
    for (const pair of alignment.changed) {
      const before = old[pair.old]!;
      const place = placeOf(pair.new);
      const after = await written.relocate(store, before, place, { fittedTarget: fitTarget(before.target, before.codes, place.codes) });
      changedIds.push(after.id);
    }
    const addedIds = await store.segments.insertMany(
      document.id,
      alignment.added.map(placeOf),
      now,
    );
    const revisions: NewRevision[] = addedIds.map((id) => creationRevision(id, document.id, 'source-update', actor, now));
    await store.segments.linkRepetitions(document.id);
    await store.documents.setSource(document.id, { encoding: source.encoding, bom: source.bom, trailer: source.trailer, package: source.package }, now);
    await store.revisions.append(revisions);
    return {
      unchanged: alignment.unchanged.length,
      changed: alignment.changed.length,
      added: addedIds.length,
      removed: alignment.removed.length,
      changedIds,
      addedIds,
    };
  }));
  written.publish({ documentId: input.documentId, reason: 'source-update', always: true });
  return summary;
}
