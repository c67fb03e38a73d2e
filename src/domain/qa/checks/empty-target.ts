import type { PairRunner } from '../types';

/** A segment whose target is empty (or only spaces) while its source has words. */
export const emptyTarget: PairRunner = {
  run: (pair) => (pair.target.trim() === '' && /[\p{L}\p{N}]/u.test(pair.source) ? [{ key: 'emptyTarget' }] : []),
};
