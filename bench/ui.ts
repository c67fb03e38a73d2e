/**
 * `npm run bench:ui`: the editor in Chromium with a document of 5,000 paragraphs. Measures the time
 * to an editor ready to type in, a step to the next segment (Alt+↓) from key press to the frame
 * that shows it, the same while typing, and the page's memory; then the same with the live preview
 * of the English open beside the rows (issue 27), and the time to its page in the frame; writes its
 * section of docs/benchmarks.md. Medians and percentiles over repeated runs, never one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadConfig } from '../src/config';
import { startServer } from '../src/main';
import { launchBrowser, setUpFirstAdmin, signedInFetch } from '../tests/helpers/browser';
import { uiSection, withSection } from './sections';
import { percentile } from './stats';

const segments = 5000;
const loads = 9;
const steps = 400;
const keystrokes = 300;

/** Paragraphs of different lengths, as a report's: one to six sentences. */
function paragraphs(count: number): string {
  const sentence = (i: number, j: number) => `La phrase ${j + 1} du paragraphe ${i + 1} décrit l’évolution des échanges entre les deux pays depuis ${1990 + ((i + j) % 30)}.`;
  return Array.from({ length: count }, (_, i) => Array.from({ length: 1 + (i % 6) }, (_, j) => sentence(i, j)).join(' ')).join('\n\n');
}

/**
 * Times from a key press to the first frame after the focus reached another row (Alt+↓) or after
 * the key's effect (typing): a capture listener notes the press, animation frames watch for the
 * change. The figures come back when `count` presses are done.
 */
async function keyToFrame(page: Page, key: string, count: number, moves: boolean): Promise<number[]> {
  // A string, not a function: tsx would name the inner functions with a helper the page lacks.
  await page.evaluate(`(() => {
    const watchMoves = ${moves};
    const state = { samples: [] };
    window.benchKeys = state;
    const position = () => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') ?? '';
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Alt' || event.key === 'Shift') return;
      const start = event.timeStamp;
      const before = position();
      const wait = () => requestAnimationFrame((now) => {
        if (watchMoves && position() === before && now - start < 2000) wait();
        else state.samples.push(performance.now() - start);
      });
      wait();
    }, { capture: true });
  })()`);
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(key);
    // One press per frame at most, as a translator's fastest repeat.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.waitForFunction((expected) => (window as unknown as { benchKeys: { samples: number[] } }).benchKeys.samples.length >= expected, count);
  return page.evaluate(() => (window as unknown as { benchKeys: { samples: number[] } }).benchKeys.samples);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-bench-ui-'));
  const server = await startServer({ ...loadConfig({}), port: 0, databasePath: join(dir, 'bench.sqlite'), logLevel: 'silent' });
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize({ width: 1440, height: 900 });
    await setUpFirstAdmin(page, server.setupUrl);
    const admin = await signedInFetch(server.url);
    const res = await admin('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Rapport', text: paragraphs(segments) }) });
    if (res.status !== 201) throw new Error(`import failed: ${res.status}`);
    const { id } = (await res.json()) as { id: number };
    const url = `${server.url}/#/documents/${id}`;

    // 1. A fresh page load to an editor ready to type in (the first box focused).
    const ready: number[] = [];
    for (let i = 0; i < loads + 2; i++) {
      await page.goto('about:blank');
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('visavis:editor-ready').length > 0 && document.activeElement?.tagName === 'TEXTAREA');
      const at = await page.evaluate(() => performance.getEntriesByName('visavis:editor-ready')[0]?.startTime ?? Number.NaN);
      if (i >= 2) ready.push(at);
    }
    const rowsInPage = await page.evaluate(() => document.querySelectorAll('.segment-row').length);

    // 2. Alt+↓ through 400 segments (past two chunks of 200), key to frame.
    const step = await keyToFrame(page, 'Alt+ArrowDown', steps, true);
    const reached = await page.evaluate(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position'));
    if (reached !== String(steps)) throw new Error(`Alt+↓ reached segment ${reached}, not ${steps}`);

    // 3. Memory of the page after those steps (the rows passed are kept, up to 400), and a jump to segment 4,321.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const metrics = new Map((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
    const heap = (metrics.get('JSHeapUsedSize') ?? Number.NaN) / 1024 ** 2;
    const nodes = metrics.get('Nodes') ?? Number.NaN;
    const jumpStart = Date.now();
    await page.keyboard.press('Control+g');
    await page.keyboard.type('4321');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.closest('.segment-row')?.getAttribute('data-position') === '4320');
    const jump = Date.now() - jumpStart;

    // 4. Typing in a box, key to frame.
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    const typing = await keyToFrame(page, 'e', keystrokes, false);

    // 5. The same with the live preview open (Alt+P, remembered by the browser): ready, its page in the frame, Alt+↓ and typing.
    await page.evaluate(() => localStorage.setItem('visavis-preview-open', '1'));
    const previewReady: number[] = [];
    const previewShown: number[] = [];
    const previewLoaded = () =>
      page.waitForFunction(
        () => {
          const page = document.querySelector<HTMLIFrameElement>('#preview-pane iframe:not(.preview-loading)')?.contentDocument;
          return page?.readyState === 'complete' && page.querySelector('[data-vv-segment]') !== null;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
    for (let i = 0; i < loads + 2; i++) {
      await page.goto('about:blank');
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('visavis:editor-ready').length > 0 && document.activeElement?.tagName === 'TEXTAREA');
      const at = await page.evaluate(() => performance.getEntriesByName('visavis:editor-ready')[0]?.startTime ?? Number.NaN);
      await previewLoaded();
      const shown = await page.evaluate(() => performance.now());
      if (i >= 2) {
        previewReady.push(at);
        previewShown.push(shown);
      }
    }
    const previewStep = await keyToFrame(page, 'Alt+ArrowDown', steps, true);
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await previewLoaded();
    const previewTyping = await keyToFrame(page, 'e', keystrokes, false);
    await page.evaluate(() => localStorage.removeItem('visavis-preview-open'));

    const date = new Date().toISOString().slice(0, 10);
    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    const line = (what: string, samples: readonly number[], digits: number, target: string, met: (median: number, p95: number) => boolean) => {
      const median = percentile(samples, 0.5);
      const p95 = percentile(samples, 0.95);
      return `| ${what} | ${median.toFixed(digits)} ms | ${p95.toFixed(digits)} ms | ${target} | ${met(median, p95) ? 'yes' : '**no**'} |`;
    };
    const body = `## The editor in Chromium (npm run bench:ui)

- Date: ${date}
- Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}, Debian's Chromium, headless, 1440×900
- Document: ${segments.toLocaleString('en')} paragraphs of one to six sentences, one scrolling list (rows drawn a window at a time, segments fetched by chunks of 200)
- Ready: a fresh page load (the application, the document, its glossary and first chunk) until the first text box has the focus, ${loads} runs after 2 warm-ups
- Key to frame: from the key press (its event time) to the first animation frame after its effect (the focus in the next row for Alt+↓), one press per frame; ${steps} Alt+↓ from the first segment, ${keystrokes} keys typed in a box

| What | Median | p95 | Target | Met |
| --- | --- | --- | --- | --- |
${line('Time to an editor ready to type in, 5,000 segments', ready, 0, '< 500 ms', (median) => median < 500)}
${line('Alt+↓ to the next segment, key to frame', step, 1, 'median < 16 ms', (median) => median < 16)}
${line('Typing in a box, key to frame', typing, 1, 'p95 < 16 ms', (_, p95) => p95 < 16)}

With the live preview of the English open beside the rows (its page, every segment wrapped, in a sandboxed frame; scrolled to the active segment, patched as segments are saved):

| What | Median | p95 | Target | Met |
| --- | --- | --- | --- | --- |
${line('Time to an editor ready to type in, preview open', previewReady, 0, '< 500 ms', (median) => median < 500)}
${line('The preview’s page loaded whole in its frame, from the page load', previewShown, 0, '—', () => true)}
${line('Alt+↓ to the next segment, key to frame, preview open', previewStep, 1, 'median < 16 ms', (median) => median < 16)}
${line('Typing in a box, key to frame, preview open', previewTyping, 1, 'p95 < 16 ms', (_, p95) => p95 < 16)}

- Rows in the page when ready: ${rowsInPage} of ${segments.toLocaleString('en')}; after the ${steps} steps: the page's JavaScript heap ${heap.toFixed(1)} MB, ${Math.round(nodes).toLocaleString('en')} DOM nodes.
- Ctrl+G 4321, Enter: the focus in segment 4,321 after ${jump} ms (its chunk fetched).
`;
    const path = 'docs/benchmarks.md';
    writeFileSync(path, withSection(readFileSync(path, 'utf8'), uiSection, body));
    console.log(body);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
