import { createRoute, z } from '@hono/zod-openapi';
import { openApiApp } from '../openapi-app';
import { IdParams, Project, problems } from '../schemas';

const createRouteDef = createRoute({
  method: 'post',
  path: '/projects',
  tags: ['Projects'],
  summary: 'Create a project',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ name: z.string().max(100).openapi({ example: 'Newsroom FR→EN' }) }).strict() } },
    },
  },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: Project } } },
    ...problems(400, 409),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/projects',
  tags: ['Projects'],
  summary: 'List projects, oldest (the default project) first',
  responses: {
    200: { description: 'All projects', content: { 'application/json': { schema: z.object({ items: z.array(Project) }) } } },
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/projects/{id}',
  tags: ['Projects'],
  summary: 'A project',
  request: { params: IdParams },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: Project } } },
    ...problems(400, 404),
  },
});

/** `/api/projects…`: documents belong to a project. */
export function projectRoutes() {
  return openApiApp()
    .openapi(createRouteDef, async (c) => c.json(await c.var.services.projects.create(c.req.valid('json')), 201))
    .openapi(listRoute, async (c) => c.json({ items: await c.var.services.projects.list() }, 200))
    .openapi(getRoute, async (c) => c.json(await c.var.services.projects.get(c.req.valid('param').id), 200));
}
