import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createServices } from '../../src/services';
import { type TestApp, tempStore, testApp, testPassword, testPasswordCost } from '../helpers/test-app';

/**
 * Identity holds under concurrency and Unicode: the setup link makes exactly one administrator
 * however many requests (and servers) race with it, and usernames are one name under Unicode case
 * folding and NFC, so `Élodie` can neither be created beside `élodie` nor sign in as her.
 */
const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('first-run setup under concurrency', () => {
  it('three concurrent setups with the same secret make one administrator', async () => {
    const temp = await tempStore();
    try {
      const services = createServices({ store: temp.store, passwordCost: testPasswordCost });
      const app = createApp({ store: temp.store, services, publicDir: loadConfig({}).publicDir });
      const secret = await services.accounts.setup.secret();
      const answers = await Promise.all(
        ['ines', 'jules', 'karim'].map((username) => app.request('/api/setup', json({ secret, username, password: testPassword }))),
      );
      expect(answers.map((res) => res.status).sort()).toEqual([201, 401, 401]);
      const users = await services.accounts.listUsers();
      expect(users).toHaveLength(1);
      expect(users[0]!.isAdmin).toBe(true);
    } finally {
      await temp.cleanup();
    }
  });

  it('two servers on one database, each with its own secret, make one administrator', async () => {
    const temp = await tempStore();
    try {
      const instances = [0, 1].map(() => createServices({ store: temp.store, passwordCost: testPasswordCost }));
      const secrets = await Promise.all(instances.map((services) => services.accounts.setup.secret()));
      const outcomes = await Promise.allSettled(
        instances.map((services, i) => services.accounts.setup.complete({ secret: secrets[i]!, username: `admin${i}`, password: testPassword })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(String(refused?.reason)).toMatch(/setup link is not valid/u);
      expect(await instances[0]!.accounts.listUsers()).toHaveLength(1);
    } finally {
      await temp.cleanup();
    }
  });

  it('a setup refused for a weak password keeps the link for the corrected form', async () => {
    const temp = await tempStore();
    try {
      const services = createServices({ store: temp.store, passwordCost: testPasswordCost });
      const app = createApp({ store: temp.store, services, publicDir: loadConfig({}).publicDir });
      const secret = await services.accounts.setup.secret();
      expect((await app.request('/api/setup', json({ secret, username: 'x', password: testPassword }))).status).toBe(400);
      expect((await app.request('/api/setup', json({ secret, username: 'admin', password: testPassword }))).status).toBe(201);
      expect((await app.request('/api/setup', json({ secret, username: 'other', password: testPassword }))).status).toBe(401);
    } finally {
      await temp.cleanup();
    }
  });
});

describe('usernames under Unicode case folding and NFC', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const create = (username: string, password = testPassword) =>
    t.app.request('/api/admin/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const login = (username: string, password: string) => t.anonymous('/api/auth/login', json({ username, password }));

  it('refuses Élodie beside élodie, in any case and either Unicode form', async () => {
    expect((await create('élodie')).status).toBe(201);
    for (const twin of ['Élodie', 'ÉLODIE', 'e\u0301lodie', 'E\u0301LODIE']) {
      const res = await create(twin);
      expect(res.status, twin).toBe(409);
      expect(((await res.json()) as { type: string }).type).toMatch(/already_exists|conflict/u);
    }
    expect((await t.services.accounts.listUsers()).map((user) => user.username)).toEqual(['camille', 'élodie']);
  });

  it('folds beyond ASCII: ß and SS, Greek final sigma', async () => {
    expect((await create('Straße')).status).toBe(201);
    expect((await create('STRASSE')).status).toBe(409);
    expect((await create('Σοφος')).status).toBe(201);
    expect((await create('σοφοσ')).status).toBe(409);
  });

  it('signs in whatever the case and Unicode form, to the one account, and only with its password', async () => {
    expect((await create('élodie', 'le mot de passe d’élodie')).status).toBe(201);
    for (const spelling of ['Élodie', 'E\u0301LODIE', 'élodie']) {
      const res = await login(spelling, 'le mot de passe d’élodie');
      expect(res.status, spelling).toBe(204);
      const me = await t.anonymous('/api/auth/me', { headers: { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! } });
      expect(((await me.json()) as { username: string }).username).toBe('élodie');
    }
    expect((await login('Élodie', testPassword)).status).toBe(401);
  });

  it('stores the name in NFC, as the user spelt it', async () => {
    const res = await create('E\u0301milie');
    expect(res.status).toBe(201);
    expect(((await res.json()) as { username: string }).username).toBe('Émilie');
  });
});
