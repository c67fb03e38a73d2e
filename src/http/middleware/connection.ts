import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TrustProxy } from '../../config';
import { connectionReader } from '../client-address';
import type { AppEnv } from '../env';

export interface ConnectionOptions {
  trustProxy: TrustProxy;
}

/** HSTS: a year, subdomains included (what hono's secureHeaders sends by default). */
const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/**
 * Says who the client is and whether it came over HTTPS (see client-address.ts), for every
 * route, and sends Strict-Transport-Security only on HTTPS responses: over plain HTTP the header
 * means nothing to a browser and tells a tester the setup is muddled.
 */
export function connection(options: ConnectionOptions): MiddlewareHandler<AppEnv> {
  const read = connectionReader(options.trustProxy);
  return async function connection(c, next) {
    let peer: string | null = null;
    try {
      peer = getConnInfo(c).remote.address ?? null;
    } catch {
      peer = null; // not served by @hono/node-server (app.request() in tests): no socket
    }
    const found = read({
      peer,
      forwardedFor: c.req.header('x-forwarded-for'),
      forwardedProto: c.req.header('x-forwarded-proto'),
      scheme: c.req.url.slice(0, c.req.url.indexOf(':')),
    });
    c.set('https', found.https);
    c.set('clientAddress', found.address);
    await next();
    if (found.https) c.header('strict-transport-security', strictTransportSecurity);
  };
}
