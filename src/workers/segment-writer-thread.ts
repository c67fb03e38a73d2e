/**
 * The segment writer's thread (built to dist/segment-writer.js): its own SQLite connection and
 * store, running the services' editSegment for each request in turn — the one change path, with
 * the same decisions as a save inline. The live events it publishes are collected and sent back
 * with the answer, for the main thread's hub; typed errors go back as data.
 *
 * Wiring, like main.ts: it alone may open a concrete store beside the services.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorToData } from '../domain/errors';
import { editSegment } from '../services/edit-segment';
import { collectedEvents } from '../services/live';
import { openSqliteStore } from '../store/sqlite';
import type { WriterReply, WriterRequest } from './segment-writer';

const port = parentPort!;
// The server's main connection checkpoints the WAL; this one only writes.
const store = await openSqliteStore({ path: (workerData as { path: string }).path, checkpoints: false });

port.on('message', (request: WriterRequest) => {
  const live = collectedEvents();
  editSegment({ store, now: () => new Date(request.now), live }, request.input, request.actor).then(
    (value) => port.postMessage({ n: request.n, ok: true, value: { value, events: live.taken() } } satisfies WriterReply),
    (error: unknown) => port.postMessage({ n: request.n, ok: false, error: errorToData(error) } satisfies WriterReply),
  );
});
port.postMessage('ready');
