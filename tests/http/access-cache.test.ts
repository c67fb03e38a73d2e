import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp, testPassword } from '../helpers/test-app';

/**
 * Sessions, tokens and roles are remembered between requests (services/access-cache.ts). These
 * tests make each request once first, so that what follows is answered from memory unless the
 * change emptied it: access must end at the next request all the same.
 */
let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

const json = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function firstSegment(): Promise<{ id: number; version: number }> {
  const documentId = await importText(t.app, 'Le conseil municipal a voté.\n\nLa séance est levée.');
  return (await segmentsOf(t.app, documentId)).items[0]!;
}

describe('remembered access ends at the next request when it is withdrawn', () => {
  it('a removed member', async () => {
    t = await testApp();
    const segment = await firstSegment();
    const dominique = await t.user('dominique', 'translator');
    expect((await patch(dominique, segment.id, { target: 'The council voted.', version: segment.version })).status).toBe(200);
    expect((await t.app.request('/api/projects/1/members/dominique', { method: 'DELETE' })).status).toBe(204);
    expect((await patch(dominique, segment.id, { target: 'Again.', version: segment.version + 1 })).status).toBe(404);
  });

  it('a translator made a viewer', async () => {
    t = await testApp();
    const segment = await firstSegment();
    const dominique = await t.user('dominique', 'translator');
    expect((await patch(dominique, segment.id, { target: 'The council voted.', version: segment.version })).status).toBe(200);
    expect((await t.app.request('/api/projects/1/members/dominique', json({ role: 'viewer' }, 'PATCH'))).status).toBe(200);
    expect((await patch(dominique, segment.id, { target: 'Again.', version: segment.version + 1 })).status).toBe(403);
  });

  it('a revoked API token', async () => {
    t = await testApp();
    const dominique = await t.user('dominique', 'translator');
    expect((await dominique.request('/api/auth/me')).status).toBe(200);
    const tokens = (await (await dominique.request('/api/account/tokens')).json()) as { items: Array<{ id: number }> };
    expect((await dominique.request(`/api/account/tokens/${tokens.items[0]!.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await dominique.request('/api/auth/me')).status).toBe(401);
  });

  it('a session signed out', async () => {
    t = await testApp();
    const login = await t.anonymous('/api/auth/login', json({ username: 'camille', password: testPassword }));
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const withCookie = (init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as Record<string, string>), cookie, origin: 'http://localhost' } });
    expect((await t.anonymous('/api/auth/me', withCookie())).status).toBe(200);
    expect((await t.anonymous('/api/auth/logout', withCookie({ method: 'POST' }))).status).toBe(204);
    expect((await t.anonymous('/api/auth/me', withCookie())).status).toBe(401);
  });

  it('an administrator no longer one', async () => {
    t = await testApp();
    const dominique = await t.user('dominique');
    expect((await t.app.request('/api/admin/users/dominique', json({ isAdmin: true }, 'PATCH'))).status).toBe(200);
    expect((await dominique.request('/api/admin/users')).status).toBe(200);
    expect((await t.app.request('/api/admin/users/dominique', json({ isAdmin: false }, 'PATCH'))).status).toBe(200);
    expect((await dominique.request('/api/admin/users')).status).toBe(403);
  });
});

describe('changes made outside the server (the CLI on the same database)', () => {
  it('are seen within five seconds', async () => {
    let clock = Date.now();
    t = await testApp({ now: () => new Date(clock) });
    const dominique = await t.user('dominique', 'translator');
    expect((await dominique.request('/api/auth/me')).status).toBe(200);
    // Straight in the store, as `visavis` would from another process: no announcement reaches the server.
    const [token] = await t.store.accounts.listTokens(dominique.account.id);
    await t.store.accounts.revokeToken(dominique.account.id, token!.id, new Date(clock).toISOString());
    clock += 5_001;
    expect((await dominique.request('/api/auth/me')).status).toBe(401);
  });
});
