import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

let t: TestApp;
let projectId: number;
beforeEach(async () => {
  t = await testApp();
  projectId = (await t.services.projects.create({ name: 'Newsroom' }, undefined, { name: 'camille' })).id;
});
afterEach(async () => {
  await t.cleanup();
});

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A document translated paragraph by paragraph: its confirmed pairs (with their neighbours) fill the memory. */
async function memoryDocument() {
  const paragraphs: [string, string][] = [
    ['Titre du jour', 'Headline of the day'],
    ['Le marché ouvre à 7 h.', 'The market opens at 7 am.'],
    ['La séance est levée.', 'The session is closed.'],
    ['Le conseil municipal a voté le budget de la ville pour l’année prochaine.', 'The city council passed the city’s budget for next year.'],
    ['Les élèves rentrent en classe lundi matin après les vacances.', 'Pupils go back to school on Monday morning after the holidays.'],
    ['Le musée présente une exposition consacrée aux peintres du Nord.', 'The museum presents an exhibition devoted to the painters of the North.'],
  ];
  const id = await importText(t.app, paragraphs.map(([source]) => source).join('\n\n'), 'txt', 'Mémoire', projectId);
  const segments = (await segmentsOf(t.app, id)).items;
  for (const [index, segment] of segments.entries()) expect((await patch(t.app, segment.id, { target: paragraphs[index]![1], status: 'translated', version: 1 })).status).toBe(200);
  return id;
}

/**
 * One segment per band. Scores (domain/tm matchScore, as the suggestions show them): 8 h for 7 h 95;
 * « suivante » for « prochaine » 92; « mardi soir » for « lundi matin » 80; the museum rewritten 52.
 */
const analysed = [
  'Titre du jour', // in-context: the memory's unit had no previous segment and the same next one
  'Le marché ouvre à 7 h.', // 100: same previous segment, another next one
  'Le marché ouvre à 8 h.', // 95-99
  'Le conseil municipal a voté le budget de la ville pour l’année suivante.', // 85-94
  'Les élèves rentrent en classe mardi soir après les vacances.', // 75-84
  'Le musée présente cet hiver une exposition sur les sculpteurs du Sud.', // 50-74
  'Les pompiers sont intervenus dans la nuit.', // no-match
  'Le marché ouvre à 7 h.', // repetitions
].join('\n\n');

interface AnalysisJson {
  documentId: number | null;
  documents: number;
  bands: Array<{ band: string; segments: number; words: number; characters: number; weighted: number }>;
  total: { segments: number; words: number; characters: number; weighted: number };
  weights: Record<string, number>;
}

const rows = (analysis: AnalysisJson) => analysis.bands.map((band) => [band.band, band.segments, band.words, band.characters, band.weighted]);

describe('the word-count analysis against the memory', () => {
  it('bands every segment of a document, with words, characters and weighted words (hand-computed)', async () => {
    await memoryDocument();
    const id = await importText(t.app, analysed, 'txt', 'Dépêche', projectId);
    const res = await t.app.request(`/api/documents/${id}/analysis`);
    expect(res.status).toBe(200);
    const analysis = (await res.json()) as AnalysisJson;
    expect(rows(analysis)).toEqual([
      ['repetitions', 1, 6, 22, 1.5],
      ['in-context', 1, 3, 13, 0],
      ['100', 1, 6, 22, 1.5],
      ['95-99', 1, 6, 22, 3.6],
      ['85-94', 1, 13, 72, 7.8],
      ['75-84', 1, 10, 60, 10],
      ['50-74', 1, 12, 69, 12],
      ['no-match', 1, 7, 42, 7],
    ]);
    expect(analysis.total).toEqual({ segments: 8, words: 63, characters: 322, weighted: 43.4 });
    expect(analysis).toMatchObject({ documentId: id, documents: 1, projectId });
  });

  it('does not count a confirmed segment’s own translation as a match for it', async () => {
    const id = await memoryDocument();
    const analysis = (await (await t.app.request(`/api/documents/${id}/analysis`)).json()) as AnalysisJson;
    expect(analysis.bands.find((band) => band.band === 'no-match')).toMatchObject({ segments: 6 });
  });

  it('analyses a whole project, a source repeated in a later document counting as a repetition', async () => {
    await memoryDocument();
    await importText(t.app, analysed, 'txt', 'Dépêche', projectId);
    const analysis = (await (await t.app.request(`/api/projects/${projectId}/analysis`)).json()) as AnalysisJson;
    expect(analysis.documents).toBe(2);
    expect(analysis.documentId).toBeNull();
    // The memory document comes first: « Titre du jour » and both « marché 7 h » of the second
    // document repeat its sources (3 + 6 + 6 words).
    const band = (name: string) => analysis.bands.find((item) => item.band === name)!;
    expect(band('repetitions')).toMatchObject({ segments: 3, words: 15 });
    expect(analysis.total.segments).toBe(14);
  });

  it('weighs words by the project’s table, which owners change through the project settings', async () => {
    await memoryDocument();
    const id = await importText(t.app, analysed, 'txt', 'Dépêche', projectId);
    const project = (await (await t.app.request(`/api/projects/${projectId}`)).json()) as { settings: { analysisWeights: Record<string, number> } };
    expect(project.settings.analysisWeights).toEqual({ repetitions: 25, 'in-context': 0, '100': 25, '95-99': 60, '85-94': 60, '75-84': 100, '50-74': 100, 'no-match': 100 });
    const weights = { repetitions: 0, 'in-context': 0, '100': 0, '95-99': 50, '85-94': 50, '75-84': 50, '50-74': 100, 'no-match': 100 };
    const changed = await t.app.request(`/api/projects/${projectId}`, json('PATCH', { analysisWeights: weights }));
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { settings: { analysisWeights: unknown } }).settings.analysisWeights).toEqual(weights);
    // Other settings left alone keep the table.
    await t.app.request(`/api/projects/${projectId}`, json('PATCH', { formality: 'more' }));
    const analysis = (await (await t.app.request(`/api/documents/${id}/analysis`)).json()) as AnalysisJson;
    expect(analysis.weights).toEqual(weights);
    // 6×0.5 + 13×0.5 + 10×0.5 + 12 + 7
    expect(analysis.total.weighted).toBe(33.5);
  });

  it('keeps the weighting table in a project archive', async () => {
    await memoryDocument();
    const weights = { repetitions: 10, 'in-context': 5, '100': 20, '95-99': 55, '85-94': 65, '75-84': 90, '50-74': 100, 'no-match': 100 };
    expect((await t.app.request(`/api/projects/${projectId}`, json('PATCH', { analysisWeights: weights }))).status).toBe(200);
    const archive = new Uint8Array(await (await t.app.request(`/api/projects/${projectId}/archive`)).arrayBuffer());
    const form = new FormData();
    form.append('file', new File([archive as Uint8Array<ArrayBuffer>], 'projet.visavis.zip', { type: 'application/zip' }));
    const imported = await t.app.request('/api/projects/import', { method: 'POST', body: form });
    expect(imported.status).toBe(201);
    const copy = ((await imported.json()) as { project: { id: number } }).project.id;
    const project = (await (await t.app.request(`/api/projects/${copy}`)).json()) as { settings: { analysisWeights: unknown } };
    expect(project.settings.analysisWeights).toEqual(weights);
  });

  it('refuses a weighting table that is incomplete, out of range or not whole, with a problem body', async () => {
    const full = { repetitions: 25, 'in-context': 0, '100': 25, '95-99': 60, '85-94': 60, '75-84': 100, '50-74': 100, 'no-match': 100 };
    const { 'no-match': _, ...missing } = full;
    for (const analysisWeights of [missing, { ...full, '100': 101 }, { ...full, '95-99': 59.5 }, { ...full, '50-74': -1 }, { ...full, '101': 5 }]) {
      const res = await t.app.request(`/api/projects/${projectId}`, json('PATCH', { analysisWeights }));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('gives the analysis as CSV, one row per band under English column names', async () => {
    await memoryDocument();
    const id = await importText(t.app, analysed, 'txt', 'Dépêche', projectId);
    const res = await t.app.request(`/api/documents/${id}/analysis?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('Band,Segments,Words,Characters,Weight (%),Weighted words');
    expect(lines[1]).toBe('repetitions,1,6,22,25,1.5');
    expect(lines[5]).toBe('85-94,1,13,72,60,7.8');
    expect(lines.at(-1)).toBe('Total,8,63,322,,43.4');
    expect(lines).toHaveLength(10);
    expect((await t.app.request(`/api/projects/${projectId}/analysis?format=csv`)).status).toBe(200);
    expect((await t.app.request(`/api/documents/${id}/analysis?format=pdf`)).status).toBe(400);
  });

  it('is open to whoever may read the document, and as missing to others', async () => {
    const id = await importText(t.app, analysed, 'txt', 'Dépêche', projectId);
    const viewer = await t.user('vera', 'viewer', projectId);
    expect((await viewer.request(`/api/documents/${id}/analysis`)).status).toBe(200);
    expect((await viewer.request(`/api/projects/${projectId}/analysis`)).status).toBe(200);
    expect((await viewer.request(`/api/projects/${projectId}`, json('PATCH', { analysisWeights: { repetitions: 0 } }))).status).toBe(403);
    const outsider = await t.user('eve', 'owner', (await t.services.projects.create({ name: 'Other' }, undefined, { name: 'camille' })).id);
    expect((await outsider.request(`/api/documents/${id}/analysis`)).status).toBe(404);
    expect((await outsider.request(`/api/projects/${projectId}/analysis`)).status).toBe(404);
    expect((await t.anonymous(`/api/documents/${id}/analysis`)).status).toBe(401);
    expect((await t.app.request('/api/documents/9999/analysis')).status).toBe(404);
  });
});
