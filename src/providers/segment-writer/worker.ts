/**
 * The segment writer's thread (built to dist/segment-writer.js): its own SQLite connection and
 * store, running editSegment for each request in turn. Typed errors go back as data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorToData } from '../../domain/errors';
import { editSegment } from '../../services/edit-segment';
import { openSqliteStore } from '../../store/sqlite';
import type { WriterReply, WriterRequest } from './thread';

const port = parentPort!;
// The server's main connection checkpoints the WAL; this one only writes.
const store = await openSqliteStore({ path: (workerData as { path: string }).path, checkpoints: false });

port.on('message', (request: WriterRequest) => {
  editSegment({ store, now: () => new Date(request.now) }, request.input, request.actor).then(
    (value) => port.postMessage({ n: request.n, ok: true, value } satisfies WriterReply),
    (error: unknown) => port.postMessage({ n: request.n, ok: false, error: errorToData(error) } satisfies WriterReply),
  );
});
port.postMessage('ready');
