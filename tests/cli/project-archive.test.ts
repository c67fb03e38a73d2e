import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services';
import { openSqliteStore } from '../../src/store/sqlite';
import { richProject } from '../helpers/rich-project';
import { testPassword, testPasswordCost } from '../helpers/test-app';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

let dir: string;
let from: string;
let to: string;
let projectId: number;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'visavis-cli-archive-'));
  from = join(dir, 'newsroom.sqlite');
  to = join(dir, 'agency.sqlite');
  const store = await openSqliteStore({ path: from });
  projectId = await richProject(createServices({ store, passwordCost: testPasswordCost }));
  await store.close();
  // The other instance has an account for Élodie (spelled otherwise), none for marc nor ghost.
  const other = await openSqliteStore({ path: to });
  await createServices({ store: other, passwordCost: testPasswordCost }).accounts.createUser({ username: 'ÉLODIE', password: testPassword });
  await other.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--db', db], { encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('visavis project export / import', () => {
  it('moves a project from one database to another, matching members by username', () => {
    const archive = join(dir, 'depeches.visavis.zip');
    const exported = run(from, 'project', 'export', String(projectId), archive);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/^Wrote .*depeches\.visavis\.zip: 4 documents, \d+ segments, \d+ revisions, \d+ memory units, 2 glossary entries, 3 members\.$/mu);
    expect(existsSync(archive)).toBe(true);

    const imported = run(to, 'project', 'import', archive, '--name', 'Dépêches (agence)');
    expect(imported.code, imported.stderr).toBe(0);
    const id = imported.stdout.trim();
    expect(id).toMatch(/^\d+$/u);
    expect(imported.stderr).toContain('Imported "Dépêches (agence)": 4 documents');
    expect(imported.stderr).toContain('Members: ÉLODIE (owner).');
    expect(imported.stderr).toContain('No account here for marc, ghost: not added');
    const listed = run(to, 'list', '--project', id, '--json');
    expect((JSON.parse(listed.stdout) as { title: string }[]).map((document) => document.title).sort()).toEqual(['depeche', 'guide-fr', 'rapport', 'units-fr']);
  });

  it('refuses a damaged or foreign archive with a message and a non-zero exit, importing nothing', () => {
    const before = run(to, 'project', 'list', '--json').stdout;
    const notZip = join(dir, 'notes.zip');
    writeFileSync(notZip, 'Le préfet a réuni les maires.');
    const refused = run(to, 'project', 'import', notZip);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('visavis: This file is not a zip archive; a vis-à-vis project archive is one (visavis project export).\n');

    const good = readFileSync(join(dir, 'depeches.visavis.zip'));
    const files = unzipSync(good);
    const newer = join(dir, 'newer.zip');
    writeFileSync(newer, zipSync({ ...files, 'manifest.json': strToU8(new TextDecoder().decode(files['manifest.json']).replace('"version": 1', '"version": 3')) }));
    const tooNew = run(to, 'project', 'import', newer);
    expect(tooNew.code).toBe(1);
    expect(tooNew.stderr).toMatch(/^visavis: This archive was made by a newer vis-à-vis \(archive format version 3\)/u);

    const missing = run(to, 'project', 'import', join(dir, 'absent.zip'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    expect(run(to, 'project', 'list', '--json').stdout).toBe(before);

    const unknownProject = run(from, 'project', 'export', '999', join(dir, 'none.zip'));
    expect(unknownProject.code).toBe(1);
    expect(unknownProject.stderr).toContain('No project with id 999.');
  });
});
