import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { readFileSync } from 'node:fs';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';
import { sampleArticlePath } from '../helpers/sample';

/** Find and replace over the whole document in Chromium (issue 14, part 3): beyond the page, with a preview, undone as a batch. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);
const selectedInBox = () =>
  page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('.segment-row.active textarea');
    return box ? box.value.slice(box.selectionStart, box.selectionEnd) : null;
  });

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  // 120 paragraphs: more than the rows drawn at once.
  documentId = await opened.importText('Préfecture', Array.from({ length: 120 }, (_, i) => `Le préfet a reçu le conseil ${i + 1}.`).join('\n\n'));
  const segments = ((await (await admin(`/api/documents/${documentId}/segments?limit=200`)).json()) as { items: Array<{ id: number; position: number }> }).items;
  for (const segment of segments) {
    await admin(`/api/segments/${segment.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: `The Prefect received council ${segment.position + 1}.`, status: 'translated', version: 1 }) });
  }
});

afterAll(async () => {
  await workbench?.close();
});

/** The real French article shared with the project, imported. */
async function importArticle(): Promise<number> {
  const res = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Article', text: readFileSync(sampleArticlePath(), 'utf8') }) });
  return ((await res.json()) as { id: number }).id;
}

describe('find and replace', () => {
  it('finds in the whole document from Ctrl+H, marks the French and walks to each match', async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await row(0).locator('textarea').waitFor();
    await row(0).locator('textarea').press('Control+h');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('find-text');
    await page.locator('#find-text').fill('prefet');
    await page.locator('#find-accents').check();
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('120 matches');
    expect(await row(3).locator('.source mark.find-span').textContent()).toBe('préfet');
    // In the English only, whole word, case as typed.
    await page.locator('#find-text').fill('Prefect');
    await page.locator('#find-in').selectOption('target');
    await page.locator('#find-case').check();
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('120 matches');
    await page.locator('#find-text').press('Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 120');
    await expect.poll(selectedInBox).toBe('Prefect');
    // Shift+Enter from the first goes round to the last: segment 120, far down the list.
    await page.locator('#find-text').press('Shift+Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('120 of 120');
    await expect.poll(() => page.evaluate(() => document.querySelector('.segment-row.active')?.getAttribute('data-position'))).toBe('119');
    expect(await selectedInBox()).toBe('Prefect');
    // A bad expression says what is wrong.
    await page.locator('#find-regex').check();
    await page.locator('#find-text').fill('(Prefect');
    await expect.poll(() => page.locator('#find-count').textContent()).toContain('The regular expression cannot be read');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('replaces everywhere after a preview of each change, and undoes it as one batch', async () => {
    await page.locator('#find-text').fill('Prefect (\\w+)');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('120 matches');
    await page.locator('#replace-text').fill('Prefect of Police $1');
    await page.locator('#replace-preview-all').click();
    await page.locator('#replace-all').waitFor();
    expect(await page.locator('#replace-all').textContent()).toBe('Replace in 120 segments');
    expect(await page.locator('.replace-changes li').count()).toBe(120);
    expect(await page.locator('.replace-changes li').first().locator('ins').textContent()).toContain('of Police');
    await page.locator('#replace-all').click();
    await expect.poll(() => page.locator('#replace-result').textContent()).toBe('Replaced 120 matches in 120 segments.');
    // The rows on screen (around the last match, segment 120) show it; the others are stored so.
    await expect.poll(() => row(119).locator('textarea').inputValue()).toBe('The Prefect of Police received council 120.');
    const stored = (await (await admin(`/api/documents/${documentId}/segments?limit=200`)).json()) as { items: Array<{ target: string }> };
    expect(stored.items.every((segment) => segment.target.startsWith('The Prefect of Police received'))).toBe(true);
    await page.locator('#replace-undo').click();
    await expect.poll(() => page.locator('#replace-result').textContent()).toBe('120 segments restored.');
    await expect.poll(() => row(119).locator('textarea').inputValue()).toBe('The Prefect received council 120.');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('replaces in the current segment only, and Esc goes back to the segment', async () => {
    await page.locator('#find-regex').uncheck();
    await page.locator('#find-text').fill('council 110');
    await page.locator('#find-word').check();
    await page.locator('#find-text').press('Enter');
    await expect.poll(() => page.locator('#find-count').textContent()).toBe('1 of 1');
    await page.locator('#replace-text').fill('council 110 (extraordinary)');
    await page.locator('#replace-one').click();
    await expect.poll(() => page.locator('#replace-result').textContent()).toBe('Replaced 1 match.');
    await expect.poll(() => row(109).locator('textarea').inputValue()).toBe('The Prefect received council 110 (extraordinary).');
    await page.locator('#find-text').press('Escape');
    expect(await page.locator('#find-replace').isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'))).toBe('109');
    expect(await page.locator('mark.find-span').count()).toBe(0);
    expect(workbench.pageErrors).toEqual([]);
  });

  it('finds hyphenated words literally: "a-t-elle" in the demo document, "sino-russe" in the sample article', { timeout: 60_000 }, async () => {
    const documents = ((await (await admin('/api/documents')).json()) as { items: Array<{ id: number; title: string }> }).items;
    const demo = documents.find((document) => document.title.startsWith('Démo'))!;
    const article = await importArticle();
    for (const [id, title, find, count] of [
      [demo.id, demo.title, 'a-t-elle', '1 match'],
      [article, 'Article', 'sino-russe', '5 matches'],
    ] as const) {
      await page.goto(`${server.url}/#/documents/${id}`);
      // The new document's editor, not the last one's rows still on the page while it loads.
      await page.getByRole('heading', { name: title, exact: true }).waitFor({ timeout: 10_000 });
      await row(0).locator('textarea').press('Control+h', { timeout: 10_000 });
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 }).toBe('find-text');
      await page.locator('#find-text').fill(find, { timeout: 5000 });
      // Read without waiting for the element: a poll that cannot hang says what it saw.
      const counted = () => page.evaluate(() => document.querySelector('#find-count')?.textContent);
      await expect.poll(counted, { timeout: 10_000 }).toBe(count);
      await page.locator('#find-text').press('Enter', { timeout: 5000 });
      await expect.poll(counted, { timeout: 10_000 }).toBe(`1 of ${count.split(' ')[0]}`);
      await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.segment-row.active .source mark.find-span')].map((mark) => mark.textContent)), { timeout: 10_000 }).toContain(find);
    }
    expect(workbench.pageErrors).toEqual([]);
  });

});
