import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeSseEvents } from '../helpers/sse';
import { importText, patch, segmentsOf, type SegmentJson, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
let projectId: number;
let documentId: number;
let segments: SegmentJson[];
beforeEach(async () => {
  t = await testApp();
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
  documentId = await importText(t.app, 'Un.\n\nDeux.', 'txt', 'Brève', projectId);
  segments = (await segmentsOf(t.app, documentId)).items;
});
afterEach(async () => {
  await t.cleanup();
});

interface Sse {
  id?: string;
  event: string;
  data: unknown;
}

/** An open event stream, read as it comes. */
async function listen(request: (path: string, init?: RequestInit) => Promise<Response>, lastEventId?: string) {
  const res = await request(`/api/documents/${documentId}/events`, lastEventId ? { headers: { 'last-event-id': lastEventId } } : {});
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const received: Sse[] = [];
  /** The next event of this type (waiting up to 2 s). */
  async function next(type: string): Promise<Sse> {
    const deadline = Date.now() + 2000;
    for (;;) {
      const index = received.findIndex((event) => event.event === type);
      if (index >= 0) return received.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no ${type} event; got ${JSON.stringify(received)}`);
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

describe('live updates', () => {
  it("send one editor's change to another, with the author", async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await listen(sacha.request);
    await stream.next('presence');
    await patch(t.app, segments[0]!.id, { target: 'One.', version: 1 });
    const event = await stream.next('segment');
    expect(event.id).toMatch(/^[\w-]+\.\d+$/u); // this hub, then its sequence
    expect(event.data).toMatchObject({ author: 'camille', segment: { id: segments[0]!.id, target: 'One.', status: 'draft', version: 2 } });
    await t.app.request(`/api/segments/${segments[1]!.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: 'À voir.' }) });
    expect((await stream.next('comment')).data).toEqual({ segmentId: segments[1]!.id });
    await stream.close();
  });

  it('show who edits which segment', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await listen(sacha.request);
    expect((await stream.next('presence')).data).toEqual({ users: [] });
    const res = await t.app.request(`/api/documents/${documentId}/presence`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ segmentId: segments[1]!.id }) });
    expect(await res.json()).toEqual({ users: [{ username: 'camille', segmentId: segments[1]!.id }] });
    expect((await stream.next('presence')).data).toEqual({ users: [{ username: 'camille', segmentId: segments[1]!.id }] });
    await t.app.request(`/api/documents/${documentId}/presence`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ segmentId: null }) });
    expect((await stream.next('presence')).data).toEqual({ users: [] });
    await stream.close();
  });

  it('resume after a reconnection with Last-Event-ID, or ask for a reload when the gap is unknown', async () => {
    const first = await listen(t.app.request);
    await patch(t.app, segments[0]!.id, { target: 'One.', version: 1 });
    const seen = await first.next('segment');
    await first.close();
    await patch(t.app, segments[1]!.id, { target: 'Two.', version: 1 }); // while disconnected
    const again = await listen(t.app.request, seen.id);
    expect((await again.next('segment')).data).toMatchObject({ segment: { id: segments[1]!.id, target: 'Two.' } });
    await again.close();
    const lost = await listen(t.app.request, '999999');
    expect((await lost.next('reset')).data).toEqual({ reason: 'missed' });
    await lost.close();
    expect(t.services.live.listenerCount(documentId)).toBe(0);
  });

  it('tell editors to reload after a source update, and refuse outsiders', async () => {
    const stream = await listen(t.app.request);
    await t.app.request(`/api/documents/${documentId}/source`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Un.\n\nDeux.\n\nTrois.' }) });
    expect((await stream.next('reset')).data).toEqual({ reason: 'source-update' });
    await stream.close();
    const outsider = await t.user('olga');
    expect((await outsider.request(`/api/documents/${documentId}/events`)).status).toBe(404);
  });
});
