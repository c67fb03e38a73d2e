import { type CheckId, checkIds } from '../domain/qa';
import { type AnalysisBand, analysisBands } from '../domain/analysis';
import { formatIds } from '../formats/registry';
import { z } from '@hono/zod-openapi';
import { permissions, roles } from '../domain/permissions';
import { codeKinds } from '../domain/inline';
import { revisionOrigins, segmentKinds, statuses } from '../domain/segment';
import { untranslatedPolicies } from '../services';

/** Schemas shared by the routes: they validate requests and generate the OpenAPI document. */

export const Id = z.coerce.number().int().positive().openapi({ example: 1 });
export const IdParams = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });

export const Status = z.enum(statuses).openapi('Status');

const Counts = z.object({ segments: z.number().int(), words: z.number().int() });

export const Role = z.enum(roles).openapi('Role');
export const PermissionName = z.enum(permissions).openapi('Permission');

/** A project's changes to the quality checks: a check id → off, warning or error. */
export const QaSettings = z
  .object(Object.fromEntries(checkIds.map((id) => [id, z.enum(['off', 'warning', 'error']).optional()])) as Record<CheckId, z.ZodOptional<z.ZodEnum<{ off: 'off'; warning: 'warning'; error: 'error' }>>>)
  .strict()
  .openapi('QaSettings', { description: 'Checks turned off or given another severity; the others as documented' });

/** A project's weighting table: per analysis band, the percentage of the full rate a word pays. */
export const AnalysisWeights = z
  .object(Object.fromEntries(analysisBands.map((band) => [band, z.number().int().min(0).max(100)])) as Record<AnalysisBand, z.ZodNumber>)
  .strict()
  .openapi('AnalysisWeights', {
    description: 'Every band, each an integer percentage from 0 to 100',
    example: { repetitions: 25, 'in-context': 0, '100': 25, '95-99': 60, '85-94': 60, '75-84': 100, '50-74': 100, 'no-match': 100 },
  });

export const Project = z
  .object({
    id: z.number().int(),
    name: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    documentCount: z.number().int(),
    settings: z
      .object({ targetLang: z.enum(['en-US', 'en-GB']), formality: z.enum(['default', 'more', 'less']), qa: QaSettings, analysisWeights: AnalysisWeights.optional() })
      .openapi('ProjectSettings'),
    role: Role.openapi({ description: 'Your role in the project (administrators act as owners)' }),
    permissions: z.array(PermissionName).openapi({ description: 'What your role lets you do here' }),
  })
  .openapi('Project');

export const Member = z
  .object({ userId: z.number().int(), username: z.string(), role: Role, addedAt: z.string().openapi({ format: 'date-time' }) })
  .openapi('Member');

export const User = z
  .object({ id: z.number().int(), username: z.string(), isAdmin: z.boolean(), createdAt: z.string().openapi({ format: 'date-time' }) })
  .openapi('User');

export const Token = z
  .object({
    id: z.number().int(),
    name: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    revokedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Token');

export const AuditEvent = z
  .object({
    id: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    event: z.string().openapi({ example: 'login.failed' }),
    actor: z.string().nullable(),
    subject: z.string().nullable(),
    projectId: z.number().int().nullable(),
    address: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEvent');

/** A new password: the length rules are checked by the service, with a clear message. */
export const Password = z.string().max(1024);
export const Username = z.string().min(1).max(100).openapi({ example: 'camille' });

export const DocumentSummary = z
  .object({
    id: z.number().int(),
    projectId: z.number().int(),
    title: z.string(),
    format: z.string().openapi({ example: 'txt' }),
    encoding: z.string().openapi({ example: 'utf-8' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    role: Role.optional().openapi({ description: 'Your role in its project (on GET /documents/{id})' }),
    permissions: z.array(PermissionName).optional().openapi({ description: 'What your role lets you do (on GET /documents/{id})' }),
    statistics: z.object({
      segments: z.number().int(),
      words: z.number().int().openapi({ description: 'Source words' }),
      byStatus: z.record(Status, Counts),
    }),
  })
  .openapi('Document');

export const InlineCode = z
  .object({
    id: z.string(),
    type: z.enum(['paired', 'standalone']),
    kind: z.enum(codeKinds),
    open: z.string().openapi({ description: "The original markup: a paired code's opening, or a standalone code's whole text" }),
    close: z.string().optional().openapi({ description: "A paired code's closing markup" }),
    data: z.record(z.string(), z.unknown()).optional().openapi({ description: 'What the format needs to write the code back' }),
    droppable: z.boolean().openapi({ description: 'Formatting the export leaves out when the target omits it; other codes are written at its end' }),
  })
  .openapi('InlineCode');

export const Segment = z
  .object({
    id: z.number().int(),
    documentId: z.number().int(),
    position: z.number().int(),
    kind: z.enum(segmentKinds),
    source: z.string().openapi({ description: 'Plain text, or inline markup when the segment has codes (see codes)' }),
    target: z.string().openapi({ description: 'In the same form as the source' }),
    codes: z.array(InlineCode).openapi({
      description:
        'The source\'s inline codes (formatting, links, breaks, footnote references…). Empty: source and target are plain strings. ' +
        'Not empty: they are XLIFF 2.0 inline markup, <pc id="1">words</pc> for a paired code and <ph id="2"/> for a standalone one, with & < > in the text written &amp; &lt; &gt;.',
    }),
    status: Status,
    version: z.number().int(),
    repetitionOf: z.number().int().nullable().openapi({ description: 'First segment with the same source, if this one repeats it' }),
    wordCount: z.number().int(),
    updatedAt: z.string(),
    sourceChanged: z.boolean().openapi({ description: 'A source update changed the source under this target' }),
    previousSource: z.string().nullable().openapi({ description: 'The source before that update' }),
  })
  .openapi('Segment');

/**
 * The QA override a segment's confirmation rests on: the latest reason recorded, as long as every
 * change since kept the same text confirmed (an approval); an edit, a rejection or a draft ends it.
 * (Not a named component: a nullable reference loses its null in the OpenAPI document.)
 */
const QaOverrideOnRecord = z.object({
  reason: z.string(),
  checks: z.array(z.string()).openapi({ description: 'The QA checks whose errors it was confirmed over' }),
  author: z.string().nullable().openapi({ description: 'Who confirmed (or approved) over them' }),
  at: z.string().openapi({ format: 'date-time' }),
});

export const ListedSegment = Segment.extend({
  repetitions: z.number().int().openapi({ description: 'How many other segments have the same source' }),
  comments: z.object({ open: z.number().int(), total: z.number().int() }).openapi({ description: 'Open threads, and all comments' }),
  lastAuthor: z.string().nullable().openapi({ description: 'Who made the latest change' }),
  qaOverride: QaOverrideOnRecord.nullable().openapi({
    description: "Confirmed over QA errors: who, when, why — the latest reason recorded, as long as every change since kept the same text confirmed (an approval); null: not, or no longer (an edit, a rejection or a draft ends it)",
  }),
}).openapi('ListedSegment');


export const Revision = z
  .object({
    id: z.number().int(),
    segmentId: z.number().int(),
    origin: z.enum(revisionOrigins),
    author: z.string().nullable(),
    createdAt: z.string(),
    previousTarget: z.string().nullable(),
    newTarget: z.string(),
    previousStatus: Status.nullable(),
    newStatus: Status,
    version: z.number().int(),
    qaOverride: z
      .object({ reason: z.string(), checks: z.array(z.string()) })
      .nullable()
      .optional()
      .openapi({ description: 'Confirmed or approved over QA errors: the reason given and the checks overridden' }),
  })
  .openapi('Revision');

/** A place in a text: UTF-16 offsets, end exclusive. */
export const TextSpan = z.object({ start: z.number().int(), end: z.number().int() });

const QaSpan = TextSpan.openapi('QaSpan', { description: 'UTF-16 offsets in the text as the checks read it (inline codes out), end exclusive' });

export const QaFinding = z
  .object({
    check: z.enum(checkIds).openapi({ description: 'The check id (numbers, dates, …): GET /api/qa/checks lists them' }),
    severity: z.enum(['error', 'warning']),
    key: z.string().openapi({ description: 'The message key under qa. in locales/en and locales/fr' }),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    message: z.string().openapi({ description: 'The message in English' }),
    source: QaSpan.nullable().openapi({ description: 'The (first) place in the source it is about' }),
    target: QaSpan.nullable().openapi({ description: 'The (first) place in the target it is about' }),
    sourceSpans: z.array(QaSpan).openapi({ description: 'Every place in the source it is about' }),
    targetSpans: z.array(QaSpan),
    suggestion: z.string().nullable().openapi({ description: 'The whole target, corrected, when the check knows the fix' }),
  })
  .openapi('QaFinding');

export const EditedSegment = Segment.extend({
  propagated: z.object({
    count: z.number().int(),
    segments: z.array(z.object({ id: z.number().int(), target: z.string(), status: Status, version: z.number().int() })),
  }),
  heldForQa: z.boolean().openapi({ description: 'Asked to confirm, but the quality checks found errors and no qaOverride was given: saved as a draft (see findings)' }),
  findings: z.array(QaFinding).openapi({ description: 'The findings that held the confirmation back; empty otherwise' }),
  qaOverride: QaOverrideOnRecord.nullable().openapi({
    description: 'This change confirmed or approved the segment over QA errors: with the reason given (qaOverride in the request), or — approving the text as confirmed — on the reason on record; null otherwise',
  }),
}).openapi('EditedSegment');

/** Segments a change stored as drafts although it asked to confirm them: the quality checks found errors (and no reason was given). */
export const HeldForQa = z
  .array(z.object({ segmentId: z.number().int(), findings: z.array(QaFinding) }))
  .openapi('HeldForQa', { description: 'Segments stored as drafts, not confirmed: the quality checks found errors in their new text' });

export const DiffOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() }).openapi('DiffOp');

export const Comment = z
  .object({
    id: z.number().int(),
    segmentId: z.number().int(),
    parentId: z.number().int().nullable().openapi({ description: 'The thread a reply belongs to; null for a thread' }),
    author: z.string().nullable(),
    body: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    resolvedAt: z.string().nullable().openapi({ format: 'date-time' }),
    resolvedBy: z.string().nullable(),
  })
  .openapi('Comment');

export const Thread = Comment.extend({ replies: z.array(Comment) }).openapi('Thread');

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
  })
  .passthrough()
  .openapi('Problem');

/** The problem responses a route can give, for the OpenAPI document. */
export function problems(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503)[]) {
  const descriptions = {
    400: 'Invalid request',
    401: 'Not signed in, or wrong credentials',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflict (on a version conflict, `current` holds the stored segment)',
    413: 'Upload too large',
    415: 'Unsupported format or media type',
    422: 'Refused by the workflow',
    429: 'Too many attempts; see Retry-After',
    503: 'Too many uploads being read; nothing was done, try again after Retry-After',
  } as const;
  return Object.fromEntries(
    codes.map((code) => [
      code,
      { description: descriptions[code], content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}

export const ExportQuery = z.object({
  format: z.string().optional().openapi({ example: 'md', description: `A format id of GET /api/formats (${formatIds.join(', ')}); defaults to the format imported` }),
  untranslated: z.enum(untranslatedPolicies).default('source').openapi({
    description: 'What to write for segments with no translation: the French source, nothing, or refuse the export',
  }),
});

/** How an alignment may be helped beyond anchors (POST /documents, /translation, /alignment). */
export const AssistQuery = z.object({
  assist: z
    .enum(['mt'])
    .optional()
    .openapi({ description: 'mt: slower and stronger — the machine translation engine renders the French the memory does not know (cached: paid once), and its words are compared with the English' }),
});

export const AssistReport = z
  .object({
    memory: z.number().int().openapi({ description: 'French paragraphs the memory gave an English rendering for' }),
    mt: z.number().int().openapi({ description: 'French paragraphs the engine rendered' }),
    mtError: z.string().optional().openapi({ description: 'Why the engine did not help (the alignment went on without it)' }),
  })
  .openapi('AlignmentAssist');
