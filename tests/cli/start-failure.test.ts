import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * A server that cannot open or write its database stops at once with a message naming the path
 * and a non-zero exit code, so that a supervisor (systemd, a container runtime) sees the failure,
 * rather than staying alive without listening. Root writes anywhere, so as root (CI) the server
 * runs as `nobody`, for whom the folders below are what they are to an ordinary user.
 */
const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function serveAsUser(database: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = performance.now();
  const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
  const child = spawn(asNobody[0]!, [...asNobody.slice(1), cli, 'serve', '--port', '0', '--db', database], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: performance.now() - started });
    }),
  );
}

describe('a start that cannot use its database', () => {
  it('exits non-zero within 5 s, naming the path, when the folder cannot be written', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-start-'));
    chmodSync(dir, 0o755);
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const database = join(locked, 'visavis.sqlite');
    const { code, stderr, ms } = await serveAsUser(database);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot start with the database ${database}`);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it('exits non-zero within 5 s when the database file is read-only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-start-'));
    chmodSync(dir, 0o777);
    const database = join(dir, 'visavis.sqlite');
    // A real database (made by this version), then made read-only for the server's user.
    const seed = spawn(process.execPath, [cli, '--db', database, 'list'], { stdio: 'ignore' });
    await new Promise((resolve) => seed.once('exit', resolve));
    copyFileSync(database, `${database}.copy`);
    rmSync(database);
    copyFileSync(`${database}.copy`, database);
    chmodSync(database, 0o444);
    const { code, stderr, ms } = await serveAsUser(database);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot start with the database ${database}`);
    expect(stderr).toMatch(/readonly|read-only|unable to open/u);
    expect(ms).toBeLessThan(5000);
  }, 30_000);

  it('exits non-zero within 5 s when the file is not a database', async () => {
    dir = mkdtempSync(join(tmpdir(), 'visavis-start-'));
    chmodSync(dir, 0o777);
    const database = join(dir, 'notes.sqlite');
    writeFileSync(database, 'Ceci est un texte, pas une base de données. '.repeat(100));
    chmodSync(database, 0o666);
    const { code, stderr, ms } = await serveAsUser(database);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot start with the database ${database}: file is not a database`);
    expect(ms).toBeLessThan(5000);
  }, 30_000);
});
