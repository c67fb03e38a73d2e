import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/main';
import { openSignedInWorkbench, type signedInFetch, type Workbench } from '../helpers/browser';

/** The frame is rebuilt on the server's worker threads after a save: on a loaded CI machine that can take seconds, not the poll's default second. */
const frameWait = { timeout: 10_000 };

/**
 * The live preview of the English in Chromium (issue 27, item 6): toggled with Alt+P and
 * remembered, the active segment's English in the sandboxed frame, updated on save, scrolled to
 * the active segment; a hostile page's scripts never run in it, nor any script put there later;
 * axe-core finds nothing on the editor with the preview open.
 */

let workbench: Workbench;
let server: RunningServer;
let page: Page;
let admin: Awaited<ReturnType<typeof signedInFetch>>;
let textId = 0;
let hostileId = 0;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const row = (position: number) => page.locator(`.segment-row[data-position="${position}"]`);

// Past a chunk of the page (100 blocks, laid out only when seen): scrolling there is checked too.
const paragraphs = Array.from({ length: 240 }, (_, i) => `Paragraphe ${i + 1} : le conseil municipal a examiné le budget de la commune${i % 3 === 0 ? ', après un long débat sur les priorités de l’année et les investissements à venir' : ''}.`);

const hostilePage = `<!DOCTYPE html><html lang="fr"><head><title>Page piégée</title>
<script>document.title = 'pwned'; parent.pwned = 'head script';</script></head>
<body onload="parent.pwned = 'onload'">
<h1>Une page piégée</h1>
<p>Le premier paragraphe <b onmouseover="parent.pwned = 'handler'">à traduire</b>.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="parent.pwned = 'onerror'" onload="parent.pwned = 'img onload'" alt="Une image">
<script>parent.pwned = 'body script'; document.body.dataset.pwned = '1';</script>
</body></html>`;

beforeAll(async () => {
  const opened = await openSignedInWorkbench();
  ({ workbench, admin } = opened);
  ({ server, page } = workbench);
  await page.setViewportSize({ width: 1400, height: 900 });
  textId = await opened.importText('Budget', paragraphs.join('\n\n'));
  const form = new FormData();
  form.set('file', new Blob([hostilePage], { type: 'text/html' }), 'piege.html');
  const res = await admin('/api/documents', { method: 'POST', body: form });
  expect(res.status).toBe(201);
  hostileId = ((await res.json()) as { id: number }).id;
});

afterAll(async () => {
  await workbench?.close();
});

/** The preview's frame, once its page is loaded (the frame shown, not one loading behind it). */
async function previewFrame(): Promise<Frame> {
  const handle = await page.locator('#preview-pane iframe.preview-frame:not(.preview-loading)').last().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no preview frame');
  await frame.locator('[data-vv-segment]').first().waitFor({ state: 'attached' });
  return frame;
}

async function segments(documentId: number): Promise<Array<{ id: number; position: number; source: string }>> {
  return ((await (await admin(`/api/documents/${documentId}/segments?limit=1000`)).json()) as { items: Array<{ id: number; position: number; source: string }> }).items;
}

describe('the live preview', () => {
  it('opens with Alt+P, shows the active segment’s English and takes each save', async () => {
    await page.goto(`${server.url}/#/documents/${textId}`);
    await row(0).locator('textarea').waitFor();
    await row(0).locator('textarea').focus();
    await page.keyboard.press('Alt+p');
    await page.locator('#preview-pane').waitFor();
    expect(await page.locator('#toggle-preview').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#preview-pane iframe').getAttribute('sandbox')).toBe('allow-same-origin');
    const [first, second] = await segments(textId);
    let frame = await previewFrame();
    const wrapper = (id: number) => frame.locator(`[data-vv-segment="${id}"]`);
    // Not translated yet: the French, marked as such.
    expect(await wrapper(first!.id).textContent()).toBe(paragraphs[0]);
    expect(await wrapper(first!.id).getAttribute('lang')).toBe('fr');

    await row(0).locator('textarea').fill('Paragraph 1: the town council examined the budget.');
    await row(0).locator('textarea').press('Control+Enter');
    await expect.poll(() => wrapper(first!.id).textContent(), frameWait).toBe('Paragraph 1: the town council examined the budget.');
    expect(await wrapper(first!.id).getAttribute('class')).not.toContain('vv-untranslated');
    // The focus went on to the next segment: it is the one outlined.
    await expect.poll(() => wrapper(second!.id).getAttribute('class'), frameWait).toContain('vv-active');

    // Typing alone changes nothing until it is saved (the draft, once typing pauses).
    await row(1).locator('textarea').pressSequentially('Para', { delay: 5 });
    expect(await wrapper(second!.id).textContent()).toBe(paragraphs[1]);
    await expect.poll(() => wrapper(second!.id).textContent(), frameWait).toBe('Para');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');

    // Reading the page again (the choice is remembered): the saved English is in the page the server writes.
    await page.reload();
    await row(0).locator('textarea').waitFor();
    await page.locator('#preview-pane').waitFor();
    frame = await previewFrame();
    expect(await frame.locator(`[data-vv-segment="${first!.id}"]`).textContent()).toBe('Paragraph 1: the town council examined the budget.');
  });

  it('scrolls the frame to the active segment and outlines it', async () => {
    const items = await segments(textId);
    const target = items[209]!;
    await row(0).locator('textarea').focus();
    await page.keyboard.press('Control+g');
    await page.locator('#goto-segment').fill('210');
    await page.locator('#goto-segment').press('Enter');
    const frame = await previewFrame();
    const wrapper = frame.locator(`[data-vv-segment="${target.id}"]`);
    await expect.poll(() => wrapper.getAttribute('class'), frameWait).toContain('vv-active');
    await expect
      .poll(() =>
        wrapper.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    expect(await frame.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('is clean for axe-core with the preview open', async () => {
    await page.evaluate(axeSource);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    expect(found.map((violation) => `${violation.id}: ${violation.impact}: ${JSON.stringify(violation.nodes.map((node) => node.target).slice(0, 3))}`)).toEqual([]);
  });

  it('runs no script of a hostile page, nor one put into the frame afterwards', async () => {
    await page.goto(`${server.url}/#/documents/${hostileId}`);
    await row(0).locator('textarea').waitFor();
    await page.locator('#preview-pane').waitFor();
    const frame = await previewFrame();
    const heading = (await segments(hostileId)).find((segment) => segment.source === 'Une page piégée')!;
    expect(await frame.locator(`[data-vv-segment="${heading.id}"]`).textContent()).toBe('Une page piégée');
    // The policy the server sent with it.
    const res = await admin(`/api/documents/${hostileId}/preview`);
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox allow-same-origin;/u);
    // Hover the once-handled words, and put a script into the frame from the editor (same origin): nothing runs.
    await frame.locator('b').first().hover();
    await page.evaluate(() => {
      const frameDocument = document.querySelector<HTMLIFrameElement>('#preview-pane iframe')?.contentDocument;
      const script = frameDocument?.createElement('script');
      if (!frameDocument || !script) return;
      script.textContent = "parent.pwned = 'injected'; document.title = 'pwned';";
      frameDocument.body.append(script);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
    expect(await frame.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(workbench.dialogs).toEqual([]);
  });

  it('closes with Alt+P and stays closed', async () => {
    await row(0).locator('textarea').focus();
    await page.keyboard.press('Alt+p');
    await expect.poll(() => page.locator('#preview-pane').isHidden()).toBe(true);
    expect(await page.locator('#toggle-preview').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#preview-pane iframe').count()).toBe(0);
    await page.reload();
    await row(0).locator('textarea').waitFor();
    expect(await page.locator('#preview-pane').isHidden()).toBe(true);
  });
});
