import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

interface Row {
  id: number;
  target: string;
  status: string;
  version: number;
}

async function setUp() {
  t = await testApp();
  const id = await importText(t.app, 'Le **maire** parle[^1].\n\nLa séance est levée.\n\nÀ suivre.\n\n[^1]: Note de la rédaction.\n', 'md', 'Séance');
  const items = (await segmentsOf(t.app, id)).items as unknown as Row[];
  await patch(t.app, items[0]!.id, { target: 'The <pc id="1">mayor</pc> speaks<ph id="2"/>.', status: 'translated', version: 1 });
  return { id, items };
}

function send(id: number, name: string, body: Uint8Array<ArrayBuffer> | string, as = t.app.request) {
  const form = new FormData();
  form.set('file', new Blob([body]), name);
  return as(`/api/documents/${id}/targets`, { method: 'POST', body: form });
}

describe('the bilingual review table, out and back', () => {
  it('a client edits the CSV in a spreadsheet; the changed English comes back as review-import revisions by the uploader, codes restored', async () => {
    const { id, items } = await setUp();
    const csv = await (await t.app.request(`/api/documents/${id}/export?format=csv`)).text();
    expect(csv).toContain('1,1:2,Le {1}maire{/1} parle{2/}.,The {1}mayor{/1} speaks{2/}.,translated,');
    const edited = csv
      .replace('The {1}mayor{/1} speaks{2/}.', 'The {1}mayor{/1} is speaking{2/}.')
      .replace('La séance est levée.,,new', 'La séance est levée.,The sitting is closed.,translated');
    const reviewer = await t.user('claire', 'translator');
    const res = await send(id, 'relecture.csv', edited, reviewer.request);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { updated: number[]; conflicts: unknown[] };
    expect(summary.updated).toEqual([items[0]!.id, items[1]!.id]);
    expect(summary.conflicts).toEqual([]);
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.slice(0, 2).map((item) => [item.target, item.status])).toEqual([
      ['The <pc id="1">mayor</pc> is speaking<ph id="2"/>.', 'translated'],
      ['The sitting is closed.', 'translated'],
    ]);
    const history = (await (await t.app.request(`/api/segments/${items[0]!.id}/revisions`)).json()) as { items: Array<{ origin: string; author: string }> };
    expect(history.items[0]).toMatchObject({ origin: 'review-import', author: 'claire' });
  });

  it('as a Word table: read back as a review table even though it is a .docx; edits made meanwhile are conflicts', async () => {
    const { id, items } = await setUp();
    const bytes = new Uint8Array(await (await t.app.request(`/api/documents/${id}/export?format=review-docx`)).arrayBuffer());
    // Meanwhile the translator changes segment 1 in the workbench.
    await patch(t.app, items[0]!.id, { target: 'The <pc id="1">mayor</pc> talks<ph id="2"/>.', version: 2 });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!)
      .replace('The {1}mayor{/1} speaks{2/}.', 'The {1}Mayor{/1} speaks{2/}.')
      .replace(/(<w:tc>(?:(?!<\/w:tc>).)*?Note de la rédaction\.(?:(?!<\/w:tc>).)*<\/w:tc>)<w:tc>(<w:tcPr>(?:(?!<\/w:tcPr>).)*<\/w:tcPr>)<w:p><\/w:p>/su, '$1<w:tc>$2<w:p><w:r><w:t>Editor’s note.</w:t></w:r></w:p>');
    files['word/document.xml'] = strToU8(xml);
    const res = await send(id, 'relecture.docx', zipSync(files) as Uint8Array<ArrayBuffer>);
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { updated: number[]; conflicts: Array<{ segmentId: number; reason: string }> };
    expect(summary.conflicts).toEqual([expect.objectContaining({ segmentId: items[0]!.id, reason: 'changed-since-export' })]);
    expect(summary.updated).toEqual([items[3]!.id]);
    const after = (await segmentsOf(t.app, id)).items as unknown as Row[];
    expect(after.map((item) => item.target)).toEqual(['The <pc id="1">mayor</pc> talks<ph id="2"/>.', '', '', 'Editor’s note.']);
  });
});
