import { findTerms } from '../../glossary';
import { blank, fold, spans } from '../lib';
import type { PairCheck } from '../types';

/** A glossary term of the source whose English equivalent is not in the target (case and accents ignored). */
export const glossary: PairCheck = {
  id: 'glossary',
  severity: 'warning',
  run: (pair, context) => {
    if (pair.target.trim() === '' || context.glossary.length === 0) return [];
    const target = ` ${fold(pair.target).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    // Not inside a link, an address, a hashtag or a mention (`@mairie` is a name, kept as it is).
    const source = blank(pair.source, spans(pair.source, /\bhttps?:\/\/\S+|\S+@\S+|[#@][\p{L}\p{N}_]+/gu));
    return findTerms(source, context.glossary)
      .filter((hit) => !hit.target.split(/\s*[;|]\s*/u).some((variant) => target.includes(` ${fold(variant).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `)))
      .map((hit) => ({ key: 'glossary', params: { source: hit.source, target: hit.target }, source: [{ start: hit.start, end: hit.end }] }));
  },
};
