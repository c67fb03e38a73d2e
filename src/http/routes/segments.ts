import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { EditedSegment, IdParams, Revision, Status, problems } from '../schemas';

const EditBody = z
  .object({
    target: z.string().max(100_000).optional().openapi({ example: 'The Chinese president called on Wednesday for…' }),
    status: Status.optional(),
    version: z.number().int().positive().openapi({ description: 'The version you last read; a stale one gets 409' }),
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
    'Confirming (translated or approved) fills the still-untranslated repetitions; `propagated` says which.',
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

/** `/api/segments…`: edit and history. */
export function segmentRoutes() {
  return openApiApp()
    .openapi(editRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const { segment, propagated } = await c.var.services.segments.edit(
        { segmentId: id, target: body.target, status: body.status, version: body.version },
        c.var.actor,
      );
      return c.json(
        {
          ...segment,
          propagated: {
            count: propagated.length,
            segments: propagated.map(({ id: pid, target, status, version }) => ({ id: pid, target, status, version })),
          },
        },
        200,
      );
    })
    .openapi(revisionsRoute, async (c) => {
      const items = await c.var.services.segments.revisions(c.req.valid('param').id);
      return c.json({ items: items.map(({ documentId: _documentId, ...revision }) => revision) }, 200);
    });
}
