import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { frenchReport } from '../helpers/docx-fixture';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

async function exported(id: number, format?: string): Promise<Uint8Array> {
  const res = await t.app.request(`/api/documents/${id}/export${format ? `?format=${format}` : ''}`);
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe('exports carry only what their format is made of', () => {
  it('a Word document with zip-slip entries and an external DOCTYPE is imported, and exported without them', async () => {
    t = await testApp();
    const original = unzipSync(await frenchReport());
    const document = strFromU8(original['word/document.xml']!).replace(/^(<\?xml[^>]*\?>)/u, '$1<!DOCTYPE w:document SYSTEM "http://evil.example/word.dtd">');
    const hostile = zipSync({ ...original, 'word/document.xml': strToU8(document), '../../evil.sh': strToU8('#!/bin/sh\n'), '/tmp/evil.xml': strToU8('<x/>'), 'word\\..\\evil.xml': strToU8('<x/>') });
    const form = new FormData();
    form.set('file', new Blob([hostile]), 'rapport.docx');
    const res = await t.app.request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const heading = (await segmentsOf(t.app, id)).items.find((item) => item.source === 'Rapport sur la médiathèque')!;
    expect((await patch(t.app, heading.id, { target: 'Library report', status: 'translated', version: heading.version })).status).toBe(200);

    const parts = unzipSync(await exported(id));
    expect(Object.keys(parts).sort()).toEqual(Object.keys(original).sort());
    expect(strFromU8(parts['word/document.xml']!)).not.toContain('DOCTYPE');
    expect(strFromU8(parts['word/document.xml']!)).toContain('Library report');
  });

  it('a translator’s markup in a SubRip or WebVTT target reaches no player as a tag', async () => {
    t = await testApp();
    const srt = await importText(t.app, '1\n00:00:01,000 --> 00:00:04,000\nLe <i>maire</i> parle.\n', 'srt', 'Reportage');
    const vtt = await importText(t.app, 'WEBVTT\n\n00:01.000 --> 00:04.000\nPoisson &amp; frites &lt; 5 €\n', 'vtt', 'Reportage');
    const [cue] = (await segmentsOf(t.app, srt)).items;
    expect((await patch(t.app, cue!.id, { target: 'The <pc id="1">mayor</pc> &lt;img src=x onerror=alert(1)&gt;', status: 'translated', version: 1 })).status).toBe(200);
    const [vttCue] = (await segmentsOf(t.app, vtt)).items;
    expect(vttCue!.source).toBe('Poisson & frites < 5 €');
    expect((await patch(t.app, vttCue!.id, { target: 'Fish & chips < 5 <script>x()</script>', status: 'translated', version: 1 })).status).toBe(200);

    expect(new TextDecoder().decode(await exported(srt))).toBe('1\n00:00:01,000 --> 00:00:04,000\nThe <i>mayor</i> ‹img src=x onerror=alert(1)›\n');
    expect(new TextDecoder().decode(await exported(vtt))).toBe('WEBVTT\n\n00:01.000 --> 00:04.000\nFish &amp; chips &lt; 5 &lt;script&gt;x()&lt;/script&gt;\n');
  });
});
