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

/** `/api/…/qa`: the quality checks' findings (domain/qa). */
export function qaRoutes() {
  return openApiApp()
    .openapi(documentRoute, async (c) => c.json(await c.get('services').qa.document(c.req.valid('param').id), 200))
    .openapi(segmentRoute, async (c) => c.json({ items: await c.get('services').qa.segment(c.req.valid('param').id) }, 200));
}
