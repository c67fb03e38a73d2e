import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/** Quality checks in the editor, in Chromium (issue 13): a refused confirmation, its one-click fix, the row's indicator, in French too. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Course', text: 'Il est arrivé 30e.\n\nLa hausse est de 3,5 %.\n' }),
  });
  documentId = ((await res.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

describe('quality checks in the editor', () => {
  it('refuses a confirmation with errors, lists the findings, and applies a fix in one click', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await row(0).locator('textarea').fill('He finished 30e.');
    await row(0).locator('textarea').press('Control+Enter');
    const refusal = row(0).locator('.qa-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('[data-check="ordinals"]').textContent()).toContain('French ordinal in English: write 30th, not 30e.');
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    await refusal.locator('[data-check="ordinals"] [data-action="qa-fix"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    expect(await row(0).locator('textarea').inputValue()).toBe('He finished 30th.');
    expect(await row(0).getAttribute('data-qa')).toBe('none');
  });

  it('lets warnings through and marks the row, in the UI’s language', async () => {
    await page.locator('#language').selectOption('fr');
    await page.locator('#nav-projects').getByText('Projets').waitFor();
    // The editor is drawn again in French: wait for its rows, not the old ones.
    await row(1).locator('[data-action="confirm"]').getByText('Confirmer').waitFor();
    await row(1).locator('textarea').fill('The rise is 3,5%.');
    await row(1).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('translated');
    expect(await row(1).getAttribute('data-qa')).toBe('warning');
    expect(await row(1).locator('.qa-indicator').getAttribute('title')).toBe('Avertissement : Virgule décimale en anglais : écrire 3.5, pas 3,5.');
    expect(workbench.pageErrors).toEqual([]);
  });

  it("lists the document's findings, each a way to its segment", async () => {
    await page.locator('#show-qa').click();
    await page.locator('#qa-summary').waitFor();
    expect(await page.locator('#qa-summary').textContent()).toBe('0 erreurs et 1 avertissements dans les segments traduits.');
    const item = page.locator('#qa-list li[data-check="numbers"]');
    expect(await item.textContent()).toContain('Virgule décimale en anglais');
    await item.locator('.link-button').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('1');
    // It has a fix: not taken here. Ignored with a reason, it leaves the list.
    expect(await item.locator('[data-action="qa-fix"]').count()).toBe(1);
    await item.locator('[data-action="qa-ignore"]').click();
    await item.locator('.qa-ignore-reason').fill('Le client veut la virgule.');
    await item.locator('.qa-ignore-reason').press('Enter');
    await expect.poll(() => page.locator('#qa-summary').textContent()).toBe('0 erreurs et 0 avertissements dans les segments traduits. 1 ignorée avec une raison.');
    await page.locator('#filter-status').selectOption('qa:findings');
    await expect.poll(() => page.locator('.segment-row').count()).toBe(0);
    await page.locator('#filter-status').selectOption('');
    // Another finding, for the filter below.
    await row(0).locator('textarea').fill('He finished 30th!');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-qa')).toBe('warning');
    // The filter shows only the segments with findings.
    await page.locator('#filter-status').selectOption('qa:findings');
    await expect.poll(() => page.locator('.segment-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-position')))).toEqual(['0']);
  });

  it('lets the owner turn a check off or change its severity, from the project page', async () => {
    await page.goto(`${server.url}/#/projects/1/resources`);
    await page.locator('#qa-numbers').selectOption('off');
    await page.locator('#qa-punctuation-end').selectOption('error');
    await expect.poll(async () => ((await (await admin('/api/projects/1')).json()) as { settings: { qa: unknown } }).settings.qa).toEqual({ numbers: 'off', 'punctuation-end': 'error' });
    await page.reload();
    expect(await page.locator('#qa-numbers').inputValue()).toBe('off');
    expect(workbench.pageErrors).toEqual([]);
  });
});
