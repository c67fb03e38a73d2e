import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

let server: RunningServer;
let workbench: Workbench;
let page: Page;
let api: Awaited<ReturnType<typeof signedInFetch>>;
let dialogs: string[];

async function importJson(title: string, text: string): Promise<number> {
  const res = await api('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, text, format: 'txt' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page, dialogs } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  api = await signedInFetch(server.url);
});

afterAll(async () => {
  await workbench?.close();
});

describe('a document of 5,000 segments', () => {
  it('renders one page of 100 rows and moves to the next page with Alt+↓ from the last row', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Le paragraphe ${i + 1} décrit une étape du projet.`).join('\n\n');
    const id = await importJson('Rapport annuel', text);
    await page.goto(`${server.url}/#/documents/${id}`);
    await page.locator('.segment-row').first().waitFor();
    expect(await page.locator('.segment-row').count()).toBe(100);
    expect(await page.locator('.page-number').first().textContent()).toBe('Page 1 of 50');

    await page.locator('.segment-row[data-position="99"] textarea').click();
    await page.keyboard.press('Alt+ArrowDown');
    await page.locator('.segment-row[data-position="100"]').waitFor();
    expect(await page.locator('.page-number').first().textContent()).toBe('Page 2 of 50');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('100');
    expect(page.url()).toContain('page=2');
  });
});

describe('projects in the document list', () => {
  it('creates a project, uploads a file into it and filters the list by it', async () => {
    await page.goto(`${server.url}/#/`);
    await page.locator('#project-name').fill('Dépêches du matin');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Created the project “Dépêches du matin”.').waitFor();
    expect(page.url()).toMatch(/#\/\?project=\d+$/u);
    await page.locator('#upload-file').setInputFiles({ name: 'breve.txt', mimeType: 'text/plain', buffer: Buffer.from('Brève du matin\n\nLe marché ouvre à 7 h.\n') });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Imported “breve”: 2 segments.').waitFor();
    await page.locator('table.documents').getByText('breve').waitFor();
    expect(await page.locator('table.documents tbody tr').count()).toBe(1);
    await page.locator('#project-filter').selectOption('');
    await expect.poll(() => page.locator('table.documents tbody tr').count()).toBeGreaterThan(1);
  });
});

describe('hostile text', () => {
  it('shows markup in titles, sources and targets as text, running nothing', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const id = await importJson(title, '</textarea><script>alert(2)</script>\n\nDu texte <b>gras</b> ici.\n');
    const segments = (await (await api(`/api/documents/${id}/segments`)).json()) as { items: { id: number }[] };
    await api(`/api/segments/${segments.items[1]?.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ target: '<svg onload=alert(3)>', version: 1 }),
    });
    await page.goto(`${server.url}/#/`);
    await page.reload();
    await page.getByText(title).waitFor();
    await page.goto(`${server.url}/#/documents/${id}`);
    await page.locator('.segment-row').first().waitFor();
    expect(await page.locator('.document-heading').textContent()).toBe(title);
    expect(await page.locator('.segment-row .source').first().textContent()).toBe('</textarea><script>alert(2)</script>');
    expect(await page.locator('.segment-row textarea').nth(1).inputValue()).toBe('<svg onload=alert(3)>');
    expect(await page.locator('img, svg, main script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
