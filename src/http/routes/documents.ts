import { extensionsInWords, formatIds } from '../../formats/registry';
import { createRoute, z } from '@hono/zod-openapi';
import { permissionsOf } from '../../domain/permissions';
import { authorizeProject } from '../authorization';
import { uploadLimit } from '../middleware/upload-limit';
import { attachment } from '../content-disposition';
import { openApiApp } from '../openapi-app';
import { InvalidInputError } from '../../domain/errors';
import { statuses } from '../../domain/segment';
import { AssistQuery, AssistReport, DocumentSummary, ExportQuery, HeldForQa, IdParams, ListedSegment, problems } from '../schemas';

const ImportJson = z
  .object({
    title: z.string().max(200).optional(),
    text: z.string().openapi({ example: 'Titre\n\nUn premier paragraphe.' }),
    format: z.string().default('txt').openapi({ example: 'txt', description: `A format id of GET /api/formats: ${formatIds.join(', ')}` }),
    projectId: z.number().int().positive().optional().openapi({ description: 'Default: the default project' }),
    translationText: z.string().optional().openapi({ description: 'An English version of the text, aligned onto the segments (their targets filled as drafts)' }),
    translationFormat: z.string().optional().openapi({ description: 'The English version\'s format id (default: txt)' }),
  })
  .openapi('ImportText');

const ImportForm = z
  .object({
    file: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: `A ${extensionsInWords()} file` }),
    title: z.string().max(200).optional(),
    format: z.string().optional().openapi({ description: 'Overrides the format given by the file extension' }),
    projectId: z.coerce.number().int().positive().optional().openapi({ type: 'integer', description: 'Default: the default project' }),
    translation: z.instanceof(File).optional().openapi({ type: 'string', format: 'binary', description: 'An English version (any monolingual format), aligned onto the segments' }),
  })
  .openapi('ImportFile');

const Alignment = z
  .object({
    links: z.number().int(),
    filled: z.array(z.number().int()).openapi({ description: 'Segments whose target the English filled (draft, origin alignment)' }),
    conflicts: z.array(z.object({ segmentId: z.number().int(), position: z.number().int(), current: z.string(), incoming: z.string() })),
    unaligned: z.object({ french: z.array(z.number().int()), english: z.array(z.string()) }).openapi({ description: 'Segments without English, and English no segment took' }),
    uncertain: z.array(z.object({ segmentIds: z.array(z.number().int()), english: z.string(), score: z.number() })).openapi({ description: 'Links not filled: unsure, or several segments for one English paragraph' }),
    assist: AssistReport,
  })
  .openapi('Alignment');

const Imported = z
  .object({
    id: z.number().int(),
    projectId: z.number().int(),
    title: z.string(),
    segmentCount: z.number().int(),
    heldForQa: z.array(z.number().int()).openapi({ description: 'Segments a bilingual file said were translated, stored as drafts: the quality checks found errors in them' }),
    alignment: Alignment.optional(),
  })
  .openapi('Imported');



const importRoute = createRoute({
  method: 'post',
  path: '/documents',
  tags: ['Documents'],
  summary: `Import a French document (${extensionsInWords()}), as a file upload or as JSON text`,
  request: {
    query: AssistQuery,
    body: {
      // Not `required`: zod-openapi then validates only the part matching the Content-Type;
      // the handler refuses a request that has neither.
      required: false,
      description: 'Either a multipart upload (field `file`) or JSON text',
      content: { 'multipart/form-data': { schema: ImportForm }, 'application/json': { schema: ImportJson } },
    },
  },
  responses: {
    201: { description: 'Imported, in one transaction', content: { 'application/json': { schema: Imported } } },
    ...problems(400, 401, 403, 404, 413, 415, 503),
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/documents',
  tags: ['Documents'],
  summary: 'List documents with segment and word counts by status',
  request: {
    query: z.object({ projectId: z.coerce.number().int().positive().optional().openapi({ description: 'Only this project' }) }),
  },
  responses: {
    200: { description: 'Documents, most recently changed first', content: { 'application/json': { schema: z.object({ items: z.array(DocumentSummary) }) } } },
    ...problems(400, 401, 403, 404),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/documents/{id}',
  tags: ['Documents'],
  summary: 'A document and its statistics',
  request: { params: IdParams },
  responses: {
    200: { description: 'The document', content: { 'application/json': { schema: DocumentSummary } } },
    ...problems(400, 401, 403, 404),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/documents/{id}',
  tags: ['Documents'],
  summary: 'Delete a document with its segments and history',
  request: { params: IdParams },
  responses: { 204: { description: 'Deleted' }, ...problems(400, 401, 403, 404) },
});

const StatusList = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const list = value.split(',').map((part) => part.trim()).filter(Boolean);
    const unknown = list.filter((status) => !(statuses as readonly string[]).includes(status));
    if (unknown.length) {
      ctx.addIssue({ code: 'custom', message: `Unknown status ${unknown.join(', ')}; use ${statuses.join(', ')}` });
      return z.NEVER;
    }
    return list as (typeof statuses)[number][];
  })
  .openapi({ type: 'string', description: 'One status or several, comma-separated', example: 'new,draft' });

const segmentsRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/segments',
  tags: ['Segments'],
  summary: "A page of a document's segments, filtered by status and text",
  request: {
    params: IdParams,
    query: z.object({
      status: StatusList,
      q: z.string().max(500).optional().openapi({ description: 'Text in the source or target (case and accents ignored)' }),
      qa: z.enum(['findings', 'errors']).optional().openapi({ description: 'Only segments with quality-check findings (or errors)' }),
      after: z.coerce.number().int().min(-1).optional().openapi({ description: 'Only segments after this position' }),
      offset: z.coerce.number().int().min(0).default(0),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
  },
  responses: {
    200: {
      description: 'The page and the number of segments matching the filter',
      content: { 'application/json': { schema: z.object({ total: z.number().int(), items: z.array(ListedSegment) }) } },
    },
    ...problems(400, 401, 403, 404),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/export',
  tags: ['Documents'],
  summary: 'Download the English version',
  request: { params: IdParams, query: ExportQuery },
  responses: {
    200: {
      description:
        'The English file; `X-Untranslated-Segments` counts segments with no translation, `X-QA-Errors` the quality checks’ errors. ' +
        'A text file exported in its own format (HTML, plain text, Markdown, SubRip, WebVTT) is written in the encoding and byte-order mark it came in (the `charset` of `Content-Type`): untouched, it is the original byte for byte. ' +
        'In HTML, English characters that encoding cannot hold are written as character references (`&#8220;`). ' +
        'A text or subtitle file whose English needs such characters (an emoji in a Windows-1252 file) is written in UTF-8 instead, its byte-order mark kept, and `X-Encoding-Changed` says so: `utf-8; was=windows-1252`.',
      headers: z.object({
        'X-Untranslated-Segments': z.string(),
        'X-QA-Errors': z.string(),
        'X-Encoding-Changed': z.string().optional().openapi({ description: 'Only when the file is not in its source’s encoding: the encoding written, and `was=` the source’s', example: 'utf-8; was=windows-1252' }),
      }),
      content: { 'text/plain': { schema: z.string() }, 'text/markdown': { schema: z.string() } },
    },
    ...problems(400, 401, 403, 404, 415, 422),
  },
});

export const SourceJson = z
  .object({ text: z.string().openapi({ example: 'Titre\n\nUn paragraphe corrigé.' }), format: z.string().optional().openapi({ description: "Default: the document's" }) })
  .strict()
  .openapi('SourceText');

export const SourceForm = z.object({ file: z.instanceof(File).openapi({ type: 'string', format: 'binary' }), format: z.string().optional() }).openapi('SourceFile');

const translationRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/translation',
  tags: ['Documents'],
  summary: 'Align an existing English version onto the document, filling empty targets as drafts (translators)',
  description:
    'Targets already typed are never overwritten: they are listed in conflicts. English that no segment takes is listed in unaligned.english. The alignment is kept for review (`/documents/{id}/alignment`): accepting it confirms the drafts it filled.',
  request: {
    params: IdParams,
    query: AssistQuery,
    body: { required: false, content: { 'multipart/form-data': { schema: SourceForm }, 'application/json': { schema: SourceJson } } },
  },
  responses: {
    200: { description: 'What was aligned and filled', content: { 'application/json': { schema: Alignment } } },
    ...problems(400, 401, 403, 404, 413, 415, 503),
  },
});

const SourceUpdate = z
  .object({
    unchanged: z.number().int(),
    changed: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    changedIds: z.array(z.number().int()),
    addedIds: z.array(z.number().int()),
  })
  .openapi('SourceUpdate');

const sourceRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/source',
  tags: ['Documents'],
  summary: "Replace the document's French source with a revised one, keeping the translations (owners)",
  description:
    'Unchanged segments (even moved) keep target and status; edited ones keep their target, go back to draft with `sourceChanged` and `previousSource`; new ones are `new`; removed ones are archived with their history.',
  request: {
    params: IdParams,
    body: { required: false, content: { 'multipart/form-data': { schema: SourceForm }, 'application/json': { schema: SourceJson } } },
  },
  responses: {
    200: { description: 'What changed', content: { 'application/json': { schema: SourceUpdate } } },
    ...problems(400, 401, 403, 404, 413, 415, 503),
  },
});

const TargetsImport = z
  .object({
    updated: z.array(z.number().int()).openapi({ description: 'Segments whose target or status the file changed (a revision with origin import each)' }),
    unchanged: z.number().int(),
    conflicts: z
      .array(
        z.object({
          segmentId: z.number().int(),
          position: z.number().int(),
          reason: z.enum(['changed-since-export', 'translated-differently']),
          current: z.string(),
          incoming: z.string(),
        }),
      )
      .openapi({ description: 'Units not applied: the segment changed since the export, or already has another translation' }),
    unmatched: z.array(z.string()).openapi({ description: 'Units of the file matching no segment (their ids)' }),
    heldForQa: HeldForQa,
    refused: z
      .array(z.object({ segmentId: z.number().int(), position: z.number().int(), code: z.string(), message: z.string() }))
      .openapi({ description: 'Units the workflow refused (a status your role may not set, codes that do not fit, a target too long): left as they were' }),
  })
  .openapi('TargetsImport');

const targetsRoute = createRoute({
  method: 'post',
  path: '/documents/{id}/targets',
  tags: ['Documents'],
  summary: 'Take back an XLIFF file exported from this document (and edited in another tool) as an update of its targets',
  description:
    'Units are matched by the segment ids the export wrote, else by id, else by source. A changed target is applied when the segment has not changed since the export, or has no translation; otherwise it is listed in `conflicts` and nothing is overwritten.',
  request: { params: IdParams, body: { required: true, content: { 'multipart/form-data': { schema: SourceForm } } } },
  responses: {
    200: { description: 'What changed', content: { 'application/json': { schema: TargetsImport } } },
    ...problems(400, 401, 403, 404, 413, 415, 503),
  },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/review-report',
  tags: ['Review'],
  summary: 'Every segment changed since a date (or since its last approval), with its diff, comments and status',
  description: 'format=html (default) is one standalone HTML file, without scripts or external resources, to read offline.',
  request: {
    params: IdParams,
    query: z.object({
      since: z.string().max(40).optional().openapi({ description: 'ISO date or time; default: since each segment was last approved', example: '2026-11-24' }),
      format: z.enum(['html', 'json']).default('html'),
    }),
  },
  responses: {
    200: {
      description: 'The report',
      content: { 'text/html': { schema: z.string() }, 'application/json': { schema: z.object({ items: z.array(z.record(z.string(), z.unknown())) }).passthrough() } },
    },
    ...problems(400, 401, 403, 404),
  },
});

/**
 * The preview's own policy: a sandbox without scripts (same origin kept, so the editor may scroll
 * and patch it), nothing loaded but inline styles and `data:` images, framed only by the editor.
 */
export const previewPolicy = "sandbox allow-same-origin; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const previewRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/preview',
  tags: ['Documents'],
  summary: 'A live preview of the English in the document’s own layout, as one HTML page',
  description:
    'HTML and Markdown documents keep their layout; the other formats are drawn from their segments (headings, lists, quotations, table cells, subtitles with their timings), inline codes as formatting. ' +
    'Every segment’s words are wrapped in an element with `data-vv-segment="<id>"`; untranslated segments show the French (`class="vv-untranslated" lang="fr"`). ' +
    'Scripts, event handlers, frames, objects and outside resources are left out (images become a box with their alt text), and the page is served with a CSP `sandbox` that runs no script and loads nothing.',
  request: { params: IdParams },
  responses: {
    200: {
      description: 'The page',
      headers: z.object({ 'Content-Security-Policy': z.string().openapi({ example: previewPolicy }) }),
      content: { 'text/html': { schema: z.string() } },
    },
    ...problems(400, 401, 403, 404, 503),
  },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/stats',
  tags: ['Review'],
  summary: 'Words by status, per translator too; segments changed in review; post-editing effort',
  request: { params: IdParams },
  responses: {
    200: { description: 'Statistics', content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi('DocumentStats') } } },
    ...problems(400, 401, 403, 404),
  },
});

/** A body that is a multipart `file` (with an optional `format`) or JSON `{text, format}`, as bytes. */
export async function fileOrText(
  type: string | undefined,
  form: () => { file?: File; format?: string | undefined } | Record<string, never>,
  json: () => { text?: string; format?: string | undefined } | Record<string, never>,
): Promise<{ bytes: Uint8Array; filename?: string | undefined; format?: string | undefined }> {
  if ((type ?? '').startsWith('multipart/form-data')) {
    const body = form();
    if (!('file' in body) || !body.file) throw new InvalidInputError('The upload has no "file" field.');
    return { bytes: new Uint8Array(await body.file.arrayBuffer()), filename: body.file.name, format: body.format };
  }
  const body = json();
  if (!('text' in body) || body.text === undefined) throw new InvalidInputError('The JSON body has no "text" field.');
  return { bytes: new TextEncoder().encode(body.text), format: body.format };
}

/** `/api/documents…`: import, list, read, delete, list segments, export. */
export function documentRoutes(maxUploadBytes: number) {
  const app = openApiApp();
  // A body over the limit is refused before it is read whole, and nothing is stored.
  app.post(
    '/documents',
    uploadLimit(maxUploadBytes),
  );

  app.post(
    '/documents/:id/source',
    uploadLimit(maxUploadBytes),
  );

  app.post('/documents/:id/targets', uploadLimit(maxUploadBytes));
  app.post('/documents/:id/translation', uploadLimit(maxUploadBytes));

  return app
    .openapi(reportRoute, async (c) => {
      const { since, format } = c.req.valid('query');
      const { id } = c.req.valid('param');
      const { documents } = c.get('services');
      const document = await documents.get(id);
      const report = await documents.reviewReport(id, { since, render: format }, c.get('actor'));
      if (format === 'json') return c.body(report, 200, { 'content-type': 'application/json' }) as never;
      return c.body(report, 200, {
        'content-type': 'text/html; charset=utf-8',
        'content-disposition': attachment(`${document.title}.review.html`),
      });
    })
    .openapi(previewRoute, async (c) => {
      const html = await c.get('services').documents.preview(c.req.valid('param').id, c.get('actor'));
      return c.body(html, 200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': previewPolicy,
        'x-content-type-options': 'nosniff',
        // The English changes as it is typed: never a stale copy from a cache.
        'cache-control': 'no-store',
      });
    })
    .openapi(statsRoute, async (c) => c.json(await c.get('services').documents.stats(c.req.valid('param').id), 200))
    .openapi(sourceRoute, async (c) => {
      const upload = await fileOrText(c.req.header('content-type'), () => c.req.valid('form'), () => c.req.valid('json'));
      return c.json(await c.get('services').documents.updateSource({ documentId: c.req.valid('param').id, ...upload }, c.get('actor')), 200);
    })
    .openapi(translationRoute, async (c) => {
      const upload = await fileOrText(c.req.header('content-type'), () => c.req.valid('form'), () => c.req.valid('json'));
      const english = { ...upload, format: upload.format ?? (upload.filename ? undefined : 'txt') };
      return c.json(await c.get('services').documents.alignTranslation(c.req.valid('param').id, english, c.get('actor'), { mt: c.req.valid('query').assist === 'mt' }), 200);
    })
    .openapi(targetsRoute, async (c) => {
      const form = c.req.valid('form');
      if (!('file' in form)) throw new InvalidInputError('The upload has no "file" field.');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      return c.json(await c.get('services').documents.importTargets({ documentId: c.req.valid('param').id, bytes, filename: form.file.name, format: form.format }, c.get('actor')), 200);
    })
    .openapi(importRoute, async (c) => {
      const { services } = c.var;
      // The project is named in the body (default: the caller's first project they may add to).
      const into = async (projectId: number | undefined) => {
        const id = projectId ?? (await services.projects.defaultFor(c.get('user')));
        await authorizeProject(c, id);
        return id;
      };
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('multipart/form-data')) {
        const form = c.req.valid('form');
        if (!('file' in form)) throw new InvalidInputError('The upload has no "file" field.');
        const projectId = await into(form.projectId);
        const bytes = new Uint8Array(await form.file.arrayBuffer());
        const translation = form.translation ? { bytes: new Uint8Array(await form.translation.arrayBuffer()), filename: form.translation.name } : undefined;
        const imported = await services.documents.import(
          { bytes, filename: form.file.name, title: form.title, format: form.format, projectId, translation, assist: { mt: c.req.valid('query').assist === 'mt' } },
          c.get('actor'),
        );
        return c.json(imported, 201);
      }
      const body = c.req.valid('json');
      if (!('text' in body)) throw new InvalidInputError('The JSON body has no "text" field.');
      const projectId = await into(body.projectId);
      const translation = body.translationText === undefined ? undefined : { bytes: new TextEncoder().encode(body.translationText), format: body.translationFormat ?? 'txt' };
      const imported = await services.documents.import(
        { bytes: new TextEncoder().encode(body.text), format: body.format, title: body.title, projectId, translation, assist: { mt: c.req.valid('query').assist === 'mt' } },
        c.get('actor'),
      );
      return c.json(imported, 201);
    })
    .openapi(listRoute, async (c) => {
      const { projectId } = c.req.valid('query');
      if (projectId !== undefined) await authorizeProject(c, projectId);
      return c.json({ items: await c.get('services').documents.list(c.get('user'), projectId) }, 200);
    })
    .openapi(getRoute, async (c) => {
      const document = await c.get('services').documents.get(c.req.valid('param').id);
      const role = c.get('access')?.role;
      return c.json(role ? { ...document, role, permissions: permissionsOf(role) } : document, 200);
    })
    .openapi(deleteRoute, async (c) => {
      await c.get('services').documents.delete(c.req.valid('param').id, c.get('actor'));
      return c.body(null, 204);
    })
    .openapi(segmentsRoute, async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const page = await c.get('services').documents.segments(id, {
        statuses: query.status,
        q: query.q,
        qa: query.qa,
        afterPosition: query.after,
        offset: query.offset,
        limit: query.limit,
      });
      return c.json(page, 200);
    })
    .openapi(exportRoute, async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const exported = await c.get('services').documents.export({ documentId: id, format: query.format, untranslated: query.untranslated }, c.get('actor'));
      const qa = await c.get('services').qa.document(id, {}, c.get('actor'));
      return c.body(exported.bytes, 200, {
        'content-type': exported.mediaType,
        'content-disposition': attachment(exported.filename),
        'x-untranslated-segments': String(exported.untranslated),
        'x-qa-errors': String(qa.errors),
        ...(exported.encoding?.was ? { 'x-encoding-changed': `${exported.encoding.encoding}; was=${exported.encoding.was.encoding}` } : {}),
      });
    });
}
