import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';
import { frenchReport } from '../helpers/docx-fixture';

/** Real documents through the browser: a Word upload, exports by format, an XLIFF taken back. */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: (path: string, init?: RequestInit) => Promise<Response>;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

beforeAll(async () => {
  workbench = await openWorkbench();
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  admin = await signedInFetch(server.url);
});

afterAll(async () => {
  await workbench?.close();
});

describe('documents in other formats, in Chromium', () => {
  let documentId = 0;

  it('uploads a Word document from the document list; its formatting shows as chips', async () => {
    await page.goto(server.url);
    await page.locator('#upload-file').setInputFiles({ name: 'rapport.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await frenchReport()) });
    expect(await page.locator('#upload-file').getAttribute('accept')).toContain('.docx');
    await page.locator('form.upload button[type="submit"]').click();
    await page.getByText(/“rapport” imported|rapport/u).first().waitFor();
    const link = page.getByRole('link', { name: 'rapport' });
    await link.waitFor();
    await link.click();
    await row(2).waitFor();
    documentId = Number(/documents\/(\d+)/u.exec(page.url())?.[1]);
    // Bold, link (with its style), italic: two chips each; the note reference: one.
    expect(await row(2).locator('.source .code-chip').count()).toBe(9);
    expect(await row(2).locator('div.target[contenteditable="true"]').count()).toBe(1);
  });

  it('translates with the chips and exports a Word file that holds the English', async () => {
    await row(1).locator('textarea').fill('Report on the media library');
    await row(1).locator('textarea').press('Control+Enter');
    await expect.poll(async () => ((await (await admin(`/api/documents/${documentId}/segments?limit=5`)).json()) as { items: Array<{ target: string }> }).items[1]?.target, { timeout: 5000 }).toBe('Report on the media library');
    await page.locator('.toolbar .export-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.toolbar [data-export="docx"]').click()]);
    expect(download.suggestedFilename()).toBe('rapport.en.docx');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('takes back an XLIFF edited in another tool, and says what changed', async () => {
    const xliff = await (await admin(`/api/documents/${documentId}/export?format=xliff`)).text();
    const edited = xliff.replace('<target state="translated">Report on the media library</target>', '<target state="translated">Media library report</target>');
    await page.locator('#targets-file').setInputFiles({ name: 'retour.xlf', mimeType: 'application/xml', buffer: Buffer.from(edited) });
    await page.getByText(/^1 segment updated from the file, \d+ unchanged, 0 conflicts\.$/u).waitFor();
    await expect.poll(() => row(1).locator('textarea').inputValue()).toBe('Media library report');
    expect(workbench.pageErrors).toEqual([]);
  });

  it('exports a Windows-1252 text file in UTF-8 when the English needs it, and says so', async () => {
    await page.goto(server.url);
    await page.locator('#upload-file').setInputFiles({ name: 'avis.txt', mimeType: 'text/plain', buffer: Buffer.from(iconv.encode('Avis à la population\r\n\r\nLa mairie sera fermée.\r\n', 'windows-1252')) });
    await page.locator('form.upload button[type="submit"]').click();
    await page.getByRole('link', { name: 'avis' }).click();
    await row(0).waitFor();
    await row(0).locator('textarea').fill('Notice to residents 📢');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await page.locator('.toolbar .export-menu > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.toolbar [data-export="txt"]').click()]);
    expect(download.suggestedFilename()).toBe('avis.en.txt');
    expect(readFileSync(await download.path(), 'utf8')).toBe('Notice to residents 📢\r\n\r\nLa mairie sera fermée.\r\n');
    await page.locator('.toolbar .export-menu .notice').getByText('Written in UTF-8: the English has characters that windows-1252, the file’s encoding, cannot hold.').waitFor();
    expect(workbench.pageErrors).toEqual([]);
  });
});

describe('a French document imported with its English version, in Chromium', () => {
  it('aligns the English onto the segments and says what it filled', async () => {
    await page.goto(server.url);
    await page.locator('#upload-file').setInputFiles({ name: 'seance.txt', mimeType: 'text/plain', buffer: Buffer.from('Le maire de Pontlevoy a parlé mardi.\n\nLa séance est levée à 22 h 30.\n') });
    await page.locator('#upload-translation').setInputFiles({ name: 'seance.en.txt', mimeType: 'text/plain', buffer: Buffer.from('The mayor of Pontlevoy spoke on Tuesday.\n\nThe meeting closed at 10:30 p.m.\n') });
    await page.locator('form.upload button[type="submit"]').click();
    await page.getByText(/2 segments filled from the English version, as drafts to confirm; 0 paragraphs to check by hand\./u).waitFor();
    await page.getByRole('link', { name: 'seance' }).click();
    await row(1).waitFor();
    expect(await row(1).locator('textarea').inputValue()).toBe('The meeting closed at 10:30 p.m.');
    expect(await row(1).getAttribute('data-status')).toBe('draft');
  });

  it('keeps the alignment for review: accepting it there confirms the drafts', async () => {
    await page.goto(server.url);
    await page.locator('#upload-file').setInputFiles({ name: 'seance2.txt', mimeType: 'text/plain', buffer: Buffer.from('Le maire de Pontlevoy a parlé jeudi.\n\nLa séance est levée à 23 h 30.\n') });
    await page.locator('#upload-translation').setInputFiles({ name: 'seance2.en.txt', mimeType: 'text/plain', buffer: Buffer.from('The mayor of Pontlevoy spoke on Thursday.\n\nThe meeting closed at 11:30 p.m.\n') });
    await page.locator('form.upload button[type="submit"]').click();
    await page.locator('#review-alignment').click();
    await page.locator('.align-link[data-index="1"]').waitFor();
    expect(await page.locator('.align-link').count()).toBe(2);
    await page.keyboard.press('Control+Enter');
    await page.locator('#align-to-editor').click();
    await row(1).waitFor();
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('translated');
    expect(await row(1).locator('textarea').inputValue()).toBe('The meeting closed at 11:30 p.m.');
    expect(workbench.pageErrors).toEqual([]);
  });
});
