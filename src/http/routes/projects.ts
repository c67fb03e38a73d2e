import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { openApiApp } from '../openapi-app';
import { AnalysisWeights, IdParams, Id, Member, Project, QaSettings, Role, Username, problems } from '../schemas';

const createRouteDef = createRoute({
  method: 'post',
  path: '/projects',
  tags: ['Projects'],
  summary: 'Create a project; you become its owner',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ name: z.string().max(100).openapi({ example: 'Newsroom FR→EN' }) }).strict() } },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: Project } } },
    ...problems(400, 401, 409),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/projects',
  tags: ['Projects'],
  summary: 'The projects you belong to (every project for administrators), oldest first',
  responses: {
    200: { description: 'Projects with your role in each', content: { 'application/json': { schema: z.object({ items: z.array(Project) }) } } },
    ...problems(401),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/projects/{id}',
  tags: ['Projects'],
  summary: 'A project, with your role in it',
  request: { params: IdParams },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: Project } } },
    ...problems(400, 401, 404),
  },
});

const MemberParams = z.object({
  id: Id.openapi({ param: { name: 'id', in: 'path' } }),
  username: Username.openapi({ param: { name: 'username', in: 'path' } }),
});

const membersRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/members',
  tags: ['Projects'],
  summary: "A project's members and their roles",
  request: { params: IdParams },
  responses: {
    200: { description: 'Members, in the order they joined', content: { 'application/json': { schema: z.object({ items: z.array(Member) }) } } },
    ...problems(400, 401, 404),
  },
});

const addMemberRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/members',
  tags: ['Projects'],
  summary: 'Add a user to the project with a role (owners)',
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ username: Username, role: Role }).strict().openapi('NewMember') } } },
  },
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: Member } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

const changeRoleRoute = createRoute({
  method: 'patch',
  path: '/projects/{id}/members/{username}',
  tags: ['Projects'],
  summary: "Change a member's role (owners); a project keeps at least one owner",
  request: {
    params: MemberParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ role: Role }).strict().openapi('RoleChange') } } },
  },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: Member } } },
    ...problems(400, 401, 403, 404, 409),
  },
});

const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/projects/{id}/members/{username}',
  tags: ['Projects'],
  summary: 'Remove a member (owners); a project keeps at least one owner',
  request: { params: MemberParams },
  responses: { 204: { description: 'Removed' }, ...problems(400, 401, 403, 404, 409) },
});

const settingsRoute = createRoute({
  method: 'patch',
  path: '/projects/{id}',
  tags: ['Projects'],
  summary: 'Change the project’s English variant (DeepL refuses a bare en), formality preference, quality checks (off, warning, error) and analysis weighting table (owners, audited)',
  request: {
    params: IdParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              targetLang: z.enum(['en-US', 'en-GB']).optional(),
              formality: z.enum(['default', 'more', 'less']).optional(),
              qa: QaSettings.optional(),
              analysisWeights: AnalysisWeights.optional().openapi({ description: 'The weighting table of word-count analyses: every band' }),
            })
            .strict()
            .openapi('ProjectChange'),
        },
      },
    },
  },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: Project } } },
    ...problems(400, 401, 403, 404),
  },
});

/** The caller's role in the project of this route (set by the authorization middleware). */
function roleOf(c: Context<AppEnv>) {
  const access = c.get('access');
  if (!access) throw new Error(`No access granted on ${c.req.method} ${c.req.path}`);
  return access.role;
}

/** `/api/projects…`: projects and their members. */
export function projectRoutes() {
  return openApiApp()
    .openapi(createRouteDef, async (c) => c.json(await c.get('services').projects.create(c.req.valid('json'), c.get('user'), c.get('actor')), 201))
    .openapi(listRoute, async (c) => c.json({ items: await c.get('services').projects.list(c.get('user')) }, 200))
    .openapi(getRoute, async (c) => c.json(await c.get('services').projects.get(c.req.valid('param').id, roleOf(c)), 200))
    .openapi(settingsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const current = await c.get('services').projects.get(id, roleOf(c));
      const change = c.req.valid('json');
      await c.get('services').projects.updateSettings(id, { ...current.settings, ...change }, c.get('actor'));
      return c.json(await c.get('services').projects.get(id, roleOf(c)), 200);
    })
    .openapi(membersRoute, async (c) => c.json({ items: await c.get('services').projects.members(c.req.valid('param').id) }, 200))
    .openapi(addMemberRoute, async (c) => {
      const member = await c.get('services').projects.addMember(c.req.valid('param').id, c.req.valid('json'), c.get('actor'));
      return c.json(member, 201);
    })
    .openapi(changeRoleRoute, async (c) => {
      const { id, username } = c.req.valid('param');
      return c.json(await c.get('services').projects.changeRole(id, { username, role: c.req.valid('json').role }, c.get('actor')), 200);
    })
    .openapi(removeMemberRoute, async (c) => {
      const { id, username } = c.req.valid('param');
      await c.get('services').projects.removeMember(id, username, c.get('actor'));
      return c.body(null, 204);
    });
}
