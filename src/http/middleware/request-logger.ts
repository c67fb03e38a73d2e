import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

export interface RequestLoggerOptions {
  logger: Logger;
}

/** Logs each request's method, path, status and duration: errors at warn, the rest at debug. */
export function requestLogger(options: RequestLoggerOptions): MiddlewareHandler {
  return async function requestLogger(c, next) {
    const started = performance.now();
    await next();
    const entry = {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) options.logger.error(entry, 'request failed');
    else if (c.res.status >= 400) options.logger.warn(entry, 'request refused');
    else options.logger.debug(entry, 'request');
  };
}
