/**
 * The parsing worker (built to dist/parse-worker.js): runs one upload task on a pool thread.
 * Typed failures (an unsupported format, an empty document) come back as data, since an error
 * crossing threads loses its class; worker-pool.ts turns them back into the same errors.
 */
import { errorToData } from '../../domain/errors';
import { readUpload, type UploadTask } from '../../formats/uploads';
import type { WorkerReply } from './worker-pool';

export default function parseUpload(task: UploadTask): WorkerReply {
  try {
    return { ok: true, value: readUpload(task) };
  } catch (error) {
    return { ok: false, error: errorToData(error) };
  }
}
