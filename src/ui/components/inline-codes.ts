import { checkTokens, type InlineCode, type InlineToken, missingCodes, plainLayout, serializeMarkup, textOfTokens, tokensOf } from '../../domain/inline';
import type { Span } from '../../domain/qa';
import { markSpans } from './qa-spans';
import { el } from '../dom';
import { t } from '../i18n';

/**
 * The chip of one side of a code: its number, the original markup in its tooltip. A chip is one
 * piece (contenteditable=false): it cannot be typed into or half-deleted.
 */
export function codeChip(code: InlineCode, side: 'open' | 'close' | 'standalone'): HTMLElement {
  const markup = side === 'close' ? (code.close ?? '') : code.open;
  return el(
    'span',
    {
      class: `code-chip ${side} kind-${code.kind}`,
      contenteditable: 'false',
      'data-code': code.id,
      'data-side': side,
      title: `${t(`codes.${code.kind}`)}: ${markup}`,
      'aria-label': t(`codes.${side}`, { id: code.id, kind: t(`codes.${code.kind}`) }),
    },
    code.id,
  );
}

/** Reads a stored text as tokens; markup that does not read (never stored so) shows as text. */
function safeTokens(text: string, codes: readonly InlineCode[]): InlineToken[] {
  try {
    return tokensOf(text, codes);
  } catch {
    return [{ type: 'text', text }];
  }
}

/**
 * A text with codes for reading (a source, a suggestion): its words, and chips where its codes are.
 * `decorate` turns each run of text into nodes (glossary terms marked, for the source).
 */
export function inlineNodes(
  text: string,
  codes: readonly InlineCode[],
  decorate: (text: string) => (string | HTMLElement)[] = (value) => [value],
  marks?: { spans: readonly Span[]; className: string },
): (string | Node)[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const tokens = safeTokens(text, codes);
  // Marks count in the plain text (the words, a break as a space): each run of words gets its part.
  const { at } = plainLayout(tokens, codes);
  const out: (string | Node)[] = [];
  tokens.forEach((token, i) => {
    if (token.type === 'text') {
      const start = at[i] ?? 0;
      const end = start + token.text.length;
      const local = (marks?.spans ?? []).filter((span) => span.end > start && span.start < end).map((span) => ({ start: Math.max(0, span.start - start), end: Math.min(token.text.length, span.end - start) }));
      out.push(...(local.length > 0 ? markSpans(token.text, local, decorate, marks?.className) : decorate(token.text)));
    } else {
      const code = byId.get(token.id);
      if (code) out.push(codeChip(code, token.type));
    }
  });
  return out;
}

/** The editable English of one segment: a text area for plain segments, a box with chips for segments with codes. */
export interface TargetBox {
  readonly element: HTMLElement;
  /** The target as the API takes it: plain text, or inline markup. */
  value: string;
  readOnly: boolean;
  focus(): void;
  /** Why the text cannot be saved as it is (codes crossed), or undefined. */
  problem(): string | undefined;
  /** Puts the next code the target lacks at the caret (a pair around the selection); false when none is missing. */
  insertNextCode(): boolean;
  /** Replaces the whole text as typing would: Ctrl+Z takes it back (copying the source, inserting a suggestion). */
  replace(text: string): void;
  /** Selects a span of its words (offsets in the plain text, as QA findings and search matches give them), focused. */
  select(span: Span): void;
}

/** The whole content of a focused editable replaced through the browser's editing, so that it joins the undo history. */
function replaceAsTyped(element: HTMLElement, select: () => void, text: string): boolean {
  element.focus();
  select();
  // execCommand is the one way into the browser's undo stack; it is deprecated but everywhere.
  return text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
}

/**
 * The target editor of a segment.
 *
 * @example
 * const box = targetBox(segment, { class: 'target', lang: 'en' });
 * box.value = segment.target;
 */
export function targetBox(codes: readonly InlineCode[], attributes: Record<string, string>, rows: number): TargetBox {
  if (codes.length === 0) return plainBox(attributes, rows);
  return codedBox(codes, attributes, rows);
}

function plainBox(attributes: Record<string, string>, rows: number): TargetBox {
  const area = el('textarea', { ...attributes, rows });
  return {
    element: area,
    get value() {
      return area.value;
    },
    set value(text: string) {
      area.value = text;
    },
    get readOnly() {
      return area.readOnly;
    },
    set readOnly(flag: boolean) {
      area.readOnly = flag;
    },
    focus: () => area.focus(),
    problem: () => undefined,
    insertNextCode: () => false,
    select(span) {
      if (span.end > area.value.length) return;
      area.focus();
      area.setSelectionRange(span.start, span.end);
    },
    replace(text) {
      if (area.value === text) return;
      if (!replaceAsTyped(area, () => area.select(), text) || area.value !== text) area.value = text;
    },
  };
}

function codedBox(codes: readonly InlineCode[], attributes: Record<string, string>, rows: number): TargetBox {
  const box = el('div', {
    ...attributes,
    role: 'textbox',
    'aria-multiline': 'true',
    contenteditable: 'true',
    'data-codes': codes.length,
    style: `min-height: ${rows * 1.5}em`,
  });
  const byId = new Map(codes.map((code) => [code.id, code]));

  /** The box read as tokens; `pieces` says which text node holds which part of which text token. */
  const read = (): { tokens: InlineToken[]; pieces: { token: number; offset: number; node: Text }[] } => {
    const out: InlineToken[] = [];
    const pieces: { token: number; offset: number; node: Text }[] = [];
    const walk = (node: Node): void => {
      for (const child of Array.from(node.childNodes)) {
        if (child instanceof Text) {
          const text = child.data;
          const last = out.at(-1);
          if (last?.type === 'text') {
            pieces.push({ token: out.length - 1, offset: last.text.length, node: child });
            last.text += text;
          } else if (text !== '') {
            pieces.push({ token: out.length, offset: 0, node: child });
            out.push({ type: 'text', text });
          }
        } else if (child instanceof HTMLElement && child.dataset.code) {
          const side = child.dataset.side as 'open' | 'close' | 'standalone';
          out.push({ type: side, id: child.dataset.code });
        } else if (child instanceof HTMLBRElement) {
          // A browser's placeholder line break in an emptied box is no text.
          continue;
        } else {
          walk(child);
        }
      }
    };
    walk(box);
    return { tokens: out, pieces };
  };
  const tokens = (): InlineToken[] => read().tokens;

  const render = (list: readonly InlineToken[]): (string | Node)[] =>
    list.flatMap((token): (string | Node)[] => {
      if (token.type === 'text') return [token.text];
      const code = byId.get(token.id);
      return code ? [codeChip(code, token.type)] : [];
    });

  // Typed text only: no rich text pasted in, no paragraphs (a segment is one block).
  box.addEventListener('beforeinput', (event) => {
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak' || event.inputType.startsWith('format')) event.preventDefault();
  });
  box.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = (event.clipboardData?.getData('text/plain') ?? '').replace(/\s*[\r\n]+\s*/gu, ' ');
    // As typed (Ctrl+Z takes it back), else put in directly.
    if (document.execCommand('insertText', false, text)) return;
    insertAtCaret([document.createTextNode(text)]);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  box.addEventListener('drop', (event) => event.preventDefault());

  const insertAtCaret = (nodes: Node[], around?: Range): void => {
    const selection = window.getSelection();
    let range = around ?? (selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined);
    if (!range || !box.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(box);
      range.collapse(false);
    }
    range.deleteContents();
    const fragment = document.createDocumentFragment();
    for (const node of nodes) fragment.append(node);
    const last = nodes.at(-1);
    range.insertNode(fragment);
    if (last && selection) {
      const after = document.createRange();
      after.setStartAfter(last);
      after.collapse(true);
      selection.removeAllRanges();
      selection.addRange(after);
    }
  };

  /**
   * Puts text and chips in place of the selection through the browser's editing, so that Ctrl+Z
   * takes them back; false (nothing changed) where the browser cannot, or changed the chips.
   */
  const insertAsTyped = (nodes: readonly (string | Node)[]): boolean => {
    const chips = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('.code-chip'), (chip) => `${chip.dataset.code}:${chip.dataset.side}:${chip.getAttribute('contenteditable')}`);
    const holder = document.createElement('div');
    holder.append(...nodes);
    const inserted = chips(holder);
    const before = Array.from(box.childNodes, (node) => node.cloneNode(true));
    // The nodes serialized by the browser: text escaped, chips as built.
    if (!document.execCommand('insertHTML', false, holder.innerHTML)) return false;
    const now = chips(box);
    if (inserted.every((chip) => now.includes(chip))) return true;
    // The browser rewrote the chips (not seen in Chromium): as before, then done directly.
    box.replaceChildren(...before);
    return false;
  };

  return {
    element: box,
    get value() {
      return serializeMarkup(tokens());
    },
    set value(text: string) {
      box.replaceChildren(...render(safeTokens(text, codes)).map((node) => (typeof node === 'string' ? document.createTextNode(node) : node)));
    },
    get readOnly() {
      return box.contentEditable !== 'true';
    },
    set readOnly(flag: boolean) {
      box.contentEditable = flag ? 'false' : 'true';
      box.setAttribute('aria-readonly', String(flag));
    },
    focus: () => box.focus(),
    select(span) {
      const { tokens: list, pieces } = read();
      const { at } = plainLayout(list, codes);
      // The text node and offset of a place in the plain text. A place at a chip belongs to the words
      // after it for a start, to the words before it for an end: the chip stays out of the selection.
      const place = (offset: number, side: 'start' | 'end'): { node: Text; offset: number } | undefined => {
        for (const piece of pieces) {
          const start = (at[piece.token] ?? 0) + piece.offset;
          const inside = side === 'start' ? offset >= start && offset < start + piece.node.length : offset > start && offset <= start + piece.node.length;
          if (inside) return { node: piece.node, offset: offset - start };
        }
        return undefined;
      };
      const start = place(span.start, 'start');
      const end = place(span.end, 'end');
      if (!start || !end) return;
      box.focus();
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    replace(text) {
      if (this.value === text) return;
      // Chips cannot go through insertText: the whole box is selected and the text with its chips
      // inserted as HTML, which the browser's undo takes back as one step.
      if (!box.isContentEditable) {
        this.value = text;
        return;
      }
      box.focus();
      const all = document.createRange();
      all.selectNodeContents(box);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(all);
      const done = text === '' ? document.execCommand('delete') : insertAsTyped(render(safeTokens(text, codes)));
      if (!done || this.value !== text) this.value = text;
    },
    problem() {
      try {
        checkTokens(tokens(), codes);
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    insertNextCode() {
      const [next] = missingCodes(tokens(), codes);
      if (!next) return false;
      box.focus();
      const selection = window.getSelection();
      const selected = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      const range = selected && box.contains(selected.commonAncestorContainer) ? selected : undefined;
      const around = range !== undefined && !range.collapsed;
      // The code's chips: a pair goes around the selected words.
      const chips = (words: Node[]): Node[] => (next.type === 'standalone' ? [codeChip(next, 'standalone')] : [codeChip(next, 'open'), ...words, codeChip(next, 'close')]);
      // As typed where the browser can (Ctrl+Z takes the code back), else put in directly.
      const typed = range !== undefined && box.isContentEditable && insertAsTyped(chips(around ? Array.from(range.cloneContents().childNodes) : []));
      if (!typed) {
        insertAtCaret(chips(range && around ? Array.from(range.extractContents().childNodes) : []), around ? range : undefined);
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const open = next.type === 'standalone' || around ? null : box.querySelector(`.code-chip[data-code="${CSS.escape(next.id)}"][data-side="open"]`);
      if (open) {
        // The caret between the two sides, ready for the words.
        const between = document.createRange();
        between.setStartAfter(open);
        between.collapse(true);
        selection?.removeAllRanges();
        selection?.addRange(between);
      }
      return true;
    },
  };
}

/** A text's words without codes (for a conflict message, a title). */
export function wordsOf(text: string, codes: readonly InlineCode[]): string {
  return textOfTokens(safeTokens(text, codes));
}
