import { toBraces } from '../domain/inline';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { DiffOp } from '../domain/diff';
import type { ReviewReport } from '../services/review-report';

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

function diffHtml(ops: readonly DiffOp[]): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`${ops.map((op) => (op.op === 'insert' ? html`<ins>${op.text}</ins>` : op.op === 'delete' ? html`<del>${op.text}</del>` : html`${op.text}`))}`;
}

/**
 * The review report as one standalone HTML file a client can read offline: no script, no
 * external resource, styles inline; every text escaped (hono/html); changes as <ins>/<del>
 * marked by underline or strike-through and brackets, not by colour alone.
 */
export async function reviewReportHtml(report: ReviewReport): Promise<string> {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review report: ${report.document.title}</title>
<style>${styles}</style>
</head>
<body>
<h1>Review report: ${report.document.title}</h1>
<p class="meta">${report.since ? html`Changes since ${report.since}` : 'Changes since each segment was last approved'} · ${report.items.length} segment${report.items.length === 1 ? '' : 's'} · generated ${report.generatedAt}</p>
${report.items.map(
  (item) => html`<article id="segment-${item.segmentId}">
<h2>Segment ${item.position + 1} <span class="status">${item.status}</span>${item.authors.length ? html` · by ${item.authors.join(', ')}` : ''}</h2>
<p class="source" lang="fr">${item.sourceChanged && item.previousSource !== null ? html`<strong>Source changed:</strong> ` : ''}${toBraces(item.source, item.codes)}</p>
<p class="diff" lang="en">${diffHtml(item.ops)}</p>
${item.qa.length ? html`<ul class="qa">${item.qa.map((finding) => html`<li class="qa-${finding.severity}">QA ${finding.severity}: ${finding.message}</li>`)}</ul>` : ''}
${item.qaOverrides.map((override) => html`<p class="qa-override">Confirmed over QA errors (${override.checks.join(', ')}) by ${override.author ?? '—'}: ${override.reason}</p>`)}
${item.comments.length
  ? html`<ul class="comments">${item.comments.map(
      (thread) => html`<li class="${thread.resolvedAt ? 'resolved' : 'open'}">${thread.author ?? '—'}: ${thread.body}${thread.resolvedAt ? ' (resolved)' : ''}${thread.replies.map(
        (reply) => html`<br>↳ ${reply.author ?? '—'}: ${reply.body}`,
      )}</li>`,
    )}</ul>`
  : ''}
</article>`,
)}
</body>
</html>
`;
  return String(await page);
}
