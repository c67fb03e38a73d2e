import { InvalidInlineCodesError } from '../errors';
import type { InlineToken } from './types';

/**
 * The API form of a segment with codes: XLIFF 2.0 inline markup in the text. A paired code is
 * `<pc id="1">…</pc>`, a standalone code `<ph id="2"/>`; in the text, `&`, `<` and `>` are written
 * `&amp;`, `&lt;` and `&gt;`. Only segments with codes use it: a plain segment's text is a plain string.
 */

const tag = /<(\/?)(pc|ph)\b([^<>]*?)(\/?)>/uy;
/** Ids are letters, digits, `_`, `.` and `-` (formats number them 1, 2…), so they never need escaping. */
const idAttribute = /^\s+id\s*=\s*(?:"([\w.-]+)"|'([\w.-]+)')\s*$/u;
const entity = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([\da-f]{1,6}));/iuy;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads inline markup into tokens. Throws `InvalidInlineCodesError` on markup that is not ours
 * (an unknown element, a `</pc>` with nothing open, a `<pc>` never closed, a literal `<`). A `&`
 * that starts no entity is read as itself: "AT&T" typed through the API is not an error.
 *
 * @example
 * parseMarkup('<pc id="1">Paris</pc> &amp; Lyon<ph id="2"/>');
 * // → [{type:'open',id:'1'}, {type:'text',text:'Paris'}, {type:'close',id:'1'}, {type:'text',text:' & Lyon'}, {type:'standalone',id:'2'}]
 */
export function parseMarkup(markup: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const open: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') tokens.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < markup.length) {
    const char = markup[i]!;
    if (char === '&') {
      entity.lastIndex = i;
      const match = entity.exec(markup);
      if (match) {
        text += match[1] ? named[match[1].toLowerCase()]! : String.fromCodePoint(Number.parseInt(match[2] ?? match[3]!, match[2] ? 10 : 16));
        i += match[0].length;
        continue;
      }
      text += char;
      i++;
      continue;
    }
    if (char === '>') {
      text += char;
      i++;
      continue;
    }
    if (char !== '<') {
      text += char;
      i++;
      continue;
    }
    tag.lastIndex = i;
    const match = tag.exec(markup);
    if (!match) throw new InvalidInlineCodesError(`Unexpected "<" at character ${i + 1}: write a literal < as &lt;, and codes as <pc id="…">…</pc> or <ph id="…"/>.`);
    const [whole, closing, name, attributes = '', selfClosing] = match;
    flush();
    if (closing) {
      if (name !== 'pc' || attributes.trim() !== '' || selfClosing) throw new InvalidInlineCodesError(`"${whole}" is not a code: only </pc> closes one.`);
      const id = open.pop();
      if (id === undefined) throw new InvalidInlineCodesError(`"</pc>" at character ${i + 1} closes no code.`);
      tokens.push({ type: 'close', id });
    } else {
      const id = idOf(whole, attributes);
      if (name === 'ph') {
        if (!selfClosing) throw new InvalidInlineCodesError(`"${whole}": a standalone code is written <ph id="${id}"/>.`);
        tokens.push({ type: 'standalone', id });
      } else {
        if (selfClosing) throw new InvalidInlineCodesError(`"${whole}": a paired code wraps words, <pc id="${id}">…</pc>.`);
        open.push(id);
        tokens.push({ type: 'open', id });
      }
    }
    i += whole.length;
  }
  flush();
  if (open.length > 0) throw new InvalidInlineCodesError(`Code ${open.at(-1)} is opened but never closed: add </pc>.`);
  return tokens;
}

function idOf(whole: string, attributes: string): string {
  const match = idAttribute.exec(attributes);
  const id = match?.[1] ?? match?.[2];
  if (id === undefined) throw new InvalidInlineCodesError(`"${whole}" is not a code: codes are written with their id only, <pc id="1">.`);
  return id;
}

/** `&`, `<` and `>` as entities: text that can sit between codes. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/gu, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/**
 * Writes tokens as inline markup. A paired code's closing is written `</pc>` whatever its id, so
 * tokens must be well nested (see `checkTarget`).
 *
 * @example
 * serializeMarkup([{ type: 'standalone', id: '1' }, { type: 'text', text: 'a < b' }]); // → '<ph id="1"/>a &lt; b'
 */
export function serializeMarkup(tokens: readonly InlineToken[]): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') out += escapeText(token.text);
    else if (token.type === 'open') out += `<pc id="${token.id}">`;
    else if (token.type === 'close') out += '</pc>';
    else out += `<ph id="${token.id}"/>`;
  }
  return out;
}
