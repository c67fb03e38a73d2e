import { maxTargetLength } from './change';
import { AnswerTooLargeError, InvalidInputError } from './errors';
import { type InlineCode, type InlineToken, plainLayout, serializeMarkup, tokensOf } from './inline';

/**
 * Find and replace over a document's texts (issue 14): a literal or a regular expression, case,
 * whole words and accents as the translator asks. Pure; the server runs it on a worker thread
 * with a time limit (a regular expression can take exponential time), the editor in the page.
 */

export interface FindOptions {
  /** Match case exactly (default: `Maire` finds `maire`). */
  caseSensitive?: boolean | undefined;
  /** Only whole words: `mai` does not find `maire`. */
  wholeWord?: boolean | undefined;
  /** `find` is a JavaScript regular expression (Unicode); the replacement may use `$1`, `$<name>`, `$&`, `$$`. */
  regex?: boolean | undefined;
  /** Accents ignored: `etat` finds `État`, `élu` finds `elu`. */
  ignoreAccents?: boolean | undefined;
}

export interface FindQuery extends FindOptions {
  find: string;
}

/** A place in a text: UTF-16 offsets, end exclusive. */
export interface Match {
  start: number;
  end: number;
  /** The capture groups' places (regular expressions), undefined for a group that took no part. */
  groups: Array<{ start: number; end: number } | undefined>;
  named: Record<string, { start: number; end: number } | undefined>;
}

export const maxFindLength = 1_000;

/**
 * A literal text as a pattern under the `u` flag, which allows escaping only the syntax characters
 * and `/`: escaping anything else (`\-`, as in "sino-russe") is a syntax error there.
 */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const stripAccents = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * A text without its accents, and for each of its characters where the letter it came from starts
 * and ends (a letter is a character and the combining marks after it: `e\u0301` is one).
 */
function folded(text: string): { text: string; starts: number[]; ends: number[] } {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const letter of text.matchAll(/[\s\S]\p{M}*/gu)) {
    const piece = stripAccents(letter[0]);
    out += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(letter.index);
      ends.push(letter.index + letter[0].length);
    }
  }
  return { text: out, starts, ends };
}

/**
 * The query as a regular expression, checked. Throws InvalidInputError for an empty query or an
 * invalid expression, with the reason.
 *
 * @example
 * compileFind({ find: 'maire', wholeWord: true }); // → /(?<![\p{L}\p{N}_])(?:maire)(?![\p{L}\p{N}_])/dgiu
 */
export function compileFind(query: FindQuery): RegExp {
  if (query.find === '') throw new InvalidInputError('Say what to find: the search is empty.');
  if (query.find.length > maxFindLength) throw new InvalidInputError(`A search has at most ${maxFindLength.toLocaleString('en')} characters.`);
  // Accents go before escaping, so that no decomposition can meet an escape.
  const find = query.ignoreAccents ? stripAccents(query.find) : query.find;
  if (find === '') throw new InvalidInputError('The search is only accents, which "ignore accents" leaves out: nothing is left to find.');
  let pattern = query.regex ? find : escape(find);
  if (query.wholeWord) pattern = `(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`;
  try {
    return new RegExp(pattern, `dgu${query.caseSensitive ? '' : 'i'}`);
  } catch (error) {
    throw new InvalidInputError(`The regular expression cannot be read: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /u, '') : String(error)}.`);
  }
}

/** Every non-empty match of the query in a text, with its groups, in the text's own offsets. */
export function findMatches(text: string, pattern: RegExp, ignoreAccents = false): Match[] {
  const source = ignoreAccents ? folded(text) : undefined;
  const haystack = source ? source.text : text;
  const start = (offset: number) => (source ? (source.starts[offset] ?? text.length) : offset);
  const end = (offset: number) => (source ? source.ends[offset - 1]! : offset);
  const span = (range: [number, number] | undefined) => (range ? { start: start(range[0]), end: range[1] > range[0] ? end(range[1]) : start(range[0]) } : undefined);
  const out: Match[] = [];
  pattern.lastIndex = 0;
  for (const match of haystack.matchAll(pattern)) {
    if (match[0] === '') continue;
    const indices = match.indices!;
    const whole = span(indices[0])!;
    out.push({
      ...whole,
      groups: indices.slice(1).map((range) => span(range)),
      named: Object.fromEntries(Object.entries(indices.groups ?? {}).map(([name, range]) => [name, span(range)])),
    });
  }
  return out;
}

/** The replacement of one match: the text as typed, or with `$1`, `$<name>`, `$&` and `$$` filled (regular expressions). */
function expand(replacement: string, text: string, match: Match, regex: boolean): string {
  if (!regex) return replacement;
  const slice = (range: { start: number; end: number } | undefined) => (range ? text.slice(range.start, range.end) : '');
  return replacement.replace(/\$(\$|&|<([^>]+)>|(\d{1,2}))/gu, (whole, what: string, name: string | undefined, digits: string | undefined) => {
    if (what === '$') return '$';
    if (what === '&') return slice(match);
    if (name !== undefined) return name in match.named ? slice(match.named[name]) : whole;
    // `$12` is group 12 when there is one, else group 1 followed by "2".
    const number = Number(digits);
    if (number >= 1 && number <= match.groups.length) return slice(match.groups[number - 1]);
    const first = Number(digits![0]);
    if (digits!.length === 2 && first >= 1 && first <= match.groups.length) return slice(match.groups[first - 1]) + digits![1]!;
    return whole;
  });
}

/**
 * How long a text would be with every match replaced, counted without building it; stops counting
 * (Infinity) past `limit`: a one-letter search with a long replacement over a long target would
 * otherwise build strings of hundreds of megabytes before anything could refuse them.
 */
export function replacedLength(text: string, matches: readonly Match[], replacement: string, regex: boolean, limit: number): number {
  let length = text.length;
  const fixed = !regex || !replacement.includes('$');
  for (const match of matches) {
    length += (fixed ? replacement.length : expand(replacement, text, match, regex).length) - (match.end - match.start);
    if (length > limit) return Number.POSITIVE_INFINITY;
  }
  return length;
}

/** A text with every match replaced. */
export function replaceMatches(text: string, matches: readonly Match[], replacement: string, regex: boolean): string {
  let out = '';
  let at = 0;
  for (const match of matches) {
    out += text.slice(at, match.start) + expand(replacement, text, match, regex);
    at = match.end;
  }
  return out + text.slice(at);
}

/** A segment as find and replace read it: its texts as stored (inline markup with codes). */
export interface FindSegment {
  id: number;
  source: string;
  target: string;
  codes: readonly InlineCode[];
}

export interface FoundSegment {
  id: number;
  /** The matches in the source's and the target's words (codes out): offsets in `plainText`. */
  source: Array<{ start: number; end: number }>;
  target: Array<{ start: number; end: number }>;
  /** With a replacement: the target (as stored) after it. */
  after?: string;
  /** With a replacement: the target would be longer than a segment may hold (maxTargetLength); `after` is not built. */
  tooLong?: true;
}

/**
 * The most an answer of find and replace holds: the characters of the replaced targets, and each
 * match counted as 16. Beyond it the search is refused (AnswerTooLargeError): one letter found in
 * every target of a 20,000-paragraph document is not a list anyone reads.
 */
export const maxAnswerSize = 8_000_000;
const spanSize = 16;

/** Matches in the words of a text, codes out (offsets in its plain text); a match never spans a code. */
function tokenMatches(tokens: readonly InlineToken[], codes: readonly InlineCode[], pattern: RegExp, ignoreAccents: boolean): { spans: Array<{ start: number; end: number }>; perToken: Match[][] } {
  const spans: Array<{ start: number; end: number }> = [];
  const perToken: Match[][] = [];
  const { at } = plainLayout(tokens, codes);
  tokens.forEach((token, i) => {
    const matches = token.type === 'text' ? findMatches(token.text, pattern, ignoreAccents) : [];
    perToken.push(matches);
    const offset = at[i] ?? 0;
    for (const match of matches) spans.push({ start: match.start + offset, end: match.end + offset });
  });
  return { spans, perToken };
}

/**
 * Finds the query in segments' sources and/or targets and, with a replacement, gives each
 * target's text after replacing. Segments without a match are left out. Codes are never matched
 * nor replaced: only the words between them.
 *
 * @example
 * findInSegments([{ id: 1, source: 'Le maire.', target: 'The major.', codes: [] }], { find: 'major' }, { in: 'target', replace: 'mayor' });
 * // → [{ id: 1, source: [], target: [{ start: 4, end: 9 }], after: 'The mayor.' }]
 */
export function findInSegments(
  segments: readonly FindSegment[],
  query: FindQuery,
  options: { in?: 'source' | 'target' | 'both'; replace?: string | undefined; budget?: { answerSize: number } | undefined } = {},
): FoundSegment[] {
  const pattern = compileFind(query);
  const scope = options.in ?? 'both';
  const accents = query.ignoreAccents ?? false;
  const budget = options.budget?.answerSize ?? maxAnswerSize;
  let size = 0;
  const spend = (amount: number) => {
    size += amount;
    if (size > budget) throw new AnswerTooLargeError('The search finds too much to list at once: narrow it (a longer text, whole words, or a few segments).');
  };
  const out: FoundSegment[] = [];
  for (const segment of segments) {
    const source = scope === 'target' ? { spans: [], perToken: [] } : tokenMatches(tokensOf(segment.source, segment.codes), segment.codes, pattern, accents);
    const targetTokens = scope === 'source' ? [] : tokensOf(segment.target, segment.codes);
    const target = scope === 'source' ? { spans: [], perToken: [] } : tokenMatches(targetTokens, segment.codes, pattern, accents);
    if (source.spans.length === 0 && target.spans.length === 0) continue;
    const found: FoundSegment = { id: segment.id, source: source.spans, target: target.spans };
    spend((source.spans.length + target.spans.length) * spanSize);
    if (options.replace !== undefined && target.spans.length > 0) {
      const limit = maxTargetLength(segment.source);
      // The markup around the words (codes) is kept as it is: the limit is checked on the whole stored form.
      let length = segment.target.length;
      targetTokens.forEach((token, i) => {
        if (token.type === 'text' && length <= limit) length += replacedLength(token.text, target.perToken[i]!, options.replace!, query.regex ?? false, limit) - token.text.length;
      });
      if (length > limit) {
        found.tooLong = true;
        out.push(found);
        continue;
      }
      spend(length);
      const replaced = targetTokens.map((token, i) => (token.type === 'text' ? { type: 'text' as const, text: replaceMatches(token.text, target.perToken[i]!, options.replace!, query.regex ?? false) } : token));
      found.after = segment.codes.length === 0 ? (replaced[0]?.type === 'text' ? replaced[0].text : '') : serializeMarkup(replaced);
    }
    out.push(found);
  }
  return out;
}
