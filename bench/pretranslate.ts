/**
 * Pre-translation throughput against the local DeepL stand-in (the one the tests use): what our
 * side costs per segment (batching, the MT cache, writing each segment with its revision),
 * DeepL's own latency aside.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deeplTranslator } from '../src/providers/mt/deepl';
import { createServices } from '../src/services';
import { openSqliteStore } from '../src/store/sqlite';
import { startDeepLStandIn } from '../tests/helpers/deepl-stand-in';
import { frenchText } from './french-text';

export interface PretranslateBench {
  segments: number;
  /** Median over the runs. */
  segmentsPerSecond: number;
  requests: number;
  runs: number;
}

export async function benchPretranslation(runs = 3): Promise<PretranslateBench> {
  const deepl = await startDeepLStandIn();
  const dir = mkdtempSync(join(tmpdir(), 'visavis-pretranslate-'));
  const store = await openSqliteStore({ path: join(dir, 'bench.sqlite') });
  try {
    const services = createServices({ store, machineTranslator: deeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    const rates: number[] = [];
    let segments = 0;
    let requests = 0;
    for (let run = 0; run < runs; run++) {
      // A new text each run, so nothing comes from the MT cache.
      const text = frenchText(300 * 1024).replace(/\d+/gu, (n) => `${Number(n) + run * 7919}`);
      const imported = await services.documents.import({ bytes: new TextEncoder().encode(text), format: 'txt', title: `Run ${run}` }, { name: 'bench' });
      const before = deepl.translations().length;
      const started = performance.now();
      const job = await services.jobs.start(imported.id, { memory: false, mt: true, minScore: 75 }, { name: 'bench' });
      await services.jobs.settled(job.id);
      const seconds = (performance.now() - started) / 1000;
      const finished = await services.jobs.get(job.id);
      if (finished.state !== 'done') throw new Error(`pre-translation ended ${finished.state}: ${finished.message}`);
      segments = finished.done;
      requests = deepl.translations().length - before;
      rates.push(finished.done / seconds);
    }
    rates.sort((a, b) => a - b);
    return { segments, segmentsPerSecond: rates[Math.floor(rates.length / 2)]!, requests, runs };
  } finally {
    await store.close();
    await deepl.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('pretranslate.ts')) console.log(await benchPretranslation());
