import { type ChildProcess, spawn, spawnSync } from 'node:child_process';

/** The built CLI, as a user runs it. */
export const cliPath = new URL('../../dist/cli.js', import.meta.url).pathname;
export const cliPassword = 'un mot de passe assez long';

/** `visavis user add camille --admin`, with the test password, on `database`. */
export function addCliAdmin(database: string, username = 'camille'): void {
  const added = spawnSync(process.execPath, [cliPath, 'user', 'add', username, '--admin', '--password-stdin', '--db', database], { input: cliPassword, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`user add failed: ${added.stderr}`);
}

/** `visavis serve` on a free port in a process of its own, once it listens. */
export async function serveCli(database: string, env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--db', database], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+)/u.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, child, stop };
}

/** Signs in over HTTP; the headers a JSON request then sends. */
export async function signedInHeaders(url: string, username = 'camille'): Promise<Record<string, string>> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: cliPassword }) });
  if (login.status !== 204) throw new Error(`sign-in failed: ${login.status}`);
  return { 'content-type': 'application/json', cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
}
