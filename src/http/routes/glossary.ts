import { createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../domain/errors';
import type { GlossaryTerm } from '../../services';
import { uploadLimit } from '../middleware/upload-limit';
import { attachment } from '../content-disposition';
import { openApiApp } from '../openapi-app';
import { IdParams, problems } from '../schemas';

const Term = z
  .object({
    id: z.number().int(),
    source: z.string(),
    target: z.string().openapi({ description: 'The English to use (variants separated by ;); empty for an entry that only forbids' }),
    forbidden: z.string().openapi({ description: 'English renderings not to use for the term, separated by ; (the glossary QA check flags them as errors)' }),
    notes: z.string(),
    updatedAt: z.string(),
  })
  .openapi('GlossaryTerm');
const TermBody = z
  .object({ source: z.string().max(200), target: z.string().max(200), forbidden: z.string().max(1000).optional(), notes: z.string().max(2000).optional() })
  .strict()
  .openapi('NewGlossaryTerm');

const view = ({ id, source, target, forbidden, notes, updatedAt }: GlossaryTerm) => ({ id, source, target, forbidden, notes, updatedAt });

const listRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/glossary',
  tags: ['Glossary'],
  summary: "The project's glossary, French term → English term with notes",
  request: { params: IdParams },
  responses: { 200: { description: 'Entries', content: { 'application/json': { schema: z.object({ items: z.array(Term) }) } } }, ...problems(400, 401, 403, 404) },
});

const addRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/glossary',
  tags: ['Glossary'],
  summary: 'Add an entry (reviewers and owners); one entry per French term',
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: TermBody } } } },
  responses: { 201: { description: 'Added', content: { 'application/json': { schema: Term } } }, ...problems(400, 401, 403, 404, 409) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/glossary/{id}',
  tags: ['Glossary'],
  summary: 'Change an entry (reviewers and owners)',
  request: { params: IdParams, body: { required: true, content: { 'application/json': { schema: TermBody.partial().openapi('GlossaryTermChange') } } } },
  responses: { 200: { description: 'Changed', content: { 'application/json': { schema: Term } } }, ...problems(400, 401, 403, 404, 409) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/glossary/{id}',
  tags: ['Glossary'],
  summary: 'Remove an entry (reviewers and owners)',
  request: { params: IdParams },
  responses: { 204: { description: 'Removed' }, ...problems(400, 401, 403, 404) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/glossary/export',
  tags: ['Glossary'],
  summary: 'The glossary as CSV (source, target, notes, forbidden)',
  request: { params: IdParams, query: z.object({ format: z.enum(['csv']).default('csv') }) },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problems(400, 401, 403, 404) },
});

const importRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/glossary/import',
  tags: ['Glossary'],
  summary: 'Import CSV (source, target, notes, forbidden, or columns named by a header line): new terms added, existing ones updated (reviewers and owners)',
  request: {
    params: IdParams,
    body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } },
  },
  responses: {
    200: { description: 'What changed', content: { 'application/json': { schema: z.object({ added: z.number().int(), updated: z.number().int() }) } } },
    ...problems(400, 401, 403, 404, 413, 503),
  },
});

/** Project glossaries. */
export function glossaryRoutes(maxUploadBytes: number) {
  const app = openApiApp();
  app.post(
    '/projects/:id/glossary/import',
    uploadLimit(maxUploadBytes),
  );
  return app
    .openapi(listRoute, async (c) => c.json({ items: (await c.get('services').glossary.list(c.req.valid('param').id)).map(view) }, 200))
    .openapi(addRoute, async (c) => c.json(view(await c.get('services').glossary.add(c.req.valid('param').id, c.req.valid('json'))), 201))
    .openapi(updateRoute, async (c) => c.json(view(await c.get('services').glossary.update(c.req.valid('param').id, c.req.valid('json'))), 200))
    .openapi(deleteRoute, async (c) => {
      await c.get('services').glossary.delete(c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(exportRoute, async (c) =>
      c.body(await c.get('services').glossary.exportCsv(c.req.valid('param').id), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment('glossary.csv'),
      }),
    )
    .openapi(importRoute, async (c) => {
      const form = c.req.valid('form');
      if (!(form.file instanceof File)) throw new InvalidInputError('The upload has no "file" field.');
      return c.json(await c.get('services').glossary.importCsv(c.req.valid('param').id, new Uint8Array(await form.file.arrayBuffer())), 200);
    });
}
