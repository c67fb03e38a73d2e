import { spans } from '../lib';
import type { PairCheck } from '../types';

const kept = /\bhttps?:\/\/[^\s<>"»”]+[^\s<>"»”.,;:!?)]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}&])[#@][\p{L}\p{N}_]+/gu;

/** URLs, e-mail addresses, hashtags and @mentions of the source, unchanged in the target. */
export const preserved: PairCheck = {
  id: 'preserved',
  severity: 'error',
  description: 'A URL, e-mail address, hashtag or @mention of the source changed or missing in the translation.',
  run: (pair) => {
    if (pair.target.trim() === '') return [];
    return spans(pair.source, kept)
      .filter((found) => !pair.target.includes(found.text))
      .map((found) => ({ key: 'preserved', params: { text: found.text }, source: [{ start: found.start, end: found.end }] }));
  },
};
