import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createServices } from '../../src/services';
import { importText, patch, segmentsOf, type TestApp, tempStore, testApp, testPassword, testPasswordCost } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Signs in and returns the session cookie (`name=value`). */
async function signIn(username = 'camille', password = testPassword): Promise<string> {
  const res = await t.anonymous('/api/auth/login', json({ username, password }));
  expect(res.status).toBe(204);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

describe('signing in', () => {
  it('refuses anonymous calls with 401 problem+json, except the public routes', async () => {
    const res = await t.anonymous('/api/documents');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthenticated', detail: 'Sign in first.' });
    for (const path of ['/api/health', '/api/openapi.json', '/api/setup', '/api/docs']) {
      expect((await t.anonymous(path)).status, path).toBe(200);
    }
    expect((await t.anonymous('/api/segments/1', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that identifies the user', async () => {
    const res = await t.anonymous('/api/auth/login', json({ username: 'CAMILLE', password: testPassword }));
    expect(res.status).toBe(204);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^visavis_session=[\w-]{40,};/u);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await t.anonymous('/api/auth/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(await me.json()).toMatchObject({ username: 'camille', isAdmin: true });
  });

  it('marks the cookie Secure when served over HTTPS', async () => {
    const res = await t.hono.request('https://visavis.example/api/auth/login', json({ username: 'camille', password: testPassword }));
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('marks it Secure behind a TLS proxy only when the proxy is trusted', async () => {
    const behind = json({ username: 'camille', password: testPassword }, { 'x-forwarded-proto': 'https' });
    expect((await t.anonymous('/api/auth/login', behind)).headers.get('set-cookie')).not.toContain('Secure');
    const proxied = await testApp({ trustProxy: true });
    try {
      expect((await proxied.anonymous('/api/auth/login', behind)).headers.get('set-cookie')).toContain('Secure');
    } finally {
      await proxied.cleanup();
    }
  });

  it('answers the same to an unknown user and to a wrong password', async () => {
    const unknown = await t.anonymous('/api/auth/login', json({ username: 'personne', password: testPassword }));
    const wrong = await t.anonymous('/api/auth/login', json({ username: 'camille', password: 'pas le bon mot de passe' }));
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const [a, b] = [(await unknown.json()) as { detail: string }, (await wrong.json()) as { detail: string }];
    expect(a.detail).toBe('Wrong username or password.');
    expect(b.detail).toBe(a.detail);
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('records the signed-in user as the author of revisions', async () => {
    const cookie = await signIn();
    const id = await importText(t.app, 'Bonjour.');
    const [segment] = (await segmentsOf(t.app, id)).items;
    const res = await t.anonymous(`/api/segments/${segment!.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, origin: 'http://localhost' },
      body: JSON.stringify({ target: 'Hello.', version: 1 }),
    });
    expect(res.status).toBe(200);
    const history = (await (await t.app.request(`/api/segments/${segment!.id}/revisions`)).json()) as { items: { author: string }[] };
    expect(history.items.map((revision) => revision.author)).toEqual(['camille', 'camille']);
  });
});

describe('sessions end', () => {
  it('at logout: a stolen cookie stops working', async () => {
    const cookie = await signIn();
    expect((await t.anonymous('/api/documents', { headers: { cookie } })).status).toBe(200);
    const out = await t.anonymous('/api/auth/logout', { method: 'POST', headers: { cookie, origin: 'http://localhost' } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/visavis_session=;/u);
    expect((await t.anonymous('/api/documents', { headers: { cookie } })).status).toBe(401);
  });

  it('everywhere at once', async () => {
    const first = await signIn();
    const second = await signIn();
    const res = await t.anonymous('/api/auth/logout-everywhere', { method: 'POST', headers: { cookie: first, origin: 'http://localhost' } });
    expect(await res.json()).toEqual({ ended: 2 });
    expect((await t.anonymous('/api/documents', { headers: { cookie: second } })).status).toBe(401);
  });

  it('after a week', async () => {
    let clock = new Date('2026-03-01T08:00:00Z');
    const temp = await tempStore();
    try {
      const services = createServices({ store: temp.store, passwordCost: testPasswordCost, now: () => clock });
      const app = createApp({ store: temp.store, services, publicDir: loadConfig({}).publicDir });
      await services.accounts.createUser({ username: 'sacha', password: testPassword });
      const res = await app.request('/api/auth/login', json({ username: 'sacha', password: testPassword }));
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      clock = new Date('2026-03-07T08:00:00Z');
      expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
      clock = new Date('2026-03-08T08:00:01Z');
      expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
      // The next sign-in forgets the expired session: only the new one is left to end.
      await app.request('/api/auth/login', json({ username: 'sacha', password: testPassword }));
      const sacha = await services.accounts.findUser('sacha');
      expect(await services.accounts.logoutEverywhere(sacha, { name: 'sacha' })).toBe(1);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('API tokens', () => {
  it('authenticate scripts until revoked', async () => {
    const { token, record } = await t.services.accounts.createToken({ username: 'camille', name: 'export nightly' });
    expect(token).toMatch(/^vv_/u);
    expect((await t.as(token)('/api/documents')).status).toBe(200);
    await t.services.accounts.revokeToken(t.admin, record.id);
    expect((await t.as(token)('/api/documents')).status).toBe(401);
    expect((await t.as('vv_made_up')('/api/documents')).status).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuses a cookie-authenticated form post from another site, and accepts it from the workbench', async () => {
    const cookie = await signIn();
    const form = () => {
      const body = new FormData();
      body.append('file', new File(['Texte.'], 'texte.txt'));
      return body;
    };
    const evil = await t.anonymous('/api/documents', { method: 'POST', headers: { cookie, origin: 'https://evil.example' }, body: form() });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ code: 'forbidden' });
    expect(((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items).toHaveLength(0);
    const same = await t.anonymous('/api/documents', { method: 'POST', headers: { cookie, origin: 'http://localhost' }, body: form() });
    expect(same.status).toBe(201);
  });

  it('lets a script with an API token upload without an Origin header', async () => {
    const body = new FormData();
    body.append('file', new File(['Texte.'], 'texte.txt'));
    expect((await t.app.request('/api/documents', { method: 'POST', body })).status).toBe(201);
  });
});

describe('first-run setup', () => {
  it('creates the administrator once, with the secret printed at start', async () => {
    const temp = await tempStore();
    try {
      const services = createServices({ store: temp.store, passwordCost: testPasswordCost });
      const app = createApp({ store: temp.store, services, publicDir: loadConfig({}).publicDir });
      expect(await (await app.request('/api/setup')).json()).toEqual({ needed: true });
      const secret = await services.accounts.setup.secret();
      expect(secret).toBeTruthy();
      const wrong = await app.request('/api/setup', json({ secret: 'devine', username: 'admin', password: testPassword }));
      expect(wrong.status).toBe(401);
      const weak = await app.request('/api/setup', json({ secret, username: 'admin', password: 'court' }));
      expect(weak.status).toBe(400);
      expect(await weak.json()).toMatchObject({ detail: 'A password has at least 10 characters.' });
      const ok = await app.request('/api/setup', json({ secret, username: 'admin', password: testPassword }));
      expect(ok.status).toBe(201);
      expect(await ok.json()).toMatchObject({ username: 'admin', isAdmin: true });
      expect(ok.headers.get('set-cookie')).toContain('visavis_session=');
      expect(await (await app.request('/api/setup')).json()).toEqual({ needed: false });
      const again = await app.request('/api/setup', json({ secret, username: 'intrus', password: testPassword }));
      expect(again.status).toBe(401);
      expect(await services.accounts.setup.secret()).toBeUndefined();
    } finally {
      await temp.cleanup();
    }
  });
});

describe('patch helper', () => {
  it('is authenticated by the test token', async () => {
    const id = await importText(t.app, 'Bonjour.');
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect((await patch(t.app, segment!.id, { target: 'Hello.', version: 1 })).status).toBe(200);
  });
});
