import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { AuthenticationError } from '../../domain/errors';
import type { LiveEvent } from '../../services';
import { guardStream } from '../stream-guard';
import { openApiApp } from '../openapi-app';
import { IdParams, problems } from '../schemas';

/** How often an idle stream says it is alive (proxies close silent connections). */
export const keepAliveMs = 15_000;

const eventsRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/events',
  tags: ['Live'],
  summary: "Server-Sent Events for a document: segment, comment, presence (and reset when the client should reload)",
  description:
    'Each event has an id; reconnect with the Last-Event-ID header (EventSource does it) to get what was missed. `segment` carries the segment and its author; `comment` the segment whose comments changed; `presence` who edits which segment. When the reader signs out, loses the session or token, or loses access to the project, the stream ends with a `revoked` event `{reason: signed-out | access-withdrawn}`.',
  request: { params: IdParams },
  responses: {
    200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
    ...problems(400, 401, 403, 404),
  },
});

const presenceRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/presence',
  tags: ['Live'],
  summary: 'Say which segment you are editing (null: none); renew it every half minute while you are',
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ segmentId: z.number().int().positive().nullable() }).strict().openapi('PresenceChange') } } },
  },
  responses: {
    200: {
      description: 'Who edits what now',
      content: { 'application/json': { schema: z.object({ users: z.array(z.object({ username: z.string(), segmentId: z.number().int().nullable() })) }) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

/** `/api/documents/:id/events` and `/presence`: editors of one document see each other's work live. */
export function liveRoutes() {
  return openApiApp()
    .openapi(presenceRoute, async (c) => {
      const user = c.get('user');
      if (!user) throw new AuthenticationError();
      return c.json({ users: await c.get('services').documents.setPresence(c.req.valid('param').id, user.username, c.req.valid('json').segmentId) }, 200);
    })
    .openapi(eventsRoute, (c) => {
      const documentId = c.req.valid('param').id;
      const { live } = c.get('services');
      const lastEventId = c.req.header('last-event-id');
      c.header('cache-control', 'no-store');
      c.header('x-accel-buffering', 'no');
      return streamSSE(c, async (stream) => {
        const queue: LiveEvent[] = [];
        let wake: (() => void) | undefined;
        let closed = false;
        // The stream lives only as long as its reader may read: access withdrawn anywhere closes it.
        const gate = await guardStream(c, { kind: 'document', id: documentId }, () => wake?.());
        const subscription = live.subscribe(
          documentId,
          (event) => {
            queue.push(event);
            wake?.();
          },
          lastEventId,
        );
        stream.onAbort(() => {
          closed = true;
          subscription.unsubscribe();
          wake?.();
        });
        const send = (event: LiveEvent) => stream.writeSSE({ id: live.eventId(event), event: event.type, data: JSON.stringify(event.data) });
        await stream.writeSSE({ event: 'presence', data: JSON.stringify({ users: live.presenceOf(documentId) }) });
        if (subscription.missed === 'reset') await stream.writeSSE({ event: 'reset', data: JSON.stringify({ reason: 'missed' }) });
        else for (const event of subscription.missed) await send(event);
        while (!closed && !gate.over) {
          while (queue.length > 0 && !closed && !gate.held && !gate.over) await send(queue.shift()!);
          if (closed || gate.over) break;
          const woken = await new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => resolve(false), keepAliveMs);
            wake = () => {
              clearTimeout(timer);
              resolve(true);
            };
          });
          wake = undefined;
          if (!woken && !closed && !gate.over) await stream.write(': keep-alive\n\n');
        }
        gate.stop();
        subscription.unsubscribe();
        if (gate.withdrawn) await stream.writeSSE({ event: 'revoked', data: JSON.stringify({ reason: gate.withdrawn }) });
      });
    });
}
