import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { openStorage } from '../../src/main';
import { createServices } from '../../src/services';
import { createTestDatabase, databaseUrl, onServer } from '../helpers/postgres';
import { commandLine, readmeSection } from '../helpers/readme';
import { importText, patch, segmentsOf, testPassword } from '../helpers/test-app';

/**
 * The README's PostgreSQL backup, for real: its `pg_dump` and `pg_restore` lines are read from the
 * README and run by bash as they are written, with VISAVIS_DB naming the live database and NEW_DB
 * a new empty one (the README makes it with `createdb`, which needs the `visavis` role; here it is
 * `create database` on the test server, the same thing).
 */

const repository = new URL('../..', import.meta.url).pathname;
const section = readmeSection('### PostgreSQL backups');
const dumpLine = commandLine(section, 'pg_dump');
const restoreLine = commandLine(section, 'pg_restore');
const serveLine = commandLine(section, 'node');
const french = readFileSync(new URL('../fixtures/depeche-fr.txt', import.meta.url), 'utf8');

/** The folder of PostgreSQL's programs, found as scripts/ensure-postgres.sh finds it: the newest installed major version. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+(\.\d+)*$/u.test(name)) : [];
  versions.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  const found = versions.map((version) => join(root, version, 'bin')).find((bin) => existsSync(join(bin, 'pg_dump')));
  if (!found) throw new Error(`No pg_dump under ${root}/*/bin: install PostgreSQL with bash scripts/ensure-postgres.sh.`);
  return found;
}

/** Runs one README line with bash, PostgreSQL's programs first on the PATH. */
function runLine(line: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['-euo', 'pipefail', '-c', line], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${postgresBin()}:${process.env.PATH ?? ''}` },
  });
  if (result.status !== 0) throw new Error(`\`${line}\` exited with ${result.status}: ${result.stderr}`);
  return result;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A server instance on a database, as `visavis serve` wires one, with an API token of `camille`. */
async function instance(url: string) {
  const { store, relay, close } = await openStorage(url);
  cleanups.push(close);
  const services = createServices({ store, liveRelay: relay, passwordCost: { N: 1024, r: 8, p: 1 } });
  const app = createApp({ store, services, publicDir: loadConfig({}).publicDir, trustProxy: false });
  const client = (token: string) => ({
    request: (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${token}`);
      return Promise.resolve(app.request(path, { ...init, headers }));
    },
  });
  return { services, client };
}

type Client = ReturnType<Awaited<ReturnType<typeof instance>>['client']>;

async function json<T>(client: Client, path: string, init?: RequestInit): Promise<T> {
  const response = await client.request(path, init);
  if (response.status >= 300) throw new Error(`${init?.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function post(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Every row of every table of the public schema (as text, sorted), and every sequence's position. */
async function contents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const rows: Record<string, string[]> = {};
    for (const { table_name: table } of tables.rows) {
      const result = await client.query<{ rows: string[] }>(
        `select coalesce(array_agg(row order by row), '{}') as rows from (select to_jsonb(t)::text as row from "${table}" t) x`,
      );
      rows[table] = result.rows[0]!.rows;
    }
    const sequences = await client.query<{ sequencename: string; last_value: string | null }>(
      `select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename`,
    );
    return { rows, sequences: sequences.rows };
  } finally {
    await client.end();
  }
}

/** What a translator sees of a document: its segments, and each touched segment's history and comments. */
async function documentState(client: Client, documentId: number, touched: number[]) {
  const document = await json<{ title: string; projectId: number }>(client, `/api/documents/${documentId}`);
  const segments = (await segmentsOf(client, documentId)).items.map(({ id, position, source, target, status, version }) => ({ id, position, source, target, status, version }));
  const history = [];
  for (const id of touched) {
    const { items } = await json<{ items: Array<{ id: number; origin: string; author: string | null; previousTarget: string; newTarget: string; newStatus: string }> }>(
      client,
      `/api/segments/${id}/revisions`,
    );
    const comments = await json<unknown>(client, `/api/segments/${id}/comments`);
    history.push({ id, revisions: items.map(({ id: revision, origin, author, previousTarget, newTarget, newStatus }) => ({ revision, origin, author, previousTarget, newTarget, newStatus })), comments });
  }
  return { title: document.title, projectId: document.projectId, segments, history };
}

/** `node dist/cli.js serve` as the README starts it; resolves with the address it prints. */
function serve(line: string, env: Record<string, string>): { child: ChildProcess; url: Promise<string> } {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', line], { cwd: repository, env: { ...process.env, ...env }, detached: true });
  cleanups.push(async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  });
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /serving (http:\/\/\S+)/u.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`\`${line}\` exited with ${code}: ${output}`)));
  });
  return { child, url };
}

describe('the README PostgreSQL backup commands', () => {
  it('name the live database and a new one by the variables the test sets', () => {
    expect(dumpLine).toMatch(/^pg_dump .*--format=custom\b/u);
    expect(dumpLine).toContain('"$VISAVIS_DB"');
    expect(restoreLine).toMatch(/^pg_restore .*--dbname="\$NEW_DB"/u);
    expect(restoreLine).toContain('--clean');
    expect(restoreLine).toContain('--if-exists');
    expect(restoreLine).toContain('--no-owner');
    expect(serveLine).toMatch(/^VISAVIS_DB="\$NEW_DB" node dist\/cli\.js serve\b/u);
  });

  it('restore documents, segments, revisions, comments and the glossary into a new database that a server then serves', async () => {
    // The live database: a project, a document, saves of every kind, a comment, a glossary term.
    const live = await createTestDatabase();
    cleanups.push(live.drop);
    const before = await instance(live.url);
    await before.services.accounts.createUser({ username: 'camille', password: testPassword, isAdmin: true });
    await before.services.accounts.createUser({ username: 'renee', password: testPassword });
    const camille = before.client((await before.services.accounts.createToken({ username: 'camille', name: 'tests' })).token);
    const project = await json<{ id: number }>(camille, '/api/projects', post({ name: 'Rédaction FR→EN' }));
    await json(camille, `/api/projects/${project.id}/members`, post({ username: 'renee', role: 'translator' }));
    const renee = before.client((await before.services.accounts.createToken({ username: 'renee', name: 'tests' })).token);
    const documentId = await importText(camille, french, 'txt', 'Canal du Midi', project.id);
    const [title, desk, date, , photo] = (await segmentsOf(camille, documentId)).items;
    expect(await patch(renee, title!.id, { target: 'Canal du Midi: Toulouse launches a plan to renovate the banks', status: 'translated', version: 1 }).then((r) => r.status)).toBe(200);
    expect(await patch(camille, title!.id, { status: 'approved', version: 2 }).then((r) => r.status)).toBe(200);
    expect(await patch(renee, desk!.id, { target: 'Regions desk', status: 'translated', version: 1 }).then((r) => r.status)).toBe(200);
    expect(await patch(renee, date!.id, { target: 'Updated on 3 November 2026, Tuesday', version: 1 }).then((r) => r.status)).toBe(200);
    expect(await patch(renee, photo!.id, { target: 'Cyclists ride along the Canal du Midi', version: 1 }).then((r) => r.status)).toBe(200);
    expect(await patch(renee, photo!.id, { target: 'Cyclists ride along the Canal du Midi near the Port de l’Embouchure, in Toulouse.', status: 'translated', version: 2 }).then((r) => r.status)).toBe(200);
    await json(renee, `/api/segments/${date!.id}/comments`, post({ body: 'Faut-il garder « mardi » ?' }));
    await json(camille, `/api/projects/${project.id}/glossary`, post({ source: 'berges', target: 'banks' }));
    const touched = [title!.id, desk!.id, date!.id, photo!.id];
    const expected = await documentState(camille, documentId, touched);
    expect(expected.segments.map((segment) => segment.status)).toEqual(expect.arrayContaining(['approved', 'translated', 'draft', 'new']));
    expect(expected.history.find((entry) => entry.id === photo!.id)?.revisions.map((revision) => `${revision.origin} ${revision.newStatus}`)).toEqual([
      'human translated',
      'human draft',
      'import new',
    ]);
    expect(expected.history.find((entry) => entry.id === date!.id)?.comments).toMatchObject({ items: [{ body: 'Faut-il garder « mardi » ?' }] });

    // The README's lines, as written, while the live database still has its server's connections.
    const folder = mkdtempSync(join(tmpdir(), 'visavis-pg-dump-'));
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    const restoredName = `${new URL(live.url).pathname.slice(1)}_restored`;
    const restoredUrl = databaseUrl(restoredName);
    await onServer(async (server) => void (await server.query(`create database "${restoredName}"`)));
    cleanups.push(() => onServer(async (server) => void (await server.query(`drop database if exists "${restoredName}" with (force)`))));
    const env = { VISAVIS_DB: live.url, NEW_DB: restoredUrl };
    runLine(dumpLine, folder, env);
    expect(readdirSync(folder)).toHaveLength(1);
    runLine(restoreLine, folder, env);

    // Every row of every table, and every sequence, as in the original.
    const original = await contents(live.url);
    const restored = await contents(restoredUrl);
    expect(Object.keys(restored.rows)).toEqual(Object.keys(original.rows));
    for (const table of ['documents', 'segments', 'revisions', 'comments', 'glossary_terms', 'projects', 'project_members', 'users']) {
      expect(Object.keys(original.rows), table).toContain(table);
      expect(original.rows[table]!.length, table).toBeGreaterThan(0);
    }
    for (const table of Object.keys(original.rows)) expect(restored.rows[table], table).toEqual(original.rows[table]);
    expect(restored.sequences).toEqual(original.sequences);

    // The application reads the same document, and goes on writing after the restored rows.
    const after = await instance(restoredUrl);
    const camilleAfter = after.client((await after.services.accounts.createToken({ username: 'camille', name: 'after restore' })).token);
    expect(await documentState(camilleAfter, documentId, touched)).toEqual(expected);
    const saved = await patch(camilleAfter, date!.id, { target: 'Updated on Tuesday 3 November 2026', status: 'translated', version: 2 });
    expect(saved.status).toBe(200);
    const newest = (await json<{ items: Array<{ id: number }> }>(camilleAfter, `/api/segments/${date!.id}/revisions`)).items[0]!.id;
    const restoredRevisions = expected.history.flatMap((entry) => entry.revisions.map((revision) => revision.revision));
    expect(newest).toBeGreaterThan(Math.max(...restoredRevisions));
    expect(await importText(camilleAfter, 'Un second article.', 'txt', 'Après restauration', project.id)).toBeGreaterThan(documentId);

    // And the README's start line serves it.
    const server = serve(serveLine, { NEW_DB: restoredUrl, PORT: '0', VISAVIS_LOG_LEVEL: 'silent' });
    const health = (await (await fetch(`${await server.url}/api/health`)).json()) as { status: string; documents: number };
    expect(health).toMatchObject({ status: 'ok', documents: 2 });
  });
});
