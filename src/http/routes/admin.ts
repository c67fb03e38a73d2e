import { createRoute, z } from '@hono/zod-openapi';
import { auditEvents } from '../../services/audit';
import { openApiApp } from '../openapi-app';
import { AuditEvent, Id, Password, User, Username, problems } from '../schemas';

const auditRoute = createRoute({
  method: 'get',
  path: '/admin/audit',
  tags: ['Administration'],
  summary: 'The audit log of security events, newest first (administrators)',
  request: {
    query: z.object({
      before: Id.optional().openapi({ description: 'Only events older than this id (paging)' }),
      limit: z.coerce.number().int().min(1).max(500).default(100),
      event: z.enum(auditEvents).optional(),
    }),
  },
  responses: {
    200: { description: 'Events', content: { 'application/json': { schema: z.object({ items: z.array(AuditEvent) }) } } },
    ...problems(400, 401, 403),
  },
});

const usersRoute = createRoute({
  method: 'get',
  path: '/admin/users',
  tags: ['Administration'],
  summary: 'Every account (administrators)',
  responses: { 200: { description: 'Users', content: { 'application/json': { schema: z.object({ items: z.array(User) }) } } }, ...problems(401, 403) },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/admin/users',
  tags: ['Administration'],
  summary: 'Create an account (administrators)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ username: Username, password: Password, isAdmin: z.boolean().default(false) }).strict().openapi('NewUser'),
        },
      },
    },
  },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: User } } }, ...problems(400, 401, 403, 409) },
});

const UserParams = z.object({ username: Username.openapi({ param: { name: 'username', in: 'path' } }) });

const updateUserRoute = createRoute({
  method: 'patch',
  path: '/admin/users/{username}',
  tags: ['Administration'],
  summary: 'Grant or withdraw administration, or set a new password (administrators)',
  request: {
    params: UserParams,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ isAdmin: z.boolean().optional(), password: Password.optional() }).strict().openapi('UserChange') } },
    },
  },
  responses: { 200: { description: 'Updated', content: { 'application/json': { schema: User } } }, ...problems(400, 401, 403, 404, 409) },
});

const deleteUserRoute = createRoute({
  method: 'delete',
  path: '/admin/users/{username}',
  tags: ['Administration'],
  summary: 'Delete an account with its sessions, tokens and memberships; revisions keep the name (administrators)',
  request: { params: UserParams },
  responses: { 204: { description: 'Deleted' }, ...problems(400, 401, 403, 404, 409) },
});

/** `/api/admin…`: user management and the audit log, for site administrators. */
export function adminRoutes() {
  return openApiApp()
    .openapi(auditRoute, async (c) => c.json({ items: await c.get('services').audit.list(c.req.valid('query')) }, 200))
    .openapi(usersRoute, async (c) => c.json({ items: await c.get('services').accounts.listUsers() }, 200))
    .openapi(createUserRoute, async (c) => c.json(await c.get('services').accounts.createUser(c.req.valid('json'), c.get('actor')), 201))
    .openapi(updateUserRoute, async (c) => {
      return c.json(await c.get('services').accounts.update(c.req.valid('param').username, c.req.valid('json'), c.get('actor')), 200);
    })
    .openapi(deleteUserRoute, async (c) => {
      await c.get('services').accounts.deleteUser(c.req.valid('param').username, c.get('actor'));
      return c.body(null, 204);
    });
}
