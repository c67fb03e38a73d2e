import type { SegmentKind } from '../segment';
import { assemble, type SegmentCut } from './assemble';
import { straightQuoteIsOpen } from './joining';
import { frenchRules as rules, hasTranslatableText } from './rules';
import type { SegmentedText, TextRange } from './types';

interface Line extends TextRange {
  /** The trimmed content. */
  content: string;
}

/**
 * Segments French plain text into paragraphs as a translator would cut it by hand:
 * blocks are separated by blank lines; inside a block, lines are joined into one paragraph
 * (a quotation on its own line and the `, a déclaré…` line after it become one segment),
 * while short standalone lines (title, byline, date, photo credit, hashtags) stay separate
 * segments with their own kind. Lines without a letter or a digit stay in the skeleton.
 *
 * @example
 * segmentPlainText('Titre\n\n"Bonjour"\n, a-t-il dit.\n').segments.map((s) => s.source);
 * // → ['Titre', '"Bonjour", a-t-il dit.']
 */
export function segmentPlainText(text: string): SegmentedText {
  const cuts: SegmentCut[] = [];
  for (const block of splitBlocks(splitLines(text))) {
    const units = splitUnits(block);
    units.forEach((unit, index) => {
      const content = unit.map((line) => line.content).join(' ');
      if (!hasTranslatableText(content)) return;
      const kind = classify(unit, { block, units, index, isFirst: cuts.length === 0 });
      cuts.push({ kind, lines: contentRanges(unit, kind) });
    });
  }
  return assemble(text, cuts);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    lines.push({ start: start + lead, end: start + lead + content.length, content });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

function splitBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.content === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Groups the lines of a block into segments. */
function splitUnits(block: Line[]): Line[][] {
  const wrapped = isHardWrapped(block);
  const units: Line[][] = [];
  let unit: Line[] = [];
  for (const line of block) {
    const previous = unit[unit.length - 1];
    if (previous && !continues(unit, previous.content, line.content, wrapped)) {
      units.push(unit);
      unit = [];
    }
    unit.push(line);
  }
  if (unit.length) units.push(unit);
  return units;
}

/** Whether line `b` continues the segment whose last line is `a`. The order of the tests matters. */
function continues(unit: Line[], a: string, b: string, wrapped: boolean): boolean {
  if (rules.listItem.test(b)) return false;
  if (rules.hashtagLine.test(a) || rules.hashtagLine.test(b)) return false;
  if (rules.creditLine.test(a) || rules.creditLine.test(b)) return false;
  if (rules.continuesWithoutSpace.test(b) || rules.continuesWithSpace.test(b)) return true;
  const soFar = unit.map((line) => line.content).join(' ');
  if (b.startsWith('"') && straightQuoteIsOpen(soFar)) return true;
  if (startsLowercase(b)) return true;
  if (rules.endsGluing.test(a)) return true;
  if (a.endsWith(':') && /^["«“]/u.test(b)) return true;
  if (rules.endsSentence.test(a)) return wrapped;
  if (a.length < rules.shortLineChars) return wrapped;
  // A long line that stops mid-sentence, followed by a capital: prose wrapped before a name.
  return true;
}

function startsLowercase(line: string): boolean {
  const rest = line.replace(rules.leadingOpeners, '');
  return /^\p{Ll}/u.test(rest);
}

/** A block typed with hard line breaks at a fixed width (e-mail style): all its lines are one paragraph. */
function isHardWrapped(block: Line[]): boolean {
  if (block.length < rules.minWrappedLines) return false;
  const widest = Math.max(...block.map((line) => line.content.length));
  if (widest < rules.minWrapWidth || widest > rules.maxWrapWidth) return false;
  return block
    .slice(0, -1)
    .every((line) => line.content.length >= widest * rules.wrappedLineShare && !rules.listItem.test(line.content));
}

interface UnitContext {
  block: Line[];
  units: Line[][];
  index: number;
  isFirst: boolean;
}

function classify(unit: Line[], context: UnitContext): SegmentKind {
  const first = unit[0]?.content ?? '';
  if (rules.listItem.test(first)) return 'list-item';
  if (rules.hashtagLine.test(first)) return 'hashtag';
  if (rules.creditLine.test(first)) return 'meta';

  const singleLine = unit.length === 1;
  const words = first.split(/\s+/u).length;
  if (context.isFirst && singleLine && words <= rules.titleWords && !/[.,;:]$/u.test(first)) return 'heading';

  const short = first.length <= 80 && words <= rules.shortLineWords && !rules.endsSentence.test(first) && !/[,;]$/u.test(first);
  if (singleLine && short) {
    const aloneInBlock = context.units.length === 1;
    return aloneInBlock && /^\p{Lu}/u.test(first) && !first.endsWith(':') ? 'heading' : 'meta';
  }
  const neighbours = [context.units[context.index - 1], context.units[context.index + 1]];
  if (neighbours.some((n) => n?.[0] && rules.creditLine.test(n[0].content))) return 'caption';
  return 'paragraph';
}

/** The ranges to translate: a list item's marker stays outside, in the skeleton. */
function contentRanges(unit: Line[], kind: SegmentKind): TextRange[] {
  return unit.map((line, index) => {
    if (index === 0 && kind === 'list-item') {
      const marker = rules.listItem.exec(line.content)?.[0].length ?? 0;
      return { start: line.start + marker, end: line.end };
    }
    return { start: line.start, end: line.end };
  });
}
