import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeSseEvents } from '../helpers/sse';
import { importText, patch, segmentsOf, type SegmentJson, type TestApp, testApp, testPassword } from '../helpers/test-app';

/**
 * An open event stream belongs to whoever opened it: when their access ends (signed out, session
 * or token ended, removed from the project, account deleted), it ends within a second with a
 * `revoked` event saying why, and delivers nothing more.
 */
let t: TestApp;
let offsetMs = 0;
let projectId: number;
let documentId: number;
let segments: SegmentJson[];
beforeEach(async () => {
  offsetMs = 0;
  t = await testApp({ now: () => new Date(Date.now() + offsetMs) });
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
  documentId = await importText(t.app, 'Un texte confidentiel.\n\nDeux.', 'txt', 'Brève', projectId);
  segments = (await segmentsOf(t.app, documentId)).items;
});
afterEach(async () => {
  await t.cleanup();
});

type Request = (path: string, init?: RequestInit) => Promise<Response>;
interface Sse {
  event: string;
  data: unknown;
}

/** Opens a stream and reads it in the background: `events` as they come, `ended` once the server closed it. */
async function open(request: Request, path = `/api/documents/${documentId}/events`) {
  const res = await request(path);
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: Sse[] = [];
  let buffer = '';
  let endedAt: number | undefined;
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const taken = takeSseEvents(buffer);
      buffer = taken.rest;
      events.push(...taken.events);
    }
    endedAt = Date.now();
  })();
  /** Waits until the server ends the stream (at most `ms`); returns how long it took from `since`. */
  const ended = async (since: number, ms = 1000): Promise<number> => {
    const deadline = since + ms;
    while (endedAt === undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (endedAt === undefined) throw new Error(`the stream was still open after ${ms} ms; got ${JSON.stringify(events)}`);
    return endedAt - since;
  };
  const close = async () => {
    await reader.cancel().catch(() => undefined);
    await reading;
  };
  return { events, ended, close, isOpen: () => endedAt === undefined };
}

/** Signs in with a password and returns a request function carrying the session cookie. */
async function signIn(username: string): Promise<Request> {
  const res = await t.anonymous('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: testPassword }) });
  expect(res.status).toBe(204);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    headers.set('origin', 'http://localhost'); // as the workbench's own page sends it
    return t.anonymous(path, { ...init, headers });
  };
}

const post = (request: Request, path: string, body?: unknown) =>
  request(path, { method: 'POST', ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });

/** After the stream ended: it said why, and a later edit of the document never reached it. */
async function expectRevoked(stream: Awaited<ReturnType<typeof open>>, since: number, reason: string) {
  expect(await stream.ended(since)).toBeLessThan(1000);
  expect(stream.events.at(-1)).toEqual({ event: 'revoked', data: { reason } });
  const before = stream.events.length;
  await patch(t.app, segments[0]!.id, { target: 'A confidential text.', version: segments[0]!.version });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(stream.events).toHaveLength(before);
  await stream.close();
}

describe('an open stream ends when its access ends', () => {
  it('when the member is removed from the project', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await open(sacha.request);
    const since = Date.now();
    expect((await t.app.request(`/api/projects/${projectId}/members/sacha`, { method: 'DELETE' })).status).toBe(204);
    await expectRevoked(stream, since, 'access-withdrawn');
  });

  it('when the account is deleted', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await open(sacha.request);
    const since = Date.now();
    expect((await t.app.request('/api/admin/users/sacha', { method: 'DELETE' })).status).toBe(204);
    await expectRevoked(stream, since, 'signed-out');
  });

  it('when its session signs out', async () => {
    await t.user('sacha', 'translator', projectId);
    const session = await signIn('sacha');
    const stream = await open(session);
    const since = Date.now();
    expect((await post(session, '/api/auth/logout')).status).toBe(204);
    await expectRevoked(stream, since, 'signed-out');
  });

  it('when the user signs out everywhere, on every session', async () => {
    await t.user('sacha', 'translator', projectId);
    const [laptop, phone] = [await signIn('sacha'), await signIn('sacha')];
    const [first, second] = [await open(laptop), await open(phone)];
    const since = Date.now();
    expect((await post(phone, '/api/auth/logout-everywhere')).status).toBe(200);
    await expectRevoked(first, since, 'signed-out');
    await expectRevoked(second, since, 'signed-out');
  });

  it("when the password changes, on the user's other sessions only", async () => {
    await t.user('sacha', 'translator', projectId);
    const [laptop, phone] = [await signIn('sacha'), await signIn('sacha')];
    const [other, own] = [await open(laptop), await open(phone)];
    const since = Date.now();
    expect((await post(phone, '/api/account/password', { current: testPassword, password: 'un autre mot de passe long' })).status).toBe(204);
    await expectRevoked(other, since, 'signed-out');
    expect(own.isOpen()).toBe(true);
    await patch(t.app, segments[1]!.id, { target: 'Two.', version: segments[1]!.version });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own.events.some((event) => event.event === 'segment')).toBe(true);
    await own.close();
  });

  it('when its API token is revoked', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await open(sacha.request);
    const { items } = (await (await sacha.request('/api/account/tokens')).json()) as { items: { id: number }[] };
    const since = Date.now();
    expect((await sacha.request(`/api/account/tokens/${items[0]!.id}`, { method: 'DELETE' })).status).toBe(204);
    await expectRevoked(stream, since, 'signed-out');
  });

  it('when its token is revoked outside the server (the CLI), at the next periodic check', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const other = await t.user('dominique', 'translator', projectId);
    const stream = await open(sacha.request);
    const untouched = await open(other.request);
    // Straight in the store, as `visavis` would from another process: nothing is announced.
    const [token] = await t.store.accounts.listTokens(sacha.account.id);
    await t.store.accounts.revokeToken(sacha.account.id, token!.id, new Date().toISOString());
    offsetMs = 6_000; // past what the access cache may keep
    const since = Date.now();
    expect(await t.services.live.recheckAll()).toBe(1);
    await expectRevoked(stream, since, 'signed-out');
    expect(untouched.isOpen()).toBe(true);
    await untouched.close();
  });

  it('when its session expires', async () => {
    await t.user('sacha', 'translator', projectId);
    // Signed in a week ago, less 300 ms: the session expires 300 ms from now.
    offsetMs = -(7 * 24 * 60 * 60 * 1000) + 300;
    const session = await signIn('sacha');
    offsetMs = 0;
    const stream = await open(session);
    await expectRevoked(stream, Date.now(), 'signed-out');
  });

  it('when an administrator who is no member loses administration', async () => {
    const dominique = await t.user('dominique');
    await t.app.request('/api/admin/users/dominique', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ isAdmin: true }) });
    const stream = await open(dominique.request);
    const since = Date.now();
    await t.app.request('/api/admin/users/dominique', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ isAdmin: false }) });
    await expectRevoked(stream, since, 'access-withdrawn');
  });

  it('but goes on, delivering, when a change of role still allows reading', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const stream = await open(sacha.request);
    expect((await t.app.request(`/api/projects/${projectId}/members/sacha`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'viewer' }) })).status).toBe(200);
    await patch(t.app, segments[0]!.id, { target: 'Still here.', version: segments[0]!.version });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stream.isOpen()).toBe(true);
    expect(stream.events.some((event) => event.event === 'segment')).toBe(true);
    await stream.close();
  });

  it("for a job's progress stream too", async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const started = await post(t.app.request, `/api/documents/${documentId}/pretranslate`, { memory: true, mt: false });
    const { jobId } = (await started.json()) as { jobId: number };
    const stream = await open(sacha.request, `/api/jobs/${jobId}/events`);
    // The job may end (closing the stream) before the member is removed: only a stream still open is checked.
    const since = Date.now();
    await t.app.request(`/api/projects/${projectId}/members/sacha`, { method: 'DELETE' });
    if (stream.isOpen()) {
      expect(await stream.ended(since)).toBeLessThan(1000);
      // It ends on the withdrawal, or on the job's own end when the job finished in the same instant
      // (its last progress, done: a race the test cannot order, seen once in CI).
      const last = stream.events.at(-1);
      const jobEnded = last?.event === 'progress' && ['done', 'failed', 'cancelled'].includes((last.data as { state?: string }).state ?? '');
      if (!jobEnded) expect(last).toEqual({ event: 'revoked', data: { reason: 'access-withdrawn' } });
    }
    await stream.close();
    expect((await sacha.request(`/api/jobs/${jobId}/events`)).status).toBe(404);
  });
});

describe('the instance stopping', () => {
  it('ends every open stream without a reason (the client reconnects elsewhere), and any opened after at once', async () => {
    const sacha = await t.user('sacha', 'translator', projectId);
    const first = await open(sacha.request);
    const second = await open(t.app.request);
    const since = Date.now();
    expect(t.services.live.endStreams()).toBe(2);
    expect(await first.ended(since)).toBeLessThan(1000);
    expect(await second.ended(since)).toBeLessThan(1000);
    // Nothing was withdrawn: the last thing said is the presence sent on opening, not `revoked`.
    expect(first.events.map((event) => event.event)).toEqual(['presence']);
    const late = await open(sacha.request);
    expect(await late.ended(Date.now())).toBeLessThan(1000);
    expect(late.events.map((event) => event.event)).not.toContain('revoked');
    await Promise.all([first.close(), second.close(), late.close()]);
  });
});

describe('presence', () => {
  it('refuses a segment of another document, or one that does not exist', async () => {
    const other = await importText(t.app, 'Autre.', 'txt', 'Autre', projectId);
    const [foreign] = (await segmentsOf(t.app, other)).items;
    const say = (segmentId: number | null) => post(t.app.request, `/api/documents/${documentId}/presence`, { segmentId });
    expect((await say(foreign!.id)).status).toBe(404);
    expect((await say(999_999)).status).toBe(404);
    expect((await say(segments[0]!.id)).status).toBe(200);
    expect((await say(null)).status).toBe(200);
  });
});
