import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { type AppOptions, createApp } from '../../src/http/app';
import { createServices, type ServiceOptions } from '../../src/services';
import type { Role } from '../../src/domain/permissions';
import type { PasswordCost } from '../../src/services/passwords';
import { openPostgresStore } from '../../src/store/postgres';
import { openSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/store';
import { createTestDatabase } from './postgres';

/** scrypt at a cost tests can afford; production hashes use the default (N = 2^15). */
export const testPasswordCost: PasswordCost = { N: 1024, r: 8, p: 1 };
export const testPassword = 'un mot de passe assez long';

/** Which store the tests run on: SQLite unless the PostgreSQL test project says otherwise. */
export const storeKind: 'sqlite' | 'postgres' = process.env.VISAVIS_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A real store, empty but for what migrations create, removed by `cleanup`: a SQLite file in a
 * fresh temporary folder, or (in the PostgreSQL test project) a fresh database on the test server.
 * `path` is what `--db` would take: the file path or the database URL.
 */
export async function tempStore(): Promise<{ store: Store; path: string; cleanup: () => Promise<void> }> {
  if (storeKind === 'postgres') {
    const database = await createTestDatabase();
    const store = await openPostgresStore({ url: database.url, poolSize: 4 });
    return {
      store,
      path: database.url,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'visavis-test-'));
  const path = join(dir, 'test.sqlite');
  // A copy of the migrated template (tests/global-setup.ts); opening it still runs the migrator, which finds nothing to do.
  const template = inject('sqliteTemplate');
  if (template && existsSync(template)) copyFileSync(template, path);
  const store = await openSqliteStore({ path });
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Request = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * An app on a temporary SQLite file, as `createApp` is meant to be used by tests, with an
 * administrator `camille` signed in through an API token: `app.request` sends it, `anonymous`
 * sends nothing, `as(token)` sends another.
 */
export async function testApp(options: Omit<ServiceOptions, 'store'> & { trustProxy?: boolean; metrics?: AppOptions['metrics'] } = {}) {
  const temp = await tempStore();
  const services = createServices({ store: temp.store, passwordCost: testPasswordCost, ...options });
  const hono = createApp({ store: temp.store, services, publicDir: loadConfig({}).publicDir, trustProxy: options.trustProxy ?? false, metrics: options.metrics });
  const admin = await services.accounts.createUser({ username: 'camille', password: testPassword, isAdmin: true });
  const { token } = await services.accounts.createToken({ username: 'camille', name: 'tests' });
  const as =
    (secret: string): Request =>
    (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${secret}`);
      return Promise.resolve(hono.request(path, { ...init, headers }));
    };
  const anonymous: Request = (path, init) => Promise.resolve(hono.request(path, init));
  /**
   * A new account (not an administrator) with `role` in the project (default: the default
   * project), or in none when role is undefined; returns how to call the API as them.
   */
  const user = async (username: string, role?: Role, projectId?: number) => {
    const account = await services.accounts.createUser({ username, password: testPassword });
    if (role) {
      const project = projectId ?? (await services.projects.list())[0]?.id ?? 1;
      await services.projects.addMember(project, { username, role }, { name: 'camille' });
    }
    const created = await services.accounts.createToken({ username, name: 'tests' });
    return { account, token: created.token, request: as(created.token) };
  };
  return { app: { request: as(token) }, anonymous, as, user, hono, services, admin, token, ...temp };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;
type AppLike = { request: Request };

/** Imports French text through the API and returns the new document's id. */
export async function importText(app: AppLike, text: string, format = 'txt', title = 'Test', projectId?: number): Promise<number> {
  const res = await app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, text, format, projectId }),
  });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

export interface SegmentJson {
  id: number;
  documentId: number;
  position: number;
  kind: string;
  source: string;
  target: string;
  status: string;
  version: number;
  repetitionOf: number | null;
  repetitions: number;
  sourceChanged: boolean;
  previousSource: string | null;
  comments: { open: number; total: number };
  lastAuthor: string | null;
}

export async function segmentsOf(app: AppLike, documentId: number, query = ''): Promise<{ total: number; items: SegmentJson[] }> {
  const res = await app.request(`/api/documents/${documentId}/segments?limit=1000${query}`);
  if (res.status !== 200) throw new Error(`segments failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { total: number; items: SegmentJson[] };
}

export function patch(app: AppLike, segmentId: number, body: unknown) {
  return app.request(`/api/segments/${segmentId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
