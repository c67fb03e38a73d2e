import { findTerms, termVariants as variants } from '../../glossary';
import { blank, fold, replaceSpan, spans } from '../lib';
import type { GlossaryEntry, Issue, PairRunner, QaContext, Span } from '../types';

interface Folded {
  term: GlossaryEntry;
  folded: string;
  /** The English variants to use, and the renderings not to use. */
  targets: string[];
  forbidden: string[];
}

const cache = new WeakMap<object, Folded[]>();

/** The glossary's source terms folded once per glossary. */
function foldedTerms(glossary: QaContext['glossary']): Folded[] {
  let terms = cache.get(glossary);
  if (!terms) {
    terms = glossary.map((term) => ({ term, folded: fold(term.source.trim()), targets: variants(term.target), forbidden: variants(term.forbidden) })).filter((term) => term.folded !== '');
    cache.set(glossary, terms);
  }
  return terms;
}

const words = (text: string) => ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The first letter as in the text it replaces (a rendering at the start of a sentence keeps its capital). */
const casedLike = (replacement: string, replaced: string) =>
  /^\p{Lu}/u.test(replaced) && /^\p{Ll}/u.test(replacement) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;

/**
 * A glossary term of the source whose English equivalent is not in the target (case and accents
 * ignored): a warning. An English rendering the entry forbids, used in the target for a term of
 * the source: an error, fixed to the entry's English when it has one.
 */
export const glossary: PairRunner = {
  run: (pair, context) => {
    if (context.glossary.length === 0) return [];
    // Only the terms whose words are in the source at all are looked for where they are (findTerms is slower).
    const folded = fold(pair.source);
    const present = foldedTerms(context.glossary).filter((term) => folded.includes(term.folded));
    if (present.length === 0) return [];
    const target = words(pair.target);
    // Not inside a link, an address, a hashtag or a mention (`@mairie` is a name, kept as it is).
    const source = blank(pair.source, spans(pair.source, /\bhttps?:\/\/\S+|\S+@\S+|[#@][\p{L}\p{N}_]+/gu));
    const issues: Issue[] = [];
    const flagged = new Set<Folded>();
    for (const hit of findTerms(source, present.map((entry) => ({ source: entry.term.source, target: entry.term.target, entry })))) {
      const { entry } = hit.term;
      const sourceSpan: Span = { start: hit.start, end: hit.end };
      if (entry.targets.length > 0 && !entry.targets.some((variant) => target.includes(words(variant)))) {
        issues.push({ key: 'glossary', params: { source: hit.source, target: entry.term.target }, source: [sourceSpan] });
      }
      // A forbidden rendering is said once per entry, with every place it is used.
      if (entry.forbidden.length === 0 || flagged.has(entry)) continue;
      const used = findTerms(pair.target, entry.forbidden.map((variant) => ({ source: variant, target: '' })));
      if (used.length === 0) continue;
      flagged.add(entry);
      const preferred = entry.targets[0];
      const fix = preferred === undefined ? undefined : [...used].reverse().reduce((text, span) => replaceSpan(text, span, casedLike(preferred, text.slice(span.start, span.end))), pair.target);
      issues.push({
        key: preferred === undefined ? 'glossaryForbiddenAlone' : 'glossaryForbidden',
        params: { source: hit.source, forbidden: pair.target.slice(used[0]!.start, used[0]!.end), target: entry.term.target },
        source: [sourceSpan],
        target: used.map(({ start, end }) => ({ start, end })),
        severity: 'error',
        ...(fix === undefined ? {} : { fix }),
      });
    }
    return issues;
  },
};
