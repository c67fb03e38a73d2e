import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';
import { sampleArticlePath } from '../helpers/sample';

/**
 * axe-core in Chromium on the pages translators and reviewers spend their day on (issue 14, part 6):
 * no violation of any impact (the issue asks for none serious or critical; the minor ones are gone too), in English and in French, with findings, comments, a glossary
 * and a rejected segment on the page so that those parts are checked too.
 */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
/** A segment confirmed over a QA error with a reason. */
let overriddenId = 0;
let documentId = 0;
let projectId = 0;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** The violations of the page as it is, whatever their impact (minor to critical), each as "rule: impact: help (where)". */
async function violations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.impact ?? 'unrated'}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).slice(0, 5).join(', ')})`);
}

async function api(path: string, method: string, body: unknown): Promise<Response> {
  return admin(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  documentId = await opened.importText('Chine-Russie', readFileSync(sampleArticlePath(), 'utf8'));
  const summary = (await (await admin(`/api/documents/${documentId}`)).json()) as { projectId: number };
  projectId = summary.projectId;
  expect((await api(`/api/projects/${projectId}/glossary`, 'POST', { source: 'partenariat stratégique', target: 'strategic partnership', notes: '' })).status).toBe(201);
  const segments = ((await (await admin(`/api/documents/${documentId}/segments?offset=0&limit=10`)).json()) as { items: Array<{ id: number; version: number }> }).items;
  // A translation with a QA warning, one rejected with a comment, one approved.
  const [first, second, , fourth] = segments;
  expect((await api(`/api/segments/${first?.id}`, 'PATCH', { target: 'China-Russia: Xi Jinping wants an ambitious bilateral plan', status: 'translated', version: first?.version })).status).toBe(200);
  const translated = (await (await api(`/api/segments/${second?.id}`, 'PATCH', { target: 'The newsroom with', status: 'translated', version: second?.version })).json()) as { version: number };
  expect((await api(`/api/segments/${second?.id}`, 'PATCH', { status: 'rejected', version: translated.version, comment: 'Which agency?' })).status).toBe(200);
  const done = (await (await api(`/api/segments/${fourth?.id}`, 'PATCH', { target: 'AA', status: 'translated', version: fourth?.version })).json()) as { version: number };
  expect((await api(`/api/segments/${fourth?.id}`, 'PATCH', { status: 'approved', version: done.version })).status).toBe(200);
  // One confirmed over a QA error with a reason (issue 27): the first of the others whose placeholder English QA finds an error in.
  for (const segment of [segments[2], ...segments.slice(4)]) {
    const held = (await (await api(`/api/segments/${segment?.id}`, 'PATCH', { target: 'To be checked.', status: 'translated', version: segment?.version })).json()) as { heldForQa: boolean; version: number };
    if (!held.heldForQa) continue;
    expect((await api(`/api/segments/${segment?.id}`, 'PATCH', { status: 'translated', version: held.version, qaOverride: { reason: 'The desk will check this one.' } })).status).toBe(200);
    overriddenId = segment!.id;
    break;
  }
  expect(overriddenId).toBeGreaterThan(0);
});

afterAll(async () => {
  await workbench?.close();
});

describe('accessibility (axe-core)', () => {
  it('reports a violation when there is one (the check can fail)', async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator('table.documents').waitFor();
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { id: 'nameless' })));
    const found = await violations();
    expect(found.some((line) => line.startsWith('button-name:') && line.includes('#nameless'))).toBe(true);
    await page.evaluate(() => document.querySelector('#nameless')?.remove());
  });

  it('finds no violation in the editor, its panel open, at 1600 and 800 px', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('.segment-row').first().waitFor();
    await page.locator('.segment-panel .panel-tabs').waitFor();
    await page.locator('#show-qa').click();
    await page.locator('#qa-summary').waitFor();
    expect(await violations()).toEqual([]);
    await page.setViewportSize({ width: 800, height: 900 });
    await page.keyboard.press('Alt+c');
    await page.locator('.segment-panel .comment-body').waitFor();
    expect(await violations()).toEqual([]);
    await page.setViewportSize({ width: 1600, height: 900 });
  });

  it('finds none on a row confirmed over QA: its mark, its reason shown on focus, the reviewer\'s note', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    const row = page.locator(`.segment-row[data-segment-id="${overriddenId}"]`);
    await row.waitFor();
    await row.locator('.qa-override-button').focus();
    await row.locator('.qa-override-tip').waitFor();
    expect(await violations()).toEqual([]);
    await row.locator('textarea').focus();
    await row.locator('.override-review').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('finds none in the document list, the glossary page and the account page', async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator('table.documents').waitFor();
    expect(await violations()).toEqual([]);
    await page.goto(`${server.url}/#/projects/${projectId}/resources`);
    await page.getByText('strategic partnership').first().waitFor();
    expect(await violations()).toEqual([]);
    // With a token, so that its table (and its actions column) is there.
    expect((await api('/api/account/tokens', 'POST', { name: 'nightly export' })).status).toBe(201);
    await page.goto(`${server.url}/#/account`);
    await page.locator('table.tokens').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('finds none in the review report, nor in the editor in French', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}/report`);
    await page.locator('.report-item').first().waitFor();
    expect(await violations()).toEqual([]);
    await page.locator('#language').selectOption('fr');
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await page.locator('.columns-heading').getByText('Source française').waitFor();
    expect(await violations()).toEqual([]);
    expect(workbench.pageErrors).toEqual([]);
  });
});
