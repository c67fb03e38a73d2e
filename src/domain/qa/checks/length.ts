import type { PairRunner } from '../types';

/** English runs about 10 % shorter than French; a target under 45 % or over 160 % of its source's length is probably incomplete or padded. */
export const length: PairRunner = {
  run: (pair) => {
    const source = pair.source.trim().length;
    const target = pair.target.trim().length;
    if (source < 30 || target === 0) return [];
    const ratio = target / source;
    return ratio < 0.45 || ratio > 1.6 ? [{ key: 'length', params: { ratio: Math.round(ratio * 100) } }] : [];
  },
};
