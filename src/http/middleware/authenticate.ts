import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { ForbiddenError } from '../../domain/errors';
import type { AppEnv } from '../env';

export const sessionCookie = 'visavis_session';

/** The session secret of a request: the cookie, or an `Authorization: Bearer` API token. */
export function credentials(c: Context): { kind: 'session' | 'token'; secret: string } | undefined {
  const header = c.req.header('authorization');
  const bearer = header && /^Bearer\s+(\S+)$/iu.exec(header)?.[1];
  if (bearer) return { kind: 'token', secret: bearer };
  const cookie = getCookie(c, sessionCookie);
  return cookie ? { kind: 'session', secret: cookie } : undefined;
}

/**
 * Finds who is calling (session cookie or API token) and records them as the actor of every
 * change, with no project role yet: the authorization middleware adds it.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const given = credentials(c);
    const { accounts } = c.get('services');
    const user = given ? await (given.kind === 'token' ? accounts.tokenUser(given.secret) : accounts.sessionUser(given.secret)) : undefined;
    c.set('user', user);
    c.set('actor', { name: user?.username ?? null, role: 'viewer', address: c.get('clientAddress') });
    await next();
  };
}

/**
 * Refuses cross-site form posts made with the session cookie (Origin / Sec-Fetch-Site checks,
 * on top of SameSite=Lax). Calls with an API token carry no ambient credentials, so scripts may
 * upload files without an Origin header. (Signing in needs a JSON body, which no cross-site form
 * can send, so login CSRF is ruled out by the body's media type.)
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  const check = csrf();
  return async function csrfProtection(c, next) {
    // Only a session cookie is ambient authority a forged request could ride on: calls with an
    // API token or with no credentials at all are left to authentication (401) and authorization.
    if (credentials(c)?.kind !== 'session') return next();
    try {
      await check(c, next);
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) {
        throw new ForbiddenError('Cross-site request refused: send it from the workbench itself.');
      }
      throw error;
    }
  };
}
