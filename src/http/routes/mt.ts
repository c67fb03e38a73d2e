import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { problems } from '../schemas';

const statusRoute = createRoute({
  method: 'get',
  path: '/mt/status',
  tags: ['Machine translation'],
  summary: 'Whether machine translation is configured, and the character usage of the period',
  responses: {
    200: {
      description: 'Status',
      content: {
        'application/json': {
          schema: z
            .object({
              provider: z.string(),
              configured: z.boolean(),
              reason: z.string().optional(),
              usage: z.object({ characters: z.object({ count: z.number(), limit: z.number() }).nullable() }).optional(),
              error: z.string().optional(),
            })
            .openapi('MtStatus'),
        },
      },
    },
    ...problems(401),
  },
});

/** `/api/mt…`: the machine-translation engine's state. */
export function mtRoutes() {
  return openApiApp().openapi(statusRoute, async (c) => c.json(await c.get('services').mt.status(), 200));
}
