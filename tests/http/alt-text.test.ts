import { afterEach, describe, expect, it } from 'vitest';
import { patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

const page = '<!DOCTYPE html>\n<html lang="fr">\n<body>\n<p>Texte <img src="a.png" alt="Une photo du port"> suite</p>\n</body>\n</html>\n';

async function upload(name: string, text: string) {
  const form = new FormData();
  form.set('file', new Blob([text], { type: 'text/html' }), name);
  return t.app.request('/api/documents', { method: 'POST', body: form });
}

describe('an image\'s alt text inside a paragraph, through the API', () => {
  it('is a segment of its own after its paragraph, with a note, and its English is exported into the image', async () => {
    t = await testApp();
    const res = await upload('port.html', page);
    expect(res.status).toBe(201);
    const { id, segmentCount } = (await res.json()) as { id: number; segmentCount: number };
    expect(segmentCount).toBe(2);
    const { items } = await segmentsOf(t.app, id);
    expect(items.map((item) => [item.kind, item.source])).toEqual([
      ['paragraph', 'Texte <ph id="1"/> suite'],
      ['meta', 'Une photo du port'],
    ]);
    const [paragraph, alt] = items;
    const threads = (await (await t.app.request(`/api/segments/${alt!.id}/comments`)).json()) as { items: Array<{ body: string }> };
    expect(threads.items.map((thread) => thread.body)).toEqual(['The alt text of an image in the paragraph above: the export writes its English there.']);

    // The alt text confirmed first, the paragraph after: the order does not matter.
    expect((await patch(t.app, alt!.id, { target: 'A photo of the harbour', status: 'translated', version: 1 })).status).toBe(200);
    const before = await (await t.app.request(`/api/documents/${id}/export`)).text();
    expect(before).toContain('<p>Texte <img src="a.png" alt="A photo of the harbour"> suite</p>');
    expect((await patch(t.app, paragraph!.id, { target: 'Text <ph id="1"/> continued', status: 'translated', version: 1 })).status).toBe(200);

    const exported = await t.app.request(`/api/documents/${id}/export`);
    expect(exported.status).toBe(200);
    const html = await exported.text();
    expect(html).toContain('alt="A photo of the harbour"');
    expect(html).toContain('<p>Text <img src="a.png" alt="A photo of the harbour"> continued</p>');
    expect(html).toContain('<html lang="en">');
  });

  it('exports the page untouched byte for byte, and makes no segment of an alt text of spaces', async () => {
    t = await testApp();
    const { id } = (await (await upload('port.html', page)).json()) as { id: number };
    expect(await (await t.app.request(`/api/documents/${id}/export`)).text()).toBe(page);
    const blank = (await (await upload('vide.html', '<p>Texte <img src="a.png" alt="   "> suite</p>')).json()) as { segmentCount: number };
    expect(blank.segmentCount).toBe(1);
  });
});
