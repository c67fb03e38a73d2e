import type { Severity, Span } from '../../domain/qa';
import { el } from '../dom';
import { t } from '../i18n';

type Node = string | HTMLElement;

/**
 * A text with the places a finding (or a search) is about marked (`<mark class="qa-span">`), the pieces between
 * them rendered by `render` (the source's glossary terms). Overlapping or unordered spans are
 * merged first.
 */
export function markSpans(text: string, spans: readonly Span[], render: (piece: string) => Node[] = (piece) => [piece], className = 'qa-span'): Node[] {
  const sorted = [...spans].filter((span) => span.end > span.start && span.start >= 0 && span.end <= text.length).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: Node[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) out.push(...render(text.slice(at, span.start)));
    out.push(el('mark', { class: className }, ...render(text.slice(span.start, span.end))));
    at = span.end;
  }
  if (at < text.length) out.push(...render(text.slice(at)));
  return out;
}

/** The words around a span, the span marked: `…a few words [here] and after…`. */
export function excerpt(text: string, span: Span, radius = 40): HTMLElement {
  const from = Math.max(0, span.start - radius);
  const to = Math.min(text.length, span.end + radius);
  return el(
    'q',
    { class: 'qa-excerpt', lang: 'en' },
    from > 0 ? '…' : '',
    text.slice(from, span.start),
    el('mark', { class: 'qa-span' }, text.slice(span.start, span.end) || ' '),
    text.slice(span.end, to),
    to < text.length ? '…' : '',
  );
}

/** One finding as a list item: its severity (in words, not colour alone), its message in the UI's language, then `extras` (its place, a fix…). */
export function findingItem(
  finding: { severity: Severity; check: string; key: string; params?: Record<string, string | number> | undefined },
  attributes: Record<string, string | number> = {},
  ...extras: Array<Node | null>
): HTMLLIElement {
  return el(
    'li',
    { class: `qa-${finding.severity}`, 'data-check': finding.check, ...attributes },
    el('span', { class: 'qa-severity' }, t(`qa.ui.${finding.severity}`)),
    ' ',
    t(`qa.${finding.key}`, finding.params ?? {}),
    ...extras.flatMap((extra) => (extra === null ? [] : [' ', extra])),
  );
}
