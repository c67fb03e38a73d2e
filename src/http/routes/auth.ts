import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { AuthenticationError } from '../../domain/errors';
import { sessionLifetimeMs } from '../../services/accounts';
import type { AppEnv } from '../env';
import { credentials, sessionCookie } from '../middleware/authenticate';
import { openApiApp } from '../openapi-app';
import { problems } from '../schemas';

const Credentials = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1024) }).openapi('Credentials');
const Me = z.object({ id: z.number().int(), username: z.string(), isAdmin: z.boolean() }).openapi('Me');

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in: sets the session cookie',
  request: { body: { required: true, content: { 'application/json': { schema: Credentials } } } },
  responses: { 204: { description: 'Signed in' }, ...problems(400, 401, 429) },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Accounts'],
  summary: 'Sign out this session',
  responses: { 204: { description: 'Signed out' } },
});

const logoutEverywhereRoute = createRoute({
  method: 'post',
  path: '/auth/logout-everywhere',
  tags: ['Accounts'],
  summary: 'End every session of the signed-in user',
  responses: { 200: { description: 'Sessions ended', content: { 'application/json': { schema: z.object({ ended: z.number().int() }) } } } },
});

const meRoute = createRoute({
  method: 'get',
  path: '/auth/me',
  tags: ['Accounts'],
  summary: 'The signed-in user',
  responses: { 200: { description: 'The user', content: { 'application/json': { schema: Me } } } },
});

const setupStatusRoute = createRoute({
  method: 'get',
  path: '/setup',
  tags: ['Accounts'],
  summary: 'Whether the first administrator still has to be created',
  responses: { 200: { description: 'Setup state', content: { 'application/json': { schema: z.object({ needed: z.boolean() }) } } } },
});

const setupRoute = createRoute({
  method: 'post',
  path: '/setup',
  tags: ['Accounts'],
  summary: 'Create the site administrator with the one-time secret printed at first start; signs in',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: Credentials.extend({ secret: z.string().min(1).max(200) }).openapi('Setup') } },
    },
  },
  responses: { 201: { description: 'Administrator created and signed in', content: { 'application/json': { schema: Me } } }, ...problems(400, 409) },
});

function startSession(c: Context<AppEnv>, token: string): void {
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('https'),
    path: '/',
    maxAge: Math.floor(sessionLifetimeMs / 1000),
  });
}

function me(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) throw new AuthenticationError();
  return { id: user.id, username: user.username, isAdmin: user.isAdmin };
}

/** `/api/auth…` and `/api/setup`: sign in and out, who am I, first-run setup. */
export function authRoutes() {
  return openApiApp()
    .openapi(loginRoute, async (c) => {
      const signedIn = await c.get('services').accounts.login(c.req.valid('json'), c.get('actor'));
      startSession(c, signedIn.token);
      return c.body(null, 204);
    })
    .openapi(logoutRoute, async (c) => {
      const given = credentials(c);
      if (given?.kind === 'session') await c.get('services').accounts.logout(given.secret);
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(logoutEverywhereRoute, async (c) => {
      const user = c.get('user');
      if (!user) throw new AuthenticationError();
      const ended = await c.get('services').accounts.logoutEverywhere(user, c.get('actor'));
      deleteCookie(c, sessionCookie, { path: '/' });
      return c.json({ ended }, 200);
    })
    .openapi(meRoute, (c) => c.json(me(c), 200))
    .openapi(setupStatusRoute, async (c) => c.json({ needed: await c.get('services').accounts.setup.needsSetup() }, 200))
    .openapi(setupRoute, async (c) => {
      const body = c.req.valid('json');
      const { setup } = c.get('services').accounts;
      await setup.complete({ secret: body.secret, username: body.username, password: body.password });
      const signedIn = await c.get('services').accounts.login(body, c.get('actor'));
      startSession(c, signedIn.token);
      return c.json({ id: signedIn.user.id, username: signedIn.user.username, isAdmin: signedIn.user.isAdmin }, 201);
    });
}
