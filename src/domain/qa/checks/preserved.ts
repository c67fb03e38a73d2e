import { spans } from '../lib';
import type { PairRunner } from '../types';

const kept = /\bhttps?:\/\/[^\s<>"»”]+[^\s<>"»”.,;:!?)]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}&])[#@][\p{L}\p{N}_]+/gu;

/** URLs, e-mail addresses, hashtags and @mentions of the source, unchanged in the target. */
export const preserved: PairRunner = {
  run: (pair) => {
    return spans(pair.source, kept)
      .filter((found) => !pair.target.includes(found.text))
      .map((found) => ({ key: 'preserved', params: { text: found.text }, source: [{ start: found.start, end: found.end }] }));
  },
};
