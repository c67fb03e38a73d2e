import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { IdParams, problems, QaFinding, Status } from '../schemas';

const documentRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/qa',
  tags: ['Quality checks'],
  summary: "Every quality-check finding of the document's translations (segments not translated yet aside)",
  request: { params: IdParams },
  responses: {
    200: {
      description: 'Counts, and the segments with findings in document order',
      content: {
        'application/json': {
          schema: z
            .object({
              errors: z.number().int(),
              warnings: z.number().int(),
              ignored: z.number().int().openapi({ description: 'Findings ignored with a reason on the targets as they are: neither counted nor listed' }),
              items: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), status: Status, findings: z.array(QaFinding) })),
            })
            .openapi('DocumentQa'),
        },
      },
    },
    ...problems(401, 403, 404),
  },
});

const segmentRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/qa',
  tags: ['Quality checks'],
  summary: "The findings of one segment's translation",
  request: { params: IdParams },
  responses: { 200: { description: 'Its findings', content: { 'application/json': { schema: z.object({ items: z.array(QaFinding) }) } } }, ...problems(401, 403, 404) },
});

const IgnoreBody = z.object({ check: z.string().max(40), key: z.string().max(80), reason: z.string().min(1).max(10_000) }).strict().openapi('QaIgnore');

const ignoreRoute = createRoute({
  method: 'post',
  path: '/segments/{id}/qa/ignore',
  tags: ['Quality checks'],
  summary: "Ignore a finding of the segment's current translation, with a reason (translators and up): no longer listed, counted, nor blocking, until the translation changes",
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: IgnoreBody } } } },
  responses: { 200: { description: 'The findings left', content: { 'application/json': { schema: z.object({ items: z.array(QaFinding) }) } } }, ...problems(400, 401, 403, 404) },
});

const unignoreRoute = createRoute({
  method: 'delete',
  path: '/segments/{id}/qa/ignore',
  tags: ['Quality checks'],
  summary: 'Take back an ignored finding (translators and up)',
  request: { params: IdParams, query: z.object({ check: z.string().max(40), key: z.string().max(80) }) },
  responses: { 204: { description: 'It counts again' }, ...problems(400, 401, 403, 404) },
});

/** `/api/…/qa`: the quality checks' findings (domain/qa). */
export function qaRoutes() {
  return openApiApp()
    .openapi(documentRoute, async (c) => c.json(await c.get('services').qa.document(c.req.valid('param').id), 200))
    .openapi(segmentRoute, async (c) => c.json({ items: await c.get('services').qa.segment(c.req.valid('param').id) }, 200))
    .openapi(ignoreRoute, async (c) => c.json({ items: await c.get('services').qa.ignore(c.req.valid('param').id, c.req.valid('json'), c.get('actor')) }, 200))
    .openapi(unignoreRoute, async (c) => {
      const { check, key } = c.req.valid('query');
      await c.get('services').qa.unignore(c.req.valid('param').id, check, key, c.get('actor'));
      return c.body(null, 204);
    });
}
