import { afterEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import storm from '../fixtures/align/storm.json';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { importText, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** Alignment helped by the memory and, when asked, by the machine translation engine (issue 12, part 1). */

let t: TestApp;
let deepl: DeepLStandIn | undefined;
afterEach(async () => {
  await t?.cleanup();
  await deepl?.close();
  deepl = undefined;
});

// Paragraphs of the same length with nothing to anchor them: lengths alone cannot place them.
const { french, english, links: gold } = storm;
const machine = Object.fromEntries(storm.french.map((text, i) => [text, storm.machine[i]!]));
/** Each link as [how many French segments, which English paragraphs]. */
const goldShape = gold.map(([fr, en]) => [fr!.length, en]);

interface Alignment {
  filled: number[];
  unaligned: { french: number[]; english: string[] };
  assist: { memory: number; mt: number; mtError?: string };
}

const translation = (id: number, query = '') =>
  t.app.request(`/api/documents/${id}/translation${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: english.join('\n\n') }) });

async function targets(id: number): Promise<string[]> {
  return (await segmentsOf(t.app, id)).items.map((item) => item.target);
}

const expected = [english[0], '', english[1], english[2], english[4], english[5]];

describe('an alignment helped by the memory', () => {
  it('uses what the memory knows of the French as clues, and fills nothing unsure without it', async () => {
    t = await testApp();
    const blind = await importText(t.app, french.join('\n\n'), 'txt', 'Tempête');
    const alone = (await (await translation(blind)).json()) as Alignment;
    expect(alone.assist).toEqual({ memory: 0, mt: 0 });
    // Without it, the seed lexicon finds what it can (domain/align/lexicon.ts): nothing wrong is filled.
    expect((await targets(blind)).filter((target, i) => target !== '' && target !== expected[i])).toEqual([]);

    // The memory knows three of the French paragraphs (a TMX from earlier work, worded otherwise).
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="paragraph" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
${[1, 2, 4].map((i) => `<tu><tuv xml:lang="fr-FR"><seg>${french[i]}</seg></tuv><tuv xml:lang="en-GB"><seg>${machine[french[i]!]}</seg></tuv></tu>`).join('\n')}
</body></tmx>`;
    const form = new FormData();
    form.append('file', new File([tmx], 'earlier.tmx'));
    expect((await t.app.request('/api/projects/1/memory/import', { method: 'POST', body: form })).status).toBe(200);
    const id = await importText(t.app, french.join('\n\n'), 'txt', 'Tempête 2');
    const helped = (await (await translation(id)).json()) as Alignment;
    expect(helped.assist.memory).toBe(3);
    // Every link is now the right one (those the memory did not help stay unsure, for review)…
    const review = (await (await t.app.request(`/api/documents/${id}/alignment`)).json()) as { links: Array<{ segments: number[]; english: number[] }> };
    expect(review.links.map((link) => [link.segments.length, link.english])).toEqual(goldShape);
    // …and what it filled is right: the paragraphs the memory knew, and the fishermen left without English.
    const filled = await targets(id);
    expect(filled.filter((target, i) => target !== '' && target !== expected[i])).toEqual([]);
    expect([filled[2], filled[4]]).toEqual([english[1], english[4]]);
    expect(helped.unaligned.english).toEqual([english[3]]);
    expect(helped.unaligned.french).toHaveLength(1);
  });
});

describe('an alignment helped by machine translation (?assist=mt)', () => {
  async function withEngine() {
    deepl = await startDeepLStandIn();
    deepl.translateWith((text) => machine[text] ?? text);
    t = await testApp({ machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 0, timeoutMs: 2000 }) });
  }

  it('renders the French with the engine, once (cached), and aligns by it', async () => {
    await withEngine();
    const id = await importText(t.app, french.join('\n\n'), 'txt', 'Tempête');
    const res = await t.app.request(`/api/documents/${id}/alignment?assist=mt`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: english.join('\n\n') }) });
    expect(res.status).toBe(201);
    const review = (await res.json()) as { assist: Alignment['assist']; links: Array<{ segments: number[]; english: number[] }> };
    expect(review.assist).toEqual({ memory: 0, mt: 6 });
    expect(review.links.map((link) => [link.segments.length, link.english])).toEqual(goldShape);
    const requests = deepl!.translations().length;
    expect(requests).toBe(1);
    // Again: the cache pays for it.
    expect(((await (await translation(id, '?assist=mt')).json()) as Alignment).assist.mt).toBe(6);
    expect(deepl!.translations().length).toBe(requests);
    expect(await targets(id)).toEqual(expected);
  });

  it('goes on without the engine when it fails (quota), and says why', async () => {
    await withEngine();
    deepl!.failNext(456);
    const id = await importText(t.app, french.join('\n\n'), 'txt', 'Tempête');
    const res = await translation(id, '?assist=mt');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Alignment;
    expect(body.assist.mt).toBe(0);
    expect(body.assist.mtError).toMatch(/quota|limit/iu);
  });

  it('is refused with 400 when no engine is configured, and an import asking for it stores nothing', async () => {
    t = await testApp();
    const id = await importText(t.app, french.join('\n\n'), 'txt', 'Tempête');
    const res = await translation(id, '?assist=mt');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/machine translation/iu);
    expect(await targets(id)).toEqual(['', '', '', '', '', '']);
    const before = ((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items.length;
    const imported = await t.app.request('/api/documents?assist=mt', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Tempête', text: french.join('\n\n'), translationText: english.join('\n\n') }),
    });
    expect(imported.status).toBe(400);
    expect(((await (await t.app.request('/api/documents')).json()) as { items: unknown[] }).items.length).toBe(before);
    expect((await t.app.request(`/api/documents/${id}/alignment?assist=xx`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' })).status).toBe(400);
  });
});
