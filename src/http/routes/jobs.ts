import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { JobRecord } from '../../services';
import { openApiApp } from '../openapi-app';
import { guardStream } from '../stream-guard';
import { IdParams, problems } from '../schemas';

const Job = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    state: z.enum(['queued', 'running', 'paused', 'done', 'failed', 'cancelled']),
    done: z.number().int(),
    total: z.number().int(),
    message: z.string().nullable(),
  })
  .openapi('Job');

const view = (job: JobRecord) => ({ id: job.id, documentId: job.documentId, state: job.state, done: job.done, total: job.total, message: job.message });

const pretranslateRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/pretranslate',
  tags: ['Machine translation'],
  summary: 'Pre-translate the empty segments in the background: memory matches first, then DeepL',
  request: {
    params: IdParams,
    body: {
      required: false,
      content: {
        'application/json': {
          schema: z
            .object({
              memory: z.boolean().default(true),
              minScore: z.number().int().min(50).max(100).default(75),
              mt: z.boolean().default(true),
            })
            .strict()
            .openapi('Pretranslate'),
        },
      },
    },
  },
  responses: {
    202: { description: 'Started', content: { 'application/json': { schema: z.object({ jobId: z.number().int() }) } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/jobs/{id}',
  tags: ['Machine translation'],
  summary: 'A background job and its progress',
  request: { params: IdParams },
  responses: { 200: { description: 'The job', content: { 'application/json': { schema: Job } } }, ...problems(400, 401, 403, 404) },
});

const eventsRoute = createRoute({
  method: 'get',
  path: '/jobs/{id}/events',
  tags: ['Machine translation'],
  summary: "Server-Sent Events with the job's progress (`progress` events) until it ends",
  request: { params: IdParams },
  responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } }, ...problems(400, 401, 403, 404) },
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/jobs/{id}/cancel',
  tags: ['Machine translation'],
  summary: 'Cancel a job (what it already filled stays)',
  request: { params: IdParams },
  responses: { 200: { description: 'The job', content: { 'application/json': { schema: Job } } }, ...problems(400, 401, 403, 404) },
});

const resumeRoute = createRoute({
  method: 'post',
  path: '/jobs/{id}/resume',
  tags: ['Machine translation'],
  summary: 'Resume a paused or failed job (texts already translated are not paid again)',
  request: { params: IdParams },
  responses: { 200: { description: 'The job', content: { 'application/json': { schema: Job } } }, ...problems(400, 401, 403, 404, 409) },
});

const ended = new Set(['done', 'failed', 'cancelled']);

/** Pre-translation jobs. */
export function jobRoutes() {
  return openApiApp()
    .openapi(pretranslateRoute, async (c) => {
      const type = c.req.header('content-type') ?? '';
      const body = type.includes('json') ? c.req.valid('json') : { memory: true, minScore: 75, mt: true };
      const job = await c.get('services').jobs.start(c.req.valid('param').id, body, c.get('actor'));
      return c.json({ jobId: job.id }, 202);
    })
    .openapi(getRoute, async (c) => c.json(view(await c.get('services').jobs.get(c.req.valid('param').id)), 200))
    .openapi(cancelRoute, async (c) => c.json(view(await c.get('services').jobs.cancel(c.req.valid('param').id)), 200))
    .openapi(resumeRoute, async (c) => c.json(view(await c.get('services').jobs.resume(c.req.valid('param').id)), 200))
    .openapi(eventsRoute, async (c) => {
      const { jobs } = c.get('services');
      const jobId = c.req.valid('param').id;
      await jobs.get(jobId); // 404 before the stream starts
      c.header('cache-control', 'no-store');
      return streamSSE(c, async (stream) => {
        const queue: JobRecord[] = [];
        let wake: (() => void) | undefined;
        let closed = false;
        // Listen first, then read the state: a change between the two is never lost.
        const stop = jobs.listen(jobId, (job) => {
          queue.push(job);
          wake?.();
        });
        queue.push(await jobs.get(jobId));
        stream.onAbort(() => {
          closed = true;
          wake?.();
        });
        const gate = await guardStream(c, { kind: 'job', id: jobId }, () => wake?.());
        try {
          while (!closed && !gate.over) {
            while (queue.length && !gate.held && !gate.over) {
              const job = queue.shift()!;
              await stream.writeSSE({ event: 'progress', data: JSON.stringify(view(job)) });
              if (ended.has(job.state)) return;
            }
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, 5_000);
            });
            wake = undefined;
            if (!queue.length && !closed && !gate.over) queue.push(await jobs.get(jobId));
          }
        } finally {
          stop();
          gate.stop();
        }
        if (gate.withdrawn) await stream.writeSSE({ event: 'revoked', data: JSON.stringify({ reason: gate.withdrawn }) });
      });
    });
}
