/**
 * Real document formats at size, in process on a temporary SQLite file, through the services as
 * an upload and an export run them: a 300-page Word report (about 100,000 words, with tables and
 * footnotes) and a 1 MB web page. Import is reading the package, segmentation and storing every
 * segment; export is writing the English (every segment translated) into the original package.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/services';
import { openSqliteStore } from '../src/store/sqlite';
import { frenchReport } from '../tests/helpers/docx-fixture';
import { frenchText } from './french-text';

export interface FormatBench {
  what: string;
  /** Size of the file, and what it holds. */
  size: string;
  importMedian: number;
  exportMedian: number;
  runs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function measure(what: string, bytes: Uint8Array, filename: string, format: string, runs: number): Promise<FormatBench> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-formats-'));
  const store = await openSqliteStore({ path: join(dir, 'bench.sqlite') });
  const actor = { name: 'bench' };
  try {
    const services = createServices({ store, maxUploadBytes: 64 * 1024 * 1024 });
    const imports: number[] = [];
    const exports: number[] = [];
    let words = 0;
    let segments = 0;
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      const document = await services.documents.import({ bytes, filename }, actor);
      imports.push(performance.now() - started);
      // Every segment translated (its source, marked), as a finished translation is exported.
      const rows = await store.segments.active(document.id);
      await store.transaction(async (tx) => {
        for (const row of rows) await tx.segments.update(row, { target: row.source.replace(/^/u, 'EN '), status: 'translated', sourceChanged: false }, new Date().toISOString());
      });
      segments = rows.length;
      words = rows.reduce((sum, row) => sum + row.wordCount, 0);
      started = performance.now();
      const exported = await services.documents.export({ documentId: document.id, format });
      exports.push(performance.now() - started);
      if (exported.bytes.length === 0) throw new Error('empty export');
    }
    return { what, size: `${bytes.length >= 1024 * 1024 ? `${(bytes.length / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes.length / 1024)} KB`}, ${segments.toLocaleString('en')} segments, ${words.toLocaleString('en')} words`, importMedian: median(imports), exportMedian: median(exports), runs };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A French article page of about `bytes` bytes: paragraphs with emphasis and links. */
function frenchPage(bytes: number): string {
  const paragraphs = frenchText(bytes * 0.8)
    .split('\n\n')
    .map((paragraph, i) => `<p>${i % 3 === 0 ? `<strong>${paragraph.slice(0, 20)}</strong>${paragraph.slice(20)}` : i % 3 === 1 ? paragraph.replace(/ (\S+) /u, ' <a href="/article/$1">$1</a> ') : paragraph}</p>`);
  return `<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>Actualités</title></head>\n<body>\n<article>\n${paragraphs.join('\n')}\n</article>\n</body>\n</html>\n`;
}

export async function benchFormats(runs = 5): Promise<FormatBench[]> {
  // About 300 pages: 3,400 paragraphs of ~30 words and a 150-row table (about 100,000 words).
  const report = await frenchReport({ paragraphs: 3_400, tableRows: 150 });
  const page = new TextEncoder().encode(frenchPage(1.25 * 1024 * 1024));
  return [await measure('Word report, 300 pages', report, 'rapport.docx', 'docx', runs), await measure('Web page', page, 'page.html', 'html', runs)];
}
