import { afterEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

interface CodedSegment {
  id: number;
  source: string;
  target: string;
  status: string;
  version: number;
  wordCount: number;
  codes: Array<{ id: string; type: string; kind: string; open: string; close?: string }>;
}

let t: TestApp;
let deepl: DeepLStandIn | undefined;
afterEach(async () => {
  await t?.cleanup();
  await deepl?.close();
  deepl = undefined;
});

const article = '# Le **maire** parle\n\nLe maire a visité [la mairie](https://ville.fr/mairie) hier[^1].\n\nSans balisage, a < b & c.\n\n[^1]: Selon *Le Monde*.\n';

async function codedDocument(projectId?: number): Promise<{ id: number; segments: CodedSegment[] }> {
  const id = await importText(t.app, article, 'md', 'Mairie', projectId);
  return { id, segments: (await segmentsOf(t.app, id)).items as unknown as CodedSegment[] };
}

describe('segments with inline codes through the API', () => {
  it('lists the codes of a segment, and plain segments as plain strings without codes', async () => {
    t = await testApp();
    const { segments } = await codedDocument();
    const visit = segments[1]!;
    expect(visit.source).toBe('Le maire a visité <pc id="1">la mairie</pc> hier<ph id="2"/>.');
    expect(visit.codes).toEqual([
      { id: '1', type: 'paired', kind: 'link', open: '[', close: '](https://ville.fr/mairie)', droppable: true },
      { id: '2', type: 'standalone', kind: 'footnote', open: '[^1]', droppable: false },
    ]);
    // Words are counted without the codes: Le maire a visité la mairie hier.
    expect(visit.wordCount).toBe(7);
    const plain = segments[2]!;
    expect(plain.source).toBe('Sans balisage, a < b & c.');
    expect(plain.codes).toEqual([]);
  });

  it('saves a target that places the codes, and exports the markup around the English words', async () => {
    t = await testApp();
    const { id, segments } = await codedDocument();
    const res = await patch(t.app, segments[1]!.id, { target: 'The mayor visited <pc id="1">the town hall</pc><ph id="2"/> yesterday.', status: 'translated', version: 1 });
    expect(res.status).toBe(200);
    await patch(t.app, segments[2]!.id, { target: 'No markup, a < b & c *really*.', version: 1 });
    const exported = await (await t.app.request(`/api/documents/${id}/export`)).text();
    expect(exported).toBe(
      '# Le **maire** parle\n\nThe mayor visited [the town hall](https://ville.fr/mairie)[^1] yesterday.\n\nNo markup, a \\< b & c \\*really\\*.\n\n[^1]: Selon *Le Monde*.\n',
    );
  });

  it('exports an untranslated document byte for byte', async () => {
    t = await testApp();
    const { id } = await codedDocument();
    expect(await (await t.app.request(`/api/documents/${id}/export`)).text()).toBe(article);
  });

  it.each([
    ['an unknown code', '<pc id="7">the town hall</pc>', /no code 7/u],
    ['a standalone code twice', 'Here<ph id="2"/> and there<ph id="2"/>', /Code 2 appears twice/u],
    ['a pair left open', 'The <pc id="1">town hall', /never closed/u],
    ['markup that is not a code', 'The <b>town hall</b>', /Unexpected "<"/u],
  ])('refuses %s with 422 and the reason, and stores nothing', async (_, target, reason) => {
    t = await testApp();
    const { id, segments } = await codedDocument();
    const res = await patch(t.app, segments[1]!.id, { target, version: 1 });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { code: string; detail: string };
    expect(problem.code).toBe('invalid_inline_codes');
    expect(problem.detail).toMatch(reason);
    const after = (await segmentsOf(t.app, id)).items[1]!;
    expect([after.target, after.status, after.version]).toEqual(['', 'new', 1]);
  });

  it('accepts a target that omits codes, and the export keeps the footnote reference', async () => {
    t = await testApp();
    const { id, segments } = await codedDocument();
    expect((await patch(t.app, segments[1]!.id, { target: 'The mayor visited the town hall yesterday.', version: 1 })).status).toBe(200);
    const exported = await (await t.app.request(`/api/documents/${id}/export`)).text();
    expect(exported).toContain('\n\nThe mayor visited the town hall yesterday.[^1]\n\n');
  });

  it('finds segments by their words, not by their codes', async () => {
    t = await testApp();
    const { id } = await codedDocument();
    expect((await segmentsOf(t.app, id, '&q=visit%C3%A9%20la%20mairie')).total).toBe(1);
    expect((await segmentsOf(t.app, id, '&q=pc%20id')).total).toBe(0);
  });

  it('translates and saves a 500 KB paragraph, as large as any segment an import takes', async () => {
    t = await testApp();
    const paragraph = `${'Le conseil municipal a longuement débattu du budget de la ville. '.repeat(8_000)}`.trim();
    expect(paragraph.length).toBeGreaterThan(500_000);
    const id = await importText(t.app, `${paragraph}\n`, 'txt', 'Long');
    const [segment] = (await segmentsOf(t.app, id)).items;
    const english = 'The city council debated the budget at length. '.repeat(11_000).trim();
    const res = await patch(t.app, segment!.id, { target: english, status: 'translated', version: 1 });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { target: string }).target.length).toBe(english.length);
  });
});

describe('suggestions for segments with codes', () => {
  it('gives a memory match the codes of the current source, renumbered', async () => {
    t = await testApp();
    const projectId = (await t.services.projects.create({ name: 'Ville' }, undefined, { name: 'camille' })).id;
    const first = await codedDocument(projectId);
    await patch(t.app, first.segments[1]!.id, { target: 'The mayor visited <pc id="1">the town hall</pc> yesterday<ph id="2"/>.', status: 'translated', version: 1 });
    const second = await importText(t.app, 'Le maire a visité **la mairie** hier.\n\nLe maire a visité [la mairie](https://autre.fr) hier[^2].\n\n[^2]: Note.\n', 'md', 'Autre', projectId);
    const [bold, link] = (await segmentsOf(t.app, second)).items as unknown as CodedSegment[];
    const suggestionsOf = async (segmentId: number) =>
      ((await (await t.app.request(`/api/segments/${segmentId}/suggestions`)).json()) as { items: Array<{ origin: string; text: string; score: number }> }).items.filter(
        (item) => item.origin === 'tm',
      );
    // Same markup (a link and a note): the match's codes are this source's.
    const [same] = await suggestionsOf(link!.id);
    expect(same).toMatchObject({ text: 'The mayor visited <pc id="1">the town hall</pc> yesterday<ph id="2"/>.', score: 100 });
    // Different markup (bold): the words, scored without the codes, with the codes left to place.
    const [other] = await suggestionsOf(bold!.id);
    expect(other).toMatchObject({ text: 'The mayor visited the town hall yesterday.', score: 100 });
  });

  it('sends a segment with codes to DeepL as XML and gets its codes back placed; broken tags leave the words', async () => {
    deepl = await startDeepLStandIn();
    t = await testApp({ machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 0, timeoutMs: 2000 }) });
    const projectId = (await t.services.projects.create({ name: 'Ville' }, undefined, { name: 'camille' })).id;
    const { segments } = await codedDocument(projectId);
    const mt = async (segmentId: number) =>
      ((await (await t.app.request(`/api/segments/${segmentId}/suggestions`)).json()) as { items: Array<{ origin: string; text: string }> }).items.find(
        (item) => item.origin === 'mt',
      )?.text;

    deepl.translateWith((text) => text.replace('Le maire a visité', 'The mayor visited').replace('la mairie', 'the town hall').replace('hier', 'yesterday'));
    expect(await mt(segments[1]!.id)).toBe('The mayor visited <pc id="1">the town hall</pc> yesterday<ph id="2"/>.');
    const sent = deepl.translations().at(-1)!.form;
    expect(sent.get('tag_handling')).toBe('xml');
    expect(sent.getAll('text')).toEqual(['Le maire a visité <pc id="1">la mairie</pc> hier<ph id="2"/>.']);

    // A plain segment goes as text, its < and & as they are.
    await mt(segments[2]!.id);
    expect(deepl.translations().at(-1)!.form.get('tag_handling')).toBeNull();

    deepl.translateWith(() => 'The <pc id="1">mayor spoke');
    expect(await mt(segments[0]!.id)).toBe('The mayor spoke');
  });
});

describe('diffs of segments with codes', () => {
  it('read codes as {1}…{/1}: a word moved out of a code is one change, not a tag taken apart', async () => {
    t = await testApp();
    const { segments } = await codedDocument();
    const first = (await (await patch(t.app, segments[1]!.id, { target: 'The mayor visited <pc id="1">the town hall</pc> yesterday<ph id="2"/>.', version: 1 })).json()) as { version: number };
    await patch(t.app, segments[1]!.id, { target: 'The mayor visited the <pc id="1">town hall</pc> yesterday<ph id="2"/>.', version: first.version });
    const diff = (await (await t.app.request(`/api/segments/${segments[1]!.id}/diff?from=previous&to=current`)).json()) as { ops: Array<{ op: string; text: string }>; to: { text: string } };
    expect(diff.to.text).toBe('The mayor visited the <pc id="1">town hall</pc> yesterday<ph id="2"/>.');
    expect(diff.ops.filter((op) => op.op !== 'equal').map((op) => [op.op, op.text])).toEqual([
      ['insert', 'the '],
      ['delete', 'the '],
    ]);
    expect(diff.ops.map((op) => (op.op === 'delete' ? '' : op.text)).join('')).toBe('The mayor visited the {1}town hall{/1} yesterday{2/}.');
    expect(diff.ops.map((op) => op.text).join('')).not.toContain('<pc');
  });
});

describe('the review report of segments with codes', () => {
  it('shows the source with its codes as {1}…{/1}, never as markup to read around', async () => {
    t = await testApp();
    const { id, segments } = await codedDocument();
    await patch(t.app, segments[1]!.id, { target: 'The mayor visited <pc id="1">the town hall</pc> yesterday<ph id="2"/>.', status: 'translated', version: 1 });
    const report = await (await t.app.request(`/api/documents/${id}/review-report`)).text();
    expect(report).toContain('Le maire a visité {1}la mairie{/1} hier{2/}.');
    expect(report).not.toContain('&lt;pc id=');
  });
});
