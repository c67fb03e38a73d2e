import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/permissions';
import { authorization } from '../../src/http/authorization';
import { importText, segmentsOf, testApp, testPassword } from '../helpers/test-app';

/**
 * Every API route × every kind of caller, against expectations written here independently of
 * src/http/authorization.ts: anonymous → 401; a signed-in user outside the project → 404 (as if
 * nothing were there); a member whose role is too low → 403; enough role → the route's success.
 */

type Caller = 'anonymous' | 'outsider' | Role | 'admin';
const callers: readonly Caller[] = ['anonymous', 'outsider', 'viewer', 'translator', 'reviewer', 'owner', 'admin'];
const memberRoles: readonly Role[] = ['viewer', 'translator', 'reviewer', 'owner'];

/** Everything a request needs to name: made fresh for each case. */
interface Fixture {
  projectId: number;
  documentId: number;
  segmentId: number;
  /** The caller's own API token id (for DELETE /api/account/tokens/:id). */
  tokenId: number;
  commentId: number;
  revisionId: number;
  jobId: number;
  termId: number;
}

interface Case {
  /** Who may call it: anyone (with the status everyone gets), any account, administrators, or members from this role up. */
  who: { public: number } | 'signed-in' | 'session' | 'admin' | Role;
  ok?: number;
  request: (fx: Fixture) => { path: string; method?: string; body?: unknown };
}

const json = (method: string, path: string, body: unknown) => ({ method, path, body });
const tmx = '<tmx version="1.4"><header srclang="fr-FR"/><body><tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu></body></tmx>';

const cases: Record<string, Case> = {
  'GET /api/health': { who: { public: 200 }, request: () => ({ path: '/api/health' }) },
  'GET /api/ready': { who: { public: 200 }, request: () => ({ path: '/api/ready' }) },
  'GET /api/formats': { who: { public: 200 }, request: () => ({ path: '/api/formats' }) },
  'GET /api/openapi.json': { who: { public: 200 }, request: () => ({ path: '/api/openapi.json' }) },
  'GET /api/docs': { who: { public: 200 }, request: () => ({ path: '/api/docs' }) },
  'GET /api/docs/assets/*': { who: { public: 200 }, request: () => ({ path: '/api/docs/assets/swagger-ui.css' }) },
  'GET /api/setup': { who: { public: 200 }, request: () => ({ path: '/api/setup' }) },
  // Accounts exist, so the setup route refuses everyone alike.
  'POST /api/setup': { who: { public: 401 }, request: () => json('POST', '/api/setup', { secret: 'x', username: 'eve', password: testPassword }) },
  'POST /api/auth/login': { who: { public: 204 }, request: () => json('POST', '/api/auth/login', { username: 'viewer', password: testPassword }) },
  'POST /api/auth/logout': { who: { public: 204 }, request: () => ({ method: 'POST', path: '/api/auth/logout' }) },

  'GET /api/auth/me': { who: 'signed-in', ok: 200, request: () => ({ path: '/api/auth/me' }) },
  'GET /api/mt/status': { who: 'signed-in', ok: 200, request: () => ({ path: '/api/mt/status' }) },
  'POST /api/auth/logout-everywhere': { who: 'signed-in', ok: 200, request: () => ({ method: 'POST', path: '/api/auth/logout-everywhere' }) },
  'POST /api/account/password': {
    who: 'signed-in',
    ok: 204,
    request: () => json('POST', '/api/account/password', { current: testPassword, password: 'another long password' }),
  },
  'GET /api/account/tokens': { who: 'signed-in', ok: 200, request: () => ({ path: '/api/account/tokens' }) },
  // Only a signed-in session mints tokens; every caller here uses an API token (tests/http/account-recovery.test.ts signs in).
  'POST /api/account/tokens': { who: 'session', ok: 201, request: () => json('POST', '/api/account/tokens', { name: 'script' }) },
  'DELETE /api/account/tokens/:id': { who: 'signed-in', ok: 204, request: (fx) => ({ method: 'DELETE', path: `/api/account/tokens/${fx.tokenId}` }) },

  'GET /api/projects': { who: 'signed-in', ok: 200, request: () => ({ path: '/api/projects' }) },
  'POST /api/projects': { who: 'signed-in', ok: 201, request: () => json('POST', '/api/projects', { name: 'Rapports annuels' }) },
  'GET /api/projects/:id': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}` }) },
  'PATCH /api/projects/:id': { who: 'owner', ok: 200, request: (fx) => json('PATCH', `/api/projects/${fx.projectId}`, { targetLang: 'en-GB' }) },
  'GET /api/projects/:id/glossary': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/glossary` }) },
  'POST /api/projects/:id/glossary': { who: 'reviewer', ok: 201, request: (fx) => json('POST', `/api/projects/${fx.projectId}/glossary`, { source: 'préfet', target: 'prefect' }) },
  'GET /api/projects/:id/glossary/export': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/glossary/export` }) },
  'POST /api/projects/:id/glossary/import': { who: 'reviewer', ok: 200, request: (fx) => ({ method: 'CSV', path: `/api/projects/${fx.projectId}/glossary/import` }) },
  'PATCH /api/glossary/:id': { who: 'reviewer', ok: 200, request: (fx) => json('PATCH', `/api/glossary/${fx.termId}`, { target: 'Hi' }) },
  'DELETE /api/glossary/:id': { who: 'reviewer', ok: 204, request: (fx) => ({ method: 'DELETE', path: `/api/glossary/${fx.termId}` }) },
  'GET /api/projects/:id/memory/search': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/memory/search?q=bonjour` }) },
  'GET /api/projects/:id/memory/export': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/memory/export` }) },
  'POST /api/projects/:id/memory/import': {
    who: 'owner',
    ok: 200,
    request: (fx) => ({ method: 'TMX', path: `/api/projects/${fx.projectId}/memory/import` }),
  },
  'GET /api/projects/:id/members': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/members` }) },
  'GET /api/projects/:id/archive': { who: 'owner', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/archive` }) },
  // Any account may import an archive as a new project (of which it becomes the owner), as it may create one.
  'POST /api/projects/import': { who: 'signed-in', ok: 201, request: () => ({ method: 'ARCHIVE', path: '/api/projects/import' }) },
  'POST /api/projects/:id/members': {
    who: 'owner',
    ok: 201,
    request: (fx) => json('POST', `/api/projects/${fx.projectId}/members`, { username: 'newcomer', role: 'translator' }),
  },
  'PATCH /api/projects/:id/members/:username': {
    who: 'owner',
    ok: 200,
    request: (fx) => json('PATCH', `/api/projects/${fx.projectId}/members/translator`, { role: 'reviewer' }),
  },
  'DELETE /api/projects/:id/members/:username': {
    who: 'owner',
    ok: 204,
    request: (fx) => ({ method: 'DELETE', path: `/api/projects/${fx.projectId}/members/viewer` }),
  },

  'GET /api/documents': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents?projectId=${fx.projectId}` }) },
  'POST /api/documents': {
    who: 'owner',
    ok: 201,
    request: (fx) => json('POST', '/api/documents', { text: 'Un autre article.', projectId: fx.projectId }),
  },
  'GET /api/documents/:id': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}` }) },
  'POST /api/documents/:id/source': {
    who: 'owner',
    ok: 200,
    request: (fx) => json('POST', `/api/documents/${fx.documentId}/source`, { text: 'Bonjour à tous.' }),
  },
  'POST /api/documents/:id/targets': {
    who: 'translator',
    ok: 200,
    request: (fx) => ({ method: 'XLIFF', path: `/api/documents/${fx.documentId}/targets` }),
  },
  'POST /api/documents/:id/translation': {
    who: 'translator',
    ok: 200,
    request: (fx) => json('POST', `/api/documents/${fx.documentId}/translation`, { text: 'Good morning.' }),
  },
  'POST /api/documents/:id/alignment': { who: 'translator', ok: 201, request: (fx) => json('POST', `/api/documents/${fx.documentId}/alignment`, { text: 'Good morning.' }) },
  'GET /api/qa/checks': { who: 'signed-in', ok: 200, request: () => ({ path: '/api/qa/checks' }) },
  // Named with a project: its members (a viewer and up) only.
  'POST /api/qa/check': { who: 'viewer', ok: 200, request: (fx) => json('POST', '/api/qa/check', { source: 'Le 4 février.', target: 'On February 4.', projectId: fx.projectId }) },
  'GET /api/documents/:id/qa': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/qa` }) },
  'GET /api/documents/:id/analysis': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/analysis` }) },
  'GET /api/projects/:id/analysis': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/projects/${fx.projectId}/analysis` }) },
  'GET /api/segments/:id/qa': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/segments/${fx.segmentId}/qa` }) },
  'POST /api/segments/:id/qa/ignore': {
    who: 'translator',
    ok: 200,
    request: (fx) => json('POST', `/api/segments/${fx.segmentId}/qa/ignore`, { check: 'empty-target', key: 'emptyTarget', reason: 'Not translated yet.' }),
  },
  'DELETE /api/segments/:id/qa/ignore': {
    who: 'translator',
    ok: 204,
    request: (fx) => ({ method: 'DELETE', path: `/api/segments/${fx.segmentId}/qa/ignore?check=empty-target&key=emptyTarget` }),
  },
  'GET /api/documents/:id/alignment': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/alignment` }) },
  'PUT /api/documents/:id/alignment': {
    who: 'translator',
    ok: 200,
    request: (fx) => json('PUT', `/api/documents/${fx.documentId}/alignment`, { version: 1, links: [{ segments: [fx.segmentId], english: [], score: null }, { segments: [], english: [0], score: null }] }),
  },
  'POST /api/documents/:id/alignment/accept': { who: 'translator', ok: 200, request: (fx) => json('POST', `/api/documents/${fx.documentId}/alignment/accept`, { version: 1 }) },
  'DELETE /api/documents/:id/alignment': { who: 'translator', ok: 204, request: (fx) => ({ method: 'DELETE', path: `/api/documents/${fx.documentId}/alignment` }) },
  'DELETE /api/documents/:id': { who: 'owner', ok: 204, request: (fx) => ({ method: 'DELETE', path: `/api/documents/${fx.documentId}` }) },
  'GET /api/documents/:id/segments': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/segments` }) },
  'GET /api/documents/:id/review-report': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/review-report` }) },
  'GET /api/documents/:id/preview': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/preview` }) },
  'GET /api/documents/:id/stats': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/stats` }) },
  'GET /api/documents/:id/events': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/events` }) },
  'POST /api/documents/:id/presence': {
    who: 'viewer',
    ok: 200,
    request: (fx) => json('POST', `/api/documents/${fx.documentId}/presence`, { segmentId: fx.segmentId }),
  },
  'GET /api/documents/:id/find': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/find?q=le` }) },
  'POST /api/documents/:id/replace': { who: 'translator', ok: 200, request: (fx) => json('POST', `/api/documents/${fx.documentId}/replace`, { find: 'x', replace: 'y', dryRun: true }) },
  // No such batch: the roles are checked first, then 404.
  'POST /api/documents/:id/replace/undo': { who: 'translator', ok: 404, request: (fx) => json('POST', `/api/documents/${fx.documentId}/replace/undo`, { batch: 'none' }) },
  'POST /api/documents/:id/pretranslate': {
    who: 'translator',
    ok: 202,
    request: (fx) => json('POST', `/api/documents/${fx.documentId}/pretranslate`, { memory: true, mt: false }),
  },
  'GET /api/jobs/:id': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/jobs/${fx.jobId}` }) },
  'GET /api/jobs/:id/events': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/jobs/${fx.jobId}/events` }) },
  'POST /api/jobs/:id/cancel': { who: 'translator', ok: 200, request: (fx) => ({ method: 'POST', path: `/api/jobs/${fx.jobId}/cancel` }) },
  // Authorised, then refused by the job's state: it is done.
  'POST /api/jobs/:id/resume': { who: 'translator', ok: 409, request: (fx) => ({ method: 'POST', path: `/api/jobs/${fx.jobId}/resume` }) },
  'GET /api/documents/:id/export': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/documents/${fx.documentId}/export?format=txt` }) },

  'PATCH /api/segments/:id': {
    who: 'translator',
    ok: 200,
    request: (fx) => json('PATCH', `/api/segments/${fx.segmentId}`, { target: 'Good morning.', version: 1 }),
  },
  'GET /api/segments/:id/revisions': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/segments/${fx.segmentId}/revisions` }) },
  'GET /api/segments/:id/diff': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/segments/${fx.segmentId}/diff?from=${fx.revisionId}&to=current` }) },
  'POST /api/segments/:id/restore': {
    who: 'translator',
    ok: 200,
    request: (fx) => json('POST', `/api/segments/${fx.segmentId}/restore`, { revision: fx.revisionId, version: 1 }),
  },
  'GET /api/segments/:id/suggestions': { who: 'translator', ok: 200, request: (fx) => ({ path: `/api/segments/${fx.segmentId}/suggestions` }) },
  'GET /api/segments/:id/comments': { who: 'viewer', ok: 200, request: (fx) => ({ path: `/api/segments/${fx.segmentId}/comments` }) },
  'POST /api/segments/:id/comments': {
    who: 'translator',
    ok: 201,
    request: (fx) => json('POST', `/api/segments/${fx.segmentId}/comments`, { body: 'Faut-il traduire « Bonjour » ?' }),
  },
  'PATCH /api/comments/:id': { who: 'translator', ok: 200, request: (fx) => json('PATCH', `/api/comments/${fx.commentId}`, { resolved: true }) },

  'GET /api/admin/audit': { who: 'admin', ok: 200, request: () => ({ path: '/api/admin/audit' }) },
  'GET /api/admin/users': { who: 'admin', ok: 200, request: () => ({ path: '/api/admin/users' }) },
  'POST /api/admin/users': { who: 'admin', ok: 201, request: () => json('POST', '/api/admin/users', { username: 'dominique', password: testPassword }) },
  'PATCH /api/admin/users/:username': { who: 'admin', ok: 200, request: () => json('PATCH', '/api/admin/users/newcomer', { isAdmin: true }) },
  'DELETE /api/admin/users/:username': { who: 'admin', ok: 204, request: () => ({ method: 'DELETE', path: '/api/admin/users/newcomer' }) },

  // The scraper's own token only: no session nor API token opens it, an administrator's included
  // (tests/http/metrics.test.ts sends the metrics token).
  'GET /metrics': { who: { public: 401 }, request: () => ({ path: '/metrics' }) },
};

/** The metrics token of the apps here: /metrics exists only when one is set. */
const metrics = { token: 'jeton-du-collecteur-de-metriques' };

function expected(rule: Case, caller: Caller): number {
  const { who } = rule;
  if (typeof who === 'object') return who.public;
  if (caller === 'anonymous') return 401;
  if (who === 'signed-in') return rule.ok ?? 200;
  if (who === 'session') return 403;
  if (who === 'admin') return caller === 'admin' ? (rule.ok ?? 200) : 403;
  if (caller === 'admin') return rule.ok ?? 200;
  if (caller === 'outsider') return 404;
  return memberRoles.indexOf(caller) >= memberRoles.indexOf(who) ? (rule.ok ?? 200) : 403;
}

/**
 * A fresh server: a project with one member of each role, an outsider, a newcomer; a one-segment
 * document. With `withMetrics`, /metrics is served too (behind its token).
 */
async function world(withMetrics = false) {
  const t = await testApp(withMetrics ? { metrics } : {});
  const project = await t.services.projects.create({ name: 'Newsroom FR→EN' }, undefined, { name: 'camille' });
  const members = new Map<Caller, Awaited<ReturnType<typeof t.user>>>();
  for (const role of memberRoles) members.set(role, await t.user(role, role, project.id));
  members.set('outsider', await t.user('outsider'));
  await t.user('newcomer');
  const documentId = await importText(t.app, 'Bonjour.', 'txt', 'Brève', project.id);
  const [segment] = (await segmentsOf(t.app, documentId)).items;
  const comment = await t.services.segments.comment({ segmentId: segment!.id, body: 'À relire.' }, { name: 'camille' });
  const [revision] = await t.services.segments.revisions(segment!.id);
  const job = await t.services.jobs.start(documentId, { memory: true, mt: false, minScore: 75 }, { name: 'camille' });
  await t.services.jobs.settled(job.id);
  const term = await t.services.glossary.add(project.id, { source: 'Bonjour', target: 'Hello' });
  // The segment's empty translation is a QA finding, ignored once (so it can be taken back).
  await t.services.qa.ignore(segment!.id, { check: 'empty-target', key: 'emptyTarget', reason: 'Not translated yet.' }, { name: 'camille' });
  // An English version under review (version 1): one link, the segment and "Hello.".
  await t.services.documents.alignment.start(documentId, { bytes: new TextEncoder().encode('Hello.'), format: 'txt' }, { name: 'camille' });
  return { t, project, members, documentId, segmentId: segment!.id, commentId: comment.id, revisionId: revision!.id, jobId: job.id, termId: term.id };
}

type World = Awaited<ReturnType<typeof world>>;

/** Calls the route as `caller`, on `shared` (for reads) or on a fresh world (for writes, which may consume it). */
async function call(caller: Caller, rule: Case, shared?: World): Promise<number> {
  const w = shared ?? (await world());
  try {
    const callerTokenId = async () => {
      if (caller === 'anonymous') return 1;
      const request = caller === 'admin' ? w.t.app.request : w.members.get(caller)!.request;
      const listed = (await (await request('/api/account/tokens')).json()) as { items: { id: number }[] };
      return listed.items[0]!.id;
    };
    const fx: Fixture = {
      projectId: w.project.id,
      documentId: w.documentId,
      segmentId: w.segmentId,
      tokenId: await callerTokenId(),
      commentId: w.commentId,
      revisionId: w.revisionId,
      jobId: w.jobId,
      termId: w.termId,
    };
    const { path, method = 'GET', body } = rule.request(fx);
    let init: RequestInit = { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) };
    if (method === 'CSV') {
      const form = new FormData();
      form.append('file', new File(['mairie,town hall\n'], 'glossary.csv'));
      init = { method: 'POST', body: form };
    }
    if (method === 'TMX') {
      // A multipart upload of a one-pair memory.
      const form = new FormData();
      form.append('file', new File([tmx], 'memory.tmx'));
      init = { method: 'POST', body: form };
    }
    if (method === 'ARCHIVE') {
      // The project's own archive, imported as a new project (its name taken: « Newsroom FR→EN (2) »).
      const form = new FormData();
      form.append('file', new File([(await w.t.services.projects.exportArchive(fx.projectId, { name: 'camille' })).bytes], 'newsroom.visavis.zip'));
      init = { method: 'POST', body: form };
    }
    if (method === 'XLIFF') {
      // Targets sent back: one unit matched by its source.
      const form = new FormData();
      form.append('file', new File(['<xliff version="1.2"><file><body><trans-unit id="x"><source>Bonjour.</source><target>Hello.</target></trans-unit></body></file></xliff>'], 'retour.xlf'));
      init = { method: 'POST', body: form };
    }
    const request = caller === 'anonymous' ? w.t.anonymous : caller === 'admin' ? w.t.app.request : w.members.get(caller)!.request;
    const res = await request(path, init);
    await res.body?.cancel(); // event streams never end by themselves
    return res.status;
  } finally {
    if (!shared) await w.t.cleanup();
  }
}

describe('the authorization table', () => {
  it('declares every API route registered on the app, and the metrics, and nothing else', async () => {
    const t = await testApp({ metrics });
    const registered = new Set(
      t.hono.routes.filter((route) => (route.path.startsWith('/api/') || route.path === '/metrics') && route.method !== 'ALL').map((route) => `${route.method} ${route.path}`),
    );
    await t.cleanup();
    expect([...registered].filter((route) => !(route in authorization)), 'routes without a declared permission').toEqual([]);
    expect(Object.keys(authorization).filter((route) => !registered.has(route)), 'declared routes that do not exist').toEqual([]);
  });

  it('is checked by this test for every route', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(authorization).sort());
  });
});

describe.each(Object.entries(cases))('%s', (route, rule) => {
  it('answers each kind of caller as expected', async () => {
    const got: Record<string, number> = {};
    const want: Record<string, number> = {};
    const reads = route.startsWith('GET ');
    const shared = reads ? await world(route === 'GET /metrics') : undefined;
    try {
      for (const caller of callers) {
        want[caller] = expected(rule, caller);
        got[caller] = await call(caller, rule, shared);
      }
    } finally {
      await shared?.t.cleanup();
    }
    expect(got, route).toEqual(want);
  });
});
