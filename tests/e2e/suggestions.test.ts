import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { type DeepLStandIn, startDeepLStandIn } from '../helpers/deepl-stand-in';
import { openWorkbench, setUpFirstAdmin, signedInFetch, type Workbench } from '../helpers/browser';

/** Machine translation in the editor, against the local DeepL stand-in. */

let deepl: DeepLStandIn;
let workbench: Workbench;
let server: RunningServer;
let page: Page;
let documentId = 0;
let longId = 0;
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

beforeAll(async () => {
  deepl = await startDeepLStandIn();
  workbench = await openWorkbench({ deepl: { authKey: deepl.authKey, serverUrl: deepl.url } });
  ({ server, page } = workbench);
  await setUpFirstAdmin(page, server.setupUrl);
  const admin = await signedInFetch(server.url);
  const res = await admin('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Brève', text: 'Le marché ouvre à 7 h.\n\nLa séance est levée.\n' }),
  });
  documentId = ((await res.json()) as { id: number }).id;
  const text = Array.from({ length: 300 }, (_, i) => `Le paragraphe ${i + 1} annonce ${i} mesures.`).join('\n\n');
  const long = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Long', text }) });
  longId = ((await long.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
  await deepl?.close();
});

describe('suggestions in the editor', () => {
  it("shows DeepL's output for the focused segment with the quota, and inserts it with Ctrl+Shift+1", async () => {
    await page.goto(`${server.url}/#/documents/${documentId}`);
    await row(0).locator('textarea').click();
    const panel = page.locator('.segment-panel');
    await panel.locator('.suggestion[data-origin="mt"]').getByText('[EN-US] Le marché ouvre à 7 h.').waitFor();
    await panel.locator('#mt-state').getByText('characters used this period').waitFor();
    await row(0).locator('textarea').press('Control+Shift+Digit1');
    await expect.poll(() => row(0).locator('textarea').inputValue()).toBe('[EN-US] Le marché ouvre à 7 h.');
    await expect.poll(() => row(0).getAttribute('data-save-state')).toBe('saved');
    await row(0).locator('[data-action="history"]').click();
    await panel.getByText('machine translation').first().waitFor();
    expect(deepl.translations()).toHaveLength(1);
    expect(workbench.pageErrors).toEqual([]);
  });

  it('keeps a glossary whose terms are highlighted in the source, and searches the memory', async () => {
    // Confirming the inserted translation puts it in the memory. The stand-in's "translation" keeps
    // the French "7 h": the quality checks refuse it until a reason is given.
    await row(0).locator('textarea').press('Control+Enter');
    await row(0).locator('.qa-refusal [data-check="times"]').waitFor();
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    // The row says so itself, with an icon and a count, the message in its title.
    await expect.poll(() => row(0).getAttribute('data-qa')).toBe('error');
    expect(await row(0).locator('.qa-indicator').textContent()).toBe('Error 1 QA');
    expect(await row(0).locator('.qa-indicator').getAttribute('title')).toContain('Error: The time 7 h (7 a.m.) is not in the translation.');
    await row(0).locator('.qa-reason').fill('Stand-in output, kept on purpose.');
    await row(0).locator('[data-action="qa-override"]').click();
    await expect.poll(() => row(0).getAttribute('data-status')).toBe('translated');
    await page.goto(`${server.url}/#/projects`);
    await page.locator('[data-resources]').first().click();
    await page.locator('#term-source').fill('marché');
    await page.locator('#term-target').fill('market');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('tr[data-term="marché"]').waitFor();
    await page.locator('tr[data-term="marché"] [data-edit-term]').click();
    await page.locator('tr[data-term="marché"] input').nth(2).fill('The stock market, not a street market.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Updated “marché”.').waitFor();
    await page.locator('tr[data-term="marché"]').getByText('The stock market, not a street market.').waitFor();
    await page.locator('#target-lang').selectOption('en-GB');
    await page.getByText('Settings saved.').waitFor();
    await page.locator('#concordance').fill('marche');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.concordance-results').getByText('Le marché ouvre à 7 h.', { exact: true }).waitFor();
    await page.goto(`${server.url}/#/documents/${documentId}`);
    const mark = row(0).locator('mark.term');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('marché');
    expect(await row(0).locator('.term-target').textContent()).toBe('market');
    // The English variant now asks DeepL for British English, with the glossary.
    await row(1).locator('textarea').click();
    await page.locator('.segment-panel .suggestion[data-origin="mt"]').getByText('[EN-GB] La séance est levée.').waitFor();
    expect(deepl.translations().at(-1)!.form.get('glossary_id')).toMatch(/^glossary-/u);
  });

  it('pre-translates a document with a progress bar that reaches 100 %', async () => {
    await page.goto(`${server.url}/#/documents/${longId}`);
    // This document's editor, not the last one's still on the page while it loads.
    await page.locator('.document-heading').getByText('Long', { exact: true }).waitFor();
    await page.locator('.tools-menu > summary').click();
    await page.locator('#pretranslate').click();
    const bar = page.locator('#job-progress');
    await bar.waitFor();
    await expect.poll(() => page.locator('.job').getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    expect(await bar.evaluate((element) => [(element as HTMLProgressElement).value, (element as HTMLProgressElement).max])).toEqual([300, 300]);
    await expect.poll(() => row(0).locator('textarea').inputValue()).toBe('[EN-GB] Le paragraphe 1 annonce 0 mesures.');
    expect(await row(0).getAttribute('data-status')).toBe('draft');
    expect(workbench.pageErrors).toEqual([]);
  }, 45_000);

  it('follows a pre-translation to its end when its progress stream is refused (a proxy in the way)', async () => {
    const admin = await signedInFetch(server.url);
    const created = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Refusé', text: 'Le conseil siège.\n\nLa séance est levée.\n' }) });
    const id = ((await created.json()) as { id: number }).id;
    let refused = 0;
    const progress = (url: URL) => /^\/api\/jobs\/\d+\/events$/u.test(url.pathname);
    await page.route(progress, (route) => {
      refused++;
      return route.fulfill({ status: 502, contentType: 'text/plain', body: 'Bad gateway' });
    });
    await page.goto(`${server.url}/#/documents/${id}`);
    // This document's editor, not the last one's still on the page while it loads.
    await page.locator('.document-heading').getByText('Refusé').waitFor();
    await page.locator('.tools-menu > summary').click();
    await page.locator('#pretranslate').click();
    await expect.poll(() => page.locator('.job').getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    expect(refused).toBeGreaterThanOrEqual(1);
    await expect.poll(() => row(1).locator('textarea').inputValue()).toBe('[EN-GB] La séance est levée.');
    await page.unroute(progress);
    expect(workbench.pageErrors).toEqual([]);
  }, 45_000);
});
