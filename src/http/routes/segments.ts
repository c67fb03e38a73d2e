import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { type EditedSegment as EditedSegmentResult, namedRefs, type TextRef } from '../../services';
import { Comment, DiffOp, EditedSegment, Id, IdParams, Revision, Status, Thread, problems } from '../schemas';

const EditBody = z
  .object({
    target: z
      .string()
      .optional()
      .openapi({
        example: 'The Chinese president called on Wednesday for…',
        description:
          'Plain text for a segment without codes; for a segment with codes, inline markup: <pc id="1">…</pc> and <ph id="2"/> placing the source\'s codes, with & < > in the text written &amp; &lt; &gt;. Codes that are unknown, doubled, split or crossed are refused with 422 (invalid_inline_codes); omitted or moved codes are accepted.',
      }),
    status: Status.optional(),
    version: z.number().int().positive().openapi({ description: 'The version you last read; a stale one gets 409' }),
    comment: z.string().max(10_000).optional().openapi({ description: 'Why: required with status rejected; starts a comment thread' }),
    origin: z
      .enum(['human', 'mt', 'tm'])
      .optional()
      .openapi({ description: 'mt or tm when the target is an inserted suggestion, kept as such in the history (so review can diff it)' }),
    qaOverride: z
      .object({ reason: z.string().min(1).max(10_000) })
      .strict()
      .optional()
      .openapi({
        description:
          'Confirm or approve despite QA errors: why (at least three visible letters or digits), recorded in the revision and shown to reviewers. Without it, a confirmation with QA errors is saved as a draft (heldForQa) — except approving a text confirmed over the same errors, where the reason on record holds (a reviewer\'s own is optional, and recorded when given)',
      }),
  })
  .strict()
  .openapi('SegmentEdit');

const editRoute = createRoute({
  method: 'patch',
  path: '/segments/{id}',
  tags: ['Segments'],
  summary: 'Edit the target and/or set the status (optimistic concurrency by version)',
  description:
    'Without `status`, an edit moves new → draft and approved → translated, and keeps translated, draft and rejected. ' +
    'Confirming (translated or approved) fills the still-untranslated repetitions; `propagated` says which. ' +
    'Typed text is never refused for a quality reason: a confirmation the quality checks find errors in is saved as a draft, with `heldForQa: true` and the findings, unless `qaOverride` gives a reason. ' +
    'Approving a segment confirmed over QA errors needs no new reason when its text and errors are the same: the answer\'s `qaOverride` is the reason on record.',
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: EditBody } } } },
  responses: {
    200: { description: 'The updated segment', content: { 'application/json': { schema: EditedSegment } } },
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const revisionsRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/revisions',
  tags: ['Segments'],
  summary: "A segment's history, newest first",
  request: { params: IdParams },
  responses: {
    200: { description: 'Revisions', content: { 'application/json': { schema: z.object({ items: z.array(Revision) }) } } },
    ...problems(400, 401, 403, 404),
  },
});

const Ref = z
  .union([z.coerce.number().int().positive(), z.enum(namedRefs)])
  .openapi({
    type: 'string',
    description: 'A revision id, or current, previous (before the last change), approved (as last approved), suggestion (latest machine or memory suggestion), source, previous-source',
  });

const diffRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/diff',
  tags: ['Review'],
  summary: 'A word-level diff between two texts of a segment',
  request: { params: IdParams, query: z.object({ from: Ref.default('previous'), to: Ref.default('current') }) },
  responses: {
    200: {
      description: 'Joining equal+delete gives `from`, equal+insert gives `to`',
      content: {
        'application/json': {
          schema: z
            .object({
              from: z.object({ ref: z.union([z.number(), z.string()]), text: z.string() }),
              to: z.object({ ref: z.union([z.number(), z.string()]), text: z.string() }),
              ops: z.array(DiffOp),
            })
            .openapi('SegmentDiff'),
        },
      },
    },
    ...problems(400, 401, 403, 404),
  },
});

const restoreRoute = createRoute({
  method: 'post',
  path: '/segments/{id}/restore',
  tags: ['Review'],
  summary: 'Put the target of an old revision back (recorded as a new revision, origin restore)',
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ revision: Id, version: z.number().int().positive() }).strict().openapi('Restore') } } },
  },
  responses: {
    200: { description: 'The updated segment', content: { 'application/json': { schema: EditedSegment } } },
    ...problems(400, 401, 403, 404, 409, 422),
  },
});

const commentsRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/comments',
  tags: ['Review'],
  summary: "A segment's comment threads, oldest first",
  request: { params: IdParams },
  responses: {
    200: { description: 'Threads with their replies', content: { 'application/json': { schema: z.object({ items: z.array(Thread) }) } } },
    ...problems(400, 401, 403, 404),
  },
});

const addCommentRoute = createRoute({
  method: 'post',
  path: '/segments/{id}/comments',
  tags: ['Review'],
  summary: 'Start a thread on a segment, or reply to one (`replyTo`); replying reopens a resolved thread',
  request: {
    params: IdParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ body: z.string().max(10_000), replyTo: Id.optional() }).strict().openapi('NewComment') } },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: Comment } } },
    ...problems(400, 401, 403, 404),
  },
});

/**
 * The answer to a save. The segment's fields are spread last: V8 copies a spread into a fresh
 * object fast, but properties added after it cost more than the copy (measured: the answer built
 * and serialised in half the time this way), and a save is the hot path.
 */
function editedBody(edited: EditedSegmentResult) {
  return {
    heldForQa: edited.heldForQa,
    findings: edited.findings,
    qaOverride: edited.qaOverride,
    propagated: {
      count: edited.propagated.length,
      segments: edited.propagated.map(({ id, target, status, version }) => ({ id, target, status, version })),
    },
    ...edited.segment,
  };
}

const Suggestion = z
  .object({
    origin: z.enum(['mt', 'tm']),
    text: z.string(),
    provider: z.string().optional(),
    score: z.number().optional().openapi({ description: 'tm: match percentage' }),
    sourceDiff: z.array(DiffOp).optional().openapi({ description: "tm: the memory's source against this segment's" }),
    match: z.enum(['in-context', 'exact', 'fuzzy', 'assembled']).optional().openapi({ description: 'tm: assembled is built sentence by sentence from sentence matches (see parts)' }),
    quality: z.enum(['approved', 'translated']).optional(),
    source: z.string().optional().openapi({ description: "tm: the memory's source (assembled: the sentences found)" }),
    parts: z
      .array(z.object({ source: z.string(), target: z.string().nullable(), score: z.number(), unitId: z.number().nullable() }))
      .optional()
      .openapi({ description: 'tm, assembled: each sentence of the source and the translation found for it; null when none was (left in French)' }),
  })
  .openapi('Suggestion');

const suggestionsRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/suggestions',
  tags: ['Machine translation'],
  summary: 'Machine translation and memory matches for a segment (translators and up: MT costs characters)',
  request: { params: IdParams },
  responses: {
    200: {
      description: 'Suggestions, best first; `mt` says whether machine translation is available and why not',
      content: {
        'application/json': {
          schema: z
            .object({
              items: z.array(Suggestion),
              mt: z.object({ configured: z.boolean(), provider: z.string(), error: z.string().optional(), failure: z.string().optional() }),
            })
            .openapi('Suggestions'),
        },
      },
    },
    ...problems(400, 401, 403, 404),
  },
});

/** `/api/segments…`: edit and history. */
export function segmentRoutes() {
  return openApiApp()
    .openapi(editRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const edited = await c.get('services').segments.edit(
        { segmentId: id, target: body.target, status: body.status, version: body.version, comment: body.comment, origin: body.origin, qaOverride: body.qaOverride },
        c.get('actor'),
      );
      return c.json(editedBody(edited), 200);
    })
    .openapi(revisionsRoute, async (c) => {
      const items = await c.get('services').segments.revisions(c.req.valid('param').id);
      return c.json({ items: items.map(({ documentId: _documentId, ...revision }) => revision) }, 200);
    })
    .openapi(diffRoute, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await c.get('services').segments.diff(c.req.valid('param').id, from as TextRef, to as TextRef), 200);
    })
    .openapi(restoreRoute, async (c) => {
      const body = c.req.valid('json');
      const edited = await c.get('services').segments.restore({ segmentId: c.req.valid('param').id, revisionId: body.revision, version: body.version }, c.get('actor'));
      return c.json(editedBody(edited), 200);
    })
    .openapi(suggestionsRoute, async (c) => c.json(await c.get('services').segments.suggestions(c.req.valid('param').id), 200))
    .openapi(commentsRoute, async (c) => c.json({ items: await c.get('services').segments.comments(c.req.valid('param').id) }, 200))
    .openapi(addCommentRoute, async (c) => {
      const body = c.req.valid('json');
      return c.json(await c.get('services').segments.comment({ segmentId: c.req.valid('param').id, body: body.body, replyTo: body.replyTo }, c.get('actor')), 201);
    });
}
