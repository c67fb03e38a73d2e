/**
 * The segment writer's thread (built to dist/segment-writer.js): its own SQLite connection and
 * store, running editSegment for each request in turn. Typed errors go back as data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { errorToData, VisavisError } from '../../domain/errors';
import { editSegment } from '../../services/edit-segment';
import { openSqliteStore } from '../../store/sqlite';
import type { WriterReply, WriterRequest } from './thread';

const port = parentPort!;
// The server's main connection checkpoints the WAL; this one only writes.
const store = await openSqliteStore({ path: (workerData as { path: string }).path, checkpoints: false });

port.on('message', (request: WriterRequest) => {
  editSegment({ store, now: () => new Date(request.now) }, request.input, request.actor).then(
    (value) => port.postMessage({ n: request.n, ok: true, value } satisfies WriterReply),
    (error: unknown) => {
      const reply: WriterReply =
        error instanceof VisavisError
          ? { n: request.n, ok: false, error: errorToData(error) }
          : { n: request.n, ok: false, error: { name: 'Error', code: 'internal', message: error instanceof Error ? error.message : String(error), fields: {} } };
      port.postMessage(reply);
    },
  );
});
port.postMessage('ready');
