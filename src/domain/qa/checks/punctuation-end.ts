import type { PairRunner } from '../types';

const ending = (text: string): string => {
  const last = /([.!?…:;])[\s"'”’»)\]\u00a0\u202f]*$/u.exec(text);
  if (!last) return '';
  return last[1] === '…' ? '.' : last[1]!;
};

/** End punctuation that differs: a question left as a statement, an exclamation lost, a full stop added or dropped. */
export const punctuationEnd: PairRunner = {
  run: (pair) => {
    const source = ending(pair.source);
    const target = ending(pair.target);
    if (source === target) return [];
    // `4:46 p.m.`, `etc.`: the full stop is the abbreviation's, and may end an unpunctuated line.
    if (target === '.' && source === '' && /(?:\b[ap]\.m|\betc|\bInc|\bLtd|\bCo|\bJr|\bSr)\.[\s"”’)]*$/u.test(pair.target)) return [];
    return [{ key: 'punctuationEnd', params: { source: source || '∅', target: target || '∅' }, target: [{ start: Math.max(0, pair.target.trimEnd().length - 1), end: pair.target.trimEnd().length }] }];
  },
};
