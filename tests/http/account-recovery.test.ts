import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp, testPassword } from '../helpers/test-app';

/**
 * Account recovery really recovers: whatever ends a user's sessions (signing out everywhere,
 * changing one's password, an administrator's reset) revokes their API tokens too, and a token
 * cannot mint another (only a signed-in session can), so a stolen token does not outlive them.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.cleanup();
});

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function signIn(username: string, password = testPassword): Promise<Record<string, string>> {
  const res = await t.anonymous('/api/auth/login', post({ username, password }));
  expect(res.status).toBe(204);
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, origin: 'http://localhost' };
}

/** A token sacha made from a session, and that session (sacha has one more token, made by the test app). */
async function sachaWithToken(): Promise<{ token: string; session: Record<string, string> }> {
  await t.user('sacha', 'translator');
  const session = await signIn('sacha');
  const res = await t.anonymous('/api/account/tokens', post({ name: 'nightly export' }, session));
  expect(res.status).toBe(201);
  const { token } = (await res.json()) as { token: string };
  expect((await t.as(token)('/api/auth/me')).status).toBe(200);
  return { token, session };
}

describe('account recovery revokes API tokens', () => {
  it('signing out everywhere revokes them', async () => {
    const { token, session } = await sachaWithToken();
    expect((await t.anonymous('/api/auth/logout-everywhere', { method: 'POST', headers: session })).status).toBe(200);
    expect((await t.as(token)('/api/auth/me')).status).toBe(401);
    const { items } = (await (await t.app.request('/api/admin/audit?limit=1')).json()) as { items: Array<{ event: string; detail: unknown }> };
    expect(items[0]).toMatchObject({ event: 'logout.everywhere', detail: { tokens: 2 } });
  });

  it('changing one’s password revokes them, and the session making the change goes on', async () => {
    const { token, session } = await sachaWithToken();
    const changed = await t.anonymous('/api/account/password', { method: 'POST', headers: { ...session, 'content-type': 'application/json' }, body: JSON.stringify({ current: testPassword, password: 'un tout autre mot de passe' }) });
    expect(changed.status).toBe(204);
    expect((await t.as(token)('/api/auth/me')).status).toBe(401);
    expect((await t.anonymous('/api/auth/me', { headers: session })).status).toBe(200);
  });

  it('an administrator’s reset revokes them', async () => {
    const { token } = await sachaWithToken();
    const reset = await t.app.request('/api/admin/users/sacha', { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: 'un tout autre mot de passe' }) });
    expect(reset.status).toBe(200);
    expect((await t.as(token)('/api/auth/me')).status).toBe(401);
    const listed = (await (await t.app.request('/api/admin/audit?limit=1')).json()) as { items: Array<{ event: string; detail: unknown }> };
    expect(listed.items[0]).toMatchObject({ event: 'password.changed', detail: { tokens: 2 } });
  });
});

describe('only a session mints tokens', () => {
  it('refuses a token asking for another with 403, and mints nothing', async () => {
    const { token, session } = await sachaWithToken();
    const res = await t.as(token)('/api/account/tokens', post({ name: 'persistence' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden', detail: expect.stringMatching(/sign in/u) });
    const { items } = (await (await t.anonymous('/api/account/tokens', { headers: session })).json()) as { items: Array<{ name: string }> };
    expect(items.map((item) => item.name).sort()).toEqual(['nightly export', 'tests']);
  });
});
