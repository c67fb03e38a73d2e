import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const password = 'un mot de passe assez long';
let dir: string | undefined;
let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

describe('a server killed with SIGKILL while saving', () => {
  it('keeps every save it acknowledged (saves run on the SQLite writer thread)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-kill-'));
    const database = join(dir, 'kill.sqlite');
    spawnSync(process.execPath, [cli, 'user', 'add', 'camille', '--admin', '--password-stdin', '--db', database], { input: password });
    server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', database], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'ignore'] });
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      server!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/\S+)/u.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      server!.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
    });
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'camille', password }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const headers = { 'content-type': 'application/json', cookie };
    const imported = await fetch(`${url}/api/documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'Dépêche', text: Array.from({ length: 40 }, (_, i) => `Paragraphe ${i}.`).join('\n\n'), format: 'txt' }),
    });
    const { id } = (await imported.json()) as { id: number };
    const segments = ((await (await fetch(`${url}/api/documents/${id}/segments?limit=100`, { headers })).json()) as { items: Array<{ id: number; version: number }> }).items;

    // Ten editors save as fast as they can; the server is killed while saves are in flight.
    const acknowledged: Array<{ id: number; version: number; target: string }> = [];
    let killed = false;
    const editor = async (k: number) => {
      const mine = segments.filter((_, i) => i % 10 === k);
      for (let n = 0; !killed; n++) {
        const segment = mine[n % mine.length]!;
        const target = `Saved by editor ${k}, save ${n}.`;
        try {
          const res = await fetch(`${url}/api/segments/${segment.id}`, { method: 'PATCH', headers, body: JSON.stringify({ target, version: segment.version }) });
          if (res.status !== 200) continue;
          const body = (await res.json()) as { version: number };
          segment.version = body.version;
          acknowledged.push({ id: segment.id, version: body.version, target });
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const editors = Array.from({ length: 10 }, (_, k) => editor(k));
    await new Promise((resolve) => setTimeout(resolve, 700));
    server.kill('SIGKILL');
    killed = true;
    await Promise.all(editors);
    expect(acknowledged.length).toBeGreaterThan(50);

    const db = new Database(database, { readonly: true });
    try {
      const revision = db.prepare('select new_target from revisions where segment_id = ? and segment_version = ?');
      const stored = db.prepare('select version from segments where id = ?');
      for (const save of acknowledged) {
        expect((revision.get(save.id, save.version) as { new_target: string } | undefined)?.new_target, `segment ${save.id} version ${save.version}`).toBe(save.target);
        expect((stored.get(save.id) as { version: number }).version).toBeGreaterThanOrEqual(save.version);
      }
    } finally {
      db.close();
    }
  });
});
