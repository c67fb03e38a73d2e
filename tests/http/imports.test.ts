import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchText } from '../../bench/french-text';
import { loadConfig } from '../../src/config';
import { buildTmx } from '../../src/formats/tmx';
import { importChunk } from '../../src/services/import-document';
import { memoryImportChunk } from '../../src/services/memory';
import { type UploadParser } from '../../src/providers/parsing/parser';
import { workerParser } from '../../src/providers/parsing/worker-pool';
import { importText, segmentsOf, storeKind, type TestApp, testApp } from '../helpers/test-app';

/** Uploads are read on the built worker, as the server does (npm test builds it first). */
const workerFile = loadConfig({}).parseWorkerFile;

let t: TestApp | undefined;
let parser: UploadParser | undefined;
afterEach(async () => {
  await t?.cleanup();
  await parser?.close();
  t = undefined;
  parser = undefined;
});

/** A text of `count` paragraphs, every tenth one the same caption (repetitions across chunks). */
function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => (i % 10 === 9 ? 'Photo : la mairie de Lyon.' : `Paragraphe numéro ${i + 1} du compte rendu.`)).join('\n\n');
}

function upload(text: string, name: string, format?: string): RequestInit {
  const form = new FormData();
  form.set('file', new Blob([text], { type: 'text/plain' }), name);
  if (format) form.set('format', format);
  return { method: 'POST', body: form };
}

/** Makes the database itself refuse one row's insert (by its source), as a full disk would: a real failure, mid-import. */
async function failInsertOf(path: string, table: 'segments' | 'tm_units', source: string): Promise<void> {
  if (storeKind === 'sqlite') {
    const db = new Database(path);
    db.prepare(`CREATE TRIGGER refuse_row BEFORE INSERT ON ${table} WHEN NEW.source = '${source}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`).run();
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: path });
  await client.connect();
  await client.query(`CREATE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN IF NEW.source = '${source}' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await client.query(`CREATE TRIGGER refuse_row BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_row()`);
  await client.end();
}

describe('importing long documents', () => {
  it('stores a document of several chunks whole: every segment in order, with its revision and repetitions across chunks', async () => {
    t = await testApp();
    const count = importChunk * 2 + 17;
    const id = await importText(t.app, paragraphs(count));
    const { total, items } = await segmentsOf(t.app, id);
    expect(total).toBe(count);
    expect(items.map((segment) => segment.position)).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(items[0]!.source).toBe('Paragraphe numéro 1 du compte rendu.');
    expect(items[count - 1]!.source).toBe(`Paragraphe numéro ${count} du compte rendu.`);
    const captions = items.filter((segment) => segment.source === 'Photo : la mairie de Lyon.');
    expect(captions).toHaveLength(Math.floor(count / 10));
    expect(captions[0]!.repetitionOf).toBeNull();
    expect(captions.slice(1).every((caption) => caption.repetitionOf === captions[0]!.id)).toBe(true);
    const revisions = await t.app.request(`/api/segments/${items[count - 1]!.id}/revisions`);
    expect(((await revisions.json()) as { items: Array<{ origin: string }> }).items.map((revision) => revision.origin)).toEqual(['import']);
  });

  it('leaves nothing behind when the database fails in the middle of an import', async () => {
    t = await testApp();
    const before = await t.services.documents.count();
    await failInsertOf(t.path, 'segments', `Paragraphe numéro ${importChunk + 5} du compte rendu.`);
    const res = await t.app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Interrompu', text: paragraphs(importChunk * 2), format: 'txt' }),
    });
    expect(res.status).toBe(500);
    expect(await t.services.documents.count()).toBe(before);
    expect((await t.services.documents.list()).map((document) => document.title)).not.toContain('Interrompu');
    // Not even an invisible document: the sweep of an hour later finds nothing to delete.
    const later = await testAppClockedLater(t);
    expect(await later.documents.sweepAbandonedImports()).toBe(0);
  });

  it('keeps a document invisible while it is imported, and deletes one a crash left behind after ten minutes', async () => {
    t = await testApp();
    const project = (await t.services.projects.list())[0]!;
    const started = new Date(Date.now() - 11 * 60_000).toISOString();
    const abandoned = await t.store.documents.create({ projectId: project.id, title: 'Abandonné', format: 'txt', encoding: 'utf-8', bom: false, trailer: '' }, started, { importing: true });
    const inProgress = await t.store.documents.create({ projectId: project.id, title: 'En cours', format: 'txt', encoding: 'utf-8', bom: false, trailer: '' }, new Date().toISOString(), { importing: true });
    for (const document of [abandoned, inProgress]) {
      expect((await t.app.request(`/api/documents/${document.id}`)).status).toBe(404);
      expect((await t.app.request(`/api/documents/${document.id}/segments`)).status).toBe(404);
    }
    expect(await t.services.documents.count()).toBe(0);
    expect(await t.services.documents.list()).toEqual([]);
    expect((await t.services.projects.get(project.id, 'owner')).documentCount).toBe(0);

    expect(await t.services.documents.sweepAbandonedImports()).toBe(1);
    // The one still making progress is spared; once finished, it is there.
    await t.store.documents.finishImport(inProgress.id);
    expect((await t.app.request(`/api/documents/${inProgress.id}`)).status).toBe(200);
    expect((await t.app.request(`/api/documents/${abandoned.id}`)).status).toBe(404);
    expect(await t.services.documents.count()).toBe(1);
  });
});

describe('importing a large memory', () => {
  const tmx = (count: number) =>
    buildTmx({
      sourceLang: 'fr-FR',
      targetLang: 'en-US',
      creationDate: '20261202T000000Z',
      units: Array.from({ length: count }, (_, i) => ({ source: `Le conseil a voté la délibération ${i}.`, target: `The council passed resolution ${i}.` })),
    });
  const send = (xml: string) => t!.app.request('/api/projects/1/memory/import', upload(xml, 'memoire.tmx'));

  it('imports every unit of a memory of several chunks', async () => {
    t = await testApp();
    const res = await send(tmx(memoryImportChunk * 2 + 3));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: memoryImportChunk * 2 + 3, skipped: 0 });
    const exported = await (await t.app.request('/api/projects/1/memory/export')).text();
    expect(exported.match(/<tu[\s>]/gu)).toHaveLength(memoryImportChunk * 2 + 3);
  });

  it('adds nothing when the database fails in the middle of the import', async () => {
    t = await testApp();
    await failInsertOf(t.path, 'tm_units', `Le conseil a voté la délibération ${memoryImportChunk + 7}.`);
    expect((await send(tmx(memoryImportChunk * 2))).status).toBe(500);
    const exported = await (await t.app.request('/api/projects/1/memory/export')).text();
    expect(exported).not.toMatch(/<tu[\s>]/u);
    expect(exported).toContain('<body');
  });
});

describe('imports on the worker pool', () => {
  it('completes twenty concurrent uploads, each document whole', async () => {
    parser = workerParser({ workerFile, threads: 2 });
    t = await testApp({ parser });
    const text = paragraphs(600);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => t!.app.request('/api/documents', upload(text, `compte-rendu-${i}.txt`))));
    expect(answers.map((res) => res.status)).toEqual(Array.from({ length: 20 }, () => 201));
    const imported = (await Promise.all(answers.map((res) => res.json()))) as Array<{ id: number; segmentCount: number; title: string }>;
    expect(new Set(imported.map((document) => document.id)).size).toBe(20);
    expect(imported.every((document) => document.segmentCount === 600)).toBe(true);
    for (const document of imported.slice(0, 3)) expect((await segmentsOf(t.app, document.id)).total).toBe(600);
    expect(await t.services.documents.count()).toBe(20);
  });

  it('answers 503 with Retry-After when the upload queue is full, storing nothing of the refused uploads', async () => {
    parser = workerParser({ workerFile, threads: 1, maxQueue: 1 });
    t = await testApp({ parser });
    // Markdown this long keeps the only thread busy for a good while.
    const text = frenchText(600 * 1024);
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) => t!.app.request('/api/documents', upload(text, `long-${i}.md`))));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([201, 201, 503, 503, 503]);
    for (const res of answers.filter((answer) => answer.status === 503)) {
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const problem = (await res.json()) as { code: string; detail: string; retryAfter: number };
      expect(problem.code).toBe('server_busy');
      expect(problem.detail).toMatch(/nothing was imported/u);
      expect(problem.retryAfter).toBe(Number(res.headers.get('retry-after')));
    }
    expect(await t.services.documents.count()).toBe(2);
    // Source updates, memories and glossaries are read on the same pool, under the same limit.
    const id = await importText(t.app, 'Premier paragraphe.\n\nSecond paragraphe.');
    const updated = await t.app.request(`/api/documents/${id}/source`, upload('Premier paragraphe.\n\nSecond paragraphe revu.', 'revu.txt'));
    expect(updated.status).toBe(200);
  });

  it('applies concurrent source updates one after the other: the document ends with the last one', async () => {
    parser = workerParser({ workerFile, threads: 2 });
    t = await testApp({ parser });
    const id = await importText(t.app, paragraphs(300));
    const first = paragraphs(300).replace('Paragraphe numéro 5 ', 'Paragraphe numéro cinq ');
    const second = paragraphs(280).replace('Paragraphe numéro 7 ', 'Paragraphe numéro sept ');
    const answers = await Promise.all(
      [first, second].map((text) =>
        t!.app.request(`/api/documents/${id}/source`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }),
      ),
    );
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    const { items } = await segmentsOf(t.app, id);
    // Whichever landed last, the document is exactly that source, with no segment twice or lost.
    const sources = items.map((segment) => segment.source).join('\n\n');
    expect([first, second]).toContain(sources);
    expect(items.map((segment) => segment.position)).toEqual(items.map((_, i) => i));
  });
});

/** The same store's services with a clock an hour ahead. */
async function testAppClockedLater(app: TestApp) {
  const { createServices } = await import('../../src/services');
  return createServices({ store: app.store, now: () => new Date(Date.now() + 60 * 60_000) });
}
