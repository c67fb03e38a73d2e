import { findTerms } from '../../glossary';
import { blank, fold, spans } from '../lib';
import type { PairCheck, QaContext } from '../types';

const cache = new WeakMap<object, Array<{ term: { source: string; target: string }; folded: string }>>();

/** The glossary's source terms folded once per glossary. */
function foldedTerms(glossary: QaContext['glossary']) {
  let terms = cache.get(glossary);
  if (!terms) {
    terms = glossary.map((term) => ({ term, folded: fold(term.source.trim()) })).filter((term) => term.folded !== '');
    cache.set(glossary, terms);
  }
  return terms;
}

/** A glossary term of the source whose English equivalent is not in the target (case and accents ignored). */
export const glossary: PairCheck = {
  id: 'glossary',
  severity: 'warning',
  run: (pair, context) => {
    if (pair.target.trim() === '' || context.glossary.length === 0) return [];
    // Only the terms whose words are in the source at all are looked for where they are (findTerms is slower).
    const folded = fold(pair.source);
    const present = foldedTerms(context.glossary).filter((term) => folded.includes(term.folded)).map((term) => term.term);
    if (present.length === 0) return [];
    const target = ` ${fold(pair.target).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    // Not inside a link, an address, a hashtag or a mention (`@mairie` is a name, kept as it is).
    const source = blank(pair.source, spans(pair.source, /\bhttps?:\/\/\S+|\S+@\S+|[#@][\p{L}\p{N}_]+/gu));
    return findTerms(source, present)
      .filter((hit) => !hit.target.split(/\s*[;|]\s*/u).some((variant) => target.includes(` ${fold(variant).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `)))
      .map((hit) => ({ key: 'glossary', params: { source: hit.source, target: hit.target }, source: [{ start: hit.start, end: hit.end }] }));
  },
};
