import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { AuthenticationError, ForbiddenError } from '../domain/errors';
import { can, type Permission } from '../domain/permissions';
import type { Access } from '../services';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * Who may call a route:
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any account (what it returns is limited to the caller's own things);
 * - `admin`: site administrators;
 * - `project`: members of the project holding the thing named by the `:id` in the path
 *   (`from` says what that id is) whose role has `permission`. Non-members get 404, exactly as if
 *   the thing did not exist; members without the permission get 403.
 *   With `from: 'request'` the project is named in the body or the query: the handler calls
 *   `authorizeProject(c, projectId)` once it has read it;
 * - `scraper`: no user at all, session or API token, an administrator's included: the metrics'
 *   own bearer token (VISAVIS_METRICS_TOKEN), which http/metrics.ts checks. Off the API, so this
 *   middleware never sees it; it refuses such a route should one be mounted under /api.
 */
export type Rule =
  | { access: 'public' }
  | { access: 'scraper' }
  | { access: 'signed-in' }
  | { access: 'admin' }
  | { access: 'project'; permission: Permission; from: 'project' | 'document' | 'segment' | 'comment' | 'job' | 'term' | 'request' };

const everyone: Rule = { access: 'public' };
const signedIn: Rule = { access: 'signed-in' };
const admin: Rule = { access: 'admin' };
const project = (permission: Permission, from: 'project' | 'document' | 'segment' | 'comment' | 'job' | 'term' | 'request'): Rule => ({ access: 'project', permission, from });

/**
 * THE authorization table: every API route, and the metrics, by method and path as registered on
 * the app, with who may call it. A test walks the app's routes and fails on any route missing here.
 */
export const authorization: Readonly<Record<string, Rule>> = {
  'GET /api/health': everyone,
  'GET /api/ready': everyone,
  'GET /api/formats': everyone,
  'GET /api/openapi.json': everyone,
  'GET /api/docs': everyone,
  'GET /api/docs/assets/*': everyone,
  'GET /api/setup': everyone,
  'POST /api/setup': everyone,
  'POST /api/auth/login': everyone,
  'POST /api/auth/logout': everyone,

  'GET /api/auth/me': signedIn,
  'GET /api/mt/status': signedIn,
  'POST /api/auth/logout-everywhere': signedIn,
  'POST /api/account/password': signedIn,
  'GET /api/account/tokens': signedIn,
  'POST /api/account/tokens': signedIn,
  'DELETE /api/account/tokens/:id': signedIn,

  'GET /api/projects': signedIn,
  'POST /api/projects': signedIn,
  'GET /api/projects/:id': project('project.read', 'project'),
  'PATCH /api/projects/:id': project('project.manage', 'project'),
  // An archive holds everything of the project (members, history, memory): owners only. Importing
  // one creates a project, as POST /api/projects does, whose owner the importer becomes.
  'GET /api/projects/:id/archive': project('project.manage', 'project'),
  'POST /api/projects/import': signedIn,
  'GET /api/projects/:id/members': project('project.read', 'project'),
  'GET /api/projects/:id/glossary': project('project.read', 'project'),
  'POST /api/projects/:id/glossary': project('glossary.manage', 'project'),
  'GET /api/projects/:id/glossary/export': project('project.read', 'project'),
  'POST /api/projects/:id/glossary/import': project('glossary.manage', 'project'),
  'PATCH /api/glossary/:id': project('glossary.manage', 'term'),
  'DELETE /api/glossary/:id': project('glossary.manage', 'term'),
  'GET /api/projects/:id/memory/search': project('project.read', 'project'),
  'GET /api/projects/:id/memory/export': project('project.read', 'project'),
  'POST /api/projects/:id/memory/import': project('project.manage', 'project'),
  'POST /api/projects/:id/members': project('members.manage', 'project'),
  'PATCH /api/projects/:id/members/:username': project('members.manage', 'project'),
  'DELETE /api/projects/:id/members/:username': project('members.manage', 'project'),

  'GET /api/documents': project('project.read', 'request'),
  'POST /api/documents': project('document.create', 'request'),
  'GET /api/documents/:id': project('project.read', 'document'),
  'DELETE /api/documents/:id': project('document.delete', 'document'),
  'POST /api/documents/:id/source': project('document.update', 'document'),
  'POST /api/documents/:id/targets': project('segment.edit', 'document'),
  'POST /api/documents/:id/translation': project('segment.edit', 'document'),
  'POST /api/documents/:id/alignment': project('segment.edit', 'document'),
  'GET /api/qa/checks': signedIn,
  'POST /api/qa/check': project('project.read', 'request'),
  'GET /api/documents/:id/qa': project('project.read', 'document'),
  'GET /api/documents/:id/analysis': project('project.read', 'document'),
  'GET /api/projects/:id/analysis': project('project.read', 'project'),
  'GET /api/documents/:id/find': project('project.read', 'document'),
  'POST /api/documents/:id/replace': project('segment.edit', 'document'),
  'POST /api/documents/:id/replace/undo': project('segment.edit', 'document'),
  'GET /api/segments/:id/qa': project('project.read', 'segment'),
  'POST /api/segments/:id/qa/ignore': project('segment.edit', 'segment'),
  'DELETE /api/segments/:id/qa/ignore': project('segment.edit', 'segment'),
  'GET /api/documents/:id/alignment': project('project.read', 'document'),
  'PUT /api/documents/:id/alignment': project('segment.edit', 'document'),
  'POST /api/documents/:id/alignment/accept': project('segment.edit', 'document'),
  'DELETE /api/documents/:id/alignment': project('segment.edit', 'document'),
  'GET /api/documents/:id/segments': project('project.read', 'document'),
  'GET /api/documents/:id/export': project('project.read', 'document'),
  'GET /api/documents/:id/review-report': project('project.read', 'document'),
  'GET /api/documents/:id/preview': project('project.read', 'document'),
  'GET /api/documents/:id/stats': project('project.read', 'document'),
  'GET /api/documents/:id/events': project('project.read', 'document'),
  'POST /api/documents/:id/presence': project('project.read', 'document'),
  'POST /api/documents/:id/pretranslate': project('segment.edit', 'document'),
  'GET /api/jobs/:id': project('project.read', 'job'),
  'GET /api/jobs/:id/events': project('project.read', 'job'),
  'POST /api/jobs/:id/cancel': project('segment.edit', 'job'),
  'POST /api/jobs/:id/resume': project('segment.edit', 'job'),

  'PATCH /api/segments/:id': project('segment.edit', 'segment'),
  'GET /api/segments/:id/revisions': project('project.read', 'segment'),
  'GET /api/segments/:id/diff': project('project.read', 'segment'),
  'POST /api/segments/:id/restore': project('segment.edit', 'segment'),
  'GET /api/segments/:id/comments': project('project.read', 'segment'),
  'GET /api/segments/:id/suggestions': project('segment.edit', 'segment'),
  'POST /api/segments/:id/comments': project('segment.comment', 'segment'),
  'PATCH /api/comments/:id': project('segment.comment', 'comment'),

  'GET /api/admin/audit': admin,
  'GET /api/admin/users': admin,
  'POST /api/admin/users': admin,
  'PATCH /api/admin/users/:username': admin,
  'DELETE /api/admin/users/:username': admin,

  // Registered only when VISAVIS_METRICS_TOKEN is set (unset: 404, as any unknown path).
  'GET /metrics': { access: 'scraper' },
};

/** The route a request will be answered by (middleware and the catch-all match every method: `ALL`). */
function endpointOf(c: Context): { method: string; path: string } | undefined {
  return matchedRoutes(c).find((route) => route.method !== 'ALL');
}

/** The value of `:name` in `path` for a route pattern like `/api/documents/:id`. */
function paramOf(pattern: string, path: string, name: string): string | undefined {
  const at = pattern.split('/').indexOf(`:${name}`);
  return at < 0 ? undefined : path.split('/')[at];
}

/** The id in the path, read as the routes' schemas read it (IdParams); undefined when it is not one. */
function positiveId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * Enforces the table before any handler runs. A route missing from the table is refused to
 * anyone not signed in (the route-walking test keeps that from happening).
 */
export function authorize(table: Readonly<Record<string, Rule>> = authorization): MiddlewareHandler<AppEnv> {
  return async function authorize(c, next) {
    const endpoint = endpointOf(c);
    const rule = (endpoint && table[`${endpoint.method} ${endpoint.path}`]) ?? signedIn;
    if (rule.access === 'public') return next();
    if (rule.access === 'scraper') throw new AuthenticationError('Only the metrics token opens this.');
    const user = c.get('user');
    if (!user) throw new AuthenticationError();
    if (rule.access === 'admin' && !user.isAdmin) throw new ForbiddenError('Only site administrators can do this.');
    if (rule.access === 'project' && endpoint) {
      if (rule.from === 'request') {
        c.set('pendingPermission', rule.permission);
      } else {
        const raw = paramOf(endpoint.path, c.req.path, 'id');
        const id = positiveId(raw);
        if (id === undefined) return problem(c, 400, 'invalid_request', `id: "${raw ?? ''}" is not an id (a positive integer).`);
        const access = await c.get('services').access(user, { kind: rule.from, id });
        grant(c, access, rule.permission);
      }
    }
    await next();
  };
}

function grant(c: Context<AppEnv>, access: Access, permission: Permission): void {
  if (!can(access.role, permission)) throw new ForbiddenError(`Your role in this project (${access.role}) does not allow this.`);
  c.set('access', access);
  c.set('actor', { ...c.get('actor'), role: access.role });
}

/**
 * For routes whose project is named in the body or the query (`from: 'request'`): checks the
 * caller's role in that project against the route's permission, as the middleware does for the others.
 */
export async function authorizeProject(c: Context<AppEnv>, projectId: number): Promise<void> {
  const permission = c.get('pendingPermission');
  const user = c.get('user');
  if (!permission || !user) throw new Error(`authorizeProject called on a route without a 'request' rule: ${c.req.method} ${c.req.path}`);
  const access = await c.get('services').access(user, { kind: 'project', id: projectId });
  grant(c, access, permission);
}

