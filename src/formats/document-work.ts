import { createHash } from 'node:crypto';
import english from '../../locales/en/ui.json';
import { type DiffOp, wordDiff } from '../domain/diff';
import { type InlineCode, toBraces } from '../domain/inline';
import type { LineJoin } from '../domain/segmentation';
import { type CheckId, checkDocument, type Finding, pairOf, type QaContext, type QaSettings, type Severity, type Span } from '../domain/qa';
import type { SegmentKind, Status } from '../domain/segment';
import type { WrittenEncoding } from './format';
import { formatFor } from './registry';

/**
 * The per-document work that grows with a document (its export, its QA, its review report), as
 * pure functions of rows read from the store: they run on a worker thread in the server
 * (providers/parsing), inline in the CLI and tests. The row types are the store's, as much of
 * them as each function reads.
 */

/** A segment as an export reads it (the store's skeleton). */
export interface ExportRow {
  id: number;
  version: number;
  key: string | null;
  kind: SegmentKind;
  prefix: string;
  source: string;
  joins: LineJoin[];
  codes: InlineCode[];
  original: string | null;
  target: string;
  status: Status;
}

export interface ExportTask {
  kind: 'export';
  format: string;
  /** `encoding` and `bom`: the source file's, which an export in its own format is written in. */
  document: { id: number; title: string; targetLang: string; sourceFormat: string; inlineCodes: boolean; trailer: string; package?: Uint8Array | undefined; encoding?: string | undefined; bom?: boolean | undefined };
  /** What to write for a segment with no target: its source, or nothing. */
  untranslated: 'source' | 'empty';
  segments: ExportRow[];
  /** Comments, written as notes by bilingual formats. */
  notes: Array<{ segmentId: number; text: string }>;
}

/** A document's English version: the format's bytes, how many segments are untranslated, and how a text format encoded it. */
export interface ExportedWork {
  bytes: Uint8Array<ArrayBuffer>;
  untranslated: number;
  /** Absent for formats that do not say (binary and bilingual ones). */
  encoding?: WrittenEncoding | undefined;
}

/**
 * Writes a document's English version (the format's bytes) and counts its untranslated segments.
 *
 * @example
 * exportWork({ format: 'txt', document, untranslated: 'source', segments, notes: [] });
 * // → { bytes, untranslated: 2, encoding: { encoding: 'utf-8', bom: false, was: { encoding: 'windows-1252', bom: false } } }
 */
export function exportWork(task: Omit<ExportTask, 'kind'>): ExportedWork {
  const format = formatFor({ format: task.format });
  const notes = new Map<number, string[]>();
  for (const note of task.notes) notes.set(note.segmentId, [...(notes.get(note.segmentId) ?? []), note.text]);
  const untranslated = task.segments.filter((segment) => segment.target.trim() === '').length;
  let encoding: WrittenEncoding | undefined;
  const bytes = format.export({
    documentId: task.document.id,
    title: task.document.title,
    targetLang: task.document.targetLang,
    sourceFormat: task.document.sourceFormat,
    inlineCodes: task.document.inlineCodes,
    package: task.document.package,
    encoding: task.document.encoding,
    bom: task.document.bom,
    onEncoding: (written) => {
      encoding = written;
    },
    trailer: task.document.trailer,
    segments: task.segments.map((segment) => ({
      kind: segment.kind,
      before: segment.prefix,
      text: segment.target.trim() !== '' ? segment.target : task.untranslated === 'source' ? segment.source : '',
      codes: segment.codes,
      source: { text: segment.source, joins: segment.joins, original: segment.original ?? undefined },
      id: segment.id,
      version: segment.version,
      target: segment.target,
      status: segment.status,
      key: segment.key ?? undefined,
      notes: notes.get(segment.id) ?? [],
    })),
  });
  return encoding ? { bytes, untranslated, encoding } : { bytes, untranslated };
}

/**
 * A finding as the API gives it: the domain's, with its message in English (`key` and `params`
 * let a client say it in its language), the first span of each text (`source`, `target`) and all
 * of them, and the corrected target as `suggestion`.
 */
export interface FindingView {
  check: CheckId;
  severity: Severity;
  key: string;
  params?: Record<string, string | number>;
  message: string;
  source: Span | null;
  target: Span | null;
  sourceSpans: Span[];
  targetSpans: Span[];
  suggestion: string | null;
}

/** The English text of a message key (`qa.<key>` in locales/en), its `{{values}}` filled. */
export function messageOf(key: string, params: Record<string, string | number> = {}): string {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], english.qa);
  if (typeof template !== 'string') return key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(params[name] ?? ''));
}

export function view(finding: Finding): FindingView {
  const sourceSpans = finding.source ?? [];
  const targetSpans = finding.target ?? [];
  return {
    check: finding.check,
    severity: finding.severity,
    key: finding.key,
    ...(finding.params ? { params: finding.params } : {}),
    message: messageOf(finding.key, finding.params),
    source: sourceSpans[0] ?? null,
    target: targetSpans[0] ?? null,
    sourceSpans,
    targetSpans,
    suggestion: finding.fix ?? null,
  };
}

export const targetHash = (target: string): string => createHash('sha256').update(target).digest('base64url');

/** A finding ignored with a reason on one target text (the store's QA ignore). */
export interface IgnoreRow {
  segmentId: number;
  check: string;
  key: string;
  targetHash: string;
}

/** The findings of a segment's target not ignored on this very text (its hash computed once). */
export function notIgnored(findings: readonly Finding[], ignores: readonly IgnoreRow[], target: string): Finding[] {
  if (ignores.length === 0) return [...findings];
  const hash = targetHash(target);
  const current = ignores.filter((ignore) => ignore.targetHash === hash);
  return findings.filter((finding) => !current.some((ignore) => ignore.check === finding.check && ignore.key === finding.key));
}

/** A segment as a document's QA reads it. */
export interface QaRow {
  id: number;
  position: number;
  source: string;
  target: string;
  codes: InlineCode[];
  status: Status;
}

export interface QaTask {
  kind: 'qa';
  context: QaContext;
  settings: QaSettings;
  segments: QaRow[];
  /** The project's other documents' confirmed translations (the consistency check). */
  project: Array<{ document: string; position: number; source: string; target: string; codes: InlineCode[] }>;
  ignores: IgnoreRow[];
  filter: { check?: CheckId | undefined; severity?: Severity | undefined };
}

/** A finding of a document's segment. */
export interface SegmentFinding extends FindingView {
  segmentId: number;
  position: number;
  status: Status;
}

export interface DocumentQa {
  /** The findings listed below, by severity. */
  errors: number;
  warnings: number;
  /** Findings ignored with a reason (on the targets as they are), not counted above nor listed. */
  ignored: number;
  /** Every finding, in document order (a segment's in the checks' order). */
  items: SegmentFinding[];
}

/**
 * The findings of every segment of a document, by segment (ignored ones out): each translated
 * segment checked on its own, and all of them together and against the project's other documents'
 * confirmed translations (the same source translated two ways). Segments not translated yet are
 * not findings (the empty ones of a document in progress); an empty target confirmed is.
 */
export function documentFindings(task: Omit<QaTask, 'kind' | 'filter'>): { findings: Finding[][]; ignored: number } {
  const project = task.project.map((segment) => ({ ...pairOf(segment), document: segment.document, position: segment.position }));
  const all = checkDocument(task.segments.map(pairOf), { ...task.context, project }, task.settings);
  const ignores = new Map<number, IgnoreRow[]>();
  for (const ignore of task.ignores) ignores.set(ignore.segmentId, [...(ignores.get(ignore.segmentId) ?? []), ignore]);
  let ignored = 0;
  const findings = task.segments.map((segment, i) => {
    if (segment.target === '' && (segment.status === 'new' || segment.status === 'draft')) return [];
    const list = notIgnored(all[i]!, ignores.get(segment.id) ?? [], segment.target);
    ignored += all[i]!.length - list.length;
    return list;
  });
  return { findings, ignored };
}

/** A document's findings as the API lists them, in document order, filtered by check or severity. */
export function qaWork(task: Omit<QaTask, 'kind'>): DocumentQa {
  const { findings, ignored } = documentFindings(task);
  const items: SegmentFinding[] = [];
  let errors = 0;
  let warnings = 0;
  task.segments.forEach((segment, i) => {
    for (const finding of findings[i]!) {
      if ((task.filter.check && finding.check !== task.filter.check) || (task.filter.severity && finding.severity !== task.filter.severity)) continue;
      if (finding.severity === 'error') errors++;
      else warnings++;
      items.push({ segmentId: segment.id, position: segment.position, status: segment.status, ...view(finding) });
    }
  });
  return { errors, warnings, ignored, items };
}

/** A revision as the review report reads it. */
export interface RevisionRow {
  segmentId: number;
  origin: string;
  author: string | null;
  createdAt: string;
  newTarget: string;
  newStatus: Status;
  qaOverride?: { reason: string; checks: string[] } | null | undefined;
}

/** A comment as the review report reads it. */
export interface CommentRow {
  id: number;
  segmentId: number;
  parentId: number | null;
  author: string | null;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  documentId: number;
}

export interface Thread extends CommentRow {
  replies: CommentRow[];
}

/** A segment's comments as threads: each first comment with its replies. */
export function threadsOf<T extends CommentRow>(comments: readonly T[]): Array<T & { replies: T[] }> {
  const threads = new Map<number, T & { replies: T[] }>();
  for (const comment of comments) if (comment.parentId === null) threads.set(comment.id, { ...comment, replies: [] });
  for (const comment of comments) if (comment.parentId !== null) threads.get(comment.parentId)?.replies.push(comment);
  return [...threads.values()];
}

export interface ReviewItem {
  segmentId: number;
  position: number;
  /** As stored: plain, or inline markup with `codes`. */
  source: string;
  codes: InlineCode[];
  sourceChanged: boolean;
  previousSource: string | null;
  status: Status;
  target: string;
  /** What the target is compared with: its text at `since`, or as last approved. */
  baseline: { text: string; at: string | null; kind: 'since' | 'approved' | 'none' };
  ops: DiffOp[];
  authors: string[];
  comments: Thread[];
  /** The quality checks' findings on the translation as it is now. */
  qa: FindingView[];
  /** Confirmations or approvals over QA errors among the changes: who, when, why. */
  qaOverrides: Array<{ author: string | null; at: string; reason: string; checks: string[] }>;
}

export interface ReviewReport {
  document: { id: number; title: string };
  since: string | null;
  generatedAt: string;
  items: ReviewItem[];
}

export interface ReviewReportTask extends Omit<QaTask, 'kind' | 'filter' | 'segments'> {
  kind: 'review-report';
  document: { id: number; title: string };
  /** ISO time, or null: since each segment's last approval. */
  since: string | null;
  generatedAt: string;
  /** `json` gives the report's JSON text; `html`, the standalone page. */
  render: 'json' | 'html';
  segments: Array<QaRow & { sourceChanged: boolean; previousSource: string | null }>;
  /** The document's revisions, oldest first. */
  revisions: RevisionRow[];
  comments: CommentRow[];
}

/**
 * Every segment changed since `since`, or, without it, since its last approval (segments never
 * approved are listed when they have a translation), with the diff from then to now, who changed
 * it, its comments and its findings; as JSON text or as a standalone HTML page.
 */
export function reviewReportWork(task: Omit<ReviewReportTask, 'kind'>): string {
  const { findings } = documentFindings(task);
  const bySegment = groupBy(task.revisions, (revision) => revision.segmentId);
  const threads = groupBy(task.comments, (comment) => comment.segmentId);
  const from = task.since ?? undefined;
  const items: ReviewItem[] = [];
  task.segments.forEach((segment, i) => {
    const history = bySegment.get(segment.id) ?? []; // oldest first
    let baseline: ReviewItem['baseline'];
    let changes: RevisionRow[];
    if (from !== undefined) {
      changes = history.filter((revision) => revision.createdAt > from);
      if (changes.length === 0) return;
      const last = history.filter((revision) => revision.createdAt <= from).at(-1);
      baseline = { text: last?.newTarget ?? '', at: from, kind: 'since' };
    } else {
      const approvedAt = history.findLastIndex((revision) => revision.newStatus === 'approved');
      if (approvedAt >= 0) {
        const approval = history[approvedAt]!;
        changes = history.slice(approvedAt + 1);
        if (changes.length === 0) return;
        baseline = { text: approval.newTarget, at: approval.createdAt, kind: 'approved' };
      } else {
        if (segment.target === '') return;
        changes = history.filter((revision) => revision.origin !== 'import');
        baseline = { text: '', at: null, kind: 'none' };
      }
    }
    items.push({
      segmentId: segment.id,
      position: segment.position,
      source: segment.source,
      codes: segment.codes,
      sourceChanged: segment.sourceChanged,
      previousSource: segment.previousSource,
      status: segment.status,
      target: segment.target,
      baseline,
      ops: wordDiff(toBraces(baseline.text, segment.codes), toBraces(segment.target, segment.codes)),
      authors: [...new Set(changes.map((revision) => revision.author).filter((author): author is string => author !== null))],
      comments: threadsOf(threads.get(segment.id) ?? []),
      qa: findings[i]!.map(view),
      qaOverrides: changes.flatMap((revision) => (revision.qaOverride ? [{ author: revision.author, at: revision.createdAt, reason: revision.qaOverride.reason, checks: revision.qaOverride.checks }] : [])),
    });
  });
  const report: ReviewReport = { document: task.document, since: task.since, generatedAt: task.generatedAt, items };
  return task.render === 'html' ? reviewReportHtml(report) : JSON.stringify(report);
}

const styles = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; margin-bottom: 0.2rem; }
.meta { color: #555; margin-top: 0; }
article { border-top: 1px solid #ccc; padding: 0.8rem 0; }
article h2 { font-size: 0.95rem; margin: 0 0 0.4rem; color: #444; }
.source { color: #333; margin: 0 0 0.4rem; }
.diff { margin: 0 0 0.4rem; white-space: pre-wrap; }
ins { background: #d8f5d8; text-decoration: underline; text-decoration-thickness: 2px; }
del { background: #fbdada; text-decoration: line-through; }
ins::before { content: "[+"; font-size: 0.75em; } ins::after { content: "]"; font-size: 0.75em; }
del::before { content: "[−"; font-size: 0.75em; } del::after { content: "]"; font-size: 0.75em; }
.status { display: inline-block; border: 1px solid #888; border-radius: 3px; padding: 0 0.3rem; font-size: 0.8rem; }
.comments { margin: 0.3rem 0 0 1rem; padding: 0; list-style: none; font-size: 0.9rem; }
.comments li { margin: 0.2rem 0; } .resolved { color: #666; }
.qa { margin: 0.3rem 0 0 1rem; padding: 0; list-style: none; font-size: 0.9rem; } .qa-error { color: #a61b1b; } .qa-warning { color: #8a5a00; }
.qa-override { font-size: 0.9rem; border-left: 3px solid #a61b1b; padding-left: 0.5rem; }
`;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe in HTML content and attribute values. */
const e = (text: string | number): string => String(text).replace(/[&<>"']/gu, (character) => escapes[character]!);

function diffHtml(ops: readonly DiffOp[]): string {
  return ops.map((op) => (op.op === 'insert' ? `<ins>${e(op.text)}</ins>` : op.op === 'delete' ? `<del>${e(op.text)}</del>` : e(op.text))).join('');
}

/**
 * The review report as one standalone HTML file a client can read offline: no script, no
 * external resource, styles inline; every text escaped; changes as <ins>/<del> marked by
 * underline or strike-through and brackets, not by colour alone.
 */
export function reviewReportHtml(report: ReviewReport): string {
  const articles = report.items.map((item) => {
    const qa = item.qa.length ? `<ul class="qa">${item.qa.map((finding) => `<li class="qa-${e(finding.severity)}">QA ${e(finding.severity)}: ${e(finding.message)}</li>`).join('')}</ul>` : '';
    const overrides = item.qaOverrides.map((override) => `<p class="qa-override">Confirmed over QA errors (${e(override.checks.join(', '))}) by ${e(override.author ?? '—')}: ${e(override.reason)}</p>`).join('');
    const comments = item.comments.length
      ? `<ul class="comments">${item.comments
          .map(
            (thread) =>
              `<li class="${thread.resolvedAt ? 'resolved' : 'open'}">${e(thread.author ?? '—')}: ${e(thread.body)}${thread.resolvedAt ? ' (resolved)' : ''}${thread.replies.map((reply) => `<br>↳ ${e(reply.author ?? '—')}: ${e(reply.body)}`).join('')}</li>`,
          )
          .join('')}</ul>`
      : '';
    return `<article id="segment-${item.segmentId}">
<h2>Segment ${item.position + 1} <span class="status">${e(item.status)}</span>${item.authors.length ? ` · by ${e(item.authors.join(', '))}` : ''}</h2>
<p class="source" lang="fr">${item.sourceChanged && item.previousSource !== null ? '<strong>Source changed:</strong> ' : ''}${e(toBraces(item.source, item.codes))}</p>
<p class="diff" lang="en">${diffHtml(item.ops)}</p>
${qa}
${overrides}
${comments}
</article>`;
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review report: ${e(report.document.title)}</title>
<style>${styles}</style>
</head>
<body>
<h1>Review report: ${e(report.document.title)}</h1>
<p class="meta">${report.since ? `Changes since ${e(report.since)}` : 'Changes since each segment was last approved'} · ${report.items.length} segment${report.items.length === 1 ? '' : 's'} · generated ${e(report.generatedAt)}</p>
${articles.join('\n')}
</body>
</html>
`;
}

/** Items by a numeric key (a segment's id), in their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
