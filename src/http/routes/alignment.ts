import { createRoute, z } from '@hono/zod-openapi';
import { uploadLimit } from '../middleware/upload-limit';
import { openApiApp } from '../openapi-app';
import { AssistQuery, AssistReport, HeldForQa, IdParams, problems } from '../schemas';
import { fileOrText, SourceForm, SourceJson } from './documents';

const Link = z
  .object({
    segments: z.array(z.number().int()).openapi({ description: 'Segment ids, in document order' }),
    english: z.array(z.number().int().min(0)).openapi({ description: "Positions of the English version's paragraphs, in order" }),
    score: z.number().min(0).max(1).nullable().openapi({ description: "The aligner's confidence; null for a link set by hand" }),
  })
  .openapi('AlignmentLink');

const Review = z
  .object({
    documentId: z.number().int(),
    version: z.number().int(),
    filename: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    french: z.array(z.object({ id: z.number().int(), position: z.number().int(), text: z.string(), target: z.string(), status: z.string() })),
    english: z.array(z.string()),
    links: z.array(Link).openapi({ description: 'Every segment and every English paragraph in exactly one link, in order; one side empty: unaligned' }),
    threshold: z.number().openapi({ description: 'Links below this confidence are unsure' }),
    assist: AssistReport.optional().openapi({ description: 'On a new alignment: what helped it beyond anchors' }),
  })
  .openapi('AlignmentReview');

const Accepted = z
  .object({
    filled: z.array(z.number().int()).openapi({ description: 'Segments filled and confirmed (translated, origin alignment), but for those held for QA' }),
    heldForQa: HeldForQa,
    unchanged: z.array(z.number().int()),
    conflicts: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), current: z.string(), incoming: z.string() })),
    shared: z.array(z.object({ segmentIds: z.array(z.number().int()), english: z.string() })).openapi({ description: 'Several segments for one English text: into the memory, not the targets' }),
    unaligned: z.object({ french: z.array(z.number().int()), english: z.array(z.string()) }),
  })
  .openapi('AcceptedAlignment');

const path = '/documents/{id}/alignment';
const tags = ['Alignment'];

const startRoute = createRoute({
  method: 'post',
  path,
  tags,
  summary: 'Align an English version with the document for review, filling nothing yet (translators)',
  description: "Any monolingual format the importer reads. Replaces the document's alignment under review, if any.",
  request: {
    params: IdParams,
    query: AssistQuery,
    body: { required: false, content: { 'multipart/form-data': { schema: SourceForm }, 'application/json': { schema: SourceJson } } },
  },
  responses: { 201: { description: 'The alignment under review', content: { 'application/json': { schema: Review } } }, ...problems(400, 401, 403, 404, 413, 415, 503) },
});

const getRoute = createRoute({
  method: 'get',
  path,
  tags,
  summary: "The document's alignment under review",
  request: { params: IdParams },
  responses: { 200: { description: 'The alignment under review', content: { 'application/json': { schema: Review } } }, ...problems(401, 403, 404) },
});

const saveRoute = createRoute({
  method: 'put',
  path,
  tags,
  summary: 'Save corrected links (translators)',
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ version: z.number().int(), links: z.array(Link).max(1_000_000) }).strict() } } },
  },
  responses: { 200: { description: 'The alignment, at its next version', content: { 'application/json': { schema: Review } } }, ...problems(400, 401, 403, 404, 409) },
});

const acceptRoute = createRoute({
  method: 'post',
  path: `${path}/accept`,
  tags,
  summary: 'Accept the alignment: links of one segment fill it as translated, origin alignment, and feed the memory (translators)',
  description: 'Targets someone typed are never overwritten (conflicts). Sends the links as corrected, or none to accept those saved. Closes the review.',
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ version: z.number().int(), links: z.array(Link).max(1_000_000).optional() }).strict() } } },
  },
  responses: { 200: { description: 'What was filled and what was left', content: { 'application/json': { schema: Accepted } } }, ...problems(400, 401, 403, 404, 409) },
});

const discardRoute = createRoute({
  method: 'delete',
  path,
  tags,
  summary: 'Drop the alignment under review (translators)',
  request: { params: IdParams },
  responses: { 204: { description: 'Dropped' }, ...problems(401, 403, 404) },
});

/** `/api/documents/{id}/alignment`: the alignment view's review of an English version, link by link. */
export function alignmentRoutes(maxUploadBytes: number) {
  const app = openApiApp();
  app.post('/documents/:id/alignment', uploadLimit(maxUploadBytes));
  return app
    .openapi(startRoute, async (c) => {
      const upload = await fileOrText(c.req.header('content-type'), () => c.req.valid('form'), () => c.req.valid('json'));
      const review = await c
        .get('services')
        .documents.alignment.start(c.req.valid('param').id, { ...upload, format: upload.format ?? (upload.filename ? undefined : 'txt') }, c.get('actor'), { mt: c.req.valid('query').assist === 'mt' });
      return c.json(review, 201);
    })
    .openapi(getRoute, async (c) => c.json(await c.get('services').documents.alignment.get(c.req.valid('param').id), 200))
    .openapi(saveRoute, async (c) => c.json(await c.get('services').documents.alignment.save(c.req.valid('param').id, c.req.valid('json'), c.get('actor')), 200))
    .openapi(acceptRoute, async (c) => c.json(await c.get('services').documents.alignment.accept(c.req.valid('param').id, c.req.valid('json'), c.get('actor')), 200))
    .openapi(discardRoute, async (c) => {
      await c.get('services').documents.alignment.discard(c.req.valid('param').id, c.get('actor'));
      return c.body(null, 204);
    });
}
