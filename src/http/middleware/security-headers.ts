import type { ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';

/**
 * The security headers of every response: what hono's secureHeaders sent with our CSP, as one
 * list computed once. Hono's middleware sets them on `c.res.headers`, which turns
 * @hono/node-server's lightweight response into a full Fetch Headers object and sets eleven
 * validated headers on it: measurable on every save. Served by Node, they go straight on the
 * Node response instead (`setHeader`, merged by `writeHead`); elsewhere (`app.request()` in
 * tests), on the Fetch response, as before. A response that brings its own policy (the preview,
 * framed by the editor and sandboxed) keeps it: on Node the response's headers win over
 * `setHeader`'s when `writeHead` merges them, and on the Fetch response it is not overwritten.
 */
export const securityHeaderList: ReadonlyArray<readonly [string, string]> = [
  [
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  ],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['origin-agent-cluster', '?1'],
  ['referrer-policy', 'no-referrer'],
  ['x-content-type-options', 'nosniff'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['x-xss-protection', '0'],
];

export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing && !outgoing.headersSent) {
      for (const [name, value] of securityHeaderList) outgoing.setHeader(name, value);
    } else {
      const ownPolicy = c.res.headers.has('content-security-policy');
      for (const [name, value] of securityHeaderList) if (!(ownPolicy && name === 'content-security-policy')) c.res.headers.set(name, value);
    }
  };
}
