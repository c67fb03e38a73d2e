import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An RFC 9457 problem document; extension members (like `current` on a conflict) may be added. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/**
 * Sends `application/problem+json`. `code` is stable (clients switch on it); `type` is built from it.
 *
 * @example
 * return problem(c, 404, 'not_found', 'No document with id 9.');
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): Response {
  const body: Problem = {
    type: `urn:visavis:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    code,
    instance: c.req.path,
    ...extensions,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json; charset=utf-8' });
}
