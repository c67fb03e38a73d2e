import { brackets } from './checks/brackets';
import { capitalization } from './checks/capitalization';
import { consistency } from './checks/consistency';
import { dates } from './checks/dates';
import { emptyTarget } from './checks/empty-target';
import { glossary } from './checks/glossary';
import { inlineCodes } from './checks/inline-codes';
import { length } from './checks/length';
import { numbers } from './checks/numbers';
import { ordinals } from './checks/ordinals';
import { preserved } from './checks/preserved';
import { punctuationEnd } from './checks/punctuation-end';
import { quotes } from './checks/quotes';
import { repeatedWord } from './checks/repeated-word';
import { spacing } from './checks/spacing';
import { times } from './checks/times';
import { untranslated } from './checks/untranslated';
import { weekdays } from './checks/weekdays';
import { type InlineCode, plainText } from '../inline';
import type { Check, CheckId, Finding, Issue, Pair, QaContext, Severity } from './types';

/** Every check, in the order findings are listed. Adding a check: one file in checks/, one line here. */
export const checks: readonly Check[] = [
  emptyTarget,
  untranslated,
  numbers,
  dates,
  weekdays,
  times,
  ordinals,
  quotes,
  spacing,
  punctuationEnd,
  brackets,
  inlineCodes,
  preserved,
  glossary,
  consistency,
  repeatedWord,
  capitalization,
  length,
];

/** A segment as the checks read it: words (codes out) and, with codes, its markup. */
export function pairOf(segment: { source: string; target: string; codes: readonly InlineCode[] }): Pair {
  if (segment.codes.length === 0) return { source: segment.source, target: segment.target };
  return { source: plainText(segment.source, segment.codes), target: plainText(segment.target, segment.codes), sourceMarkup: segment.source, targetMarkup: segment.target, codes: segment.codes };
}

/** A project's changes to the checks: one turned off, or its severity changed. */
export type QaSettings = Partial<Record<CheckId, Severity | 'off'>>;

const finding = (check: Check, issue: Issue, settings: QaSettings): Finding => {
  const configured = settings[check.id];
  // A project's severity replaces the check's; a finding's own (a warning inside an error check) holds otherwise.
  const severity = configured && configured !== 'off' ? configured : (issue.severity ?? check.severity);
  return { ...issue, check: check.id, severity };
};

const enabled = (settings: QaSettings) => checks.filter((check) => settings[check.id] !== 'off');

/**
 * The findings of one pair (the checks of a whole document aside).
 *
 * @example
 * checkPair({ source: 'Le 4 février, 3,5 %.', target: 'On February 4, 3,5 %.' }, { targetLang: 'en-US', glossary: [] });
 * // → [{ check: 'numbers', key: 'numbers.decimalComma', severity: 'warning', fix: 'On February 4, 3.5 %.' }, { check: 'spacing', … }]
 */
export function checkPair(pair: Pair, context: QaContext, settings: QaSettings = {}): Finding[] {
  const out: Finding[] = [];
  for (const check of enabled(settings)) {
    if (!('run' in check)) continue;
    for (const issue of check.run(pair, context)) out.push(finding(check, issue, settings));
  }
  return out;
}

/** The findings of a whole document, by pair index: every pair's, and the document checks' (consistency). */
export function checkDocument(pairs: readonly Pair[], context: QaContext, settings: QaSettings = {}): Finding[][] {
  const out = pairs.map((pair) => checkPair(pair, context, settings));
  for (const check of enabled(settings)) {
    if (!('runDocument' in check)) continue;
    for (const { index, issue } of check.runDocument(pairs, context)) out[index]!.push(finding(check, issue, settings));
  }
  return out;
}
