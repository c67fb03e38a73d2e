import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type TestApp, importText, patch, segmentsOf, storeKind, testApp, testPassword } from '../helpers/test-app';

/**
 * Deleting a user removes their personal data and keeps the history readable: their revisions,
 * comments, memory units and audit events stay, attributed to a pseudonym; the addresses they
 * signed in from and their login counters go. Checked on every table of the database, so a
 * column added later that keeps the name makes this test fail.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp({ trustProxy: true });
});
afterEach(async () => {
  await t.cleanup();
});

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Every row of every table of the store, as text, read over a connection of its own. */
async function everything(): Promise<string> {
  const out: string[] = [];
  if (storeKind === 'postgres') {
    const client = new pg.Client({ connectionString: t.path });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`);
      for (const { name } of tables.rows) out.push(`${name}: ${JSON.stringify((await client.query(`select * from "${name}"`)).rows)}`);
    } finally {
      await client.end();
    }
    return out.join('\n');
  }
  const db = new SQLite(t.path, { readonly: true });
  try {
    const tables = db.prepare(`select name from sqlite_master where type = 'table' order by 1`).all() as Array<{ name: string }>;
    for (const { name } of tables) out.push(`${name}: ${JSON.stringify(db.prepare(`select * from "${name}"`).all())}`);
  } finally {
    db.close();
  }
  return out.join('\n');
}

it('pseudonymises the work and the audit log of a deleted user, and forgets their addresses', async () => {
  const sacha = await t.user('sacha', 'translator');
  const id = await importText(t.app, 'Bonjour le monde.\n\nUne deuxième phrase.');
  const [first] = (await segmentsOf(t.app, id)).items;
  // Work: a confirmed translation (a revision and a memory unit) and a comment thread.
  expect((await patch({ request: sacha.request }, first!.id, { target: 'Hello world.', status: 'translated', version: first!.version })).status).toBe(200);
  const comment = await sacha.request(`/api/segments/${first!.id}/comments`, post({ body: 'Is “monde” right here?' }));
  expect(comment.status).toBe(201);
  const { id: commentId } = (await comment.json()) as { id: number };
  expect((await sacha.request(`/api/comments/${commentId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resolved: true }) })).status).toBe(200);
  // Events from an address: a failed and a successful sign-in.
  const from = { 'x-forwarded-for': '203.0.113.77' };
  expect((await t.anonymous('/api/auth/login', post({ username: 'Sacha', password: 'pas le bon mot de passe' }, from))).status).toBe(401);
  expect((await t.anonymous('/api/auth/login', post({ username: 'sacha', password: testPassword }, from))).status).toBe(204);
  expect(await everything()).toContain('sacha');
  expect(await everything()).toContain('203.0.113.77');

  expect((await t.app.request('/api/admin/users/sacha', { method: 'DELETE' })).status).toBe(204);

  const pseudonym = `former user #${sacha.account.id}`;
  const dump = await everything();
  expect(dump).not.toMatch(/sacha/iu);
  // The address's own failure counter stays until its window ends: it belongs to the address
  // (shared by whoever uses it), not to the account, and it protects the other accounts.
  const withAddress = dump.split('\n').filter((line) => line.includes('203.0.113.77'));
  expect(withAddress).toEqual([expect.stringMatching(/^login_throttle: \[\{"key":"address:203\.0\.113\.77"[^\]]*\]$/u)]);
  // The history reads as before, under the pseudonym.
  const revisions = (await (await t.app.request(`/api/segments/${first!.id}/revisions`)).json()) as { items: Array<{ author: string | null; newTarget: string }> };
  expect(revisions.items.find((revision) => revision.newTarget === 'Hello world.')?.author).toBe(pseudonym);
  const threads = (await (await t.app.request(`/api/segments/${first!.id}/comments`)).json()) as { items: Array<{ author: string | null; body: string; resolvedBy: string | null }> };
  expect(threads.items[0]).toMatchObject({ author: pseudonym, body: 'Is “monde” right here?', resolvedBy: pseudonym });
  const audit = (await (await t.app.request('/api/admin/audit?limit=50')).json()) as { items: Array<{ event: string; actor: string | null; subject: string | null }> };
  expect(audit.items.filter((event) => event.event.startsWith('login.')).map((event) => event.subject)).toEqual([pseudonym, pseudonym]);
  expect(audit.items[0]).toMatchObject({ event: 'user.deleted', actor: 'camille', subject: pseudonym });
  // The name is free again, for a new and unrelated account.
  expect((await t.app.request('/api/admin/users', post({ username: 'sacha', password: testPassword }))).status).toBe(201);
});

it('refuses to delete the last administrator and changes nothing', async () => {
  const before = await everything();
  const res = await t.app.request('/api/admin/users/camille', { method: 'DELETE' });
  expect(res.status).toBe(409);
  expect(await everything()).toBe(before);
});
