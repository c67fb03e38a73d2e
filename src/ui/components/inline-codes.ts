import { checkTokens, codeGaps, type CodeGaps, type InlineCode, type InlineToken, plainLayout, serializeMarkup, textOfTokens, tokensOf } from '../../domain/inline';
import type { Span } from '../../domain/qa';
import { markSpans } from './qa-spans';
import { el } from '../dom';
import { t } from '../i18n';

/** A code's kind as words inside a sentence ("bold", "line break"; an acronym as it is). */
function kindName(code: InlineCode): string {
  const name = t(`codes.${code.kind}`);
  return name === name.toLocaleUpperCase() ? name : name.toLocaleLowerCase();
}

/** What a screen reader says for one side of a code: "Start of bold 1", "End of bold 1", "Image 2". */
export function chipName(code: InlineCode, side: 'open' | 'close' | 'standalone'): string {
  return t(`codes.${side}`, { id: code.id, kind: kindName(code), Kind: t(`codes.${code.kind}`) });
}

/**
 * The chip of one side of a code: its number, drawn ⟨1 for an opening and 1⟩ for a closing (the
 * brackets are the style's, outside the text), the original markup in its tooltip. A chip is one
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
      'aria-label': chipName(code, side),
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
  /**
   * Puts the next code the target lacks at the caret: the missing side of a half-placed pair first,
   * else a whole code (a pair around the selection); false when none is missing.
   */
  insertNextCode(): boolean;
  /** What is under the box: the codes still to place, each a button that places it (absent for a plain box). */
  readonly gapsElement?: HTMLElement | undefined;
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
export function targetBox(codes: readonly InlineCode[], attributes: Record<string, string>, rows: number, onGaps?: (gaps: CodeGaps) => void): TargetBox {
  if (codes.length === 0) return plainBox(attributes, rows);
  return codedBox(codes, attributes, rows, onGaps);
}

/** Marks the chips of a source (or any text drawn with `inlineNodes`) whose codes a target has still to place. */
export function markCodesToPlace(element: HTMLElement, gaps: CodeGaps): void {
  const absent = new Set(gaps.absent.map((code) => code.id));
  const halves = new Map(gaps.halves.map((half) => [half.code.id, half.lacks]));
  for (const chip of element.querySelectorAll<HTMLElement>('.code-chip')) {
    const id = chip.dataset.code ?? '';
    const toPlace = absent.has(id) || halves.get(id) === chip.dataset.side;
    chip.classList.toggle('to-place', toPlace);
    if (toPlace) chip.dataset.toPlace = 'true';
    else delete chip.dataset.toPlace;
  }
}

/** What travels in the clipboard from a box with codes: the tokens, and the codes as the chips were (to know them again). */
interface ClipboardCodes {
  tokens: InlineToken[];
  codes: { id: string; kind: string; open: string; close?: string | undefined }[];
}

/** The clipboard type of a copy from a box with codes (Chromium keeps custom types between its pages). */
const clipboardType = 'application/x-visavis-tokens';
/** The last copy or cut from a box with codes, for a browser that drops custom clipboard types: matched by its plain text. */
let lastCopied: { plain: string; payload: ClipboardCodes } | undefined;

/** Reads the content of a box (or a piece of it) as tokens; `pieces` says which text node holds which part of which text token. */
function readTokens(root: Node): { tokens: InlineToken[]; pieces: { token: number; offset: number; node: Text }[] } {
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
  walk(root);
  return { tokens: out, pieces };
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

function codedBox(codes: readonly InlineCode[], attributes: Record<string, string>, rows: number, onGaps?: (gaps: CodeGaps) => void): TargetBox {
  const box = el('div', {
    ...attributes,
    role: 'textbox',
    'aria-multiline': 'true',
    contenteditable: 'true',
    'data-codes': codes.length,
    style: `min-height: ${rows * 1.5}em`,
  });
  const byId = new Map(codes.map((code) => [code.id, code]));
  const read = () => readTokens(box);
  const tokens = (): InlineToken[] => read().tokens;

  /** A chip of the box: draggable, to be moved where the words need it. */
  const chip = (code: InlineCode, side: 'open' | 'close' | 'standalone'): HTMLElement => {
    const node = codeChip(code, side);
    node.draggable = true;
    return node;
  };
  const render = (list: readonly InlineToken[]): (string | Node)[] =>
    list.flatMap((token): (string | Node)[] => {
      if (token.type === 'text') return [token.text];
      const code = byId.get(token.id);
      return code ? [chip(code, token.type)] : [];
    });

  // What is still to place, under the box: a button per missing code or side, which places it.
  const gapsElement = el('div', { class: 'code-gaps', hidden: true, 'aria-live': 'polite' });
  /** The last place of the caret in the box, where a button of the list puts its code. */
  let lastRange: Range | undefined;
  const remember = (): void => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (range && box.contains(range.commonAncestorContainer)) lastRange = range.cloneRange();
  };
  /** A place inside a chip (where End or a click can put the caret in Chromium) moved beside it: after it, or before it at its very start. */
  const outside = (node: Node, offset: number): { node: Node; offset: number } => {
    const inChip = (node instanceof Element ? node : node.parentElement)?.closest('.code-chip');
    if (!inChip || !box.contains(inChip) || inChip === box) return { node, offset };
    const parent = inChip.parentNode ?? box;
    const index = Array.prototype.indexOf.call(parent.childNodes, inChip) as number;
    return { node: parent, offset: offset === 0 && node !== inChip ? index : index + 1 };
  };
  /** Keeps the caret out of the chips, so that typing after a chip at the end of the box is not lost. */
  const caretOutOfChips = (): void => {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (!range || !box.contains(range.commonAncestorContainer)) return;
    const start = outside(range.startContainer, range.startOffset);
    const end = outside(range.endContainer, range.endOffset);
    if (start.node === range.startContainer && end.node === range.endContainer) return;
    const fixed = document.createRange();
    fixed.setStart(start.node, start.offset);
    fixed.setEnd(end.node, end.offset);
    selection?.removeAllRanges();
    selection?.addRange(fixed);
  };
  box.addEventListener('keyup', () => {
    caretOutOfChips();
    remember();
  });
  box.addEventListener('mouseup', () => {
    caretOutOfChips();
    remember();
  });
  box.addEventListener('focusout', remember);

  const showGaps = (): void => {
    const gaps = codeGaps(tokens(), codes);
    const halves = new Map(gaps.halves.map((half) => [half.code.id, half]));
    // The side left of a half-deleted pair is marked: the pair is incomplete.
    for (const node of box.querySelectorAll<HTMLElement>('.code-chip')) {
      const half = halves.get(node.dataset.code ?? '');
      node.classList.toggle('incomplete', half !== undefined);
      if (half) node.setAttribute('aria-label', `${chipName(half.code, node.dataset.side as 'open' | 'close')} (${t('codes.incomplete')})`);
      else {
        const code = byId.get(node.dataset.code ?? '');
        if (code) node.setAttribute('aria-label', chipName(code, node.dataset.side as 'open' | 'close' | 'standalone'));
      }
    }
    const buttons = [
      ...gaps.halves.map((half) => ({ code: half.code, side: half.lacks as 'open' | 'close' | 'both', label: half.lacks === 'open' ? `⟨${half.code.id}` : `${half.code.id}⟩` })),
      ...gaps.absent.map((code) => ({ code, side: code.type === 'paired' ? ('both' as const) : ('standalone' as const), label: code.type === 'paired' ? `⟨${code.id} ${code.id}⟩` : code.id })),
    ].map(({ code, side, label }) =>
      el(
        'button',
        {
          type: 'button',
          class: `code-gap kind-${code.kind}${side === 'open' || side === 'close' ? ' half' : ''}`,
          'data-code': code.id,
          'data-side': side,
          title: `${t(`codes.${code.kind}`)}: ${side === 'close' ? (code.close ?? '') : code.open}`,
          'aria-label': t('codes.place', { name: side === 'both' ? chipName(code, 'standalone') : chipName(code, side) }),
          // The caret stays in the box: the code goes where the translator was typing.
          onmousedown: (event: Event) => event.preventDefault(),
          onclick: () => {
            if (box.isContentEditable) placeCode(code, side === 'both' ? undefined : side);
          },
        },
        label,
      ),
    );
    // An English not begun lacks every code: nothing to say until there are words or chips.
    gapsElement.hidden = buttons.length === 0 || ((box.textContent ?? '').trim() === '' && box.querySelector('.code-chip') === null);
    gapsElement.classList.toggle('has-halves', gaps.halves.length > 0);
    gapsElement.replaceChildren(...(buttons.length === 0 ? [] : [el('span', { class: 'code-gaps-label' }, gaps.halves.length > 0 ? t('codes.incompleteList') : t('codes.toPlace')), ...buttons]));
    onGaps?.(gaps);
  };
  box.addEventListener('input', showGaps);

  // Typed text only: no rich text pasted in, no paragraphs (a segment is one block).
  box.addEventListener('beforeinput', (event) => {
    caretOutOfChips();
    if (event.inputType === 'insertParagraph' || event.inputType === 'insertLineBreak' || event.inputType.startsWith('format')) event.preventDefault();
  });

  /** The selection when it is in the box. */
  const selected = (): Range | undefined => {
    caretOutOfChips();
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    return range && box.contains(range.commonAncestorContainer) ? range : undefined;
  };

  // Copy and cut carry the chips with their identity: pasted in this box (or one with the same
  // codes), a chip comes back as itself unless the box already holds that side of that code.
  const copy = (event: ClipboardEvent): boolean => {
    const range = selected();
    if (!range || range.collapsed || !event.clipboardData) return false;
    const piece = readTokens(range.cloneContents()).tokens;
    const used = new Set(piece.flatMap((token) => (token.type === 'text' ? [] : [token.id])));
    const payload: ClipboardCodes = { tokens: piece, codes: codes.filter((code) => used.has(code.id)).map(({ id, kind, open, close }) => ({ id, kind, open, close })) };
    const plain = textOfTokens(piece);
    event.preventDefault();
    event.clipboardData.setData('text/plain', plain);
    event.clipboardData.setData(clipboardType, JSON.stringify(payload));
    lastCopied = { plain, payload };
    return true;
  };
  box.addEventListener('copy', (event) => void copy(event));
  box.addEventListener('cut', (event) => {
    if (!copy(event) || !box.isContentEditable) return;
    // The selection goes as a cut would (Ctrl+Z takes it back), else directly.
    if (!document.execCommand('delete')) {
      selected()?.deleteContents();
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });

  /** The tokens a paste brings: copied chips that fit this box and are not in it already; else the text. */
  const pasted = (data: DataTransfer | null): InlineToken[] => {
    const plain = (data?.getData('text/plain') ?? '').replace(/\s*[\r\n]+\s*/gu, ' ');
    let payload: ClipboardCodes | undefined;
    try {
      const raw = data?.getData(clipboardType);
      if (raw) payload = JSON.parse(raw) as ClipboardCodes;
    } catch {
      payload = undefined;
    }
    if (!payload && lastCopied && lastCopied.plain.replace(/\s*[\r\n]+\s*/gu, ' ') === plain) payload = lastCopied.payload;
    if (!payload || !Array.isArray(payload.tokens)) return plain === '' ? [] : [{ type: 'text', text: plain }];
    const same = new Map(payload.codes.map((code) => [code.id, code]));
    // Sides the box keeps once the selection is replaced.
    const range = selected();
    const replaced = new Set(range ? readTokens(range.cloneContents()).tokens.flatMap((token) => (token.type === 'text' ? [] : [`${token.id}:${token.type}`])) : []);
    const kept = new Set(tokens().flatMap((token) => (token.type === 'text' ? [] : [`${token.id}:${token.type}`])).filter((key) => !replaced.has(key)));
    const out: InlineToken[] = [];
    for (const token of payload.tokens) {
      if (token.type === 'text') {
        const text = String(token.text).replace(/\s*[\r\n]+\s*/gu, ' ');
        const last = out.at(-1);
        if (last?.type === 'text') last.text += text;
        else if (text !== '') out.push({ type: 'text', text });
        continue;
      }
      const mine = byId.get(token.id);
      const theirs = same.get(token.id);
      const key = `${token.id}:${token.type}`;
      const fits = mine !== undefined && theirs !== undefined && mine.kind === theirs.kind && mine.open === theirs.open && (mine.close ?? '') === (theirs.close ?? '');
      if (fits && !kept.has(key) && (token.type === 'standalone') === (mine.type === 'standalone')) {
        out.push({ type: token.type, id: token.id });
        kept.add(key);
      }
    }
    return out;
  };
  box.addEventListener('paste', (event) => {
    event.preventDefault();
    if (!box.isContentEditable) return;
    const list = pasted(event.clipboardData);
    if (list.every((token) => token.type === 'text')) {
      const text = textOfTokens(list);
      // As typed (Ctrl+Z takes it back), else put in directly.
      if (document.execCommand('insertText', false, text)) return;
      insertAtCaret([document.createTextNode(text)]);
    } else if (!insertAsTyped(render(list))) {
      insertAtCaret(render(list).map((node) => (typeof node === 'string' ? document.createTextNode(node) : node)));
    } else {
      return;
    }
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });

  // Drag and drop moves a chip within the box; nothing else is dropped in (no rich text from outside).
  let dragged: HTMLElement | undefined;
  box.addEventListener('dragstart', (event) => {
    // The chip, or its text (Chromium drags a chip's selected text from the text node).
    const from = event.target instanceof Node ? (event.target instanceof Element ? event.target : event.target.parentElement) : null;
    const node = from?.closest<HTMLElement>('.code-chip') ?? null;
    if (!node || !box.contains(node) || !box.isContentEditable || !event.dataTransfer) {
      event.preventDefault();
      return;
    }
    dragged = node;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', '');
    event.dataTransfer.setData(clipboardType, JSON.stringify({ tokens: [{ type: node.dataset.side, id: node.dataset.code }], codes: [] }));
  });
  box.addEventListener('dragend', () => {
    dragged = undefined;
  });
  box.addEventListener('dragover', (event) => {
    if (!dragged) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
  });
  box.addEventListener('drop', (event) => {
    event.preventDefault();
    const node = dragged;
    dragged = undefined;
    if (!node || !box.contains(node)) return;
    const at = document.caretRangeFromPoint(event.clientX, event.clientY);
    if (!at || !box.contains(at.startContainer) || node.contains(at.startContainer)) return;
    // A place inside another chip is beside it.
    const inChip = at.startContainer.parentElement?.closest('.code-chip');
    if (inChip && inChip !== box && box.contains(inChip)) at.setStartAfter(inChip);
    at.collapse(true);
    node.remove();
    at.insertNode(node);
    box.normalize();
    const selection = window.getSelection();
    const after = document.createRange();
    after.setStartAfter(node);
    after.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(after);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });

  const insertAtCaret = (nodes: Node[], around?: Range): void => {
    const selection = window.getSelection();
    let range = around ?? selected();
    if (!range) {
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
    const chips = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLElement>('.code-chip'), (node) => `${node.dataset.code}:${node.dataset.side}:${node.getAttribute('contenteditable')}`);
    const holder = document.createElement('div');
    holder.append(...nodes);
    const inserted = chips(holder);
    const before = Array.from(box.childNodes, (node) => node.cloneNode(true));
    // The nodes serialized by the browser: text escaped, chips as built.
    if (!document.execCommand('insertHTML', false, holder.innerHTML)) return false;
    const now = chips(box);
    if (inserted.every((key) => now.includes(key))) {
      // The browser's copy of a chip may lose its drag: every chip of the box can be moved.
      for (const node of box.querySelectorAll<HTMLElement>('.code-chip')) node.draggable = true;
      return true;
    }
    // The browser rewrote the chips (not seen in Chromium): as before, then done directly.
    box.replaceChildren(...before);
    return false;
  };

  /**
   * Places a code at the caret (or where the caret last was in the box, else at its end): one side
   * of a half-placed pair, a standalone code, or a whole pair around the selected words.
   */
  const placeCode = (code: InlineCode, side?: 'open' | 'close' | 'standalone'): void => {
    box.focus();
    const selection = window.getSelection();
    let range = selected();
    if ((!range || (range.collapsed && range.startOffset === 0 && range.startContainer === box)) && lastRange && box.contains(lastRange.commonAncestorContainer)) {
      range = lastRange;
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    const around = range !== undefined && !range.collapsed && side === undefined;
    const single = side ?? (code.type === 'standalone' ? 'standalone' : undefined);
    // The code's chips: a pair goes around the selected words.
    const chips = (words: Node[]): Node[] => (single ? [chip(code, single)] : [chip(code, 'open'), ...words, chip(code, 'close')]);
    // As typed where the browser can (Ctrl+Z takes the code back), else put in directly.
    const typed = range !== undefined && box.isContentEditable && insertAsTyped(chips(around ? Array.from(range.cloneContents().childNodes) : []));
    if (!typed) {
      insertAtCaret(chips(range && around ? Array.from(range.extractContents().childNodes) : []), around ? range : undefined);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const open = single || around ? null : box.querySelector(`.code-chip[data-code="${CSS.escape(code.id)}"][data-side="open"]`);
    if (open) {
      // The caret between the two sides, ready for the words.
      const between = document.createRange();
      between.setStartAfter(open);
      between.collapse(true);
      selection?.removeAllRanges();
      selection?.addRange(between);
    }
    remember();
  };

  return {
    element: box,
    get value() {
      return serializeMarkup(tokens());
    },
    set value(text: string) {
      box.replaceChildren(...render(safeTokens(text, codes)).map((node) => (typeof node === 'string' ? document.createTextNode(node) : node)));
      lastRange = undefined;
      showGaps();
    },
    gapsElement,
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
      const list = tokens();
      const [half] = codeGaps(list, codes).halves;
      if (half) return t(half.lacks === 'close' ? 'codes.lacksClose' : 'codes.lacksOpen', { name: chipName(half.code, half.lacks === 'close' ? 'open' : 'close') });
      try {
        checkTokens(list, codes);
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    insertNextCode() {
      const gaps = codeGaps(tokens(), codes);
      const [half] = gaps.halves;
      if (half) {
        placeCode(half.code, half.lacks);
        return true;
      }
      const [next] = gaps.absent;
      if (!next) return false;
      placeCode(next);
      return true;
    },
  };
}

/** A text's words without codes (for a conflict message, a title). */
export function wordsOf(text: string, codes: readonly InlineCode[]): string {
  return textOfTokens(safeTokens(text, codes));
}
