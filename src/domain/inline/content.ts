import { InvalidInlineCodesError } from '../errors';
import { parseMarkup, serializeMarkup } from './markup';
import type { InlineCode, InlineToken } from './types';

/**
 * A segment's text as tokens: a plain segment (no codes) is one text token whatever it contains,
 * a segment with codes is read as inline markup.
 *
 * @example
 * tokensOf('a < b', []); // → [{ type: 'text', text: 'a < b' }]
 */
export function tokensOf(text: string, codes: readonly InlineCode[]): InlineToken[] {
  if (codes.length === 0) return text === '' ? [] : [{ type: 'text', text }];
  return parseMarkup(text);
}

/** The text of tokens without their codes. */
export function textOfTokens(tokens: readonly InlineToken[]): string {
  let out = '';
  for (const token of tokens) if (token.type === 'text') out += token.text;
  return out;
}

/**
 * A segment's words without its codes: what is counted, searched, matched against the memory and
 * checked. A standalone code reads as a space where it separates words (a line break, a tab).
 *
 * @example
 * plainText('<pc id="1">Paris</pc>&amp;Lyon', codes); // → 'Paris&Lyon'
 */
export function plainText(text: string, codes: readonly InlineCode[]): string {
  if (codes.length === 0) return text;
  return plainLayout(tokensOf(text, codes), codes).text;
}

/**
 * Where each token of a text with codes sits in its plain text (`at`: the offset of a text token's
 * first character, or of the place of a code): offsets found in the plain text (QA spans, search
 * matches) are put back among the codes with it. A break or tab that reads as a space adds one.
 *
 * @example
 * plainLayout([{ type: 'text', text: 'a' }, { type: 'standalone', id: '1' }, { type: 'text', text: 'b' }], [breakCode]);
 * // → { text: 'a b', at: [0, 1, 2] }
 */
export function plainLayout(tokens: readonly InlineToken[], codes: readonly InlineCode[]): { text: string; at: number[] } {
  const kinds = new Map(codes.map((code) => [code.id, code.kind]));
  let out = '';
  const at: number[] = [];
  for (const token of tokens) {
    at.push(out.length);
    if (token.type === 'text') out += token.text;
    else if (token.type === 'standalone' && (kinds.get(token.id) === 'break' || kinds.get(token.id) === 'tab') && !/\s$/u.test(out)) out += ' ';
  }
  return { text: out, at };
}

/**
 * Checks a target's tokens against the codes of its source: every code known and of its type, each
 * at most once, pairs opened before they close and never crossed. Omitted or reordered codes are
 * allowed (the QA checks warn about them). Throws `InvalidInlineCodesError` with the reason.
 *
 * @example
 * checkTokens([{ type: 'open', id: '1' }, { type: 'open', id: '2' }, { type: 'close', id: '1' }, { type: 'close', id: '2' }], codes);
 * // throws: Codes 1 and 2 cross: close 2 before 1.
 */
export function checkTokens(tokens: readonly InlineToken[], codes: readonly InlineCode[]): void {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const seen = new Set<string>();
  const open: string[] = [];
  for (const token of tokens) {
    if (token.type === 'text') continue;
    const code = byId.get(token.id);
    if (!code) throw new InvalidInlineCodesError(`The source has no code ${token.id}${codes.length ? ` (its codes: ${codes.map((c) => c.id).join(', ')})` : ''}.`);
    if (token.type === 'standalone') {
      if (code.type !== 'standalone') throw new InvalidInlineCodesError(`Code ${token.id} wraps words: write it <pc id="${token.id}">…</pc>.`);
      if (seen.has(token.id)) throw new InvalidInlineCodesError(`Code ${token.id} appears twice; each code may be placed once.`);
      seen.add(token.id);
    } else if (token.type === 'open') {
      if (code.type !== 'paired') throw new InvalidInlineCodesError(`Code ${token.id} stands alone: write it <ph id="${token.id}"/>.`);
      if (seen.has(token.id)) throw new InvalidInlineCodesError(`Code ${token.id} appears twice; each code may be placed once.`);
      seen.add(token.id);
      open.push(token.id);
    } else {
      const innermost = open.at(-1);
      if (innermost === undefined || !open.includes(token.id)) throw new InvalidInlineCodesError(`Code ${token.id} is closed before it is opened.`);
      if (innermost !== token.id) throw new InvalidInlineCodesError(`Codes ${innermost} and ${token.id} cross: close ${innermost} before ${token.id}.`);
      open.pop();
    }
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) throw new InvalidInlineCodesError(`Code ${unclosed} is opened but never closed.`);
}

/**
 * Reads and checks a target typed for a source with these codes; returns its tokens. A plain
 * source takes any text.
 *
 * @example
 * checkTarget('<pc id="1">Paris</pc> and Lyon', codes); // → tokens
 * checkTarget('<pc id="9">Paris</pc>', codes); // throws: The source has no code 9…
 */
export function checkTarget(target: string, codes: readonly InlineCode[]): InlineToken[] {
  const tokens = tokensOf(target, codes);
  checkTokens(tokens, codes);
  return tokens;
}

/** The codes of the source (in source order) that a target does not place yet. */
export function missingCodes(targetTokens: readonly InlineToken[], codes: readonly InlineCode[]): InlineCode[] {
  const placed = new Set(targetTokens.flatMap((token) => (token.type === 'open' || token.type === 'standalone' ? [token.id] : [])));
  return codes.filter((code) => !placed.has(code.id));
}

/** What a target still lacks of its source's codes: codes not placed at all, and pairs with one side only. */
export interface CodeGaps {
  /** Codes with no side in the target, in source order. */
  absent: InlineCode[];
  /** Pairs placed by one side: the side the target lacks, in source order. */
  halves: { code: InlineCode; lacks: 'open' | 'close' }[];
}

/**
 * The codes a target has still to place, whole or half: what the editor lists under the box and
 * marks in the source. Codes the source does not have are not gaps (the checks refuse them).
 *
 * @example
 * codeGaps([{ type: 'open', id: '1' }, { type: 'text', text: 'Paris' }], [bold1, image2]);
 * // → { absent: [image2], halves: [{ code: bold1, lacks: 'close' }] }
 */
export function codeGaps(targetTokens: readonly InlineToken[], codes: readonly InlineCode[]): CodeGaps {
  const sides = new Map<string, Set<InlineToken['type']>>();
  for (const token of targetTokens) {
    if (token.type === 'text') continue;
    const seen = sides.get(token.id) ?? new Set();
    seen.add(token.type);
    sides.set(token.id, seen);
  }
  const absent: InlineCode[] = [];
  const halves: CodeGaps['halves'] = [];
  for (const code of codes) {
    const seen = sides.get(code.id);
    if (!seen || seen.size === 0) absent.push(code);
    else if (code.type === 'paired' && !(seen.has('open') && seen.has('close'))) halves.push({ code, lacks: seen.has('open') ? 'close' : 'open' });
  }
  return { absent, halves };
}

/** What a format does with each piece of a segment to write it in its own markup. */
export interface CodeWriter {
  text(text: string): string;
  open(code: InlineCode): string;
  close(code: InlineCode): string;
  standalone(code: InlineCode): string;
}

/**
 * Writes a target with its codes put back as the format's markup. Codes a target omits: droppable
 * formatting is left out (the words stay), anything else is written at the end so no image, note
 * reference or field is lost. The result never has unbalanced markup, because the tokens do not.
 *
 * @example
 * renderTokens(checkTarget('<pc id="1">Paris</pc>', codes), codes, markdownWriter); // → '**Paris**'
 */
export function renderTokens(tokens: readonly InlineToken[], codes: readonly InlineCode[], writer: CodeWriter, options: { restoreMissing?: boolean } = {}): string {
  const byId = new Map(codes.map((code) => [code.id, code]));
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      out += writer.text(token.text);
      continue;
    }
    const code = byId.get(token.id);
    if (!code) continue;
    if (token.type === 'open') out += writer.open(code);
    else if (token.type === 'close') out += writer.close(code);
    else out += writer.standalone(code);
  }
  // A bilingual file writes a target as it is: its codes' absence is the translator's.
  if (options.restoreMissing === false) return out;
  for (const code of missingCodes(tokens, codes)) {
    if (code.droppable) continue;
    out += code.type === 'paired' ? writer.open(code) + writer.close(code) : writer.standalone(code);
  }
  return out;
}

/**
 * A text with codes in the API form, from tokens; a plain string when there are no codes.
 *
 * @example
 * markupOf([{ type: 'text', text: 'a < b' }], []); // → 'a < b'
 */
export function markupOf(tokens: readonly InlineToken[], codes: readonly InlineCode[]): string {
  return codes.length === 0 ? textOfTokens(tokens) : serializeMarkup(tokens);
}

/**
 * The source's codes in a text that was translated without them (a memory match, a machine
 * translation that lost them): the text as is, codes left for the translator to place. When the
 * text already carries codes of the same kinds in the same order (a memory unit of a segment with
 * the same markup), they are renumbered to the current source's ids.
 *
 * @example
 * adoptCodes('<pc id="4">Paris</pc>', [{ id: '4', kind: 'bold', … }], sourceCodes /* bold as 1 *\/); // → '<pc id="1">Paris</pc>'
 */
export function adoptCodes(text: string, textCodes: readonly InlineCode[], sourceCodes: readonly InlineCode[]): string {
  let tokens: InlineToken[];
  try {
    tokens = tokensOf(text, textCodes);
  } catch {
    // Markup that does not read (an engine broke the tags): its words.
    tokens = [{ type: 'text', text: text.replace(/<[^<>]*>/gu, '') }];
  }
  if (sourceCodes.length === 0) return textOfTokens(tokens);
  const shape = (list: readonly InlineCode[]): string => list.map((code) => `${code.type}:${code.kind}`).join(' ');
  if (textCodes.length > 0 && shape(textCodes) === shape(sourceCodes)) {
    const ids = new Map(textCodes.map((code, i) => [code.id, sourceCodes[i]!.id]));
    const renumbered = tokens.map((token) => (token.type === 'text' ? token : { ...token, id: ids.get(token.id) ?? token.id }));
    try {
      checkTokens(renumbered, sourceCodes);
      return serializeMarkup(renumbered);
    } catch {
      // Codes doubled or crossed: the words, codes left to place.
    }
  }
  return serializeMarkup([{ type: 'text', text: textOfTokens(tokens) }]);
}

/**
 * A translation made for one set of codes (a kept target under a source's new codes, an engine's
 * output, a unit of a file coming back) in the form of a segment with `codes`: as it is when its
 * codes fit, else through `adoptCodes`.
 *
 * @example
 * fitTarget('The <pc id="1">mayor</pc>', codes, codes); // → as is
 * fitTarget('The <pc id="1">mayor', codes, codes); // → 'The mayor'
 */
export function fitTarget(text: string, textCodes: readonly InlineCode[], codes: readonly InlineCode[]): string {
  if (text === '' || (textCodes.length === 0 && codes.length === 0)) return text;
  if (textCodes.length > 0 && codes.length > 0) {
    try {
      checkTarget(text, codes);
      return text;
    } catch {
      // Falls through: the codes it places are not the segment's.
    }
  }
  return adoptCodes(text, textCodes, codes);
}

/**
 * The codes of a segment being read, numbered 1, 2… in the order they are added; `keyed` finds
 * a code by the file's own key (an XLIFF id), adding it only when `make` is given.
 *
 * @example
 * const list = codeList();
 * list.add({ type: 'standalone', kind: 'break', open: '<br>', droppable: true }); // → '1'
 */
export function codeList(): {
  codes: InlineCode[];
  add(code: Omit<InlineCode, 'id'>): string;
  keyed(key: string, make?: () => Omit<InlineCode, 'id'>): string | undefined;
  /** Gives a paired code the closing markup its end element carries, when it has none yet. */
  closeWith(id: string, close: string): void;
} {
  const codes: InlineCode[] = [];
  const keys = new Map<string, string>();
  const add = (code: Omit<InlineCode, 'id'>): string => {
    const id = String(codes.length + 1);
    codes.push({ id, ...code });
    return id;
  };
  return {
    codes,
    add,
    keyed(key, make) {
      const known = keys.get(key);
      if (known !== undefined || !make) return known;
      const id = add(make());
      keys.set(key, id);
      return id;
    },
    closeWith(id, close) {
      const code = codes.find((candidate) => candidate.id === id);
      if (code && !code.close) code.close = close;
    },
  };
}

/**
 * Pairs whose other half is not in the text (an XLIFF `<bx>` or a TMX `<bpt>` whose end is in the
 * next segment) made standalone codes: each half kept where it is, as a code of its own markup.
 *
 * @example
 * settleLonePairs([{ type: 'open', id: '1' }, { type: 'text', text: 'a' }], [boldPair]);
 * // → tokens [{ type: 'standalone', id: '1' }, …], codes [{ id: '1', type: 'standalone', … }]
 */
export function settleLonePairs(tokens: readonly InlineToken[], codes: readonly InlineCode[]): { tokens: InlineToken[]; codes: InlineCode[] } {
  const opened = new Set(tokens.flatMap((token) => (token.type === 'open' ? [token.id] : [])));
  const closed = new Set(tokens.flatMap((token) => (token.type === 'close' ? [token.id] : [])));
  const lone = new Set([...opened, ...closed].filter((id) => opened.has(id) !== closed.has(id)));
  if (lone.size === 0) return { tokens: [...tokens], codes: [...codes] };
  return {
    tokens: tokens.map((token): InlineToken => (token.type !== 'text' && lone.has(token.id) ? { type: 'standalone', id: token.id } : token)),
    codes: codes.map((code) => (lone.has(code.id) ? { id: code.id, type: 'standalone', kind: code.kind, open: code.open || (code.close ?? ''), droppable: false } : code)),
  };
}

/**
 * A text with codes as people outside the workbench can edit it (a review table opened in Word or
 * a spreadsheet): `{1}words{/1}` for a paired code, `{2/}` for a standalone one. Plain text stays plain.
 *
 * @example
 * toBraces('Le <pc id="1">maire</pc><ph id="2"/>', codes); // → 'Le {1}maire{/1}{2/}'
 */
export function toBraces(text: string, codes: readonly InlineCode[]): string {
  if (codes.length === 0) return text;
  let tokens: InlineToken[];
  try {
    tokens = parseMarkup(text);
  } catch {
    return text;
  }
  return tokens.map((token) => (token.type === 'text' ? token.text : token.type === 'open' ? `{${token.id}}` : token.type === 'close' ? `{/${token.id}}` : `{${token.id}/}`)).join('');
}

/**
 * The inverse of `toBraces`, for a text coming back: markup with the source's codes where the
 * braces name them; braces that name no code are text. When the codes do not fit (a pair split by
 * the editor), the words come back and the codes are left to place.
 *
 * @example
 * fromBraces('The {1}mayor{/1}{2/}', codes); // → 'The <pc id="1">mayor</pc><ph id="2"/>'
 */
export function fromBraces(text: string, codes: readonly InlineCode[]): string {
  if (codes.length === 0) return text;
  const known = new Set(codes.map((code) => code.id));
  const tokens: InlineToken[] = [];
  let last = 0;
  const addText = (value: string): void => {
    if (value !== '') tokens.push({ type: 'text', text: value });
  };
  for (const match of text.matchAll(/\{(\/?)([\w.-]+)(\/?)\}/gu)) {
    const [whole, closing, id, alone] = match;
    if (!known.has(id!) || (closing && alone)) continue;
    addText(text.slice(last, match.index));
    tokens.push(closing ? { type: 'close', id: id! } : alone ? { type: 'standalone', id: id! } : { type: 'open', id: id! });
    last = match.index + whole.length;
  }
  addText(text.slice(last));
  try {
    checkTokens(tokens, codes);
    return serializeMarkup(tokens);
  } catch {
    return serializeMarkup([{ type: 'text', text: textOfTokens(tokens) }]);
  }
}


/**
 * A target's tokens with the codes its source made standalone (`settleLonePairs`) written as
 * standalone too, so that they still fit the source.
 */
export function matchStandalone(tokens: readonly InlineToken[], codes: readonly InlineCode[]): InlineToken[] {
  const standalone = new Set(codes.filter((code) => code.type === 'standalone').map((code) => code.id));
  return tokens.map((token): InlineToken => (token.type !== 'text' && standalone.has(token.id) ? { type: 'standalone', id: token.id } : token));
}
