import { threadsOf } from '../formats/document-work';
import { type DiffOp, wordDiff } from '../domain/diff';
import { InvalidInputError, NotFoundError } from '../domain/errors';
import { toBraces } from '../domain/inline';
import type { CommentRecord, Revision, Store } from '../store/store';
import type { Actor, ServiceContext } from './context';
import { timestamp } from './context';
import { type EditedSegment, editSegment, maxCommentLength } from './edit-segment';

/**
 * Which text of a segment a diff side is: a revision (by id), the current target, the target
 * before the last change, as last approved, the latest machine or memory suggestion, or the
 * current / previous source.
 */
export type TextRef = number | 'current' | 'previous' | 'approved' | 'suggestion' | 'source' | 'previous-source';
export const namedRefs = ['current', 'previous', 'approved', 'suggestion', 'source', 'previous-source'] as const;

export interface SegmentDiff {
  from: { ref: TextRef; text: string };
  to: { ref: TextRef; text: string };
  ops: DiffOp[];
}

async function textOf(store: Store, segmentId: number, ref: TextRef): Promise<string> {
  const segment = await store.segments.get(segmentId);
  if (!segment) throw new NotFoundError('segment', segmentId);
  if (ref === 'current') return segment.target;
  if (ref === 'source') return segment.source;
  if (ref === 'previous-source') {
    if (segment.previousSource === null) throw new NotFoundError('previous source of segment', segmentId);
    return segment.previousSource;
  }
  const revisions = await store.revisions.listForSegment(segmentId); // newest first
  const found = pick(revisions, ref);
  if (!found) throw typeof ref === 'number' ? new NotFoundError('revision', ref) : new NotFoundError(`${ref} text for segment`, segmentId);
  return ref === 'previous' ? (found.previousTarget ?? '') : found.newTarget;
}

function pick(revisions: readonly Revision[], ref: Exclude<TextRef, 'current' | 'source' | 'previous-source'>): Revision | undefined {
  if (typeof ref === 'number') return revisions.find((revision) => revision.id === ref);
  if (ref === 'previous') return revisions[0];
  if (ref === 'approved') return revisions.find((revision) => revision.newStatus === 'approved');
  return revisions.find((revision) => revision.origin === 'mt' || revision.origin === 'tm');
}

/**
 * A word diff between two texts of one segment (see TextRef). The texts are given as stored; the
 * diff reads codes as `{1}…{/1}`, so that a moved code is one change, not a tag's attributes.
 */
export async function diffSegment(context: ServiceContext, segmentId: number, from: TextRef, to: TextRef): Promise<SegmentDiff> {
  const [before, after] = [await textOf(context.store, segmentId, from), await textOf(context.store, segmentId, to)];
  const codes = (await context.store.segments.get(segmentId))?.codes ?? [];
  return { from: { ref: from, text: before }, to: { ref: to, text: after }, ops: wordDiff(toBraces(before, codes), toBraces(after, codes)) };
}

/** Puts an old target back, as a new revision (origin `restore`); the old ones stay. */
export async function restoreRevision(
  context: ServiceContext,
  input: { segmentId: number; revisionId: number; version: number },
  actor: Actor,
): Promise<EditedSegment> {
  const revision = (await context.store.revisions.listForSegment(input.segmentId)).find((candidate) => candidate.id === input.revisionId);
  if (!revision) {
    if (!(await context.store.segments.get(input.segmentId))) throw new NotFoundError('segment', input.segmentId);
    throw new NotFoundError('revision', input.revisionId);
  }
  return editSegment(context, { segmentId: input.segmentId, target: revision.newTarget, version: input.version, origin: 'restore' }, actor);
}

/** A comment thread: its first comment and the replies, oldest first. */
export interface Thread extends CommentRecord {
  replies: CommentRecord[];
}

export async function listComments(context: ServiceContext, segmentId: number): Promise<Thread[]> {
  if (!(await context.store.segments.get(segmentId))) throw new NotFoundError('segment', segmentId);
  return threadsOf(await context.store.comments.listForSegment(segmentId));
}

/** Starts a thread on a segment, or replies to one (a reply to a reply joins the same thread). */
export async function addComment(
  context: ServiceContext,
  input: { segmentId: number; body: string; replyTo?: number | undefined },
  actor: Actor,
): Promise<CommentRecord> {
  const body = input.body.trim();
  if (body === '') throw new InvalidInputError('The comment is empty.');
  if (body.length > maxCommentLength) throw new InvalidInputError(`A comment has at most ${maxCommentLength} characters.`);
  const comment = await context.store.transaction(async (store) => {
    const segment = await store.segments.get(input.segmentId);
    if (!segment) throw new NotFoundError('segment', input.segmentId);
    let parentId: number | null = null;
    if (input.replyTo !== undefined) {
      const parent = await store.comments.get(input.replyTo);
      if (!parent || parent.segmentId !== segment.id) throw new InvalidInputError(`Comment ${input.replyTo} is not on this segment.`);
      parentId = parent.parentId ?? parent.id;
      // Replying to a resolved thread reopens it: there is something to discuss again.
      const root = parent.parentId === null ? parent : await store.comments.get(parent.parentId);
      if (root?.resolvedAt) await store.comments.setResolved(root.id, null);
    }
    return store.comments.create({ segmentId: segment.id, documentId: segment.documentId, parentId, author: actor.name, body, createdAt: timestamp(context) });
  });
  context.live.publish(comment.documentId, 'comment', { segmentId: comment.segmentId });
  return comment;
}

/** Resolves or reopens a thread (given any comment of it). */
export async function resolveComment(context: ServiceContext, commentId: number, resolved: boolean, actor: Actor): Promise<Thread> {
  const thread = await context.store.transaction(async (store) => {
    const comment = await store.comments.get(commentId);
    if (!comment) throw new NotFoundError('comment', commentId);
    const rootId = comment.parentId ?? comment.id;
    await store.comments.setResolved(rootId, resolved ? { at: timestamp(context), by: actor.name } : null);
    const thread = threadsOf(await store.comments.listForSegment(comment.segmentId)).find((candidate) => candidate.id === rootId);
    if (!thread) throw new NotFoundError('comment', rootId);
    return thread;
  });
  context.live.publish(thread.documentId, 'comment', { segmentId: thread.segmentId });
  return thread;
}
