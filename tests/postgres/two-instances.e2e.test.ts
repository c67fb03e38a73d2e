import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningServer, startServer } from '../../src/main';
import { launchBrowser, setUpFirstAdmin, signedInFetch } from '../helpers/browser';
import { createTestDatabase } from '../helpers/postgres';

/**
 * Two `visavis serve` instances on one PostgreSQL database, a browser on each, as behind a load
 * balancer: Camille reaches instance A, Sacha instance B, and they work on the same document.
 */

const sacha = { username: 'sacha', password: 'le mot de passe de Sacha' };
const closers: (() => Promise<void>)[] = [];
let a: RunningServer;
let b: RunningServer;
let pageA: Page;
let pageB: Page;
let documentId = 0;
const pageErrors: string[] = [];

async function browserPage(): Promise<Page> {
  const browser = await launchBrowser();
  closers.push(browser.close);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

beforeAll(async () => {
  const database = await createTestDatabase();
  closers.push(database.drop);
  const config = { ...loadConfig({}), port: 0, databasePath: database.url, logLevel: 'silent' as const };
  a = await startServer(config);
  closers.push(a.close);
  b = await startServer(config);
  closers.push(b.close);
  pageA = await browserPage();
  pageB = await browserPage();

  await setUpFirstAdmin(pageA, a.setupUrl);
  // The rest through instance B: the account made on A is in the shared database.
  const admin = await signedInFetch(b.url);
  const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect((await admin('/api/admin/users', json({ ...sacha, isAdmin: false }))).status).toBe(201);
  const [project] = ((await (await admin('/api/projects')).json()) as { items: { id: number }[] }).items;
  expect((await admin(`/api/projects/${project!.id}/members`, json({ username: sacha.username, role: 'translator' }))).status).toBe(201);
  const [demo] = ((await (await admin('/api/documents')).json()) as { items: { id: number; title: string }[] }).items;
  expect(demo?.title).toMatch(/^Démo/u);
  documentId = demo!.id;

  await pageB.goto(b.url);
  await pageB.locator('#username').fill(sacha.username);
  await pageB.locator('#password').fill(sacha.password);
  await pageB.getByRole('button', { name: 'Sign in' }).click();
  await pageB.locator('#sign-out').waitFor();
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const row = (page: Page, position: number) => page.locator(`.segment-row[data-position="${position}"]`);

describe('two instances on one PostgreSQL database, in Chromium', () => {
  it('show each editor where the other is, though they reach different instances', async () => {
    await pageA.goto(`${a.url}/#/documents/${documentId}`);
    await pageB.goto(`${b.url}/#/documents/${documentId}`);
    await row(pageA, 0).waitFor();
    await row(pageB, 0).waitFor();
    await row(pageB, 2).locator('textarea').click();
    await row(pageA, 2).locator('.presence').getByText('sacha editing').waitFor({ timeout: 5000 });
  });

  it("show a translation confirmed on one instance in the other's editor at once", async () => {
    const target = row(pageA, 0).locator('textarea');
    await target.click();
    await target.fill('The Pontlevoy-sur-Cher media library reopens after two years of works');
    await target.press('Control+Enter');
    await expect.poll(() => row(pageA, 0).getAttribute('data-status')).toBe('translated');
    await expect.poll(() => row(pageB, 0).locator('textarea').inputValue(), { timeout: 5000 }).toBe('The Pontlevoy-sur-Cher media library reopens after two years of works');
    await expect.poll(() => row(pageB, 0).getAttribute('data-status'), { timeout: 5000 }).toBe('translated');
  });

  it("keep both texts when the other's change arrives while one is typing, across instances", async () => {
    const mine = row(pageB, 4).locator('textarea');
    await mine.click();
    await mine.fill('Sacha is typing this');
    const theirs = row(pageA, 4).locator('textarea');
    await theirs.click();
    await theirs.fill('Camille saved this first');
    await theirs.press('Control+Enter');
    // Two servers, two browsers and PostgreSQL on a shared machine: the event may take seconds under load.
    await row(pageB, 4).locator('.conflict').waitFor({ timeout: 15_000 });
    expect(await row(pageB, 4).locator('.conflict .theirs').textContent()).toBe('Camille saved this first');
    expect(await row(pageB, 4).locator('.conflict .yours').textContent()).toBe('Sacha is typing this');
    expect(pageErrors).toEqual([]);
  });
});
