import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/** The word-count analysis from the document list: the dialog, its table, its CSV link, and axe with it open. */

let workbench: Workbench;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  page = workbench.page;
  page.setDefaultTimeout(10_000);
  const memory = await opened.importText('Mémoire', 'Le marché ouvre à 7 h.\n\nLa séance est levée.');
  const [market] = ((await (await admin(`/api/documents/${memory}/segments?offset=0&limit=10`)).json()) as { items: Array<{ id: number; version: number }> }).items;
  const confirmed = await admin(`/api/segments/${market!.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target: 'The market opens at 7 am.', status: 'translated', version: market!.version }),
  });
  expect(confirmed.status).toBe(200);
  documentId = await opened.importText('Dépêche', 'Le marché ouvre à 7 h.\n\nLe marché ouvre à 8 h.\n\nLes pompiers sont intervenus dans la nuit.');
}, 60_000);

afterAll(async () => {
  await workbench?.close();
});

async function violations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('the analysis on the document list', () => {
  it('shows the bands of a document in a dialog, with a CSV download, and axe finds nothing', async () => {
    // The page is on the list since signing in: reload it, so that it lists the documents imported since.
    await page.goto(`${workbench.server.url}/#/`);
    await page.reload();
    const row = page.locator(`tr[data-document-id="${documentId}"]`);
    await row.getByRole('button', { name: 'Analysis' }).click();
    const dialog = page.getByRole('dialog', { name: 'Analysis of “Dépêche” against the memory' });
    await dialog.locator('table.analysis-table').waitFor();
    const cells = async (band: string) => (await dialog.locator(`tr[data-band="${band}"]`).locator('th, td').allTextContents()).map((text) => text.trim());
    expect(await cells('100')).toEqual(['100 %', '1', '6', '22', '25 %', '1.5']);
    expect(await cells('95-99')).toEqual(['95–99 %', '1', '6', '22', '60 %', '3.6']);
    expect(await cells('no-match')).toEqual(['No match', '1', '7', '42', '100 %', '7']);
    expect(await cells('total')).toEqual(['Total', '3', '19', '86', '', '12.1']);
    const csv = dialog.getByRole('link', { name: 'Download as CSV' });
    const href = await csv.getAttribute('href');
    expect(href).toBe(`/api/documents/${documentId}/analysis?format=csv`);
    const download = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(download.split('\n')[0]).toBe('Band,Segments,Words,Characters,Weight (%),Weighted words');
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Analysis');
    expect(workbench.pageErrors).toEqual([]);
  }, 60_000);

  it('says what the progress counts: words', async () => {
    await page.goto(`${workbench.server.url}/#/`);
    await page.locator('table.documents .progress-text').first().waitFor();
    expect(await page.locator('table.documents .progress-text').first().textContent()).toMatch(/^\d+ % of words confirmed$/u);
  });
});
