import type { InlineCode } from '../inline';
import type { CheckId } from './registry';

/**
 * Quality checks for French → English (issue 13): each check is a small plain object in one
 * explicit list (registry.ts); it reads a pair of texts and says what is wrong, where, and how to
 * fix it when it knows. Pure: no store, no clock.
 */

export type Severity = 'error' | 'warning';

/** A place in a text: UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** What a check says, before the registry adds its id and (configured) severity. */
export interface Issue {
  /** i18next key under `qa.` (locales/en, locales/fr), and its values. */
  key: string;
  params?: Record<string, string | number>;
  source?: Span[];
  target?: Span[];
  /** The whole target, corrected, when the check knows the fix. */
  fix?: string;
  /** Overrides the check's severity for this finding (a decimal comma is a warning in a numbers check whose misses are errors). */
  severity?: Severity;
}

export interface Finding extends Issue {
  check: CheckId;
  severity: Severity;
}

/** A segment as the checks see it: words only (inline codes out), and its codes' markup apart. */
export interface Pair {
  source: string;
  target: string;
  /** The source and target as stored (inline markup when the segment has codes), for the codes check. */
  sourceMarkup?: string;
  targetMarkup?: string;
  /** The source's inline codes (domain/inline). */
  codes?: readonly InlineCode[];
}

/** A glossary entry as the checks read it: English variants and forbidden renderings separated by `;`. */
export interface GlossaryEntry {
  source: string;
  /** The English to use (variants `a; b`); empty for an entry that only forbids. */
  target: string;
  /** English renderings not to use for the term (`actually; currently`), empty when none. */
  forbidden?: string;
}

/** A confirmed translation elsewhere in the project, for the checks across documents. */
export interface ProjectPair {
  source: string;
  target: string;
  /** The document's name, and the segment's position in it (0-based). */
  document: string;
  position: number;
}

export interface QaContext {
  targetLang: 'en-US' | 'en-GB';
  glossary: readonly GlossaryEntry[];
  /** The project's other documents' confirmed translations (the consistency check compares with them); none when absent. */
  project?: readonly ProjectPair[];
}

/** What the registry says of each check (registry.ts): its one declaration, read by the API, the UI and the settings. */
export interface CheckDeclaration<Id extends string = CheckId> {
  id: Id;
  /** Its name in English (the French is `qa.checks.<id>` in locales/fr). */
  name: string;
  severity: Severity;
  /** What it finds, with an example, in English (the French is `qa.about.<id>` in locales/fr). */
  description: string;
  /** The registry runs it on pairs with an empty target or not (only the empty-target check reads those). */
  skipsEmptyTarget: boolean;
}

/** The work of a check of one pair at a time: what it finds. */
export interface PairRunner {
  run(pair: Pair, context: QaContext): Issue[];
}

/** The work of a check of a whole document at once (the same source translated two ways…): findings by pair index. */
export interface DocumentRunner {
  runDocument(pairs: readonly Pair[], context: QaContext): Array<{ index: number; issue: Issue }>;
}

export type PairCheck = CheckDeclaration & PairRunner;
export type DocumentCheck = CheckDeclaration & DocumentRunner;
export type Check = PairCheck | DocumentCheck;
/** A line of the registry as it is written (its id any string until the registry's list makes it a `CheckId`). */
export type CheckLine = CheckDeclaration<string> & (PairRunner | DocumentRunner);
