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
  const position = () => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? null);
  const rowsInPage = () => page.locator('.segment-row').count();
  let id = 0;

  it('scrolls as one list, drawing only the rows near the window', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Le paragraphe ${i + 1} décrit une étape du projet.`).join('\n\n');
    id = await importJson('Rapport annuel', text);
    await page.goto(`${server.url}/#/documents/${id}`);
    await expect.poll(position).toBe('0');
    expect(await page.locator('.list-count').textContent()).toBe('5,000 segments');
    expect(await rowsInPage()).toBeLessThan(120);
    // The page is as tall as the whole document: the scroll bar is the document's.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(5000 * 30);
    // Scrolled to the middle, the rows there are drawn (their chunk fetched) and the first ones are not.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(() => page.evaluate(() => {
      const row = document.elementFromPoint(window.innerWidth / 3, window.innerHeight / 2)?.closest('.segment-row');
      return Number(row?.getAttribute('data-position') ?? -1);
    })).toBeGreaterThan(2000);
    expect(await page.locator('.segment-row[data-position="0"]').count()).toBe(0);
    expect(await rowsInPage()).toBeLessThan(120);
  });

  it('moves with Alt+↓ past the chunks fetched first, no key press lost while a chunk is on its way, and jumps with Ctrl+G 4321', async () => {
    // The chunk after segment 200 is slow to come (a loaded server): the presses made while it is on its way all count.
    const slowChunk = (url: URL) => url.pathname.endsWith('/segments') && url.searchParams.get('offset') === '200';
    let delayed = 0;
    await page.route(slowChunk, async (route) => {
      delayed++;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.locator('#goto-segment').fill('195');
    await page.locator('#goto-segment').press('Enter');
    await expect.poll(position).toBe('194');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(position, { timeout: 5000 }).toBe('206');
    expect(delayed).toBe(1);
    await page.unroute(slowChunk);
    await expect.poll(() => page.url()).toContain('segment=207');
    await page.keyboard.press('Control+g');
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('4320');
    expect(await page.locator('.segment-row[data-position="4320"] .source').textContent()).toBe('Le paragraphe 4321 décrit une étape du projet.');
    // Back up across what was never drawn.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(position).toBe('4319');
    expect(await rowsInPage()).toBeLessThan(120);
  });

  it('shows a change made elsewhere to a row not drawn when it is scrolled to', async () => {
    // Segment 3,000 seen once (its row kept off screen since), then the top of the document.
    await page.keyboard.press('Control+g');
    await page.keyboard.type('3000');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('2999');
    await page.keyboard.press('Control+g');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('9');
    // Segment 3,000 is translated elsewhere (a script with the same account) while this editor is at the top of the document.
    const far = ((await (await api(`/api/documents/${id}/segments?offset=2999&limit=1`)).json()) as { items: { id: number; version: number }[] }).items[0];
    const saved = await api(`/api/segments/${far?.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: 'Paragraph 3000, from elsewhere.', version: far?.version }) });
    expect(saved.status).toBe(200);
    // The live event reaches this editor (the statistics say so) before the row is ever drawn.
    await expect.poll(() => page.locator('.progress-legend').textContent()).toContain('Draft: 1');
    expect(await page.locator('.segment-row[data-position="2999"]').count()).toBe(0);
    await page.keyboard.press('Control+g');
    await page.keyboard.type('3000');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('2999');
    const row = page.locator('.segment-row[data-position="2999"]');
    expect(await row.locator('textarea').inputValue()).toBe('Paragraph 3000, from elsewhere.');
    expect(await row.getAttribute('data-status')).toBe('draft');
  });

  it('keeps a draft typed in a row scrolled far away, and saves it', async () => {
    await page.keyboard.press('Control+g');
    await page.keyboard.type('4320');
    await page.keyboard.press('Enter');
    await expect.poll(position).toBe('4319');
    await page.keyboard.type('Paragraph 4320 describes a step.');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.locator('.segment-row[data-position="4319"]').count()).toBe(0);
    await expect.poll(() => page.locator('.save-state').textContent()).toBe('All changes saved');
    const segments = (await (await api(`/api/documents/${id}/segments?offset=4319&limit=1`)).json()) as { items: { target: string }[] };
    expect(segments.items[0]?.target).toBe('Paragraph 4320 describes a step.');
    // An old link to a page opens at its first segment.
    await page.goto(`${server.url}/#/documents/${id}?page=3`);
    await page.reload();
    await expect.poll(position).toBe('200');
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

  it('keeps the file chosen and the project created while the lists are slow to come', async () => {
    // A loaded server: every list of projects takes a second. CI once chose the file in the import
    // form while the list asked for after creating the project was on its way; the form drawn
    // again on its arrival had no file, and the import waited for ever.
    const projectsList = (url: URL) => url.pathname === '/api/projects';
    let slowed = 0;
    await page.route(projectsList, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      slowed++;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return route.continue();
    });
    await page.goto(`${server.url}/#/projects`);
    await page.locator('#new-project-name').waitFor();
    await page.goto(`${server.url}/#/`);
    // The project is created before the page's first list has come: that list, late, must not undo the choice.
    await page.locator('#project-name').fill('Dépêches du soir');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Created the project “Dépêches du soir”.').waitFor();
    expect(await page.locator('#project-name').inputValue()).toBe('');
    await page.locator('#upload-file').setInputFiles({ name: 'soir.txt', mimeType: 'text/plain', buffer: Buffer.from('Brève du soir\n\nLe marché ferme à 18 h.\n') });
    await page.locator('#upload-title').fill('Brève du soir');
    // The list asked for after the creation arrives, and the file and title are still there.
    await expect.poll(() => page.locator('#project-filter option:checked').textContent(), { timeout: 5000 }).toBe('Dépêches du soir (0)');
    await page.waitForTimeout(1200);
    expect(await page.locator('#upload-file').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('soir.txt');
    expect(await page.locator('#upload-title').inputValue()).toBe('Brève du soir');
    expect(await page.locator('#upload-project option:checked').textContent()).toBe('Dépêches du soir');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Imported “Brève du soir”: 2 segments.').waitFor();
    // The list comes after the slow list of projects (a second).
    await expect.poll(() => page.locator('table.documents tbody tr').count(), { timeout: 5000 }).toBe(1);
    expect(await page.locator('table.documents .document-title').textContent()).toBe('Brève du soir');
    expect(page.url()).toMatch(/#\/\?project=\d+$/u);
    expect(await page.locator('#project-filter option:checked').textContent()).toBe('Dépêches du soir (1)');
    // The form is ready for the next file, into the same project.
    expect(await page.locator('#upload-file').evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).toBe(0);
    expect(await page.locator('#upload-project option:checked').textContent()).toBe('Dépêches du soir');
    expect(slowed).toBeGreaterThanOrEqual(3);
    await page.unroute(projectsList);
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
    // Nothing the text brought: no image, no script, no SVG but the interface's own icons.
    expect(await page.locator('img, svg:not(.icon), main script').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
