import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with a fresh profile and no background networking (this machine
 * has no network; without these flags Chromium keeps trying to reach Google's hosts).
 */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: run scripts/ensure-chromium.sh (npm test does).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'visavis-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    // Wide enough for the side panel beside the rows (narrower windows get it as a drawer: tests/e2e/density.test.ts).
    viewport: { width: 1600, height: 900 },
    locale: 'en-US',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const e2eUser = { username: 'camille', password: 'un mot de passe assez long' };

/** Creates the administrator through the one-time setup link, as a new user does on first start. */
export async function setUpFirstAdmin(page: import('playwright-core').Page, setupUrl: string | undefined): Promise<void> {
  if (!setupUrl) throw new Error('the server printed no setup link');
  await page.goto(setupUrl);
  await page.locator('#username').fill(e2eUser.username);
  await page.locator('#password').fill(e2eUser.password);
  await page.getByRole('button', { name: 'Create and sign in' }).click();
  await page.locator('#sign-out').waitFor();
}

/** Signs in through the sign-in page as `username` (signing out whoever is signed in first). */
export async function signInAs(page: import('playwright-core').Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/`);
  if (await page.locator('#sign-out').isVisible()) await page.locator('#sign-out').click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#sign-out').waitFor();
}

/** `fetch` for the test process, signed in with the e2e user's session cookie. */
export async function signedInFetch(baseUrl: string): Promise<(path: string, init?: RequestInit) => Promise<Response>> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(e2eUser),
  });
  if (res.status !== 204) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    headers.set('origin', baseUrl);
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
}

export interface Workbench {
  server: import('../../src/main').RunningServer;
  page: import('playwright-core').Page;
  /** Messages of every alert/confirm/prompt the page opened (each is dismissed): hostile text must open none. */
  dialogs: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** Stops the server and starts another on the same port and database (a deployment, a crash and restart). */
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

/** A server on a fresh SQLite file and a fresh Chromium on a blank page: what every browser test starts from. */
export async function openWorkbench(config: Partial<import('../../src/config').Config> = {}): Promise<Workbench> {
  const { loadConfig } = await import('../../src/config');
  const { startServer } = await import('../../src/main');
  const dir = mkdtempSync(join(tmpdir(), 'visavis-e2e-'));
  const settings = { ...loadConfig({}), port: 0, databasePath: join(dir, 'e2e.sqlite'), logLevel: 'silent' as const, ...config };
  let server = await startServer(settings);
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    get server() {
      return server;
    },
    page,
    dialogs,
    pageErrors,
    restart: async () => {
      const port = Number(new URL(server.url).port);
      await server.close();
      server = await startServer({ ...settings, port });
    },
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A workbench with its first administrator signed in, in the page and for API calls, and a way to import a text: the editor tests' start. */
export async function openSignedInWorkbench(): Promise<{
  workbench: Workbench;
  admin: Awaited<ReturnType<typeof signedInFetch>>;
  importText: (title: string, text: string) => Promise<number>;
}> {
  const workbench = await openWorkbench();
  await setUpFirstAdmin(workbench.page, workbench.server.setupUrl);
  const admin = await signedInFetch(workbench.server.url);
  const importText = async (title: string, text: string) => {
    const res = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title, text }) });
    if (res.status !== 201) throw new Error(`import failed: ${res.status}`);
    return ((await res.json()) as { id: number }).id;
  };
  return { workbench, admin, importText };
}
