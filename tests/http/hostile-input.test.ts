import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { UploadParser } from '../../src/providers/parsing/parser';
import { workerParser } from '../../src/providers/parsing/worker-pool';
import { createApp } from '../../src/http/app';
import { createServices } from '../../src/services';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** The server's worker, built by npm test: these tests exercise the pool as it runs in production. */
const workerFile = loadConfig({}).parseWorkerFile;

let t: TestApp | undefined;
let parser: UploadParser | undefined;
afterEach(async () => {
  await t?.cleanup();
  await parser?.close();
  t = undefined;
  parser = undefined;
});

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function problemOf(res: Response): Promise<{ code: string; detail: string; limit?: string }> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as { code: string; detail: string; limit?: string };
}

/** A Word package with `headers` header parts of `bytes` of text each (each well under the zip-bomb ratio check). */
function wordWithHeaders(headers: number, bytes: number): Uint8Array<ArrayBuffer> {
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${ns}><w:body>${paragraph('Le maire a parlé.')}</w:body></w:document>`),
  };
  const body = paragraph('En-tête de page.').repeat(Math.ceil(bytes / 50));
  for (let i = 1; i <= headers; i++) files[`word/header${i}.xml`] = strToU8(`<?xml version="1.0"?><w:hdr ${ns}>${body}</w:hdr>`);
  return new Uint8Array(zipSync(files, { level: 9 }));
}

describe('inputs beyond a format’s limits are refused before they are read, storing nothing', () => {
  it.each([
    ['quotations nested 10,000 deep', '>'.repeat(10_000), 'markdown.nesting'],
    ['lists nested 3,000 deep', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i * 2)}- point`).join('\n'), 'markdown.nesting'],
    ['100,000 open brackets', `${'['.repeat(100_000)}x${'](u)'.repeat(100_000)}`, 'markdown.brackets'],
    ['a paragraph of 100,000 emphasis marks', '*a'.repeat(100_000), 'markdown.inline'],
  ])('Markdown with %s: 422 naming the limit', async (_, text, limit) => {
    t = await testApp();
    const before = await t.services.documents.count();
    const res = await t.app.request('/api/documents', json({ title: 'Piège', text, format: 'md' }));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.code).toBe('format_limit');
    expect(problem.limit).toBe(limit);
    expect(await t.services.documents.count()).toBe(before);
  });

  it('still reads Markdown that quotes, nests lists and links as documents do', async () => {
    t = await testApp();
    const text = '> Une citation\n> > dans une citation\n\n- Un point\n  - un sous-point\n    - encore\n\nVoir [le site](https://example.fr) et **le rapport**.';
    const id = await importText(t.app, text, 'md');
    expect((await segmentsOf(t.app, id)).total).toBeGreaterThanOrEqual(4);
  });

  it('refuses a Word document whose header parts inflate to more text than a document holds: 413 naming the limit', async () => {
    t = await testApp();
    const form = new FormData();
    form.set('file', new Blob([wordWithHeaders(40, 2 * 1024 * 1024)]), 'en-tetes.docx');
    const res = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    const problem = await problemOf(res);
    expect(problem.code).toBe('format_limit');
    expect(problem.limit).toBe('docx.text');
    expect(await t.services.documents.count()).toBe(0);
  });
});

describe('find and replace answers within bounds', () => {
  it('never builds a replaced target longer than a save allows: a 10,000 × 10,000 dry run skips the segment as too long', async () => {
    t = await testApp();
    const id = await importText(t.app, 'Le maire.\n\nLa ville.');
    const [first] = (await segmentsOf(t.app, id)).items;
    expect((await patch(t.app, first!.id, { target: `${'a'.repeat(9_999)}!`, version: first!.version })).status).toBe(200);
    const res = await t.app.request(`/api/documents/${id}/replace`, json({ find: 'a', replace: 'b'.repeat(10_000), dryRun: true }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { changes: unknown[]; skipped: Array<{ segmentId: number; reason: string }> };
    expect(body.changes).toEqual([]);
    expect(body.skipped).toEqual([{ segmentId: first!.id, position: 0, reason: 'too-long' }]);
    // Nothing was written either way.
    expect((await segmentsOf(t.app, id)).items[0]!.target).toBe(`${'a'.repeat(9_999)}!`);
  });

  it('refuses a search whose answer would be larger than the server gives at once: 422 asking to narrow it', async () => {
    t = await testApp();
    const id = await importText(t.app, Array.from({ length: 60 }, (_, i) => `Paragraphe ${i + 1}.`).join('\n\n'));
    for (const segment of (await segmentsOf(t.app, id)).items) {
      expect((await patch(t.app, segment.id, { target: 'a'.repeat(10_000), version: segment.version })).status).toBe(200);
    }
    const found = await t.app.request(`/api/documents/${id}/find?q=a&in=target`);
    expect(found.status).toBe(422);
    const problem = await problemOf(found);
    expect(problem.code).toBe('answer_too_large');
    expect(problem.detail).toMatch(/narrow/u);
    const replaced = await t.app.request(`/api/documents/${id}/replace`, json({ find: 'a', replace: 'b', dryRun: true }));
    expect(replaced.status).toBe(422);
    expect((await problemOf(replaced)).code).toBe('answer_too_large');
  });
});

describe('the pool is fair and bounded', () => {
  it('answers a viewer’s flood of catastrophic searches with 429 and Retry-After beyond their share, while an owner’s import goes through', async () => {
    parser = workerParser({ workerFile, threads: 1, findTimeoutMs: 1_000 });
    t = await testApp({ parser });
    const id = await importText(t.app, 'Le maire.\n\nLa ville.');
    const [first] = (await segmentsOf(t.app, id)).items;
    await patch(t.app, first!.id, { target: `${'a'.repeat(40)}!`, version: first!.version });
    const viewer = await t.user('vera', 'viewer');
    const searches = Array.from({ length: 12 }, () => viewer.request(`/api/documents/${id}/find?regex=true&q=${encodeURIComponent('(a+)+$')}`));
    const imported = await t.app.request('/api/documents', json({ title: 'Brève', text: 'Le conseil a voté.\n\nLa séance est levée.' }));
    expect(imported.status).toBe(201);
    const answers = await Promise.all(searches);
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(8);
    expect(statuses.filter((status) => status === 400)).toHaveLength(4);
    for (const res of answers.filter((answer) => answer.status === 429)) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await problemOf(res)).code).toBe('too_many_tasks');
    }
    for (const res of answers.filter((answer) => answer.status === 400)) expect((await problemOf(res)).detail).toMatch(/took more than 1 s/u);
    // The server still answers, and the pool takes the next search.
    expect((await viewer.request(`/api/documents/${id}/find?q=maire`)).status).toBe(200);
  });

  it('stops a task over its memory budget with 422, storing nothing, and goes on serving', async () => {
    parser = workerParser({ workerFile, threads: 1, memoryMb: 16 });
    t = await testApp({ parser });
    const text = Array.from({ length: 40_000 }, (_, i) => `Le conseil municipal a voté la mesure numéro ${i + 1} pour le quartier.`).join('\n\n');
    const res = await t.app.request('/api/documents', json({ title: 'Trop gros', text }));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.code).toBe('task_over_budget');
    expect(problem.detail).toMatch(/16 MB/u);
    expect(await t.services.documents.count()).toBe(0);
    expect((await t.app.request('/api/documents', json({ title: 'Brève', text: 'Le conseil a voté.' }))).status).toBe(201);
  });
});

describe('per-document work runs on the pool and gives the same answers', () => {
  it('exports, checks and reports a document of several pages on the worker threads', async () => {
    parser = workerParser({ workerFile, threads: 1 });
    t = await testApp({ parser });
    const count = 1_203;
    const id = await importText(t.app, Array.from({ length: count }, (_, i) => `Le maire a signé ${i + 1} arrêtés mardi.`).join('\n\n'));
    const { items } = await segmentsOf(t.app, id);
    for (const segment of items.slice(0, 3)) {
      expect((await patch(t.app, segment.id, { target: `The mayor signed ${segment.position + 1} orders on Wednesday.`, version: segment.version })).status).toBe(200);
    }
    const exported = await t.app.request(`/api/documents/${id}/export?format=txt`);
    expect(exported.status).toBe(200);
    const lines = (await exported.text()).split('\n\n');
    expect(lines).toHaveLength(count);
    expect(lines[0]).toBe('The mayor signed 1 orders on Wednesday.');
    expect(lines[count - 1]).toBe(`Le maire a signé ${count} arrêtés mardi.`);
    expect(Number(exported.headers.get('x-qa-errors'))).toBe(3);
    const qa = (await (await t.app.request(`/api/documents/${id}/qa`)).json()) as { errors: number; items: Array<{ check: string; position: number }> };
    expect(qa.errors).toBe(3);
    expect(qa.items.map((item) => item.position)).toEqual([0, 1, 2]);
    const report = (await (await t.app.request(`/api/documents/${id}/review-report?format=json`)).json()) as { items: Array<{ position: number; qa: unknown[] }> };
    expect(report.items.map((item) => item.position)).toEqual([0, 1, 2]);
    expect(report.items.every((item) => item.qa.length === 1)).toBe(true);
    const html = await (await t.app.request(`/api/documents/${id}/review-report`)).text();
    expect(html).toContain('Segment 3');
    expect(html).toContain('Wednesday');
  });
});

describe('each format declares how many units a file may bring', () => {
  const upload = (name: string, body: string): RequestInit => {
    const form = new FormData();
    form.set('file', new File([body], name));
    return { method: 'POST', body: form };
  };

  it('refuses a subtitle file of more cues than the limit, naming it, and stores nothing', async () => {
    t = await testApp();
    const cue = (i: number) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nx\n`;
    const res = await t.app.request('/api/documents', upload('bombe.srt', Array.from({ length: 100_001 }, (_, i) => cue(i)).join('\n')));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.limit).toBe('subtitles.cues');
    expect(problem.detail).toMatch(/100,000 cues/u);
    expect(await t.services.documents.count()).toBe(0);
  });

  it('refuses an XLIFF file of more units than the limit', async () => {
    t = await testApp();
    const units = Array.from({ length: 100_001 }, (_, i) => `<trans-unit id="${i}"><source>a</source></trans-unit>`).join('');
    const xliff = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="x"><body>${units}</body></file></xliff>`;
    const res = await t.app.request('/api/documents', upload('bombe.xlf', xliff));
    expect(res.status).toBe(422);
    expect((await problemOf(res)).limit).toBe('xliff.units');
    expect(await t.services.documents.count()).toBe(0);
  });

  it('refuses a TMX memory of more translation units than the limit, and the memory stays as it was', async () => {
    t = await testApp();
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>${'<tu/>'.repeat(500_001)}</body></tmx>`;
    const res = await t.app.request('/api/projects/1/memory/import', upload('bombe.tmx', tmx));
    expect(res.status).toBe(422);
    expect((await problemOf(res)).limit).toBe('tmx.units');
    expect(await t.store.memory.count(1)).toBe(0);
  });

  it('refuses a document that would make more segments than the limit, whatever its format', async () => {
    t = await testApp();
    const res = await t.app.request('/api/documents', json({ title: 'Poussière', text: 'a\n\n'.repeat(100_001) }));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.limit).toBe('document.segments');
    expect(problem.detail).toMatch(/100,000 segments/u);
    expect(await t.services.documents.count()).toBe(0);
  });
});

describe('alignment and source updates run on the pool and write a slice at a time', () => {
  const french = (count: number) => Array.from({ length: count }, (_, i) => `Le conseil a voté la mesure ${i + 1} pour le quartier.`);
  const english = (count: number) => Array.from({ length: count }, (_, i) => `The council voted for measure ${i + 1} for the district.`);
  const upload = (name: string, text: string): RequestInit => {
    const form = new FormData();
    form.set('file', new File([text], name));
    return { method: 'POST', body: form };
  };

  it('aligns an English version of several slices on the threads, then keeps every draft through a source update that moves every segment', async () => {
    parser = workerParser({ workerFile, threads: 1 });
    t = await testApp({ parser });
    const count = 620;
    const id = await importText(t.app, french(count).join('\n\n'));
    const aligned = await t.app.request(`/api/documents/${id}/translation`, upload('en.txt', english(count).join('\n\n')));
    expect(aligned.status).toBe(200);
    const result = (await aligned.json()) as { links: number; filled: number[]; conflicts: unknown[] };
    expect(result.links).toBe(count);
    expect(result.filled).toHaveLength(count);
    expect(result.conflicts).toEqual([]);
    // One paragraph added at the top: every segment moves one place down, keeping its draft.
    const updated = await t.app.request(`/api/documents/${id}/source`, upload('fr.txt', ['Un chapeau ajouté.', ...french(count)].join('\n\n')));
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ unchanged: count, changed: 0, added: 1, removed: 0 });
    const exported = (await (await t.app.request(`/api/documents/${id}/export?format=txt`)).text()).split('\n\n');
    expect(exported).toHaveLength(count + 1);
    expect(exported[0]).toBe('Un chapeau ajouté.');
    expect(exported.slice(1)).toEqual(english(count));
    const page = (await (await t.app.request(`/api/documents/${id}/segments?q=${encodeURIComponent('measure 620')}`)).json()) as { items: Array<{ position: number; status: string }> };
    expect(page.items).toEqual([expect.objectContaining({ position: count, status: 'draft' })]);
  });

  it('stops an alignment past its time budget with 422 and fills nothing', async () => {
    // The document imported without a budget; then the same store served by a pool whose tasks
    // may take a quarter of a second, far less than aligning 20,000 paragraphs a side takes (linear
    // time, but a second or more of work on any machine).
    t = await testApp();
    const count = 20_000;
    const id = await importText(t.app, french(count).join('\n\n'));
    parser = workerParser({ workerFile, threads: 1, taskTimeoutMs: 250 });
    const strict = createApp({ store: t.store, services: createServices({ store: t.store, parser }), publicDir: loadConfig({}).publicDir, trustProxy: false });
    // Every seventh English paragraph missing: the aligner's beam must follow the path off the diagonal.
    const body = upload('en.txt', english(count).filter((_, i) => i % 7 !== 3).join('\n\n'));
    const res = await strict.request(`/api/documents/${id}/translation`, { ...body, headers: { authorization: `Bearer ${t.token}` } });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).code).toBe('task_over_budget');
    const page = (await (await t.app.request(`/api/documents/${id}/segments?status=draft`)).json()) as { total: number };
    expect(page.total).toBe(0);
    expect(await t.store.alignments.get(id)).toBeUndefined();
  });
});
