import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { securityHeaderList } from '../../src/http/middleware/security-headers';
import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp, testPassword } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('login throttling', () => {
  it('refuses an account after 10 failures in 15 minutes, with Retry-After, even with the right password', async () => {
    let now = new Date('2026-11-24T10:00:00Z');
    t = await testApp({ now: () => now });
    for (let i = 0; i < 10; i++) {
      expect((await t.anonymous('/api/auth/login', post({ username: 'camille', password: `wrong ${i} password` }))).status).toBe(401);
      now = new Date(now.getTime() + 30_000);
    }
    const refused = await t.anonymous('/api/auth/login', post({ username: 'Camille', password: testPassword }));
    expect(refused.status).toBe(429);
    // The first failure was 5 minutes ago: it leaves the window in 10 minutes.
    expect(refused.headers.get('retry-after')).toBe('600');
    expect(await refused.json()).toMatchObject({ code: 'too_many_attempts', retryAfter: 600 });
    expect(refused.headers.get('set-cookie')).toBeNull();
    // An unknown account is throttled the same way, so throttling does not reveal who exists.
    for (let i = 0; i < 10; i++) await t.anonymous('/api/auth/login', post({ username: 'personne', password: 'wrong password!' }));
    expect((await t.anonymous('/api/auth/login', post({ username: 'personne', password: 'wrong password!' }))).status).toBe(429);

    now = new Date(now.getTime() + 15 * 60_000);
    expect((await t.anonymous('/api/auth/login', post({ username: 'camille', password: testPassword }))).status).toBe(204);
  });

  it('refuses an address after 50 failures, whatever the accounts tried', async () => {
    t = await testApp({ trustProxy: true });
    // The trusted proxy appends the address it saw: whatever the client wrote before it is ignored.
    const from = (address: string) => ({ 'x-forwarded-for': `10.9.9.9, ${address}` });
    for (let i = 0; i < 50; i++) {
      await t.anonymous('/api/auth/login', post({ username: `user${i}`, password: 'wrong password!' }, from('203.0.113.9')));
    }
    expect((await t.anonymous('/api/auth/login', post({ username: 'camille', password: testPassword }, from('203.0.113.9')))).status).toBe(429);
    expect((await t.anonymous('/api/auth/login', post({ username: 'camille', password: testPassword }, from('198.51.100.7')))).status).toBe(204);
  });
});

describe('login throttling under concurrency and across addresses', () => {
  const proxied = (address: string, body: unknown) => post(body, { 'x-forwarded-for': address });

  it('evaluates at most the limit of a burst of 100 concurrent attempts, and the right password sent last does not sign in', async () => {
    t = await testApp();
    const attempts = Array.from({ length: 100 }, (_, i) =>
      t.anonymous('/api/auth/login', post({ username: 'camille', password: i === 99 ? testPassword : `wrong password ${i}` })),
    );
    const answers = await Promise.all(attempts);
    const statuses = answers.map((answer) => answer.status);
    const evaluated = statuses.filter((status) => status === 401).length;
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(100 - evaluated);
    expect(statuses.at(-1)).toBe(429);
    expect(answers.some((answer) => answer.headers.get('set-cookie') !== null)).toBe(false);
    const { items } = (await (await t.app.request('/api/admin/audit?event=login.failed&limit=200')).json()) as { items: unknown[] };
    expect(items).toHaveLength(evaluated);
    // The refusals are counted, not written out one by one: one audit row says the limit was reached.
    const throttled = (await (await t.app.request('/api/admin/audit?event=login.throttled&limit=200')).json()) as { items: Array<{ detail: unknown }> };
    expect(throttled.items).toHaveLength(1);
    expect(throttled.items[0]!.detail).toMatchObject({ limit: 'pair' });
  });

  it("does not let a stranger guessing from another address lock the owner out", async () => {
    t = await testApp({ trustProxy: true });
    await Promise.all(Array.from({ length: 100 }, (_, i) => t.anonymous('/api/auth/login', proxied('203.0.113.66', { username: 'camille', password: `guess ${i} xxxxxx` }))));
    expect((await t.anonymous('/api/auth/login', proxied('203.0.113.66', { username: 'camille', password: testPassword }))).status).toBe(429);
    expect((await t.anonymous('/api/auth/login', proxied('198.51.100.7', { username: 'camille', password: testPassword }))).status).toBe(204);
  });

  it('slows guessers rotating addresses with a growing delay, while the owner at a known address gets in at once', async () => {
    let now = new Date('2026-11-24T10:00:00Z');
    t = await testApp({ trustProxy: true, now: () => now });
    const attempt = (address: string, password: string) => t.anonymous('/api/auth/login', proxied(address, { username: 'camille', password }));
    expect((await attempt('198.51.100.7', testPassword)).status).toBe(204); // the owner's usual address
    for (let i = 0; i < 30; i++) expect((await attempt(`203.0.113.${i + 1}`, 'guess xxxxxxxx')).status).toBe(401);
    // Past 30 attempts on the account: one attempt from an unknown address, then a delay.
    expect((await attempt('203.0.113.100', 'guess xxxxxxxx')).status).toBe(401);
    const held = await attempt('203.0.113.101', 'guess xxxxxxxx');
    expect(held.status).toBe(429);
    expect(held.headers.get('retry-after')).toBe('1');
    // Even the right password from an unknown address waits its turn…
    expect((await attempt('192.0.2.50', testPassword)).status).toBe(429);
    // …but the owner at their known address is not held back.
    expect((await attempt('198.51.100.7', testPassword)).status).toBe(204);
    now = new Date(now.getTime() + 1000);
    expect((await attempt('203.0.113.102', 'guess xxxxxxxx')).status).toBe(401);
    const longer = await attempt('203.0.113.103', 'guess xxxxxxxx');
    expect(longer.status).toBe(429);
    expect(longer.headers.get('retry-after')).toBe('2');
    now = new Date(now.getTime() + 2000);
    expect((await attempt('192.0.2.50', testPassword)).status).toBe(204);
  });

  it('counts the address the trusted proxy saw, not one the client wrote into X-Forwarded-For', async () => {
    t = await testApp({ trustProxy: true });
    for (let i = 0; i < 12; i++) {
      await t.anonymous('/api/auth/login', proxied(`10.0.${i}.1, 203.0.113.9`, { username: 'camille', password: 'wrong password!' }));
    }
    expect((await t.anonymous('/api/auth/login', proxied('192.0.2.1, 203.0.113.9', { username: 'camille', password: testPassword }))).status).toBe(429);
    const { items } = (await (await t.app.request('/api/admin/audit?event=login.failed&limit=20')).json()) as { items: { address: string | null }[] };
    expect(new Set(items.map((item) => item.address))).toEqual(new Set(['203.0.113.9']));
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent over HTTPS only, directly or through a trusted proxy', async () => {
    t = await testApp();
    expect((await t.anonymous('http://localhost/api/health')).headers.get('strict-transport-security')).toBeNull();
    expect((await t.anonymous('https://localhost/api/health')).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await t.anonymous('http://localhost/', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).toBeNull();
    const proxiedApp = await testApp({ trustProxy: true });
    try {
      expect((await proxiedApp.anonymous('http://localhost/', { headers: { 'x-forwarded-proto': 'https' } })).headers.get('strict-transport-security')).not.toBeNull();
      expect((await proxiedApp.anonymous('http://localhost/', { headers: { 'x-forwarded-proto': 'http' } })).headers.get('strict-transport-security')).toBeNull();
    } finally {
      await proxiedApp.cleanup();
    }
  });
});

describe('the audit log', () => {
  it('records sign-ins, role changes, tokens and is readable by administrators only', async () => {
    t = await testApp({ trustProxy: true });
    const project = await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' });
    const sacha = await t.user('sacha', 'translator', project.id);
    await t.anonymous('/api/auth/login', post({ username: 'sacha', password: 'not the password' }, { 'x-forwarded-for': '203.0.113.9' }));
    await t.anonymous('/api/auth/login', post({ username: 'sacha', password: testPassword }, { 'x-forwarded-for': '203.0.113.9' }));
    await t.app.request(`/api/projects/${project.id}/members/sacha`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'reviewer' }) });
    const session = ((await t.anonymous('/api/auth/login', post({ username: 'sacha', password: testPassword }))).headers.get('set-cookie') ?? '').split(';')[0]!;
    const created = (await (await t.anonymous('/api/account/tokens', post({ name: 'nightly export' }, { cookie: session, origin: 'http://localhost' }))).json()) as { token: string; record: { id: number } };
    expect((await t.as(created.token)('/api/auth/me')).status).toBe(200);
    expect((await sacha.request(`/api/account/tokens/${created.record.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.as(created.token)('/api/auth/me')).status).toBe(401);

    expect((await sacha.request('/api/admin/audit')).status).toBe(403);
    const { items } = (await (await t.app.request('/api/admin/audit?limit=7')).json()) as { items: Record<string, unknown>[] };
    expect(items.map((event) => [event.event, event.actor, event.subject])).toEqual([
      ['token.revoked', 'sacha', 'sacha'],
      ['token.created', 'sacha', 'sacha'],
      ['login.succeeded', 'sacha', 'sacha'],
      ['member.role_changed', 'camille', 'sacha'],
      ['login.succeeded', 'sacha', 'sacha'],
      ['login.failed', null, 'sacha'],
      ['token.created', null, 'sacha'],
    ]);
    expect(items[3]).toMatchObject({ projectId: project.id, detail: { from: 'translator', to: 'reviewer' } });
    expect(items[5]).toMatchObject({ address: '203.0.113.9' });
    const older = (await (await t.app.request(`/api/admin/audit?before=${items[6]!.id as number}`)).json()) as { items: { id: number }[] };
    expect(older.items.every((event) => event.id < (items[6]!.id as number))).toBe(true);
  });
});

describe('stored verbatim', () => {
  it('keeps SQL-shaped titles, sources, targets and searches as plain text', async () => {
    t = await testApp();
    const evil = `Robert'); DROP TABLE documents;--`;
    const id = await importText(t.app, `L'article ' OR '1'='1 -- « ${evil} »`, 'txt', evil);
    expect(await (await t.app.request(`/api/documents/${id}`)).json()).toMatchObject({ title: evil });
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect(segment!.source).toBe(`L'article ' OR '1'='1 -- « ${evil} »`);
    const target = `"; DELETE FROM segments WHERE 1=1; -- ${evil}`;
    expect(await (await patch(t.app, segment!.id, { target, version: 1 })).json()).toMatchObject({ target });
    expect((await segmentsOf(t.app, id, `&q=${encodeURIComponent("%' OR '1'='1")}`)).total).toBe(0);
    expect((await segmentsOf(t.app, id, `&q=${encodeURIComponent('DROP TABLE')}`)).items.map((item) => item.target)).toEqual([target]);
    expect(await t.services.documents.count()).toBe(1);
  });
});

describe('your account', () => {
  it('changes the password after checking the current one, and ends the other sessions', async () => {
    t = await testApp();
    const signIn = async (password = testPassword) => {
      const res = await t.anonymous('/api/auth/login', post({ username: 'camille', password }));
      return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    };
    const [laptop, phone] = [await signIn(), await signIn()];
    const withCookie = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as Record<string, string>), cookie, origin: 'http://localhost' } });
    const wrong = await t.anonymous('/api/account/password', withCookie(laptop.cookie, post({ current: 'not it at all', password: 'a brand new password' })));
    expect(wrong.status).toBe(400);
    const short = await t.anonymous('/api/account/password', withCookie(laptop.cookie, post({ current: testPassword, password: 'short' })));
    expect(await short.json()).toMatchObject({ status: 400, detail: 'A password has at least 10 characters.' });
    expect((await t.anonymous('/api/account/password', withCookie(laptop.cookie, post({ current: testPassword, password: 'a brand new password' })))).status).toBe(204);
    expect((await t.anonymous('/api/auth/me', withCookie(laptop.cookie))).status).toBe(200);
    expect((await t.anonymous('/api/auth/me', withCookie(phone.cookie))).status).toBe(401);
    expect((await signIn()).status).toBe(401);
    expect((await signIn('a brand new password')).status).toBe(204);
  });
});

describe('site administration', () => {
  it('creates, promotes and deletes accounts; never the last administrator', async () => {
    t = await testApp();
    const project = await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' });
    expect((await t.app.request('/api/admin/users', post({ username: 'dominique', password: testPassword }))).status).toBe(201);
    expect((await t.app.request('/api/admin/users', post({ username: 'Dominique', password: testPassword }))).status).toBe(409);
    expect((await t.app.request('/api/admin/users', post({ username: 'x', password: testPassword }))).status).toBe(400);
    const change = (username: string, body: unknown) =>
      t.app.request(`/api/admin/users/${username}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const lastAdmin = await change('camille', { isAdmin: false });
    expect(lastAdmin.status).toBe(409);
    expect(await lastAdmin.json()).toMatchObject({ code: 'last_admin' });
    expect(await (await change('dominique', { isAdmin: true })).json()).toMatchObject({ username: 'dominique', isAdmin: true });
    expect((await change('dominique', { isAdmin: false, password: 'short' })).status).toBe(400);
    expect(await (await t.app.request('/api/admin/users')).json()).toMatchObject({ items: [{ isAdmin: true }, { username: 'dominique', isAdmin: true }] });

    const sacha = await t.user('sacha', 'translator', project.id);
    const id = await importText(t.app, 'Bonjour.', 'txt', 'Brève', project.id);
    const [segment] = (await segmentsOf(t.app, id)).items;
    await patch(sacha, segment!.id, { target: 'Hello.', version: 1 });
    expect((await t.app.request('/api/admin/users/sacha', { method: 'DELETE' })).status).toBe(204);
    expect((await sacha.request('/api/auth/me')).status).toBe(401);
    const history = (await (await t.app.request(`/api/segments/${segment!.id}/revisions`)).json()) as { items: { author: string }[] };
    // Personal data goes with the account; the history stays, under a pseudonym.
    expect(history.items[0]!.author).toBe(`former user #${sacha.account.id}`);
    expect((await t.app.request('/api/admin/users/sacha', { method: 'DELETE' })).status).toBe(404);
  });
});

describe('security headers', () => {
  it('are the same whether Node serves the app or app.request() answers', async () => {
    t = await testApp();
    const server = serve({ fetch: t.hono.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const port = (server.address() as AddressInfo).port;
      for (const path of ['/api/health', '/', '/api/nowhere']) {
        const overHttp = await fetch(`http://127.0.0.1:${port}${path}`);
        const inProcess = await t.anonymous(path);
        for (const [name, value] of securityHeaderList) {
          expect(overHttp.headers.get(name), `${path} ${name}`).toBe(value);
          expect(inProcess.headers.get(name), `${path} ${name}`).toBe(value);
        }
        // The route's own headers are kept beside them.
        expect(overHttp.headers.get('content-type')).toBe(inProcess.headers.get('content-type'));
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('send a Content-Security-Policy that allows no inline script', async () => {
    t = await testApp();
    for (const path of ['/', '/api/health', '/api/docs']) {
      const csp = (await t.anonymous(path)).headers.get('content-security-policy') ?? '';
      const scriptSrc = /script-src ([^;]*)/u.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toBe("'self'");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });
});
