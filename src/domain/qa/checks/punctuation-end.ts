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

/** Whether a text's last two lines or more are list items (`•`, `-`, `–`, `*`, `1.`, `a)`), after a line that introduces them. */
function endsWithList(text: string): boolean {
  const lines = text.trim().split(/\r?\n/u).filter((line) => line.trim() !== '');
  if (lines.length < 3) return false;
  const item = (line: string) => /^\s*(?:[•\-–—*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+\S/u.test(line);
  return item(lines.at(-1)!) && item(lines.at(-2)!);
}

/** End punctuation that differs: a question left as a statement, an exclamation lost, a full stop added or dropped. */
export const punctuationEnd: PairRunner = {
  run: (pair) => {
    const source = ending(pair.source);
    const target = ending(pair.target);
    if (source === target) return questionsInside(pair.source, pair.target);
    // `4:46 p.m.`, `etc.`: the full stop is the abbreviation's, and may end an unpunctuated line.
    if (target === '.' && source === '' && /(?:\b[ap]\.m|\betc|\bInc|\bLtd|\bCo|\bJr|\bSr)\.[\s"”’)]*$/u.test(pair.target)) return [];
    // A translation that ends with a list, one item a line (`people are advised to:` and a bulleted
    // line each), ends as a list item does, whatever the source's sentence did.
    if (endsWithList(pair.target) && !endsWithList(pair.source)) return [];
    // A bulleted item on both sides (`• Pièce d’identité obligatoire.` → `• Valid photo ID required`): its stop is the list's style.
    if (source === '.' && target === '' && /^\s*[•\-–—*·▪◦]\s/u.test(pair.source) && /^\s*[•\-–—*·▪◦]\s/u.test(pair.target)) return [];
    // A list item: French ends it with a semicolon, English with a full stop or nothing (`Résumez vos points clés ;` → `Summarize your key points.`).
    if ((source === ';' || target === ';') && /^[.;,]?$/u.test(source) && /^[.;,]?$/u.test(target)) return [];
    return [{ key: 'punctuationEnd', params: { source: source || '∅', target: target || '∅' }, target: [{ start: Math.max(0, pair.target.trimEnd().length - 1), end: pair.target.trimEnd().length }] }];
  },
};
