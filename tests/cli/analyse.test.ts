import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services';
import { openSqliteStore } from '../../src/store/sqlite';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'visavis-analyse-'));
  db = join(dir, 'cli.sqlite');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--db', db], { encoding: 'utf8', env: { ...process.env, VISAVIS_LOG_LEVEL: 'silent' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function importFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  const imported = run('import', file);
  expect(imported.code).toBe(0);
  return imported.stdout.trim();
}

describe('visavis analyse', () => {
  it('prints the analysis of a document as a table, as CSV and as JSON', async () => {
    const memory = importFile('memoire.txt', 'Le marché ouvre à 7 h.\n\nLa séance est levée.\n');
    const store = await openSqliteStore({ path: db });
    try {
      const services = createServices({ store });
      const [market] = (await services.documents.segments(Number(memory), { offset: 0, limit: 10 })).items;
      await services.segments.edit({ segmentId: market!.id, target: 'The market opens at 7 am.', status: 'translated', version: market!.version }, { name: 'cli-test' });
    } finally {
      await store.close();
    }
    // 100 % (6 words, 22 characters, 25 % → 1.5), 95 % (« 8 h », 60 % → 3.6), a repetition (25 % → 1.5), new (7 words).
    const id = importFile('depeche.txt', 'Le marché ouvre à 7 h.\n\nLe marché ouvre à 8 h.\n\nLe marché ouvre à 7 h.\n\nLes pompiers sont intervenus dans la nuit.\n');

    const table = run('analyse', id);
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Band +Segments +Words +Characters +Weight \(%\) +Weighted words$/u);
    expect(lines).toContainEqual(expect.stringMatching(/^repetitions +1 +6 +22 +25 +1\.5$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^100 +1 +6 +22 +25 +1\.5$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^95-99 +1 +6 +22 +60 +3\.6$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^no-match +1 +7 +42 +100 +7$/u));
    expect(lines.at(-1)).toMatch(/^Total +4 +25 +108 +13\.6$/u);

    const csv = run('analyse', id, '--csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('Band,Segments,Words,Characters,Weight (%),Weighted words');
    expect(csv.stdout).toContain('95-99,1,6,22,60,3.6\n');

    const json = run('analyse', id, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ documentId: Number(id), total: { segments: 4, words: 25, characters: 108, weighted: 13.6 } });
  }, 120_000);

  it('fails with a message and exit code 1 for an unknown document', () => {
    const missing = run('analyse', '9999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^visavis: .*9999/mu);
    expect(run('analyse', 'abc').code).toBe(1);
  }, 60_000);
});
