import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listenTo } from '../helpers/sse';
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

/** An open event stream of the document, read as it comes. */
const listen = (request: (path: string, init?: RequestInit) => Promise<Response>, lastEventId?: string) => listenTo(request, `/api/documents/${documentId}/events`, lastEventId);

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
