import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { openSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/store';

/** A real SQLite file in a fresh temporary folder; removed by `cleanup`. */
export async function tempStore(): Promise<{ store: Store; path: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'visavis-test-'));
  const path = join(dir, 'test.sqlite');
  const store = await openSqliteStore({ path });
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An app on a temporary SQLite file, as `createApp` is meant to be used by tests. */
export async function testApp(options: { maxUploadBytes?: number; now?: () => Date } = {}) {
  const temp = await tempStore();
  const app = createApp({ store: temp.store, publicDir: loadConfig({}).publicDir, ...options });
  return { app, ...temp };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Imports French text through the API and returns the new document's id. */
export async function importText(app: TestApp['app'], text: string, format = 'txt', title = 'Test'): Promise<number> {
  const res = await app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, text, format }),
  });
  if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

export interface SegmentJson {
  id: number;
  position: number;
  kind: string;
  source: string;
  target: string;
  status: string;
  version: number;
  repetitionOf: number | null;
  repetitions: number;
}

export async function segmentsOf(app: TestApp['app'], documentId: number, query = ''): Promise<{ total: number; items: SegmentJson[] }> {
  const res = await app.request(`/api/documents/${documentId}/segments?limit=1000${query}`);
  if (res.status !== 200) throw new Error(`segments failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { total: number; items: SegmentJson[] };
}

export function patch(app: TestApp['app'], segmentId: number, body: unknown) {
  return app.request(`/api/segments/${segmentId}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
