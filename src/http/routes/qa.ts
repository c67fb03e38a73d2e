import { createRoute, z } from '@hono/zod-openapi';
import { checkIds, checks } from '../../domain/qa';
import { authorizeProject } from '../authorization';
import { openApiApp } from '../openapi-app';
import { IdParams, problems, QaFinding, Status } from '../schemas';

const Severity = z.enum(['error', 'warning']);

const checksRoute = createRoute({
  method: 'get',
  path: '/qa/checks',
  tags: ['Quality checks'],
  summary: 'Every quality check, as the registry declares it: its id, name, severity as designed, whether it reads empty translations, and what it finds (in English, with an example)',
  responses: {
    200: {
      description: 'The checks, in the order findings are listed',
      content: { 'application/json': { schema: z.object({ items: z.array(z.object({ id: z.enum(checkIds), name: z.string().openapi({ description: 'Its name, in English' }), severity: Severity, scope: z.enum(['segment', 'document']), skipsEmptyTarget: z.boolean().openapi({ description: 'Whether it reads pairs whose translation is empty (only the empty-target check does)' }), description: z.string() }).openapi('QaCheck')) }) } },
    },
    ...problems(401),
  },
});

const CheckBody = z
  .object({
    source: z.string().max(100_000),
    target: z.string().max(100_000),
    variant: z.enum(['en-US', 'en-GB']).optional().openapi({ description: "The English the dates are written in; the project's when a project is named, else en-US" }),
    projectId: z.number().int().positive().optional().openapi({ description: "Check with this project's glossary and settings (its members only)" }),
  })
  .strict()
  .openapi('QaCheckRequest');

const checkRoute = createRoute({
  method: 'post',
  path: '/qa/check',
  tags: ['Quality checks'],
  summary: "Check a pair of texts (for scripts and other tools): the segment checks (not those of a whole document), with a project's glossary and settings when one is named",
  request: { body: { required: true, content: { 'application/json': { schema: CheckBody } } } },
  responses: { 200: { description: 'Its findings', content: { 'application/json': { schema: z.object({ items: z.array(QaFinding) }) } } }, ...problems(400, 401, 403, 404) },
});

const documentRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/qa',
  tags: ['Quality checks'],
  summary: "Every quality-check finding of the document's translations (segments not translated yet aside), the checks across the document and the project's other documents included",
  request: {
    params: IdParams,
    query: z.object({ check: z.enum(checkIds).optional().openapi({ description: "Only this check's findings" }), severity: Severity.optional().openapi({ description: 'Only errors, or only warnings' }) }),
  },
  responses: {
    200: {
      description: 'Counts, and the findings in document order',
      content: {
        'application/json': {
          schema: z
            .object({
              errors: z.number().int().openapi({ description: 'Errors among the findings listed' }),
              warnings: z.number().int(),
              ignored: z.number().int().openapi({ description: 'Findings ignored with a reason on the targets as they are: neither counted nor listed' }),
              items: z.array(QaFinding.extend({ segmentId: z.number().int(), position: z.number().int().openapi({ description: "The segment's place in the document, from 0" }), status: Status })),
            })
            .openapi('DocumentQa'),
        },
      },
    },
    ...problems(401, 403, 404),
  },
});

const segmentRoute = createRoute({
  method: 'get',
  path: '/segments/{id}/qa',
  tags: ['Quality checks'],
  summary: "The findings of one segment's translation",
  request: { params: IdParams },
  responses: { 200: { description: 'Its findings', content: { 'application/json': { schema: z.object({ items: z.array(QaFinding) }) } } }, ...problems(401, 403, 404) },
});

const IgnoreBody = z.object({ check: z.string().max(40), key: z.string().max(80), reason: z.string().min(1).max(10_000) }).strict().openapi('QaIgnore');

const ignoreRoute = createRoute({
  method: 'post',
  path: '/segments/{id}/qa/ignore',
  tags: ['Quality checks'],
  summary: "Ignore a finding of the segment's current translation, with a reason (translators and up): no longer listed, counted, nor blocking, until the translation changes",
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: IgnoreBody } } } },
  responses: { 200: { description: 'The findings left', content: { 'application/json': { schema: z.object({ items: z.array(QaFinding) }) } } }, ...problems(400, 401, 403, 404) },
});

const unignoreRoute = createRoute({
  method: 'delete',
  path: '/segments/{id}/qa/ignore',
  tags: ['Quality checks'],
  summary: 'Take back an ignored finding (translators and up)',
  request: { params: IdParams, query: z.object({ check: z.string().max(40), key: z.string().max(80) }) },
  responses: { 204: { description: 'It counts again' }, ...problems(400, 401, 403, 404) },
});

/** `/api/…/qa`: the quality checks' findings (domain/qa). */
export function qaRoutes() {
  return openApiApp()
    .openapi(checksRoute, (c) => c.json({ items: checks.map((check) => ({ id: check.id, name: check.name, severity: check.severity, scope: 'run' in check ? ('segment' as const) : ('document' as const), skipsEmptyTarget: check.skipsEmptyTarget, description: check.description })) }, 200))
    .openapi(checkRoute, async (c) => {
      const body = c.req.valid('json');
      if (body.projectId !== undefined) await authorizeProject(c, body.projectId);
      return c.json({ items: await c.get('services').qa.check(body) }, 200);
    })
    .openapi(documentRoute, async (c) => c.json(await c.get('services').qa.document(c.req.valid('param').id, c.req.valid('query'), c.get('actor')), 200))
    .openapi(segmentRoute, async (c) => c.json({ items: await c.get('services').qa.segment(c.req.valid('param').id) }, 200))
    .openapi(ignoreRoute, async (c) => c.json({ items: await c.get('services').qa.ignore(c.req.valid('param').id, c.req.valid('json'), c.get('actor')) }, 200))
    .openapi(unignoreRoute, async (c) => {
      const { check, key } = c.req.valid('query');
      await c.get('services').qa.unignore(c.req.valid('param').id, check, key, c.get('actor'));
      return c.body(null, 204);
    });
}
