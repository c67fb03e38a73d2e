import { expect } from 'vitest';

/**
 * Splits what an event stream sent so far into complete events; returns them and the unfinished rest.
 * Comment lines (`: keep-alive`) are skipped.
 */
export function takeSseEvents(buffer: string): { events: { id?: string; event: string; data: unknown }[]; rest: string } {
  const events: { id?: string; event: string; data: unknown }[] = [];
  let rest = buffer;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const fields = Object.fromEntries(block.split('\n').filter((line) => !line.startsWith(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
    if (fields.event) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data ?? 'null') });
  }
  return { events, rest };
}

export interface Sse {
  id?: string;
  event: string;
  data: unknown;
}

/** An open event stream (`path`: a document's events), read as it comes. */
export async function listenTo(request: (path: string, init?: RequestInit) => Promise<Response>, path: string, lastEventId?: string) {
  const res = await request(path, lastEventId ? { headers: { 'last-event-id': lastEventId } } : {});
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const received: Sse[] = [];
  /** The next event of this type (of one of these types), waiting up to 2 s. */
  async function next(type: string | readonly string[]): Promise<Sse> {
    const types = typeof type === 'string' ? [type] : type;
    const deadline = Date.now() + 2000;
    for (;;) {
      const index = received.findIndex((event) => types.includes(event.event));
      if (index >= 0) return received.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no ${types.join(' or ')} event; got ${JSON.stringify(received)}`);
      const { value, done } = await Promise.race([
        reader.read(),
        new Promise<{ value: undefined; done: true }>((resolve) => setTimeout(() => resolve({ value: undefined, done: true }), deadline - Date.now())),
      ]);
      if (done) continue;
      buffer += decoder.decode(value, { stream: true });
      const taken = takeSseEvents(buffer);
      buffer = taken.rest;
      received.push(...taken.events);
    }
  }
  return { next, close: () => reader.cancel() };
}
