import type { PairCheck } from '../types';

/** A segment whose target is empty (or only spaces) while its source has words. */
export const emptyTarget: PairCheck = {
  id: 'empty-target',
  severity: 'error',
  description: 'A confirmed translation that is empty.',
  run: (pair) => (pair.target.trim() === '' && /[\p{L}\p{N}]/u.test(pair.source) ? [{ key: 'emptyTarget' }] : []),
};
