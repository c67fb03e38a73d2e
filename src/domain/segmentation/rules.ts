/**
 * Segmentation rules as data (OmegaT keeps its rules as SRX-like patterns rather than branches in
 * code; these are ours for French news text). Each pattern is tested on one trimmed line.
 */
export const frenchRules = {
  /** A list item: its marker stays in the skeleton, only the text is translated. */
  listItem: /^(?:[-*•–—]|\d{1,3}[.)])\s+(?=\S)/u,
  /**
   * A hashtag or tag line (`#Chine`, `#Vladimir Poutine`, `#BRICS #SCO`): its own segment,
   * never glued to prose. Sentence punctuation means it is prose that starts with a hash.
   */
  hashtagLine: /^#[\p{L}\p{N}_][^.!?…]{0,60}$/u,
  /** A photo credit or source line, as printed under a press photo. */
  creditLine: /^(?:cr[ée]dits?(?:\s+photos?)?\s*:|photo\s*:|©|\(c\)\s|source\s*:)/iu,
  /** Starts with punctuation that French sets right after the previous word, or closes a parenthesis. */
  continuesWithoutSpace: /^(?:[,.)\]…]|\.\.\.)/u,
  /** Starts with punctuation that continues the sentence after a space (French spacing rules). */
  continuesWithSpace: /^[;:!?»”]/u,
  /** Ends a line in a way that glues the next line to it without a space. */
  endsGluing: /(?:\p{L}[-‐‑'’]|[([“])$/u,
  /** Ends a sentence (optionally followed by closing quotes or brackets). */
  endsSentence: /[.!?…]["»”’)\]]*$/u,
  /** Opening quotes and brackets skipped before looking at a line's first letter. */
  leadingOpeners: /^["«“‘([—–\s\u00a0\u202f]+/u,
  /** Lines shorter than this that do not end a sentence are metadata (bylines, dates, labels). */
  shortLineChars: 40,
  /** A heading or metadata line has at most this many words. */
  shortLineWords: 10,
  /** The first line of a document is its title when it has at most this many words. */
  titleWords: 20,
  /** Hard-wrapped blocks: at least this many lines, none longer than maxWrapWidth. */
  minWrappedLines: 3,
  minWrapWidth: 40,
  maxWrapWidth: 100,
  /** In a hard-wrapped block every line but the last is at least this share of the longest. */
  wrappedLineShare: 0.7,
} as const;

/** Whether the text contains something to translate (a letter or a digit). */
export function hasTranslatableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
