import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let deepl: DeepLStandIn;
let t: TestApp;
let projectId: number;

async function setUp(options: { characterLimit?: number; configured?: boolean } = {}) {
  deepl = await startDeepLStandIn({ characterLimit: options.characterLimit });
  t = await testApp(
    options.configured === false ? {} : { machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 2, timeoutMs: 2000 }) },
  );
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
}

afterEach(async () => {
  await t?.cleanup();
  await deepl?.close();
});

async function document(text = 'Le président a parlé.\n\nIl a appelé au calme.\n\nLa séance est levée.') {
  const id = await importText(t.app, text, 'txt', 'Dépêche', projectId);
  return (await segmentsOf(t.app, id)).items;
}

describe('machine translation status', () => {
  beforeEach(() => setUp());

  it('says DeepL is configured and how many characters are used', async () => {
    await t.app.request(`/api/segments/${(await document())[0]!.id}/suggestions`);
    expect(await (await t.app.request('/api/mt/status')).json()).toEqual({ provider: 'deepl', configured: true, usage: { characters: { count: 21, limit: 500_000 } } });
  });
});

describe('without a key', () => {
  beforeEach(() => setUp({ configured: false }));

  it('works fully and says why there is no machine translation', async () => {
    expect(await (await t.app.request('/api/mt/status')).json()).toMatchObject({ provider: 'none', configured: false, reason: expect.stringContaining('VISAVIS_DEEPL_KEY') });
    const [segment] = await document();
    const suggestions = await (await t.app.request(`/api/segments/${segment!.id}/suggestions`)).json();
    expect(suggestions).toEqual({ items: [], mt: { configured: false, provider: 'none', error: expect.stringContaining('VISAVIS_DEEPL_KEY') } });
  });
});

describe('suggestions', () => {
  beforeEach(() => setUp());

  it("come from DeepL with the project's English variant and the neighbouring paragraphs as context, then from the cache", async () => {
    const [, middle] = await document();
    const first = await (await t.app.request(`/api/segments/${middle!.id}/suggestions`)).json();
    expect(first).toEqual({ items: [{ origin: 'mt', text: '[EN-US] Il a appelé au calme.', provider: 'deepl' }], mt: { configured: true, provider: 'deepl' } });
    const [request] = deepl.translations();
    expect(request!.form.getAll('text')).toEqual(['Il a appelé au calme.']);
    expect(request!.form.get('source_lang')?.toUpperCase()).toBe('FR');
    expect(request!.form.get('target_lang')?.toUpperCase()).toBe('EN-US');
    expect(request!.form.get('context')).toBe('Le président a parlé.\n\nLa séance est levée.');
    expect(request!.form.get('formality')).toBeNull();
    // Again: from the cache, no character spent.
    await t.app.request(`/api/segments/${middle!.id}/suggestions`);
    expect(deepl.translations()).toHaveLength(1);
  });

  it('follow the project settings (owners change them): en-GB, and formality as a preference', async () => {
    const [segment] = await document();
    const translator = await t.user('sacha', 'translator', projectId);
    const settings = (body: unknown, as = t.app) => as.request(`/api/projects/${projectId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await settings({ targetLang: 'en-GB' }, translator)).status).toBe(403);
    expect((await settings({ targetLang: 'en' })).status).toBe(400);
    expect(await (await settings({ targetLang: 'en-GB', formality: 'more' })).json()).toMatchObject({ settings: { targetLang: 'en-GB', formality: 'more' } });
    const suggestions = (await (await translator.request(`/api/segments/${segment!.id}/suggestions`)).json()) as { items: { text: string }[] };
    expect(suggestions.items[0]!.text).toBe('[EN-GB] Le président a parlé.');
    expect(deepl.translations()[0]!.form.get('formality')).toBe('prefer_more');
  });

  it('are not offered to viewers, who cannot spend the quota', async () => {
    const [segment] = await document();
    const viewer = await t.user('victor', 'viewer', projectId);
    expect((await viewer.request(`/api/segments/${segment!.id}/suggestions`)).status).toBe(403);
  });

  it('keep the raw machine output in the history when inserted, so review can diff it', async () => {
    const [segment] = await document();
    const { items } = (await (await t.app.request(`/api/segments/${segment!.id}/suggestions`)).json()) as { items: { text: string }[] };
    await patch(t.app, segment!.id, { target: items[0]!.text, origin: 'mt', version: 1 });
    await patch(t.app, segment!.id, { target: 'The president spoke.', status: 'translated', version: 2 });
    const history = (await (await t.app.request(`/api/segments/${segment!.id}/revisions`)).json()) as { items: { origin: string; newTarget: string }[] };
    expect(history.items.map((revision) => revision.origin)).toEqual(['human', 'mt', 'import']);
    const diff = (await (await t.app.request(`/api/segments/${segment!.id}/diff?from=suggestion&to=current`)).json()) as { ops: { op: string; text: string }[] };
    expect(diff.ops.filter((op) => op.op === 'delete').map((op) => op.text).join('')).toContain('[EN-US] Le président a parlé');
  });
});

describe('when DeepL fails', () => {
  it('answers without machine translation, saying the quota is used up (456)', async () => {
    await setUp({ characterLimit: 10 });
    const [segment] = await document();
    const res = await t.app.request(`/api/segments/${segment!.id}/suggestions`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [], mt: { configured: true, provider: 'deepl', failure: 'quota_exceeded', error: expect.stringContaining('quota') } });
  });

  it('says it is unavailable after retrying a 5xx, and rate-limited after retrying a 429 (deepl-node backs off between tries)', async () => {
    await setUp();
    const [segment, second] = await document();
    deepl.failNext(503, 503);
    expect(await (await t.app.request(`/api/segments/${segment!.id}/suggestions`)).json()).toMatchObject({ items: [], mt: { failure: 'unavailable' } });
    deepl.failNext(429, 429);
    const limited = await (await t.app.request(`/api/segments/${second!.id}/suggestions`)).json();
    expect(limited).toMatchObject({ items: [], mt: { failure: 'rate_limited' } });
    // Once DeepL is back, it works again.
    expect(await (await t.app.request(`/api/segments/${second!.id}/suggestions`)).json()).toMatchObject({ items: [{ origin: 'mt' }] });
  }, 20_000);
});
