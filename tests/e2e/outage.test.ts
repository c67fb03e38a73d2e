import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/**
 * The editor while the server cannot save (503 with Retry-After, as it answers during a database
 * outage or with a full disk): the typed text stays in its box, the row says it will try again,
 * and once the server saves again the text is stored without the translator doing anything.
 * The 503s are given by the browser's network layer (the server's own 503 is tested in
 * tests/postgres/outage.test.ts and tests/cli/disk-full.test.ts).
 */
let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let documentId = 0;

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  documentId = await opened.importText('Panne', 'Le serveur est en panne.\n\nLa base revient.');
});

afterAll(async () => {
  await workbench?.close();
});

const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

describe('the editor during an outage', () => {
  it('keeps the unsaved text, says it will try again, and saves it once the server is back', async () => {
    let refused = 0;
    const unavailable = async (route: Route) => {
      if (route.request().method() !== 'PATCH') return route.continue();
      refused++;
      await route.fulfill({
        status: 503,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
        body: JSON.stringify({ type: 'urn:visavis:problem:database_unavailable', title: 'Service unavailable', status: 503, code: 'database_unavailable', detail: 'The database is unavailable at the moment.', retryAfter: 1, unavailable: 'database' }),
      });
    };
    await page.route('**/api/segments/*', unavailable);
    await page.goto(`${server.url}/#/documents/${documentId}`);
    const box = row(0).locator('textarea');
    await box.click();
    await box.fill('The server is down.');
    await expect.poll(() => row(0).getAttribute('data-save-state'), { timeout: 5000 }).toBe('error');
    expect(await row(0).textContent()).toContain('The server cannot save at the moment. Trying again in 1 s; your text is kept here.');
    expect(await page.locator('.save-state').textContent()).toContain('Not saved');
    expect(await box.inputValue()).toBe('The server is down.');
    // It tries again by itself, and is refused again while the outage lasts.
    await expect.poll(() => refused, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect(await box.inputValue()).toBe('The server is down.');

    await page.unroute('**/api/segments/*', unavailable);
    await expect.poll(() => row(0).getAttribute('data-save-state'), { timeout: 5000 }).toBe('saved');
    expect(await page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    const stored = (await (await admin(`/api/documents/${documentId}/segments`)).json()) as { items: Array<{ target: string; status: string }> };
    expect(stored.items[0]).toMatchObject({ target: 'The server is down.', status: 'draft' });
  });
});
