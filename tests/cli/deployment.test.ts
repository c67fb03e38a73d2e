import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { codeLines, readmeSection } from '../helpers/readme';
import { testApp, type TestApp } from '../helpers/test-app';

/**
 * The deployment files of docs/deploy/ against the code they start, without systemd or a container
 * engine: what the unit and the Containerfile run exists, the variables they set are the ones the
 * server reads, the health check calls a real route and passes against a real server, the backup
 * service's shell keeps the copies it says. What this cannot show: the sandbox of the unit at run
 * time (systemd is not PID 1 here) and an image actually built (no container engine here);
 * `systemd-analyze verify` runs when it is installed.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const deployFile = (name: string) => readFileSync(join(root, 'docs/deploy', name), 'utf8');

type Unit = Map<string, Map<string, string[]>>;

/** A systemd unit file: section → key → its values in order (comments dropped; our files use no continuation lines). */
function parseUnit(text: string): Unit {
  const sections: Unit = new Map();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.endsWith('\\')) throw new Error(`Continuation lines are not read by this test: ${line}`);
    const header = /^\[(.+)\]$/u.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const at = line.indexOf('=');
    if (!current || at < 0) throw new Error(`Not a unit file line: ${line}`);
    const key = line.slice(0, at).trim();
    current.set(key, [...(current.get(key) ?? []), line.slice(at + 1).trim()]);
  }
  return sections;
}

function values(unit: Unit, section: string, key: string): string[] {
  return unit.get(section)?.get(key) ?? [];
}

function value(unit: Unit, section: string, key: string): string | undefined {
  return values(unit, section, key).at(-1);
}

/** The environment `Environment=` lines set (`NAME=value`, one a line in our files). */
function environmentOf(unit: Unit): Record<string, string> {
  return Object.fromEntries(
    values(unit, 'Service', 'Environment').map((assignment) => {
      const at = assignment.indexOf('=');
      return [assignment.slice(0, at), assignment.slice(at + 1)];
    }),
  );
}

/** The variables src/config.ts reads from the environment. */
function configVariables(): Set<string> {
  const source = readFileSync(join(root, 'src/config.ts'), 'utf8');
  const schema = /const environment = z\.object\(\{([\s\S]*?)\n\}\);/u.exec(source)?.[1];
  if (!schema) throw new Error('src/config.ts: the environment schema moved; update this test.');
  return new Set([...schema.matchAll(/^\s+([A-Z][A-Z0-9_]*):/gmu)].map((match) => match[1]!));
}

/** Runs the built CLI (what ExecStart and ENTRYPOINT run). */
function runCli(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
}

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** A Containerfile's instructions with their stage (0-based), continuation lines joined, comments dropped. */
function parseContainerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let stage = -1;
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/u.test(raw)) continue;
    const line = raw.trimEnd();
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = '';
    if (whole === '') continue;
    const keyword = whole.split(/\s/u, 1)[0]!.toUpperCase();
    if (keyword === 'FROM') stage++;
    instructions.push({ keyword, args: whole.slice(keyword.length).trim(), stage });
  }
  return instructions;
}

/** `KEY=value KEY2=value2` of an ENV instruction (values without spaces or quotes in ours). */
function envAssignments(args: string): Record<string, string> {
  return Object.fromEntries(args.split(/\s+/u).map((pair) => pair.split('=') as [string, string]));
}

/** An ignore-file pattern as a regular expression on context paths (`**`, `*`, `?`, as Docker reads them). */
function ignorePattern(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${source}(?:/.*)?$`, 'u');
}

const service = parseUnit(deployFile('visavis.service'));
const backupService = parseUnit(deployFile('visavis-backup.service'));
const backupTimer = parseUnit(deployFile('visavis-backup.timer'));
const containerfile = parseContainerfile(deployFile('Containerfile'));
const finalStage = Math.max(...containerfile.map((instruction) => instruction.stage));
const inStage = (stage: number, keyword: string) => containerfile.filter((instruction) => instruction.stage === stage && instruction.keyword === keyword);

const temporary: string[] = [];
const children: ChildProcess[] = [];
const apps: TestApp[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  for (const app of apps.splice(0)) await app.cleanup();
});
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-deploy-'));
  temporary.push(dir);
  return dir;
}

describe('docs/deploy/visavis.service', () => {
  it('starts the serve command of the built CLI from its working directory', () => {
    const workingDirectory = value(service, 'Service', 'WorkingDirectory')!;
    expect(values(service, 'Service', 'ExecStart')).toEqual([`/usr/bin/node ${workingDirectory}/dist/cli.js serve`]);
    // dist/cli.js is what the build makes of src/cli.ts, and the package's `visavis` command.
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.visavis).toBe('dist/cli.js');
    const build = readFileSync(join(root, 'scripts/build.mjs'), 'utf8');
    expect(build).toContain("cli: 'src/cli.ts'");
    expect(build).toContain("outdir: 'dist'");
    const help = runCli('serve', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: visavis serve');
  });

  it('runs as a user of its own and is restarted when it fails', () => {
    expect(value(service, 'Service', 'User')).toBe('visavis');
    expect(value(service, 'Service', 'Group')).toBe('visavis');
    expect(value(service, 'Service', 'DynamicUser')).toBeUndefined();
    expect(value(service, 'Service', 'Restart')).toBe('on-failure');
    expect(value(service, 'Install', 'WantedBy')).toBe('multi-user.target');
  });

  it('is configured by variables the server reads, and by an optional file', () => {
    const known = configVariables();
    const environment = environmentOf(service);
    expect(Object.keys(environment).filter((name) => name !== 'NODE_ENV' && !known.has(name))).toEqual([]);
    const config = loadConfig(environment);
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8787);
    expect(config.trustProxy).toEqual({ kind: 'addresses', addresses: ['127.0.0.1'] });
    expect(values(service, 'Service', 'EnvironmentFile')).toEqual(['-/etc/visavis/visavis.env']);
  });

  it('keeps the database in its state directory, the only place it may write', () => {
    const state = `/var/lib/${value(service, 'Service', 'StateDirectory')}`;
    expect(state).toBe('/var/lib/visavis');
    expect(posix.dirname(loadConfig(environmentOf(service)).databasePath)).toBe(state);
    expect(values(service, 'Service', 'ReadWritePaths')).toEqual([state]);
    expect(value(service, 'Service', 'ProtectSystem')).toBe('strict');
    expect(value(service, 'Service', 'ProtectHome')).toBe('yes');
    expect(value(service, 'Service', 'PrivateTmp')).toBe('yes');
    expect(value(service, 'Service', 'NoNewPrivileges')).toBe('yes');
    expect(value(service, 'Service', 'CapabilityBoundingSet')).toBe('');
  });

  it('leaves Node what a trace of it needs: memory it can execute, setpriority, memory protection keys', () => {
    expect(value(service, 'Service', 'MemoryDenyWriteExecute') ?? 'no').toBe('no');
    const filters = values(service, 'Service', 'SystemCallFilter');
    expect(filters.filter((filter) => filter.startsWith('~')).join(' ')).not.toMatch(/@resources|setpriority/u);
    expect(filters.filter((filter) => !filter.startsWith('~')).join(' ')).toMatch(/\bpkey_alloc\b.*\bpkey_mprotect\b/u);
    expect(value(service, 'Service', 'SystemCallErrorNumber')).toBe('EPERM');
  });

  it('waits for a stop longer than the server gives requests under way', () => {
    const grace = /const shutdownGraceMs = ([\d_]+);/u.exec(readFileSync(join(root, 'src/main.ts'), 'utf8'))?.[1];
    expect(grace).toBeDefined();
    const timeout = /^(\d+)s$/u.exec(value(service, 'Service', 'TimeoutStopSec') ?? '')?.[1];
    expect(Number(timeout) * 1000).toBeGreaterThan(Number(grace!.replaceAll('_', '')));
  });

  const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!systemdAnalyze)('passes systemd-analyze verify, with the backup service and timer', () => {
    const dir = temporaryDir();
    for (const name of ['visavis.service', 'visavis-backup.service', 'visavis-backup.timer']) {
      // verify checks that ExecStart's program exists: on a machine whose Node is elsewhere, this one's.
      const text = deployFile(name);
      writeFileSync(join(dir, name), existsSync('/usr/bin/node') ? text : text.replaceAll('/usr/bin/node', process.execPath));
    }
    const result = spawnSync('systemd-analyze', ['verify', 'visavis.service', 'visavis-backup.service', 'visavis-backup.timer'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('docs/deploy/visavis-backup.service and .timer', () => {
  it('are started by the timer every night, a missed night made up', () => {
    expect(value(backupTimer, 'Timer', 'Unit')).toBe('visavis-backup.service');
    expect(existsSync(join(root, 'docs/deploy/visavis-backup.service'))).toBe(true);
    expect(value(backupTimer, 'Timer', 'OnCalendar')).toMatch(/^\*-\*-\* \d\d:\d\d:\d\d$/u);
    expect(value(backupTimer, 'Timer', 'Persistent')).toBe('true');
    expect(value(backupTimer, 'Install', 'WantedBy')).toBe('timers.target');
    expect(value(backupService, 'Service', 'Type')).toBe('oneshot');
  });

  it('back up as the server’s user, from its folder, the database it serves', () => {
    for (const key of ['User', 'Group', 'WorkingDirectory', 'EnvironmentFile', 'StateDirectory', 'ReadWritePaths']) {
      expect(values(backupService, 'Service', key), key).toEqual(values(service, 'Service', key));
    }
    expect(environmentOf(backupService).VISAVIS_DB).toBe(environmentOf(service).VISAVIS_DB);
    expect(environmentOf(backupService).BACKUP_DIR?.startsWith(`${values(service, 'Service', 'ReadWritePaths')[0]}/`)).toBe(true);
  });

  /** The shell script of ExecStart as sh receives it: systemd turns `$$` into `$` and `%%` into `%`. */
  function backupScript(): string {
    const [execStart] = values(backupService, 'Service', 'ExecStart');
    const quoted = /^\/bin\/sh -euc '([^']*)'$/u.exec(execStart ?? '');
    if (!quoted) throw new Error(`ExecStart is not /bin/sh -euc '<script>': ${execStart}`);
    expect(quoted[1]).not.toMatch(/(^|[^$])\$(?!\$)|(^|[^%])%(?!%)/u); // every $ and % escaped for systemd
    return quoted[1]!.replaceAll('$$', '$').replaceAll('%%', '%');
  }

  it('call the backup command of the CLI', () => {
    expect(backupScript()).toContain('node dist/cli.js backup "$BACKUP_DIR/visavis-');
    const help = runCli('backup', '--help');
    expect(help.stdout).toContain('Usage: visavis backup');
    expect(help.status).toBe(0);
  });

  it('keep the newest BACKUP_KEEP copies, and remove nothing when the backup fails', () => {
    const dir = temporaryDir();
    const bin = join(dir, 'bin');
    const backups = join(dir, 'backups');
    mkdirSync(bin);
    mkdirSync(backups);
    // A stand-in for node: records its arguments, then writes the file it was asked for (or fails).
    writeFileSync(join(bin, 'node'), `#!/bin/sh\necho "$@" >> "${dir}/calls"\n[ -z "$FAIL" ] || exit 1\nfor last; do :; done\n: > "$last"\n`);
    chmodSync(join(bin, 'node'), 0o755);
    const older = ['20250101-031500', '20250102-031500', '20250103-031500', '20250104-031500', '20250105-031500'].map((stamp) => `visavis-${stamp}.sqlite`);
    for (const name of [...older, 'notes.txt']) writeFileSync(join(backups, name), '');
    const run = (extra: Record<string, string>) =>
      spawnSync('/bin/sh', ['-euc', backupScript()], { cwd: dir, encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, BACKUP_DIR: backups, BACKUP_KEEP: '3', ...extra } });

    const failed = run({ FAIL: '1' });
    expect(failed.status).not.toBe(0);
    expect(readdirSync(backups).sort()).toEqual([...older, 'notes.txt'].sort());

    const done = run({});
    expect(done.status).toBe(0);
    const calls = readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n');
    expect(calls.at(-1)).toMatch(new RegExp(`^dist/cli\\.js backup ${backups}/visavis-\\d{8}-\\d{6}\\.sqlite$`, 'u'));
    const made = posix.basename(calls.at(-1)!.split(' ').at(-1)!);
    expect(readdirSync(backups).sort()).toEqual([...older.slice(-2), made, 'notes.txt'].sort());
  });
});

describe('docs/deploy/Containerfile', () => {
  it('builds and runs on node:20-bookworm-slim, in two stages', () => {
    expect(containerfile.filter((instruction) => instruction.keyword === 'FROM').map((instruction) => instruction.args)).toEqual(['node:20-bookworm-slim AS build', 'node:20-bookworm-slim']);
  });

  it('builds with npm ci and npm run build, with the compilers better-sqlite3 may need, and keeps the production packages', () => {
    const runs = inStage(0, 'RUN').map((instruction) => instruction.args).join('\n');
    expect(runs).toMatch(/apt-get install [^\n]*\bpython3\b/u);
    expect(runs).toMatch(/apt-get install [^\n]*\bmake\b/u);
    expect(runs).toMatch(/apt-get install [^\n]*\bg\+\+/u);
    expect(runs).toMatch(/npm ci\b/u);
    // Install scripts skipped for every package must be run for better-sqlite3's native module.
    if (/npm ci [^\n]*--ignore-scripts/u.test(runs)) expect(runs).toMatch(/npm rebuild [^\n]*\bbetter-sqlite3\b/u);
    expect(runs).toMatch(/npm run build\b/u);
    expect(runs).toMatch(/npm prune --omit=dev\b/u);
    expect(inStage(finalStage, 'COPY').map((instruction) => instruction.args)).toContain('--from=build /app/node_modules ./node_modules');
  });

  it('takes from the build context only files of the repository that its ignore file lets through', () => {
    const ignored = deployFile('Containerfile.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map(ignorePattern);
    expect(ignored.some((pattern) => pattern.test('node_modules/kysely/package.json'))).toBe(true); // the matcher matches
    const sources = containerfile
      .filter((instruction) => instruction.keyword === 'COPY' && !instruction.args.startsWith('--from'))
      .flatMap((instruction) => instruction.args.split(/\s+/u).slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'scripts', 'public']));
    for (const source of sources) {
      expect(existsSync(join(root, source)), source).toBe(true);
      expect(ignored.filter((pattern) => pattern.test(source)), source).toEqual([]);
    }
  });

  it('runs as a user it creates, not root', () => {
    const user = inStage(finalStage, 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    expect(inStage(finalStage, 'RUN').some((instruction) => new RegExp(`useradd [^&]*\\b${user}\\b`, 'u').test(instruction.args))).toBe(true);
  });

  it('listens on every interface of the container, on the port it exposes, with the database in its volume', () => {
    const environment = Object.assign({}, ...inStage(finalStage, 'ENV').map((instruction) => envAssignments(instruction.args))) as Record<string, string>;
    const known = configVariables();
    expect(Object.keys(environment).filter((name) => name !== 'NODE_ENV' && !known.has(name))).toEqual([]);
    const config = loadConfig(environment);
    expect(config.host).toBe('0.0.0.0');
    expect(inStage(finalStage, 'EXPOSE').map((instruction) => instruction.args)).toEqual([String(config.port)]);
    const volumes = inStage(finalStage, 'VOLUME').flatMap((instruction) => JSON.parse(instruction.args) as string[]);
    const dataDir = posix.dirname(config.databasePath);
    expect(volumes).toEqual([dataDir]);
    // Owned by the user before VOLUME, so that a new named volume starts out writable by it.
    const user = inStage(finalStage, 'USER').at(-1)!.args;
    expect(inStage(finalStage, 'RUN').some((instruction) => instruction.args.includes(`install -d -o ${user} -g ${user} -m 0750 ${dataDir}`))).toBe(true);
  });

  it('starts the serve command of the built CLI, with the UI beside it', () => {
    const entrypoint = JSON.parse(inStage(finalStage, 'ENTRYPOINT').at(-1)!.args) as string[];
    const command = JSON.parse(inStage(finalStage, 'CMD').at(-1)!.args) as string[];
    expect([...entrypoint, ...command]).toEqual(['node', 'dist/cli.js', 'serve']);
    const workdir = inStage(finalStage, 'WORKDIR').at(-1)!.args;
    const copied = inStage(finalStage, 'COPY').map((instruction) => instruction.args);
    // config.ts finds the UI at ../public and the worker threads in dist/, from dist/cli.js.
    for (const path of ['dist', 'public', 'node_modules']) expect(copied).toContain(`--from=build ${workdir}/${path} ./${path}`);
    expect(copied).toContain(`--from=build ${workdir}/package.json ${workdir}/package-lock.json ./`);
    const config = loadConfig({});
    expect(posix.relative(dirname(cli), config.publicDir)).toBe('../public');
  });

  /** The HEALTHCHECK's command, exec form. */
  function healthcheck(): string[] {
    const args = inStage(finalStage, 'HEALTHCHECK').at(-1)?.args ?? '';
    const exec = /\bCMD (\[.*\])$/u.exec(args)?.[1];
    if (!exec) throw new Error(`HEALTHCHECK has no exec-form CMD: ${args}`);
    return JSON.parse(exec) as string[];
  }

  it('checks the readiness route, which answers without signing in', async () => {
    const [program, flag, script] = healthcheck();
    expect([program, flag]).toEqual(['node', '-e']);
    expect(script).toContain("'/api/ready'");
    const t = await testApp();
    apps.push(t);
    const response = await t.anonymous('/api/ready');
    expect([200, 503]).toContain(response.status);
    if (response.status === 200) expect(await response.json()).toMatchObject({ status: 'ready' });
  });

  it('passes against a serving server, and fails when nothing answers', async () => {
    const [program, ...args] = healthcheck();
    expect(program).toBe('node');
    const dir = temporaryDir();
    const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', join(dir, 'visavis.sqlite')], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
    children.push(server);
    const port = await new Promise<string>((resolve, reject) => {
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /serving http:\/\/[^:]+:(\d+)/u.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const check = (onPort: string) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, PORT: onPort }, timeout: 10_000 });
    expect(check(port).status).toBe(0);
    const closed = await new Promise<string>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(String(free)));
      });
    });
    expect(check(closed).status).toBe(1);
  });
});

describe('the README Deployment section', () => {
  it('runs the container with the volume and the port of the Containerfile', () => {
    const commands = codeLines(readmeSection('### In a container'), 'sh').join('\n').replaceAll('\\\n', ' ');
    const run = commands.split('\n').find((line) => line.startsWith('docker run '));
    expect(run).toBeDefined();
    const volume = inStage(finalStage, 'VOLUME').flatMap((instruction) => JSON.parse(instruction.args) as string[])[0];
    expect(run).toMatch(new RegExp(` -v [\\w.-]+:${volume}( |$)`, 'u'));
    const port = inStage(finalStage, 'EXPOSE')[0]!.args;
    expect(run).toMatch(new RegExp(` -p (?:[\\d.]+:)?\\d+:${port}( |$)`, 'u'));
    expect(commands).toContain('docker build -f docs/deploy/Containerfile ');
  });

  it('sends every event stream of the API through the proxy’s unbuffered location', async () => {
    const nginx = codeLines(readmeSection('### Behind a TLS reverse proxy'), 'nginx');
    const locations = nginx.map((line) => /location ~ (\S+) \{/u.exec(line)?.[1]).filter((found) => found !== undefined);
    expect(locations).toHaveLength(1);
    const events = new RegExp(locations[0]!, 'u');
    const block = nginx.slice(nginx.findIndex((line) => line.includes('location ~ ')));
    expect(block.join('\n')).toMatch(/proxy_buffering off;[\s\S]*proxy_read_timeout \d+[hm];/u);
    // Every route the API describes as an event stream, with an id filled in.
    const t = await testApp();
    apps.push(t);
    const document = (await (await t.anonymous('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };
    const streams = Object.entries(document.paths)
      .filter(([, operations]) => Object.values(operations).some((operation) => Object.values(operation.responses ?? {}).some((response) => 'text/event-stream' in (response.content ?? {}))))
      .map(([path]) => `/api${path.replaceAll(/\{[^}]+\}/gu, '12')}`);
    expect(streams).toEqual(expect.arrayContaining(['/api/documents/12/events', '/api/jobs/12/events']));
    for (const path of streams) expect(path).toMatch(events);
    expect('/api/documents/12/segments').not.toMatch(events);
  });
});
