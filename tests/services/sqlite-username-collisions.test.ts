import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createServices } from '../../src/services';
import { migrationProvider } from '../../src/store/migrations';
import { openSqliteStore } from '../../src/store/sqlite';
import { testPassword, testPasswordCost } from '../helpers/test-app';
import { hashPassword } from '../../src/services/passwords';

/**
 * Before migration 021, SQLite folded ASCII only, so `Élodie` and `élodie` could both exist. The
 * migration does not merge them: the older keeps the name, the later one signs in by its exact
 * spelling only, and the collision is in the audit log and in what the server reports at start.
 */
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('reports accounts that collide under Unicode folding and keeps both usable', async () => {
  dir = mkdtempSync(join(tmpdir(), 'visavis-collide-'));
  const path = join(dir, 'old.sqlite');
  const db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(path) }) });
  const migrated = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('020-memory-weights');
  expect(migrated.error).toBeUndefined();
  const hash = await hashPassword(testPassword, testPasswordCost);
  const now = new Date().toISOString();
  for (const username of ['Élodie', 'élodie', 'Marc', 'e\u0301LODIE']) {
    await db.insertInto('users' as never).values({ username, password_hash: hash, is_admin: 0, created_at: now, updated_at: now } as never).execute();
  }
  await db.destroy();

  const store = await openSqliteStore({ path, checkpoints: false });
  try {
    expect(await store.accounts.collidingUsernames()).toEqual(['élodie', 'e\u0301LODIE']);
    const collisions = (await store.audit.list({ limit: 10, event: 'username.collision' })).reverse();
    expect(collisions.map((event) => [event.subject, (event.detail as { collidesWith: string }).collidesWith])).toEqual([
      ['élodie', 'Élodie'],
      ['e\u0301LODIE', 'Élodie'],
    ]);
    const services = createServices({ store, passwordCost: testPasswordCost });
    // Each signs in by its exact spelling to its own account; other spellings reach the oldest.
    expect((await services.accounts.login({ username: 'élodie', password: testPassword })).user.username).toBe('élodie');
    expect((await services.accounts.login({ username: 'Élodie', password: testPassword })).user.username).toBe('Élodie');
    expect((await services.accounts.login({ username: 'ÉLODIE', password: testPassword })).user.username).toBe('Élodie');
    // No new account can take the name.
    await expect(services.accounts.createUser({ username: 'ÉLODIE', password: testPassword })).rejects.toThrow(/already exists/u);
    expect((await services.accounts.login({ username: 'marc', password: testPassword })).user.username).toBe('Marc');
  } finally {
    await store.close();
  }
});
