import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { addCliAdmin, cliPath as cli, serveCli, signedInHeaders } from '../helpers/cli-server';

/**
 * `visavis backup` and `visavis restore`, run as a user runs them, against a server under load.
 * A backup taken while twenty editors save holds every save acknowledged before it started;
 * `restore` checks what it restores and refuses to replace a database a server has open.
 */
let dir: string | undefined;
let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

function visavis(database: string, ...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, '--db', database, ...args], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

async function serveOn(database: string): Promise<string> {
  const started = await serveCli(database);
  server = started.child;
  return started.url;
}

async function stopServer(): Promise<void> {
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server!.kill('SIGTERM');
  await exited;
  server = undefined;
}

describe('backup and restore of the SQLite database', () => {
  it('backs up while twenty editors save: the restored copy holds every save acknowledged before the backup started', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-backup-'));
    const database = join(dir, 'live.sqlite');
    addCliAdmin(database);
    // A document of some megabytes, so that the copy takes several steps and the saves land between them.
    const text = Array.from({ length: 4000 }, (_, i) => `Paragraphe ${i} : ${'une phrase assez longue pour peser dans la base, '.repeat(8)}fin.`).join('\n\n');
    writeFileSync(join(dir, 'long-fr.txt'), text);
    expect((await visavis(database, 'import', join(dir, 'long-fr.txt'))).code).toBe(0);
    const url = await serveOn(database);
    const headers = await signedInHeaders(url);
    const segments = ((await (await fetch(`${url}/api/documents/1/segments?limit=200`, { headers })).json()) as { items: Array<{ id: number; version: number }> }).items;
    expect(segments.length).toBe(200);

    const acknowledged: Array<{ id: number; version: number; target: string; at: number }> = [];
    let stop = false;
    const editor = async (k: number) => {
      const mine = segments.filter((_, i) => i % 20 === k);
      for (let n = 0; !stop; n++) {
        const segment = mine[n % mine.length]!;
        const target = `Saved by editor ${k}, save ${n}.`;
        const res = await fetch(`${url}/api/segments/${segment.id}`, { method: 'PATCH', headers, body: JSON.stringify({ target, version: segment.version }) });
        if (res.status !== 200) throw new Error(`save refused: ${res.status} ${await res.text()}`);
        segment.version = ((await res.json()) as { version: number }).version;
        acknowledged.push({ id: segment.id, version: segment.version, target, at: performance.now() });
      }
    };
    const editors = Array.from({ length: 20 }, (_, k) => editor(k));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const backupStarted = performance.now();
    const backup = await visavis(database, 'backup', join(dir, 'backup.sqlite'));
    const backupEnded = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop = true;
    await Promise.all(editors);
    expect(backup.stderr).toMatch(/Backed up .* to .*backup\.sqlite: [\d.]+ MB, checked\./u);
    expect(backup.code).toBe(0);
    const before = acknowledged.filter((save) => save.at < backupStarted);
    expect(before.length).toBeGreaterThan(50);
    expect(acknowledged.filter((save) => save.at > backupEnded).length).toBeGreaterThan(0);

    // A restore over the database the server has open is refused, and changes nothing.
    const refused = await visavis(database, 'restore', join(dir, 'backup.sqlite'), '--force');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is in use \(a server is running on it\?\): stop the server, then restore/u);
    await stopServer();

    const restoredPath = join(dir, 'restored.sqlite');
    const restored = await visavis(restoredPath, 'restore', join(dir, 'backup.sqlite'));
    expect(restored.stderr).toMatch(/Restored .* 1 documents, 1 accounts/u);
    const db = new Database(restoredPath, { readonly: true });
    try {
      const revision = db.prepare('select new_target from revisions where segment_id = ? and segment_version = ?');
      for (const save of before) {
        expect((revision.get(save.id, save.version) as { new_target: string } | undefined)?.new_target, `segment ${save.id} version ${save.version}`).toBe(save.target);
      }
      expect((db.pragma('integrity_check', { simple: true }) as string)).toBe('ok');
    } finally {
      db.close();
    }
    // The restored database serves.
    const again = await serveOn(restoredPath);
    expect((await fetch(`${again}/api/health`)).status).toBe(200);
  }, 60_000);

  it('restores only with --force over an existing database, keeping the replaced one beside', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-restore-'));
    const database = join(dir, 'v.sqlite');
    writeFileSync(join(dir, 'a-fr.txt'), 'Premier texte.');
    expect((await visavis(database, 'import', join(dir, 'a-fr.txt'))).code).toBe(0);
    expect((await visavis(database, 'backup', join(dir, 'b.sqlite'))).code).toBe(0);
    // A second backup to the same name is refused, not overwritten.
    const twice = await visavis(database, 'backup', join(dir, 'b.sqlite'));
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists: choose another name, or add --force/u) });
    expect((await visavis(database, 'import', join(dir, 'a-fr.txt'))).code).toBe(0);

    const refused = await visavis(database, 'restore', join(dir, 'b.sqlite'));
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringMatching(/A database already exists at .*v\.sqlite: add --force/u) });
    const forced = await visavis(database, 'restore', join(dir, 'b.sqlite'), '--force');
    expect(forced.code).toBe(0);
    const kept = readdirSync(dir).find((name) => name.startsWith('v.sqlite.replaced-'));
    expect(kept).toBeDefined();
    const count = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(count(database)).toBe(1); // the import before the backup
    expect(count(join(dir, kept!))).toBe(2); // both imports
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('refuses what is not a vis-à-vis backup, with a message and exit code 1', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-restore-'));
    writeFileSync(join(dir, 'garbage.sqlite'), 'not a database at all, just text that is long enough to have a header'.repeat(20));
    const other = new Database(join(dir, 'other.sqlite'));
    other.exec('create table t (x)');
    other.close();
    const target = join(dir, 'v.sqlite');
    expect(await visavis(target, 'restore', join(dir, 'garbage.sqlite'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/is not a SQLite database/u) });
    expect(await visavis(target, 'restore', join(dir, 'other.sqlite'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/not a vis-à-vis one/u) });
    expect(await visavis(target, 'restore', join(dir, 'missing.sqlite'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/There is no backup at/u) });
    expect(existsSync(target)).toBe(false);
    expect(await visavis('postgres://x@127.0.0.1:1/x', 'backup', join(dir, 'b'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/pg_dump/u) });
  }, 60_000);
});
