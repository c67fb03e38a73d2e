import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Liveness and version',
  responses: {
    200: {
      description: 'The server is up and its store answers',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), version: z.string(), documents: z.number().int() }) } },
    },
  },
});

/** `GET /api/health`: answers only when the store does. */
export function healthRoutes(version: string) {
  return openApiApp().openapi(route, async (c) => {
    const documents = await c.get('services').documents.count();
    return c.json({ status: 'ok' as const, version, documents }, 200);
  });
}
