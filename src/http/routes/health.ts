import { createRoute, z } from '@hono/zod-openapi';
import { readiness } from '../../services/readiness';
import type { Store } from '../../store/store';
import { openApiApp } from '../openapi-app';
import { problem } from '../problem';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Liveness and version: the process answers (whatever the database does)',
  responses: {
    200: {
      description: 'The process is up. `documents` is there when the database answered within a second.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), version: z.string(), documents: z.number().int().optional() }) } },
    },
  },
});

const Check = z.object({ name: z.enum(['database', 'migrations', 'dataDirectory']), ok: z.boolean(), detail: z.string() }).openapi('ReadinessCheck');

const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['System'],
  summary: 'Readiness: the database answers, its schema is current, the data directory takes writes',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: z.object({ status: z.literal('ready'), checks: z.array(Check) }) } } },
    503: {
      description: 'Not ready (problem+json with the failed checks, and Retry-After)',
      content: { 'application/problem+json': { schema: z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string(), checks: z.array(Check) }) } },
    },
  },
});

/** How long liveness waits for the document count before answering without it. */
const countWaitMs = 1000;

/**
 * `GET /api/health` (liveness: a supervisor restarts a process that stops answering it, so it does
 * not fail with the database) and `GET /api/ready` (readiness: a load balancer sends requests only
 * to instances that pass it).
 */
export function healthRoutes(version: string, options: { store: Store; dataDirectory?: string | undefined }) {
  return openApiApp()
    .openapi(healthRoute, async (c) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), countWaitMs);
      });
      const documents = await Promise.race([c.get('services').documents.count().catch(() => undefined), waited]).finally(() => clearTimeout(timer));
      return c.json({ status: 'ok' as const, version, ...(documents === undefined ? {} : { documents }) }, 200);
    })
    .openapi(readyRoute, async (c) => {
      const { ready, checks } = await readiness(options.store, { dataDirectory: options.dataDirectory });
      if (ready) return c.json({ status: 'ready' as const, checks }, 200);
      c.header('Retry-After', '5');
      const failed = checks.filter((check) => !check.ok);
      return problem(c, 503, 'not_ready', `Not ready: ${failed.map((check) => `${check.name} ${check.detail}`).join('; ')}.`, { checks }) as never;
    });
}
