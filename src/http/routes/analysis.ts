import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { analysisBands } from '../../domain/analysis';
import type { AnalysisReport } from '../../services';
import { attachment } from '../content-disposition';
import type { AppEnv } from '../env';
import { openApiApp } from '../openapi-app';
import { AnalysisWeights, IdParams, problems } from '../schemas';

const Counts = z.object({
  segments: z.number().int(),
  words: z.number().int().openapi({ description: 'Words of the plain text, as counted everywhere in vis-à-vis' }),
  characters: z.number().int().openapi({ description: 'Characters of the plain text (code points, spaces included)' }),
  weighted: z.number().openapi({ description: "Words × the band's weight / 100, to two decimals" }),
});

const Analysis = z
  .object({
    projectId: z.number().int(),
    documentId: z.number().int().nullable().openapi({ description: "Null for a project's analysis" }),
    documents: z.number().int(),
    bands: z.array(Counts.extend({ band: z.enum(analysisBands) })).openapi({
      description:
        'In this order: repetitions (the source, normalised, occurred earlier: the first occurrence is banded by its match), in-context (100 % and the memory unit had the same previous and next source), 100, 95-99, 85-94, 75-84, 50-74, no-match',
    }),
    total: Counts,
    weights: AnalysisWeights,
  })
  .openapi('Analysis');

const Query = z.object({ format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: one row per band and a total row, English column names' }) });

const responses = {
  200: {
    description: 'Segments, words, characters and weighted words per band',
    content: { 'application/json': { schema: Analysis }, 'text/csv': { schema: z.string() } },
  },
  ...problems(400, 401, 403, 404),
};

const documentRoute = createRoute({
  method: 'get',
  path: '/documents/{id}/analysis',
  tags: ['Analysis'],
  summary: "Word-count analysis of the document against its project's memory as it stands (the document's own confirmed segments aside)",
  request: { params: IdParams, query: Query },
  responses,
});

const projectRoute = createRoute({
  method: 'get',
  path: '/projects/{id}/analysis',
  tags: ['Analysis'],
  summary: "Word-count analysis of every document of the project against its memory; repetitions counted across documents, oldest first",
  request: { params: IdParams, query: Query },
  responses,
});

function reply(c: Context<AppEnv>, report: AnalysisReport, format: 'json' | 'csv', filename: string) {
  if (format === 'json') return c.json(report, 200);
  return c.body(c.get('services').analysis.csv(report), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(filename) });
}

/** `/api/…/analysis`: word-count analyses against the memory (issue 27). */
export function analysisRoutes() {
  return openApiApp()
    .openapi(documentRoute, async (c) => {
      const { id } = c.req.valid('param');
      return reply(c, await c.get('services').analysis.document(id), c.req.valid('query').format, `analysis-document-${id}.csv`);
    })
    .openapi(projectRoute, async (c) => {
      const { id } = c.req.valid('param');
      return reply(c, await c.get('services').analysis.project(id), c.req.valid('query').format, `analysis-project-${id}.csv`);
    });
}
