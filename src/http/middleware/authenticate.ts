import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { AuthenticationError, ForbiddenError } from '../../domain/errors';
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

/** Finds who is calling (session cookie or API token) and records it as the actor of every change. */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const given = credentials(c);
    const { accounts } = c.var.services;
    const user = given ? await (given.kind === 'token' ? accounts.tokenUser(given.secret) : accounts.sessionUser(given.secret)) : undefined;
    c.set('user', user);
    c.set('actor', { name: user?.username ?? null });
    await next();
  };
}

export interface RequireUserOptions {
  /** Paths (method + path) anyone may call: health, sign-in, first-run setup, the API description. */
  isPublic: (method: string, path: string) => boolean;
}

/** Answers 401 to anonymous calls of everything but the public routes. */
export function requireUser(options: RequireUserOptions): MiddlewareHandler<AppEnv> {
  return async function requireUser(c, next) {
    if (!c.var.user && !options.isPublic(c.req.method, c.req.path)) throw new AuthenticationError();
    await next();
  };
}

/**
 * Refuses cross-site form posts made with the session cookie (Origin / Sec-Fetch-Site checks,
 * on top of SameSite=Lax). Calls with an API token carry no ambient credentials, so scripts may
 * upload files without an Origin header.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  const check = csrf();
  return async function csrfProtection(c, next) {
    if (credentials(c)?.kind === 'token') return next();
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
