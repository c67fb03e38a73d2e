import { formatIds } from '../../src/formats/registry';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services';
import { startDeepLStandIn } from '../helpers/deepl-stand-in';
import { openSqliteStore } from '../../src/store/sqlite';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const fixture = new URL('../fixtures/depeche-fr.txt', import.meta.url).pathname;

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'visavis-cli-'));
  db = join(dir, 'cli.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return runWithInput('', ...args);
}

/** Runs the CLI without blocking the event loop (the DeepL stand-in lives in this process). */
function runAsync(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args, '--db', db], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent', VISAVIS_DEEPL_KEY: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `visavis serve` on a free port, in the background. */
function serve(database = db): ChildProcess {
  return spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', database], { env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
}

/** The first capture of `pattern` in what the server prints; fails if it exits first. */
function printed(server: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

function runWithInput(input: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--db', db], { input, encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('visavis CLI', () => {
  let id: string;

  it('imports a file and prints the new id', () => {
    const result = run('import', fixture, '--title', 'Canal du Midi');
    expect(result.code).toBe(0);
    id = result.stdout.trim();
    expect(id).toMatch(/^\d+$/u);
    expect(result.stderr).toContain('Imported "Canal du Midi": 16 segments.');
  });

  it('lists documents with their progress', () => {
    const result = run('list');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^\\s*${id}\\s+0/16 confirmed\\s+Canal du Midi$`, 'mu'));
    expect(JSON.parse(run('list', '--json').stdout)[0]).toMatchObject({ title: 'Canal du Midi' });
  });

  it('exports the English version to a file or to standard output', () => {
    const out = join(dir, 'canal.en.md');
    const result = run('export', id, '--format', 'md', '--out', out);
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Canal du Midi : Toulouse lance un plan de rénovation des berges');
    const stdout = run('export', id, '--format', 'txt');
    expect(stdout.stdout.startsWith('Canal du Midi : Toulouse')).toBe(true);
  });

  it('creates projects, imports into one and lists its documents', () => {
    const created = run('project', 'add', 'Dépêches régionales');
    expect(created.code).toBe(0);
    const projectId = created.stdout.trim();
    expect(run('project', 'add', 'dépêches RÉGIONALES').stderr).toContain('already exists');
    const imported = run('import', fixture, '--project', projectId, '--title', 'Dans le projet');
    expect(imported.code).toBe(0);
    const listed = run('list', '--project', projectId);
    expect(listed.stdout).toContain('Dans le projet');
    expect(listed.stdout).not.toContain('Canal du Midi');
    expect(run('project', 'list').stdout).toMatch(/^\s*\d+\s+1 documents\s+Dépêches régionales$/mu);
    expect(run('import', fixture, '--project', '999').stderr).toContain('No project with id 999.');
    expect(run('list', '--project', 'abc').code).not.toBe(0);
  });

  it('creates accounts with the password on standard input, and API tokens shown once', async () => {
    const added = runWithInput('un mot de passe solide\n', 'user', 'add', 'dominique', '--admin', '--password-stdin');
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('Created administrator "dominique".');
    expect(runWithInput('court\n', 'user', 'add', 'alex', '--password-stdin').stderr).toContain('at least 10 characters');
    expect(runWithInput('', 'user', 'add', 'alex', '--password-stdin').stderr).toContain('No password on standard input');
    expect(run('user', 'list').stdout).toMatch(/dominique {2}\(administrator\)/u);
    const created = run('token', 'create', 'dominique', '--name', 'nightly export');
    expect(created.stdout.trim()).toMatch(/^vv_[\w-]{40,}$/u);
    expect(created.stderr).toContain('cannot be shown again');
    expect(run('token', 'create', 'personne').stderr).toContain('No user named "personne".');
    expect(run('token', 'revoke', 'dominique', '1').code).toBe(0);
    expect(run('token', 'revoke', 'dominique', '1').stderr).toContain('No token with id 1.');
  });

  it('pre-translates a document with DeepL, showing its progress, and says when no key is set', async () => {
    const deepl = await startDeepLStandIn();
    try {
      const text = Array.from({ length: 120 }, (_, i) => `Le paragraphe ${i + 1} est prêt.`).join('\n\n');
      writeFileSync(join(dir, 'long.txt'), text);
      const docId = run('import', join(dir, 'long.txt')).stdout.trim();
      const env = { VISAVIS_DEEPL_KEY: deepl.authKey, VISAVIS_DEEPL_SERVER_URL: deepl.url };
      const result = await runAsync(env, 'pretranslate', docId, '--no-memory');
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('120/120 segments');
      expect(result.stderr).toContain('done, 120 of 120 segments filled.');
      expect(deepl.translations()).toHaveLength(3);
      const again = await runAsync(env, 'pretranslate', docId);
      expect(again.stderr).toContain('done, 0 of 0 segments filled.');
      const other = run('import', join(dir, 'long.txt')).stdout.trim();
      const noKey = await runAsync({}, 'pretranslate', other, '--min-score', '90');
      expect(noKey.stderr).toContain('Only memory matches were used');
      expect((await runAsync({}, 'pretranslate', other, '--min-score', '20')).stderr).toContain('from 50 to 100');
    } finally {
      await deepl.close();
    }
  });

  it('runs the quality checks for a pipeline: qa exits 1 on errors, export --qa fail refuses to write', async () => {
    const source = join(dir, 'seance.txt');
    writeFileSync(source, 'Le maire a parlé mercredi.\n\nQui paiera ?\n');
    const imported = run('import', source);
    const documentId = imported.stdout.trim();
    const store = await openSqliteStore({ path: db });
    try {
      const services = createServices({ store });
      const [mayor, question] = (await services.documents.segments(Number(documentId), { offset: 0, limit: 10 })).items;
      await services.segments.edit({ segmentId: mayor!.id, target: 'The mayor spoke on Tuesday.', version: mayor!.version }, { name: 'cli-test' });
      await services.segments.edit({ segmentId: question!.id, target: 'Who will pay.', version: question!.version }, { name: 'cli-test' });
    } finally {
      await store.close();
    }
    const qa = run('qa', documentId);
    expect(qa.code).toBe(1);
    expect(qa.stdout).toMatch(/^\s+1 +error +weekdays +The source says Wednesday; the translation names another day\.$/mu);
    expect(qa.stdout).toMatch(/^\s+2 +warning +punctuation-end/mu);
    expect(qa.stderr).toContain('1 error, 1 warning.');
    expect(JSON.parse(run('qa', documentId, '--json').stdout)).toMatchObject({ errors: 1, warnings: 1, items: [{ position: 0, check: 'weekdays', severity: 'error' }, { position: 1, check: 'punctuation-end' }] });
    const refused = run('export', documentId, '--qa', 'fail', '--out', join(dir, 'seance.en.txt'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`visavis: The quality checks find 1 error in document ${documentId}: nothing exported`);
    expect(run('export', documentId).code).toBe(0);
    expect(run('qa', 'abc').code).toBe(1);
  });

  it('exports a Windows-1252 file in its encoding, and says on stderr when the English makes it UTF-8', async () => {
    const source = join(dir, 'avis.txt');
    writeFileSync(source, iconv.encode('Avis à la population\r\n\r\nLa mairie sera fermée.\r\n', 'windows-1252'));
    const documentId = run('import', source).stdout.trim();
    const untouched = join(dir, 'avis.en.txt');
    const plain = run('export', documentId, '--out', untouched);
    expect(plain.stderr).not.toContain('UTF-8');
    expect(readFileSync(untouched)).toEqual(readFileSync(source));
    const store = await openSqliteStore({ path: db });
    try {
      const services = createServices({ store });
      const [first] = (await services.documents.segments(Number(documentId), { offset: 0, limit: 10 })).items;
      await services.segments.edit({ segmentId: first!.id, target: 'Notice to residents 📢', version: first!.version }, { name: 'cli-test' });
    } finally {
      await store.close();
    }
    const switched = run('export', documentId, '--out', untouched);
    expect(switched.code).toBe(0);
    expect(switched.stderr).toContain('The English has characters windows-1252 cannot hold: the file is written in UTF-8.');
    expect(readFileSync(untouched, 'utf8')).toBe('Notice to residents 📢\r\n\r\nLa mairie sera fermée.\r\n');
  });

  it('creates a project owned by a user, who then sees it as owner', async () => {
    expect(runWithInput('un mot de passe solide\n', 'user', 'add', 'ines', '--password-stdin').code).toBe(0);
    const created = run('project', 'add', 'Rapports annuels', '--owner', 'ines');
    expect(created.code).toBe(0);
    expect(run('project', 'add', 'Autre', '--owner', 'personne').stderr).toContain('No user named "personne".');
    const store = await openSqliteStore({ path: db });
    try {
      const services = createServices({ store });
      const ines = await services.accounts.findUser('ines');
      expect(await services.projects.list(ines)).toEqual([expect.objectContaining({ id: Number(created.stdout.trim()), role: 'owner' })]);
    } finally {
      await store.close();
    }
  });

  it('fails with a clear message and a non-zero exit code', () => {
    const missing = run('import', join(dir, 'absent.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read');

    const docx = join(dir, 'rapport.pdf');
    writeFileSync(docx, 'PK');
    const unsupported = run('import', docx);
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toContain('Files ending in .pdf are not supported. Supported formats: docx (.docx), odt (.odt), xliff (.xlf, .xliff, .sdlxliff, .mqxliff, .mxliff), xliff2 (.xlf2), tmx (.tmx), review-docx (.docx), csv (.csv), html (.html, .htm, .xhtml), srt (.srt), vtt (.vtt), po (.po, .pot), md (.md, .markdown), txt (.txt, .text).');

    const empty = join(dir, 'vide.txt');
    writeFileSync(empty, '\n\n');
    expect(run('import', empty).stderr).toContain('The document is empty');

    expect(run('export', '999').stderr).toContain('No document with id 999.');
    expect(run('export', 'abc').code).toBe(1);
    const badFormat = run('export', id, '--format', 'pdf');
    expect(badFormat.code).not.toBe(0);
    // The choices are the registry's, on import as on export.
    expect(badFormat.stderr).toContain(`Allowed choices are ${formatIds.join(', ')}`);
    const badImportFormat = run('import', docx, '--format', 'pdf');
    expect(badImportFormat.code).not.toBe(0);
    expect(badImportFormat.stderr).toContain(`Allowed choices are ${formatIds.join(', ')}`);
  });

  it('prints a one-time setup link on a first start with no account', async () => {
    const fresh = join(dir, 'fresh.sqlite');
    const server = serve(fresh);
    try {
      const link = await printed(server, /Create the administrator account \(this link works once\): (\S+)/u);
      expect(link).toMatch(/^http:\/\/localhost:\d+\/#\/setup\?secret=[\w-]{40,}$/u);
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('serves the workbench and stops cleanly', async () => {
    const server = serve();
    try {
      const url = await printed(server, /serving (http:\/\/\S+)/u);
      const health = await fetch(`${url}/api/health`);
      const healthBody = (await health.json()) as { status: string; documents: number };
      expect(healthBody.status).toBe('ok');
      expect(healthBody.documents).toBeGreaterThanOrEqual(2);
    } finally {
      server.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => server.once('exit', resolve));
    expect(code).toBe(0);
  });

  it('stops on SIGTERM while an editor listens to a document, ending its stream (the editor reconnects)', async () => {
    const token = run('token', 'create', 'dominique', '--name', 'editor').stdout.trim();
    const server = serve();
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    try {
      const url = await printed(server, /serving (http:\/\/\S+)/u);
      const authorization = { authorization: `Bearer ${token}` };
      const { items } = (await (await fetch(`${url}/api/documents`, { headers: authorization })).json()) as { items: { id: number }[] };
      const stream = await fetch(`${url}/api/documents/${items[0]?.id}/events`, { headers: authorization });
      expect(stream.status).toBe(200);
      const reader = stream.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: presence');
      const since = Date.now();
      server.kill('SIGTERM');
      // The stream ends (no `revoked` event: nothing was withdrawn) and the process exits, well before
      // the 10 s grace given to ordinary requests; before, it waited for the editor to leave.
      const rest = await reader.read();
      expect(rest.done).toBe(true);
      expect(await exited).toBe(0);
      expect(Date.now() - since).toBeLessThan(5000);
    } finally {
      server.kill('SIGKILL');
    }
  });
});

describe('visavis align', () => {
  const french = 'Le maire de Pontlevoy a parlé mardi.\n\nLe budget atteint 3,2 millions d’euros.\n\nLa séance est levée à 22 h 30.\n';
  const english = '# The mayor of Pontlevoy spoke on Tuesday\n\nThe meeting closed at **10:30 p.m.**\n';

  it('aligns two files of any monolingual format and prints the links as JSON, storing nothing', () => {
    writeFileSync(join(dir, 'seance.txt'), french);
    writeFileSync(join(dir, 'seance.en.md'), english);
    const result = run('align', join(dir, 'seance.txt'), join(dir, 'seance.en.md'), '--json');
    expect(result.code).toBe(0);
    const { links } = JSON.parse(result.stdout) as { links: Array<{ fr: number[]; en: number[]; score: number }> };
    expect(links.map((link) => [link.fr, link.en])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
    expect(links[0]!.score).toBeGreaterThan(0.9);
    // A score is the chance the link is right (issue 28): the French paragraph the English lacks is one.
    expect(links[1]!.score).toBeGreaterThanOrEqual(0);
    expect(links[1]!.score).toBeLessThanOrEqual(1);
  });

  it('prints a side-by-side table without --json', () => {
    const result = run('align', join(dir, 'seance.txt'), join(dir, 'seance.en.md'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ {3}1 {2}Le maire de Pontlevoy a parlé mardi\. +The mayor of Pontlevoy spoke on Tuesday +1\.00/u);
    expect(result.stdout).toMatch(/ {3}2 {2}Le budget atteint 3,2 millions d’euros\. +— +[01]\.\d\d/u);
  });

  it('refuses a missing file and a bilingual one with a message and a non-zero exit', () => {
    const missing = run('align', join(dir, 'seance.txt'), join(dir, 'absent.txt'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Cannot read');
    writeFileSync(join(dir, 'units.xlf'), '<xliff version="1.2"><file><body><trans-unit id="1"><source>Un.</source><target>One.</target></trans-unit></body></file></xliff>');
    const bilingual = run('align', join(dir, 'seance.txt'), join(dir, 'units.xlf'));
    expect(bilingual.code).not.toBe(0);
    expect(bilingual.stderr).toContain('already pairs French and English');
  });
});
