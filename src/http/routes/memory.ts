import { createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../domain/errors';
import { concordanceMaxLength } from '../../domain/tm/concordance';
import { uploadLimit } from '../middleware/upload-limit';
import { attachment } from '../content-disposition';
import { openApiApp } from '../openapi-app';
import { IdParams, InlineCode, problems } from '../schemas';

const Unit = z
  .object({
    id: z.number().int(),
    source: z.string().openapi({ description: 'Plain text, or inline markup when codes is not empty' }),
    target: z.string(),
    quality: z.enum(['approved', 'translated']),
    author: z.string().nullable(),
    codes: z.array(InlineCode),
    updatedAt: z.string(),
  })
  .openapi('MemoryUnit');

const searchRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/memory/search',
  tags: ['Memory'],
  summary: "Concordance: memory units whose source or translation contains the text (case and accents ignored)",
  request: {
    params: IdParams,
    query: z.object({
      q: z
        .string()
        .min(1, 'Give a text to search for.')
        .max(concordanceMaxLength, `The text to search for is longer than ${concordanceMaxLength} characters: search for a shorter part of it.`)
        .openapi({ description: `At most ${concordanceMaxLength} characters` }),
    }),
  },
  responses: {
    200: { description: 'Units, newest first (at most 100)', content: { 'application/json': { schema: z.object({ items: z.array(Unit) }) } } },
    ...problems(400, 401, 403, 404),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/projects/{id}/memory/import',
  tags: ['Memory'],
  summary: "Import a TMX 1.4 memory (French–English pairs) into the project's memory (owners)",
  request: {
    params: IdParams,
    body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }) }) } } },
  },
  responses: {
    200: { description: 'How many pairs entered the memory', content: { 'application/json': { schema: z.object({ imported: z.number().int(), skipped: z.number().int().openapi({ description: 'Pairs the memory already had (or the file had twice): not added again' }) }) } } },
    ...problems(400, 401, 403, 404, 413, 415, 422, 503),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/memory/export',
  tags: ['Memory'],
  summary: "The project's memory as TMX 1.4b",
  request: { params: IdParams },
  responses: { 200: { description: 'TMX', content: { 'application/x-tmx+xml': { schema: z.string() } } }, ...problems(400, 401, 403, 404) },
});

/** `/api/projects/:id/memory…`: the project's translation memory. */
export function memoryRoutes(maxUploadBytes: number) {
  const app = openApiApp();
  app.post(
    '/projects/:id/memory/import',
    uploadLimit(maxUploadBytes),
  );
  return app
    .openapi(searchRoute, async (c) => {
      const units = await c.get('services').memory.search(c.req.valid('param').id, c.req.valid('query').q);
      return c.json({ items: units.map(({ id, source, target, codes, quality, author, updatedAt }) => ({ id, source, target, codes, quality, author, updatedAt })) }, 200);
    })
    .openapi(importRoute, async (c) => {
      const form = c.req.valid('form');
      if (!(form.file instanceof File)) throw new InvalidInputError('The upload has no "file" field.');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      return c.json(await c.get('services').memory.import(c.req.valid('param').id, bytes, c.get('actor').name), 200);
    })
    .openapi(exportRoute, async (c) => {
      const { xml, filename } = await c.get('services').memory.export(c.req.valid('param').id);
      return c.body(xml, 200, { 'content-type': 'application/x-tmx+xml; charset=utf-8', 'content-disposition': attachment(filename) });
    });
}
