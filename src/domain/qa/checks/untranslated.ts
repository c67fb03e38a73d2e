import type { PairCheck } from '../types';

/** Lower-case words of three letters or more: what a text says, beyond names, numbers and codes. */
const words = (text: string): string[] => [...text.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}’'-]{2,}/gu)].map((match) => match[0]);

/** A target that is the source again, when the source says more than names and numbers. */
export const untranslated: PairCheck = {
  id: 'untranslated',
  severity: 'warning',
  run: (pair) => {
    const norm = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u202f]+/gu, ' ').trim().toLowerCase();
    if (pair.target.trim() === '' || norm(pair.source) !== norm(pair.target)) return [];
    return words(pair.source).length > 0 ? [{ key: 'untranslated', target: [{ start: 0, end: pair.target.length }] }] : [];
  },
};
