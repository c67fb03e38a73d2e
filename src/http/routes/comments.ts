import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { IdParams, Thread, problems } from '../schemas';

const resolveRoute = createRoute({
  method: 'patch',
  path: '/comments/{id}',
  tags: ['Review'],
  summary: "Resolve or reopen a comment's thread",
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ resolved: z.boolean() }).strict().openapi('CommentChange') } } },
  },
  responses: {
    200: { description: 'The thread', content: { 'application/json': { schema: Thread } } },
    ...problems(400, 401, 403, 404),
  },
});

/** `/api/comments/:id`: threads are resolved and reopened by any of their comments. */
export function commentRoutes() {
  return openApiApp().openapi(resolveRoute, async (c) =>
    c.json(await c.get('services').segments.resolveComment(c.req.valid('param').id, c.req.valid('json').resolved, c.get('actor')), 200),
  );
}
