import { splitSentences } from '../../sentences';
import type { Issue, PairRunner } from '../types';

const ending = (text: string): string => {
  const last = /([.!?…:;])[\s"'”’»)\]\u00a0\u202f]*$/u.exec(text);
  if (!last) return '';
  return last[1] === '…' ? '.' : last[1]!;
};

/** A question of the source made a statement inside the text, sentence by sentence when both have as many: “Faut-il rouvrir la ligne ? Le débat est relancé.” → “The line should be reopened. The debate…” */
function questionsInside(sourceText: string, targetText: string): Issue[] {
  const french = splitSentences(sourceText, 'fr').filter((sentence) => /\p{L}/u.test(sentence.text));
  const english = splitSentences(targetText, 'en').filter((sentence) => /\p{L}/u.test(sentence.text));
  if (french.length < 2 || french.length !== english.length) return [];
  const issues: Issue[] = [];
  french.forEach((sentence, i) => {
    const theirs = english[i]!;
    if (ending(sentence.text) !== '?' || ending(theirs.text) === '?') return;
    const end = theirs.start + theirs.text.trimEnd().length;
    issues.push({ key: 'punctuationEnd', params: { source: '?', target: ending(theirs.text) || '∅' }, target: [{ start: Math.max(theirs.start, end - 1), end }] });
  });
  return issues;
}

/** End punctuation that differs: a question left as a statement, an exclamation lost, a full stop added or dropped. */
export const punctuationEnd: PairRunner = {
  run: (pair) => {
    const source = ending(pair.source);
    const target = ending(pair.target);
    if (source === target) return questionsInside(pair.source, pair.target);
    // `4:46 p.m.`, `etc.`: the full stop is the abbreviation's, and may end an unpunctuated line.
    if (target === '.' && source === '' && /(?:\b[ap]\.m|\betc|\bInc|\bLtd|\bCo|\bJr|\bSr)\.[\s"”’)]*$/u.test(pair.target)) return [];
    return [{ key: 'punctuationEnd', params: { source: source || '∅', target: target || '∅' }, target: [{ start: Math.max(0, pair.target.trimEnd().length - 1), end: pair.target.trimEnd().length }] }];
  },
};
