import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eUser, openSignedInWorkbench, signInAs, type signedInFetch, type Workbench } from '../helpers/browser';

/**
 * The project's analysis and its weighting table (issue 27): the dialog for a whole project from
 * the document list, the document's from the editor's tools, the weights form on the resources
 * page (saved, refused by the field, hidden from translators), and axe on the dialog and the form.
 *
 * The project, by hand: the memory holds « Le marché ouvre à 7 h. » (a TMX unit, no neighbours);
 * « Dépêche du matin » is that sentence (6 words, 22 characters: 100 %) and « Les pompiers sont
 * intervenus dans la nuit. » (7 words, 42 characters: no match); « Dépêche du soir » repeats the
 * firemen (a repetition across documents) and adds « La séance est levée. » (4 words, 20
 * characters: no match). With the default weights (repetitions and 100 % at 25 %, no match at
 * 100 %): 1.75 + 1.5 + 11 = 14.25 weighted words.
 */

let workbench: Workbench;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let projectId = 0;
let eveningId = 0;
const projectName = 'Agence du soir';
const translator = { username: 'dominique', password: 'une phrase de passe assez longue' };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="fr" srclang="fr" datatype="plaintext"/>
  <body>
    <tu><tuv xml:lang="fr"><seg>Le marché ouvre à 7 h.</seg></tuv><tuv xml:lang="en"><seg>The market opens at 7 am.</seg></tuv></tu>
  </body>
</tmx>`;

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  page = workbench.page;
  page.setDefaultTimeout(10_000);
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const created = await admin('/api/projects', json('POST', { name: projectName }));
  expect(created.status).toBe(201);
  projectId = ((await created.json()) as { id: number }).id;
  const form = new FormData();
  form.append('file', new File([tmx], 'agence.tmx'));
  const imported = await admin(`/api/projects/${projectId}/memory/import`, { method: 'POST', body: form });
  expect(imported.status).toBe(200);
  const importText = async (title: string, text: string) => {
    const res = await admin('/api/documents', json('POST', { title, text, projectId }));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  await importText('Dépêche du matin', 'Le marché ouvre à 7 h.\n\nLes pompiers sont intervenus dans la nuit.');
  eveningId = await importText('Dépêche du soir', 'Les pompiers sont intervenus dans la nuit.\n\nLa séance est levée.');
  expect((await admin('/api/admin/users', json('POST', translator))).status).toBe(201);
  expect((await admin(`/api/projects/${projectId}/members`, json('POST', { username: translator.username, role: 'translator' }))).status).toBe(201);
}, 60_000);

afterAll(async () => {
  await workbench?.close();
});

/** Axe's violations inside `selector` only: the rest of the page is other tests' business. */
async function violations(on: Page, selector: string): Promise<string[]> {
  await on.evaluate(axeSource);
  const found = await on.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe;
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  }, selector);
  return found.map((violation) => `${violation.id}: ${violation.help}`);
}

const cells = async (dialog: Locator, band: string) => (await dialog.locator(`tr[data-band="${band}"]`).locator('th, td').allTextContents()).map((text) => text.trim());

async function openProjectAnalysis(on: Page): Promise<Locator> {
  await on.goto(`${workbench.server.url}/#/?project=${projectId}`);
  await on.reload();
  await on.locator('#project-analysis').click();
  const dialog = on.getByRole('dialog', { name: `Analysis of the project “${projectName}” against the memory` });
  await dialog.locator('table.analysis-table').waitFor();
  return dialog;
}

describe('the analysis of a whole project', () => {
  it('counts both documents against the memory, the repetition across them included, with its CSV link', async () => {
    const dialog = await openProjectAnalysis(page);
    expect(await cells(dialog, 'repetitions')).toEqual(['Repetitions', '1', '7', '42', '25 %', '1.75']);
    expect(await cells(dialog, '100')).toEqual(['100 %', '1', '6', '22', '25 %', '1.5']);
    expect(await cells(dialog, '95-99')).toEqual(['95–99 %', '0', '0', '0', '60 %', '0']);
    expect(await cells(dialog, 'no-match')).toEqual(['No match', '2', '11', '62', '100 %', '11']);
    expect(await cells(dialog, 'total')).toEqual(['Total', '4', '24', '126', '', '14.25']);
    const href = await dialog.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
    expect(href).toBe(`/api/projects/${projectId}/analysis?format=csv`);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv.split('\n').find((line) => line.startsWith('repetitions,'))).toBe('repetitions,1,7,42,25,1.75');
    expect(await violations(page, 'dialog.analysis-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('project-analysis');
  }, 60_000);
});

describe('the weighting table on the resources page', () => {
  const field = (band: string) => page.locator(`#weight-${band}`);

  it('shows the current weights by band, and axe finds nothing in the form', async () => {
    await page.goto(`${workbench.server.url}/#/projects/${projectId}/resources`);
    await page.getByRole('heading', { name: 'Analysis weighting' }).waitFor();
    expect(await page.getByLabel('Repetitions', { exact: true }).inputValue()).toBe('25');
    expect(await page.getByLabel('In context (100 % with the same neighbours)').inputValue()).toBe('0');
    expect(await field('no-match').inputValue()).toBe('100');
    expect(await violations(page, '#analysis-weights')).toEqual([]);
  });

  it('saves new weights, and an analysis open in another tab shows the new weighted words', async () => {
    const other = await page.context().newPage();
    try {
      const dialog = await openProjectAnalysis(other);
      expect(await cells(dialog, 'total')).toEqual(['Total', '4', '24', '126', '', '14.25']);
      await field('repetitions').fill('0');
      await field('100').fill('50');
      await field('no-match').fill('90');
      await page.getByRole('button', { name: 'Apply these weights' }).click();
      await page.getByText('Weighting saved: analyses now use it.').waitFor();
      // 7 × 0 % + 6 × 50 % + 11 × 90 % = 0 + 3 + 9.9
      await expect.poll(() => cells(dialog, 'total')).toEqual(['Total', '4', '24', '126', '', '12.9']);
      expect(await cells(dialog, 'repetitions')).toEqual(['Repetitions', '1', '7', '42', '0 %', '0']);
      expect(await cells(dialog, 'no-match')).toEqual(['No match', '2', '11', '62', '90 %', '9.9']);
    } finally {
      await other.close();
    }
    const project = (await (await admin(`/api/projects/${projectId}`)).json()) as { settings: { analysisWeights: Record<string, number> } };
    expect(project.settings.analysisWeights).toMatchObject({ repetitions: 0, '100': 50, 'no-match': 90, '95-99': 60 });
  }, 60_000);

  it('shows the server’s refusal of an out-of-range weight by its field, and saves nothing', async () => {
    await page.reload();
    await field('95-99').fill('120');
    await field('50-74').fill('');
    await page.getByRole('button', { name: 'Apply these weights' }).click();
    await page.locator('#weight-95-99-error').getByText('A whole number from 0 to 100.').waitFor();
    expect(await field('95-99').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#weight-50-74-error').textContent()).toBe('A whole number from 0 to 100.');
    expect(await field('100').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#weight-100-error').textContent()).toBe('');
    expect(await page.locator('p.notice.error').textContent()).toMatch(/95-99/u);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('weight-95-99');
    expect(await violations(page, '#analysis-weights')).toEqual([]);
    const project = (await (await admin(`/api/projects/${projectId}`)).json()) as { settings: { analysisWeights: Record<string, number> } };
    expect(project.settings.analysisWeights['95-99']).toBe(60);

    await field('95-99').fill('95');
    await field('50-74').fill('100');
    await page.getByRole('button', { name: 'Apply these weights' }).click();
    await page.getByText('Weighting saved: analyses now use it.').waitFor();
    expect(await field('95-99').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#weight-95-99-error').textContent()).toBe('');
    expect(workbench.pageErrors).toEqual([]);
  });
});

describe('the document’s analysis from the editor', () => {
  it('opens from the tools menu, for that document alone, with the project’s weights', async () => {
    await page.goto(`${workbench.server.url}/#/documents/${eveningId}`);
    await page.locator('.segment-row').first().waitFor();
    await page.locator('.tools-menu summary').click();
    await page.locator('#open-analysis').click();
    const dialog = page.getByRole('dialog', { name: 'Analysis of “Dépêche du soir” against the memory' });
    await dialog.locator('table.analysis-table').waitFor();
    // Alone, the evening's firemen are no repetition: both its sentences are new.
    expect(await cells(dialog, 'repetitions')).toEqual(['Repetitions', '0', '0', '0', '0 %', '0']);
    expect(await cells(dialog, 'no-match')).toEqual(['No match', '2', '11', '62', '90 %', '9.9']);
    expect(await dialog.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(`/api/documents/${eveningId}/analysis?format=csv`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('open-analysis');
    expect(workbench.pageErrors).toEqual([]);
  }, 60_000);
});

describe('a translator', () => {
  it('sees the project’s analysis but not the weighting form', async () => {
    await signInAs(page, workbench.server.url, translator.username, translator.password);
    const dialog = await openProjectAnalysis(page);
    expect(await cells(dialog, 'total')).toEqual(['Total', '4', '24', '126', '', '12.9']);
    await page.keyboard.press('Escape');
    await page.goto(`${workbench.server.url}/#/projects/${projectId}/resources`);
    await page.getByRole('heading', { name: 'Quality checks' }).waitFor();
    expect(await page.locator('#analysis-weights').count()).toBe(0);
    expect(await page.locator('input[id^="weight-"]').count()).toBe(0);
    // The server says no as well.
    const res = await page.evaluate(
      async (id) =>
        (
          await fetch(`/api/projects/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ analysisWeights: { repetitions: 0, 'in-context': 0, '100': 0, '95-99': 0, '85-94': 0, '75-84': 0, '50-74': 0, 'no-match': 0 } }),
          })
        ).status,
      projectId,
    );
    expect(res).toBe(403);
    await signInAs(page, workbench.server.url, e2eUser.username, e2eUser.password);
    expect(workbench.pageErrors).toEqual([]);
  }, 60_000);
});
