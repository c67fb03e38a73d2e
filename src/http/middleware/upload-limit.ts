import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PayloadTooLargeError } from '../../domain/errors';

/**
 * The size limit of an upload route (documents, revised sources, TMX, CSV): a body over it is
 * refused before it is read whole, with the same problem as an oversized file.
 */
export function uploadLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLargeError(maxBytes);
    },
  });
}
