import { type ChildProcess, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { addCliAdmin, serveCli, signedInHeaders } from '../helpers/cli-server';

/**
 * A full disk, for real: the database lives on a small tmpfs that a filler file then fills (the
 * tests run as root, as CI does, which may mount one). While it is full, what needs to write
 * answers 503 `disk_full` with Retry-After, never 500; readiness says so, liveness does not
 * fail; nothing stored is lost, and once space is freed the same requests go through.
 */
let mount: string | undefined;
let server: ChildProcess | undefined;

afterEach(() => {
  server?.kill('SIGKILL');
  server = undefined;
  if (mount) {
    spawnSync('umount', ['-l', mount]);
    rmSync(mount, { recursive: true, force: true });
    mount = undefined;
  }
});

function fill(path: string): void {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(1 << 16, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe('a full disk', () => {
  it('answers 503 disk_full while the disk is full, loses nothing, and recovers once space is freed', async () => {
    mount = mkdtempSync(join(tmpdir(), 'visavis-full-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount], { encoding: 'utf8' });
    if (mounted.status !== 0) throw new Error(`This test mounts a 16 MB tmpfs and needs root for it (as CI runs): ${mounted.stderr}`);
    const database = join(mount, 'visavis.sqlite');
    addCliAdmin(database);
    const started = await serveCli(database);
    server = started.child;
    const base = started.url;
    const headers = await signedInHeaders(base);
    const importText = (title: string) =>
      fetch(`${base}/api/documents`, { method: 'POST', headers, body: JSON.stringify({ title, text: Array.from({ length: 2000 }, (_, i) => `${title} : paragraphe ${i}, avec assez de texte pour remplir des pages.`).join('\n\n') }) });
    const first = await importText('Avant');
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: number };
    const [segment] = ((await (await fetch(`${base}/api/documents/${id}/segments?limit=1`, { headers })).json()) as { items: Array<{ id: number; version: number }> }).items;
    const saved = await fetch(`${base}/api/segments/${segment!.id}`, { method: 'PATCH', headers, body: JSON.stringify({ target: 'Saved before the disk filled up.', version: segment!.version }) });
    expect(saved.status).toBe(200);

    fill(join(mount, 'filler'));
    const refused = await importText('Pendant');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(await refused.json()).toMatchObject({ status: 503, code: 'disk_full', unavailable: 'disk', retryAfter: 30 });
    const ready = await fetch(`${base}/api/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Array<{ name: string; ok: boolean; detail: string }> }).checks).toContainEqual({ name: 'dataDirectory', ok: false, detail: `${mount}: the disk is full` });
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    // Whatever else is asked meanwhile is answered, or refused with a 503, never a 500.
    for (let n = 0; n < 5; n++) {
      const res = await fetch(`${base}/api/segments/${segment!.id}`, { method: 'PATCH', headers, body: JSON.stringify({ target: `Typed while the disk was full (${n}).`, version: 2 + n }) });
      expect([200, 409, 503]).toContain(res.status);
      if (res.status === 503) break;
    }

    rmSync(join(mount, 'filler'));
    expect((await importText('Après')).status).toBe(201);
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    server = undefined;
    const db = new Database(database, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('select target from segments where id = ?').get(segment!.id) as { target: string }).target).toMatch(/^(Saved before the disk filled up\.|Typed while the disk was full \(\d\)\.)$/u);
      expect((db.prepare(`select title from documents where title in ('Avant', 'Pendant', 'Après') and importing_at is null order by id`).all() as Array<{ title: string }>).map((row) => row.title)).toEqual(['Avant', 'Après']);
    } finally {
      db.close();
    }
  }, 60_000);
});
