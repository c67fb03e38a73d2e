import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AuthenticationError, ForbiddenError } from '../../domain/errors';
import type { AppEnv } from '../env';
import { credentials } from '../middleware/authenticate';
import { openApiApp } from '../openapi-app';
import { IdParams, Password, Token, problems } from '../schemas';

const passwordRoute = createRoute({
  method: 'post',
  path: '/account/password',
  tags: ['Accounts'],
  summary: 'Change your password; your other sessions end',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ current: Password, password: Password }).strict().openapi('PasswordChange') } },
    },
  },
  responses: { 204: { description: 'Changed' }, ...problems(400, 401) },
});

const tokensRoute = createRoute({
  method: 'get',
  path: '/account/tokens',
  tags: ['Accounts'],
  summary: 'Your personal API tokens (never the secrets)',
  responses: { 200: { description: 'Tokens, revoked ones included', content: { 'application/json': { schema: z.object({ items: z.array(Token) }) } } }, ...problems(401) },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/account/tokens',
  tags: ['Accounts'],
  summary: 'Create a personal API token (`Authorization: Bearer …`); the secret is shown only in this answer',
  request: {
    body: { required: true, content: { 'application/json': { schema: z.object({ name: z.string().max(100).openapi({ example: 'import script' }) }).strict() } } },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: z.object({ token: z.string(), record: Token }).openapi('NewToken') } } },
    ...problems(400, 401, 403),
  },
});

const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/account/tokens/{id}',
  tags: ['Accounts'],
  summary: 'Revoke one of your tokens',
  request: { params: IdParams },
  responses: { 204: { description: 'Revoked' }, ...problems(400, 401, 404) },
});

function signedInUser(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) throw new AuthenticationError();
  return user;
}

/** `/api/account…`: the signed-in user's password and API tokens. */
export function accountRoutes() {
  return openApiApp()
    .openapi(passwordRoute, async (c) => {
      const given = credentials(c);
      const body = c.req.valid('json');
      await c.get('services').accounts.changePassword(
        signedInUser(c),
        { current: body.current, password: body.password, keepSession: given?.kind === 'session' ? given.secret : undefined },
        c.get('actor'),
      );
      return c.body(null, 204);
    })
    .openapi(tokensRoute, async (c) => c.json({ items: await c.get('services').accounts.listTokens(signedInUser(c)) }, 200))
    .openapi(createTokenRoute, async (c) => {
      const user = signedInUser(c);
      // A token must not outlive the account's recovery by minting another: only a signed-in session creates tokens.
      if (credentials(c)?.kind !== 'session') throw new ForbiddenError('An API token cannot create tokens: sign in to create one.');
      const { token, record } = await c.get('services').accounts.createToken({ username: user.username, name: c.req.valid('json').name }, c.get('actor'));
      return c.json({ token, record: { id: record.id, name: record.name, createdAt: record.createdAt, revokedAt: record.revokedAt } }, 201);
    })
    .openapi(revokeTokenRoute, async (c) => {
      await c.get('services').accounts.revokeToken(signedInUser(c), c.req.valid('param').id, c.get('actor'));
      return c.body(null, 204);
    });
}
