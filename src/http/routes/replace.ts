import { createRoute, z } from '@hono/zod-openapi';
import { maxFindLength } from '../../domain/find';
import { openApiApp } from '../openapi-app';
import { IdParams, problems, QaFinding, Status, TextSpan as Span } from '../schemas';
const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const Options = z
  .object({
    caseSensitive: z.boolean().optional().openapi({ description: 'Match case exactly (default: no)' }),
    wholeWord: z.boolean().optional().openapi({ description: 'Whole words only' }),
    regex: z.boolean().optional().openapi({ description: 'A JavaScript regular expression (Unicode); the replacement may use $1, $<name>, $& and $$' }),
    ignoreAccents: z.boolean().optional().openapi({ description: 'Accents ignored: etat finds État' }),
  })
  .strict()
  .openapi('FindOptions');

const findRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/find',
  tags: ['Find and replace'],
  summary: 'Every match of a search in the whole document, French and/or English (codes are never matched)',
  request: {
    params: IdParams,
    query: z.object({
      q: z.string().min(1).max(maxFindLength),
      in: z.enum(['source', 'target', 'both']).default('both'),
      case: flag.openapi({ description: 'Match case exactly' }),
      word: flag.openapi({ description: 'Whole words only' }),
      regex: flag.openapi({ description: 'q is a regular expression' }),
      accents: flag.openapi({ description: 'Ignore accents' }),
    }),
  },
  responses: {
    200: {
      description: 'The segments with a match, in document order; offsets count in the words (codes out)',
      content: { 'application/json': { schema: z.object({ count: z.number().int(), items: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), source: z.array(Span), target: z.array(Span) })) }).openapi('FoundInDocument') } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

const ReplaceBody = z
  .object({
    find: z.string().min(1).max(maxFindLength),
    replace: z.string().max(10_000),
    options: Options.optional(),
    dryRun: z.boolean().optional().openapi({ description: 'Only say what would change' }),
    segmentIds: z.array(z.number().int().positive()).min(1).max(10_000).optional().openapi({ description: 'Only in these segments (replace one); the whole document otherwise' }),
  })
  .strict()
  .openapi('ReplaceRequest');

const Change = z
  .object({
    segmentId: z.number().int(),
    position: z.number().int(),
    before: z.string(),
    after: z.string(),
    beforeText: z.string(),
    afterText: z.string(),
    matches: z.number().int(),
    status: Status,
    newStatus: Status,
  })
  .openapi('ReplaceChange');

const Skipped = z.object({ segmentId: z.number().int(), position: z.number().int(), reason: z.enum(['empty', 'changed', 'codes', 'too-long']) });

const replaceRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/replace',
  tags: ['Find and replace'],
  summary:
    "Replace in the document's targets (translators and up): each changed segment a revision of origin replace, approved ones back to translated, all one batch; a dry run lists the changes and writes nothing",
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: ReplaceBody } } } },
  responses: {
    200: {
      description: 'The changes (made, or that would be), the segments left as they were, and the batch to undo',
      content: { 'application/json': { schema: z.object({ dryRun: z.boolean(), count: z.number().int(), changes: z.array(Change), skipped: z.array(Skipped), heldForQa: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), findings: z.array(QaFinding) })), batch: z.string().nullable() }).openapi('ReplaceResult') } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

const undoRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/replace/undo',
  tags: ['Find and replace'],
  summary: 'Take back a replace-all (translators and up): the segments nobody changed since get their text and status back',
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: z.object({ batch: z.string().min(1).max(100) }).strict() } } } },
  responses: {
    200: {
      description: 'Restored, and left because they changed since',
      content: { 'application/json': { schema: z.object({ restored: z.array(z.object({ segmentId: z.number().int(), position: z.number().int() })), skipped: z.array(z.object({ segmentId: z.number().int(), position: z.number().int() })) }) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

/** `/api/documents/:id/find`, `…/replace`: find in the whole document, replace in its targets. */
export function replaceRoutes() {
  return openApiApp()
    .openapi(findRoute, async (c) => {
      const query = c.req.valid('query');
      const options = { caseSensitive: query.case, wholeWord: query.word, regex: query.regex, ignoreAccents: query.accents };
      return c.json(await c.get('services').documents.find(c.req.valid('param').id, { find: query.q, options, in: query.in }, c.get('actor')), 200);
    })
    .openapi(replaceRoute, async (c) => c.json(await c.get('services').documents.replace(c.req.valid('param').id, c.req.valid('json'), c.get('actor')), 200))
    .openapi(undoRoute, async (c) => c.json(await c.get('services').documents.undoReplace(c.req.valid('param').id, c.req.valid('json').batch, c.get('actor')), 200));
}
