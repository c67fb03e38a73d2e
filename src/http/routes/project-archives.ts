import { createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../domain/errors';
import { maxArchiveBytes } from '../../formats/project-archive';
import { attachment } from '../content-disposition';
import { uploadLimit } from '../middleware/upload-limit';
import { openApiApp } from '../openapi-app';
import { IdParams, Role, problems } from '../schemas';

const Counts = z
  .object({
    documents: z.number().int(),
    segments: z.number().int(),
    revisions: z.number().int(),
    comments: z.number().int(),
    qaIgnores: z.number().int(),
    alignmentReviews: z.number().int(),
    memory: z.number().int(),
    glossary: z.number().int(),
    members: z.number().int(),
    originals: z.number().int(),
  })
  .openapi('ArchiveCounts');

const exportRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/archive',
  tags: ['Projects'],
  summary: 'The project as one archive to import elsewhere (owners, audited)',
  description:
    'A zip (`format: "visavis-project"`, `version: 1` in its manifest.json): the project and its settings, members by username, glossary, documents with their original files, segments, revisions, comments, QA ignores, alignments under review and the memory. Import it with POST /api/projects/import or `visavis project import`.',
  request: { params: IdParams },
  responses: {
    200: { description: 'The archive (Content-Disposition: <project>.visavis.zip)', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...problems(400, 401, 403, 404, 413),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/projects/import',
  tags: ['Projects'],
  summary: 'Import a project archive as a new project; you become its owner',
  description:
    "Members are matched to this server's accounts by username (case aside); unknown usernames are listed in `members.unknown`, never created. The archive is checked before anything is written (400 `invalid_archive` says what is wrong with it; 422 `archive_version` for an archive of a newer vis-à-vis); nothing of a refused import is kept.",
  request: {
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: z
            .object({
              file: z.instanceof(File).openapi({ type: 'string', format: 'binary', description: 'A project archive (.visavis.zip)' }),
              name: z.string().max(100).optional().openapi({ description: "The new project's name; default: the archive's (with a number added when it is taken)" }),
            })
            .openapi('ProjectArchiveUpload'),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The new project',
      content: {
        'application/json': {
          schema: z
            .object({
              project: z.object({ id: z.number().int(), name: z.string() }),
              counts: Counts,
              members: z.object({
                added: z.array(z.object({ username: z.string(), role: Role })),
                unknown: z.array(z.string()).openapi({ description: 'Usernames with no account here: not added' }),
              }),
              skippedTerms: z.array(z.string()).openapi({ description: 'Glossary entries left out: their French term repeats another in another case' }),
            })
            .openapi('ImportedProject'),
        },
      },
    },
    ...problems(400, 401, 409, 413, 422),
  },
});

/** `/api/projects/:id/archive` and `/api/projects/import`: a project moved between instances as one archive. */
export function projectArchiveRoutes(maxUploadBytes: number) {
  const app = openApiApp();
  // An archive carries many documents and their history: its limit follows the upload limit (formats/project-archive.ts).
  app.post('/projects/import', uploadLimit(maxArchiveBytes(maxUploadBytes)));
  return app
    .openapi(exportRoute, async (c) => {
      const exported = await c.get('services').projects.exportArchive(c.req.valid('param').id, c.get('actor'));
      return c.body(exported.bytes, 200, { 'content-type': 'application/zip', 'content-disposition': attachment(exported.filename) });
    })
    .openapi(importRoute, async (c) => {
      const form = c.req.valid('form');
      if (!(form.file instanceof File)) throw new InvalidInputError('The upload has no "file" field.');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      return c.json(await c.get('services').projects.importArchive({ bytes, name: form.name }, c.get('user'), c.get('actor')), 201);
    });
}
