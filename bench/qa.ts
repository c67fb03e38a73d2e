/**
 * The quality checks over a whole 5,000-segment document, as GET /api/documents/:id/qa runs them
 * (reading the segments, the project's glossary and settings, every check and the consistency
 * check across the document and against another 5,000 confirmed segments of the project), on a temporary SQLite file; and their precision and recall on our
 * pairs (bench/eval-qa.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/services';
import { openSqliteStore } from '../src/store/sqlite';
import { correctPairs, evaluateQa } from './eval-qa';

export interface QaBench {
  segments: number;
  /** Median over the runs, milliseconds. */
  median: number;
  runs: number;
  findings: number;
  evaluation: ReturnType<typeof evaluateQa>;
}

export async function benchQa(segments = 5_000, runs = 5): Promise<QaBench> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-qa-'));
  const store = await openSqliteStore({ path: join(dir, 'bench.sqlite') });
  try {
    const services = createServices({ store });
    // The correct pairs, numbered so that no two paragraphs are the same, every one translated.
    const pairs = correctPairs();
    const french: string[] = [];
    const english: string[] = [];
    for (let i = 0; i < segments; i++) {
      const pair = pairs[i % pairs.length]!;
      french.push(`${pair.source} (${i + 1})`);
      english.push(`${pair.target} (${i + 1})`);
    }
    const imported = await services.documents.import({ bytes: new TextEncoder().encode(french.join('\n\n')), format: 'txt', title: 'QA' }, { name: 'bench' });
    const rows = await store.segments.active(imported.id);
    const now = new Date().toISOString();
    // A second document of the project, as many segments confirmed: what the consistency check across the project reads.
    const earlier = await services.documents.import({ bytes: new TextEncoder().encode(french.join('\n\n')), format: 'txt', title: 'QA, earlier', projectId: imported.projectId }, { name: 'bench' });
    const earlierRows = await store.segments.active(earlier.id);
    await store.transaction(async (tx) => {
      for (const [i, row] of rows.entries()) await tx.segments.update(row, { target: english[i] ?? '', status: 'translated', sourceChanged: false }, now);
      for (const [i, row] of earlierRows.entries()) await tx.segments.update(row, { target: english[i] ?? '', status: 'translated', sourceChanged: false }, now);
    });
    await services.glossary.add(imported.projectId, { source: 'maire', target: 'mayor' });
    const times: number[] = [];
    let findings = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const qa = await services.qa.document(imported.id);
      times.push(performance.now() - started);
      findings = qa.errors + qa.warnings;
    }
    times.sort((a, b) => a - b);
    return { segments: rows.length, median: times[Math.floor(runs / 2)]!, runs, findings, evaluation: evaluateQa() };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('qa.ts')) {
  const result = await benchQa();
  console.log({ ...result, evaluation: { correct: result.evaluation.correct, falseFindings: result.evaluation.falseFindings.length, planted: result.evaluation.planted, found: result.evaluation.found } });
}
