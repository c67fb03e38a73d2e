import { afterEach, describe, expect, it } from 'vitest';
import { checkIds } from '../../src/domain/qa';
import { importText, patch, segmentsOf, type TestApp, testApp } from '../helpers/test-app';

/** Quality checks in the workflow (issue 13): listing, the gate on confirming, overrides, project settings, the export header. */

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

interface Span {
  start: number;
  end: number;
}
interface Finding {
  check: string;
  severity: string;
  key: string;
  message: string;
  source: Span | null;
  target: Span | null;
  sourceSpans: Span[];
  targetSpans: Span[];
  suggestion: string | null;
}
interface Listed extends Finding {
  segmentId: number;
  position: number;
  status: string;
}
interface Problem {
  code: string;
  detail: string;
  findings: Finding[];
}
interface Row {
  id: number;
  target: string;
  status: string;
  version: number;
}

const text = 'Le budget atteint 3,2 millions d’euros.\n\nLe maire a parlé mercredi.\n\nQui paiera ?\n\nUn paragraphe encore à traduire.';
const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function setUp(): Promise<{ id: number; rows: Row[] }> {
  t = await testApp();
  const id = await importText(t.app, text, 'txt', 'Budget');
  return { id, rows: (await segmentsOf(t.app, id)).items as unknown as Row[] };
}

describe('confirming a translation with QA errors', () => {
  it('is stored as a draft, not confirmed, with the findings: typed text is never refused for a quality reason', async () => {
    const { rows } = await setUp();
    const res = await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Tuesday.', status: 'translated', version: 1 });
    expect(res.status).toBe(200);
    const held = (await res.json()) as Row & { heldForQa: boolean; findings: Finding[] };
    expect(held).toMatchObject({ target: 'The mayor spoke on Tuesday.', status: 'draft', version: 2, heldForQa: true });
    expect(held.findings).toEqual([expect.objectContaining({ check: 'weekdays', severity: 'error', key: 'weekdays.different', message: 'The source says Wednesday; the translation names another day.' })]);
    const [stored] = ((await segmentsOf(t.app, 1)).items as unknown as Row[]).filter((row) => row.id === rows[1]!.id);
    expect(stored).toMatchObject({ target: 'The mayor spoke on Tuesday.', status: 'draft', version: 2 });
    const history = (await (await t.app.request(`/api/segments/${rows[1]!.id}/revisions`)).json()) as { items: Array<{ newStatus: string; qaOverride: unknown }> };
    expect(history.items).toHaveLength(2);
    expect(history.items[0]).toMatchObject({ newStatus: 'draft', qaOverride: null });
  });

  it('keeps an edit of a confirmed segment that QA finds an error in, as a draft (an autosave without a status)', async () => {
    const { rows } = await setUp();
    await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Wednesday.', status: 'translated', version: 1 });
    const res = await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Thursday.', version: 2 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ target: 'The mayor spoke on Thursday.', status: 'draft', heldForQa: true });
  });

  it('is saved as a draft all the same (drafts are not gated), and confirmed with a reason, which the revision keeps', async () => {
    const { rows } = await setUp();
    expect((await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Tuesday.', version: 1 })).status).toBe(200);
    const confirmed = await patch(t.app, rows[1]!.id, { status: 'translated', version: 2, qaOverride: { reason: 'The French article has the wrong day; checked with the desk.' } });
    expect(confirmed.status).toBe(200);
    const history = (await (await t.app.request(`/api/segments/${rows[1]!.id}/revisions`)).json()) as { items: Array<{ newStatus: string; qaOverride: unknown }> };
    expect(history.items[0]).toMatchObject({ newStatus: 'translated', qaOverride: { reason: 'The French article has the wrong day; checked with the desk.', checks: ['weekdays'] } });
    // The reviewer approving that same text needs no reason of their own (the translator's stands:
    // tests/http/review-overrides.test.ts); one given is recorded with the approval.
    expect((await patch(t.app, rows[1]!.id, { status: 'approved', version: 3, qaOverride: { reason: 'Agreed.' } })).status).toBe(200);
    expect((await patch(t.app, rows[1]!.id, { status: 'approved', version: 4, qaOverride: { reason: '' } })).status).toBe(400);
    // A reason of spaces and invisible characters says nothing.
    for (const reason of ['\u200B\u2060\u3164', ' \u115F\u1160\uFFA0 ', 'ok', '\u200Bo\u200Bk\u200B']) {
      const refused = await patch(t.app, rows[1]!.id, { status: 'translated', version: 4, qaOverride: { reason } });
      expect(refused.status).toBe(422);
      expect(((await refused.json()) as Problem).code).toBe('invalid_reason');
    }
    // The review report shows the findings and the overrides, in JSON and in HTML.
    const report = (await (await t.app.request('/api/documents/1/review-report?format=json&since=2000-01-01')).json()) as {
      items: Array<{ segmentId: number; qa: Finding[]; qaOverrides: Array<{ reason: string; checks: string[]; author: string }> }>;
    };
    const item = report.items.find((entry) => entry.segmentId === rows[1]!.id)!;
    expect(item.qa.map((finding) => finding.check)).toEqual(['weekdays']);
    expect(item.qaOverrides.map((override) => override.reason)).toEqual(['The French article has the wrong day; checked with the desk.', 'Agreed.']);
    const html = await (await t.app.request('/api/documents/1/review-report?since=2000-01-01')).text();
    expect(html).toContain('QA error: The source says Wednesday; the translation names another day.');
    expect(html).toContain('Confirmed over QA errors (weekdays) by camille: Agreed.');
  });

  it('lets warnings through', async () => {
    const { rows } = await setUp();
    // A question left as a statement is a warning: confirmed, listed.
    expect((await patch(t.app, rows[2]!.id, { target: 'Who will pay.', status: 'translated', version: 1 })).status).toBe(200);
  });
});

describe('the findings of a document', () => {
  it('lists the translated segments’ findings with messages, spans and fixes; untranslated segments are not findings', async () => {
    const { id, rows } = await setUp();
    await patch(t.app, rows[0]!.id, { target: 'The budget reaches €3,5 million.', version: 1 });
    await patch(t.app, rows[2]!.id, { target: 'Who will pay.', status: 'translated', version: 1 });
    const res = await t.app.request(`/api/documents/${id}/qa`);
    expect(res.status).toBe(200);
    const qa = (await res.json()) as { errors: number; warnings: number; items: Listed[] };
    // One item per finding, in document order.
    expect(qa.items.map((item) => [item.position, item.check, item.key, item.severity])).toEqual([
      [0, 'numbers', 'numbers.missing', 'error'],
      [0, 'numbers', 'numbers.decimalComma', 'warning'],
      [2, 'punctuation-end', 'punctuationEnd', 'warning'],
    ]);
    const [missing, comma] = qa.items;
    expect(missing).toMatchObject({ segmentId: rows[0]!.id, status: 'draft', message: 'The number 3,2 millions of the source is not in the translation.', target: null, targetSpans: [], suggestion: null });
    expect(text.slice(missing!.source!.start, missing!.source!.end)).toBe('3,2 millions');
    expect(missing!.sourceSpans).toEqual([missing!.source]);
    expect(comma!.suggestion).toBe('The budget reaches €3.5 million.');
    expect('The budget reaches €3,5 million.'.slice(comma!.target!.start, comma!.target!.end)).toBe('3,5');
    expect(qa).toMatchObject({ errors: 1, warnings: 2 });
    // Filtered by check or severity: the counts are those of the findings listed.
    const errorsOnly = (await (await t.app.request(`/api/documents/${id}/qa?severity=error`)).json()) as { errors: number; warnings: number; items: Listed[] };
    expect(errorsOnly.items.map((item) => item.key)).toEqual(['numbers.missing']);
    expect(errorsOnly).toMatchObject({ errors: 1, warnings: 0 });
    const punctuation = (await (await t.app.request(`/api/documents/${id}/qa?check=punctuation-end`)).json()) as { items: Listed[] };
    expect(punctuation.items.map((item) => item.position)).toEqual([2]);
    for (const bad of ['check=nonsense', 'severity=fatal']) {
      const refused = await t.app.request(`/api/documents/${id}/qa?${bad}`);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { detail: string }).detail).toMatch(/check|severity/u);
    }
    // One segment's, alone.
    const one = (await (await t.app.request(`/api/segments/${rows[2]!.id}/qa`)).json()) as { items: Finding[] };
    expect(one.items.map((finding) => finding.check)).toEqual(['punctuation-end']);
    // Only the segments with findings, or with errors.
    const withFindings = (await segmentsOf(t.app, id, '&qa=findings')).items as unknown as Row[];
    expect(withFindings.map((row) => row.id)).toEqual([rows[0]!.id, rows[2]!.id]);
    expect(((await segmentsOf(t.app, id, '&qa=errors')).items as unknown as Row[]).map((row) => row.id)).toEqual([rows[0]!.id]);
    expect((await t.app.request(`/api/documents/${id}/segments?qa=maybe`)).status).toBe(400);
    // The export says how many errors remain.
    const exported = await t.app.request(`/api/documents/${id}/export?format=txt`);
    expect(exported.headers.get('x-qa-errors')).toBe('1');
  });

  it("uses the project's glossary", async () => {
    const { id, rows } = await setUp();
    await t.services.glossary.add(1, { source: 'budget', target: 'budget appropriation' });
    await patch(t.app, rows[0]!.id, { target: 'The budget reaches €3.2 million.', status: 'translated', version: 1 });
    const qa = (await (await t.app.request(`/api/documents/${id}/qa`)).json()) as { items: Listed[] };
    expect(qa.items.map((finding) => finding.check)).toEqual(['glossary']);
  });
});

describe("a project's QA settings", () => {
  it('turn a check off or change its severity (owners only, audited)', async () => {
    const { rows } = await setUp();
    const translator = await t.user('sacha', 'translator');
    expect((await translator.request('/api/projects/1', json('PATCH', { qa: { weekdays: 'off' } }))).status).toBe(403);
    const res = await t.app.request('/api/projects/1', json('PATCH', { qa: { weekdays: 'off', 'punctuation-end': 'error' } }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { settings: { qa: unknown } }).settings.qa).toEqual({ weekdays: 'off', 'punctuation-end': 'error' });
    expect((await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Tuesday.', status: 'translated', version: 1 })).status).toBe(200);
    expect(await (await patch(t.app, rows[2]!.id, { target: 'Who will pay.', status: 'translated', version: 1 })).json()).toMatchObject({ status: 'draft', heldForQa: true });
    expect((await t.app.request('/api/projects/1', json('PATCH', { qa: { nonsense: 'off' } }))).status).toBe(400);
    expect((await t.app.request('/api/projects/1', json('PATCH', { qa: { numbers: 'sometimes' } }))).status).toBe(400);
    const audit = (await (await t.app.request('/api/admin/audit?event=project.settings_changed')).json()) as { items: Array<{ detail: { qa?: unknown } }> };
    expect(audit.items[0]!.detail.qa).toEqual({ weekdays: 'off', 'punctuation-end': 'error' });
  });
});

describe('ignoring a finding with a reason', () => {
  it('takes it out of the list, the counts and the gate, until the translation changes; and can be taken back', async () => {
    const { id, rows } = await setUp();
    expect((await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Tuesday.', version: 1 })).status).toBe(200);
    const ignore = (body: unknown) => t.app.request(`/api/segments/${rows[1]!.id}/qa/ignore`, json('POST', body));
    expect((await ignore({ check: 'weekdays', key: 'weekdays.different', reason: '' })).status).toBe(400);
    const invisible = await ignore({ check: 'weekdays', key: 'weekdays.different', reason: '\u200B\u2060\u3164' });
    expect(invisible.status).toBe(422);
    expect(((await invisible.json()) as Problem).detail).toMatch(/at least 3 letters or digits/u);
    expect((await ignore({ check: 'numbers', key: 'numbers.missing', reason: 'No such finding.' })).status).toBe(400);
    const viewer = await t.user('vera', 'viewer');
    expect((await viewer.request(`/api/segments/${rows[1]!.id}/qa/ignore`, json('POST', { check: 'weekdays', key: 'weekdays.different', reason: 'x' }))).status).toBe(403);
    const res = await ignore({ check: 'weekdays', key: 'weekdays.different', reason: 'The French article has the wrong day.' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Finding[] }).items).toEqual([]);
    const qa = (await (await t.app.request(`/api/documents/${id}/qa`)).json()) as { errors: number; ignored: number; items: unknown[] };
    expect(qa).toMatchObject({ errors: 0, ignored: 1 });
    // No longer blocks confirming this very text…
    expect((await patch(t.app, rows[1]!.id, { status: 'translated', version: 2 })).status).toBe(200);
    // …but a changed translation is checked afresh.
    expect(await (await patch(t.app, rows[1]!.id, { target: 'The mayor spoke on Thursday.', status: 'translated', version: 3 })).json()).toMatchObject({ status: 'draft', heldForQa: true });
    // Taken back: it counts again (on the text it was ignored on).
    expect((await t.app.request(`/api/segments/${rows[1]!.id}/qa/ignore?check=weekdays&key=weekdays.different`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.app.request(`/api/segments/${rows[1]!.id}/qa/ignore?check=weekdays&key=weekdays.different`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('the checks as a service', () => {
  it('lists every check with its severity and what it finds', async () => {
    t = await testApp();
    const res = await t.app.request('/api/qa/checks');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<{ id: string; name: string; severity: string; scope: string; skipsEmptyTarget: boolean; description: string }> };
    // As the registry declares them, in its order.
    expect(items.map((check) => check.id)).toEqual([...checkIds]);
    expect(items.find((check) => check.id === 'numbers')).toMatchObject({ name: 'Numbers', severity: 'error', scope: 'segment', skipsEmptyTarget: true, description: expect.stringContaining('“3,5 %” = “3.5%”') });
    expect(items.find((check) => check.id === 'empty-target')).toMatchObject({ skipsEmptyTarget: false });
    expect(items.find((check) => check.id === 'consistency')).toMatchObject({ severity: 'warning', scope: 'document' });
    expect((await t.anonymous('/api/qa/checks')).status).toBe(401);
  });

  it('checks a pair of texts for a script: the English variant asked for, or a project’s glossary and settings', async () => {
    t = await testApp();
    const check = async (body: unknown, as: Pick<TestApp['app'], 'request'> = t.app) => {
      const res = await as.request('/api/qa/check', json('POST', body));
      return { status: res.status, body: (await res.json()) as { items: Finding[]; detail?: string } };
    };
    const us = await check({ source: 'Inscriptions avant le 4/02/2026.', target: 'Registration before 4/02/2026.' });
    expect(us.status).toBe(200);
    expect(us.body.items.map((finding) => [finding.check, finding.suggestion])).toEqual([['dates', 'Registration before 2/4/2026.']]);
    expect((await check({ source: 'Inscriptions avant le 4/02/2026.', target: 'Registration before 4/02/2026.', variant: 'en-GB' })).body.items).toEqual([]);

    const projectId = (await t.services.projects.create({ name: 'Desk' }, undefined, { name: 'camille' })).id;
    await t.services.glossary.add(projectId, { source: 'maire', target: 'mayor' });
    await t.app.request(`/api/projects/${projectId}`, json('PATCH', { qa: { 'repeated-word': 'off' } }));
    const pair = { source: 'Le maire parle.', target: 'The the mayor speaks.' };
    expect((await check(pair)).body.items.map((finding) => finding.check)).toEqual(['repeated-word']);
    expect((await check({ ...pair, target: 'The the major speaks.', projectId })).body.items.map((finding) => finding.check)).toEqual(['glossary']);
    // Someone outside the project learns nothing of it; bad input is refused with what is wrong.
    const outsider = await t.user('eve', 'translator', (await t.services.projects.create({ name: 'Other' }, undefined, { name: 'camille' })).id);
    expect((await check({ ...pair, projectId }, outsider)).status).toBe(404);
    expect((await check(pair, outsider)).status).toBe(200);
    expect((await check(pair, { request: t.anonymous })).status).toBe(401);
    for (const bad of [{ source: 'a' }, { ...pair, variant: 'en-AU' }, { ...pair, projectId: 'one' }, { ...pair, extra: 1 }]) {
      const refused = await check(bad);
      expect(refused.status).toBe(400);
      expect(refused.body.detail).toBeTruthy();
    }
  });
});

describe('consistency across the project', () => {
  it("compares a document's translations with the project's other documents' confirmed ones", async () => {
    const { id, rows } = await setUp();
    const other = await importText(t.app, 'Le maire a parlé mercredi.\n\nUne autre phrase.', 'txt', 'Lundi');
    const [theirs] = (await segmentsOf(t.app, other)).items as unknown as Row[];
    expect((await patch(t.app, theirs!.id, { target: 'The mayor spoke on Wednesday.', status: 'translated', version: 1 })).status).toBe(200);
    await patch(t.app, rows[1]!.id, { target: 'The mayor talked on Wednesday.', version: 1 });
    const qa = (await (await t.app.request(`/api/documents/${id}/qa?check=consistency`)).json()) as { items: Listed[] };
    expect(qa.items.map((item) => [item.segmentId, item.key, item.message, item.suggestion])).toEqual([
      [rows[1]!.id, 'consistency.project', 'The same source is translated otherwise in “Lundi”, segment 1: “The mayor spoke on Wednesday.”.', 'The mayor spoke on Wednesday.'],
    ]);
    // A draft elsewhere is not a reference: only confirmed work is.
    const draftOnly = (await (await t.app.request(`/api/documents/${other}/qa?check=consistency`)).json()) as { items: Listed[] };
    expect(draftOnly.items).toEqual([]);
  });
});
