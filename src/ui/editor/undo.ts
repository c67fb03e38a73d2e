import type { TargetBox } from '../components/inline-codes';

/**
 * Undo and redo in a segment's text box, as a word processor does them: a typed run is one step,
 * a pasted text, an inserted code, a copied source or an inserted suggestion another.
 *
 * The browser's own history cannot be used: Chromium keeps one history for the whole page (Ctrl+Z
 * in one segment takes back typing in another), and the chip box's scripted changes cut its typed
 * runs into single keystrokes. So each box keeps its own, of snapshots: the text area's value, the
 * chip box's nodes as they were (chips with their ids, so that a pair is never half restored even
 * when the text between was not valid markup), and where the caret was.
 */

/** Typing paused this long starts another step, as in a word processor. */
export const typingPauseMs = 1000;

/** A selection in places: a character or a chip each, from the start of the box. */
interface Places {
  start: number;
  end: number;
}

/** What a step gives back: the box's content and where its caret was. */
interface Snapshot {
  /** The value as the box says it (to see whether anything changed). */
  value: string;
  /** The text area's value, or the chip box's nodes (copies, never put in the page themselves). */
  content: string | readonly Node[];
  selection: Places;
}

interface Step {
  before: Snapshot;
  after: Snapshot;
  /** Typed runs grow while the typing goes on; any other change is a step of its own. */
  kind: 'insert' | 'delete' | 'single';
  /** When it last grew. */
  at: number;
  /** Whether the last character typed was a space: the next word starts another step. */
  spaced: boolean;
}

/** A target box that keeps its own undo history. */
export interface UndoableBox extends TargetBox {
  /** Takes the last step back; false when there is none. */
  undo(): boolean;
  /** Does the last undone step again; false when there is none. */
  redo(): boolean;
}

/** Changes that are one step however long (a paste, a cut, a drop, a spelling correction, a script's change). */
const singleInputs = /^(insertFrom|insertReplacementText|insertHTML|insertLink|deleteByCut|deleteByDrag|historyUndo|historyRedo)/u;

function isChip(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && node.dataset.code !== undefined;
}

/** How many places a node takes: its characters, one for a chip. */
function placesIn(node: Node): number {
  if (node instanceof Text) return node.length;
  if (isChip(node)) return 1;
  let count = 0;
  for (const child of Array.from(node.childNodes)) count += placesIn(child);
  return count;
}

/** The places before a point of the box. */
function placeOf(root: HTMLElement, container: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  return placesIn(range.cloneContents());
}

/** The point of the box at a place (in a box as a snapshot puts it back: text and chips side by side). */
function pointAt(root: HTMLElement, place: number): { node: Node; offset: number } {
  let left = place;
  const children = Array.from(root.childNodes);
  for (const [index, child] of children.entries()) {
    const size = placesIn(child);
    if (child instanceof Text && left <= size) return { node: child, offset: left };
    if (left === 0) return { node: root, offset: index };
    left -= size;
  }
  return { node: root, offset: children.length };
}

function selectionIn(element: HTMLElement): Places | undefined {
  if (element instanceof HTMLTextAreaElement) return { start: element.selectionStart, end: element.selectionEnd };
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!range || !element.contains(range.startContainer) || !element.contains(range.endContainer)) return undefined;
  return { start: placeOf(element, range.startContainer, range.startOffset), end: placeOf(element, range.endContainer, range.endOffset) };
}

function select(element: HTMLElement, places: Places): void {
  if (document.activeElement !== element) element.focus();
  if (element instanceof HTMLTextAreaElement) {
    element.setSelectionRange(places.start, places.end);
    return;
  }
  const start = pointAt(element, places.start);
  const end = pointAt(element, places.end);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

const same = (a: Places, b: Places) => a.start === b.start && a.end === b.end;

/**
 * The box with an undo history of its own, per segment: Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) call
 * `undo` and `redo`, and the browser's Undo and Redo (its menu) come here too. A change taken back
 * is told as an `input` event, so that it is saved as any typing is. Setting `value` (another
 * person's text, a restored revision) starts the history afresh, as a text area's does.
 *
 * @example
 * const box = withUndo(targetBox(segment.codes, { class: 'target' }, 1));
 * box.value = segment.target;
 * box.undo();
 */
export function withUndo(box: TargetBox, pauseMs = typingPauseMs): UndoableBox {
  const { element } = box;
  const snapshot = (selection?: Places): Snapshot => {
    const value = box.value;
    const content = element instanceof HTMLTextAreaElement ? element.value : Array.from(element.childNodes, (node) => node.cloneNode(true));
    const end = placesIn(element instanceof HTMLTextAreaElement ? document.createTextNode(element.value) : element);
    return { value, content, selection: selection ?? selectionIn(element) ?? { start: end, end } };
  };

  let current = snapshot();
  const done: Step[] = [];
  let undone: Step[] = [];
  /** The typed run still growing. */
  let open: Step | undefined;
  /** Where the selection was before the change under way (the change's `input` comes after). */
  let caret: Places | undefined;
  /** A paste or a cut is under way: its `input` is one step, whatever it says it is. */
  let pasting = false;
  /** Changes made here (undo, redo) or recorded as one step by a method: their `input` is not typing. */
  let quiet = false;

  const forget = (): void => {
    done.length = 0;
    undone = [];
    open = undefined;
    caret = undefined;
    current = snapshot();
  };
  /** The box changed without an `input` (never, unless a script set it): that history no longer fits. */
  const sync = (): void => {
    if (box.value !== current.value) forget();
  };
  const push = (step: Step): void => {
    done.push(step);
    undone = [];
  };

  const typed = (event: Event): void => {
    if (quiet) return;
    const after = snapshot();
    if (after.value === current.value) {
      current = after;
      return;
    }
    const before = { ...current, selection: caret ?? current.selection };
    const input = event instanceof InputEvent ? event : undefined;
    const characters = [...(input?.data ?? '')];
    const kind: Step['kind'] =
      pasting || !input || singleInputs.test(input.inputType) || characters.length > 1
        ? 'single'
        : input.inputType.startsWith('delete')
          ? 'delete'
          : 'insert';
    caret = undefined;
    pasting = false;
    const now = Date.now();
    const composing = input?.inputType === 'insertCompositionText' && open?.kind === 'insert';
    const word = kind === 'insert' && open?.spaced === true && characters.length === 1 && !/\s/u.test(characters[0] ?? '');
    const grows = open !== undefined && kind !== 'single' && open.kind === kind && !word && now - open.at < pauseMs && same(before.selection, open.after.selection);
    if (open && (grows || composing)) {
      open.after = after;
      open.at = now;
      open.spaced = /\s$/u.test(input?.data ?? '');
    } else {
      const step: Step = { before, after, kind, at: now, spaced: /\s$/u.test(input?.data ?? '') };
      push(step);
      open = kind === 'single' ? undefined : step;
    }
    current = after;
  };

  /** A change made by a method (a code, a copied source, a suggestion): one step. */
  const asOneStep = <T>(change: () => T): T => {
    sync();
    const before = { ...current, selection: selectionIn(element) ?? current.selection };
    quiet = true;
    let result: T;
    try {
      result = change();
    } finally {
      quiet = false;
    }
    const after = snapshot();
    open = undefined;
    if (after.value !== before.value) push({ before, after, kind: 'single', at: Date.now(), spaced: false });
    current = after;
    return result;
  };

  const put = (state: Snapshot, inputType: 'historyUndo' | 'historyRedo'): void => {
    quiet = true;
    try {
      if (element instanceof HTMLTextAreaElement) element.value = state.content as string;
      else element.replaceChildren(...(state.content as readonly Node[]).map((node) => node.cloneNode(true)));
      select(element, state.selection);
      current = { ...state };
      open = undefined;
      caret = undefined;
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
    } finally {
      quiet = false;
    }
  };

  element.addEventListener(
    'beforeinput',
    (event) => {
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        // The browser's Undo (its menu): ours instead, never the page-wide one.
        event.preventDefault();
        if (event.inputType === 'historyUndo') undoable.undo();
        else undoable.redo();
        return;
      }
      sync();
      caret = selectionIn(element);
      if (!/^(insertFrom|deleteByCut|deleteByDrag)/u.test(event.inputType)) pasting = false;
    },
    { capture: true },
  );
  // Before the chip box's own paste handler, which puts the text in as if typed.
  for (const type of ['paste', 'cut', 'drop'] as const) {
    element.addEventListener(
      type,
      () => {
        sync();
        caret = selectionIn(element);
        pasting = true;
      },
      { capture: true },
    );
  }
  element.addEventListener('input', typed);

  const undoable: UndoableBox = {
    element,
    get value() {
      return box.value;
    },
    set value(text: string) {
      box.value = text;
      forget();
    },
    get readOnly() {
      return box.readOnly;
    },
    set readOnly(flag: boolean) {
      box.readOnly = flag;
    },
    focus: () => box.focus(),
    problem: () => box.problem(),
    gapsElement: box.gapsElement,
    select: (span) => box.select(span),
    insertNextCode: () => asOneStep(() => box.insertNextCode()),
    replace: (text) => asOneStep(() => box.replace(text)),
    undo() {
      if (box.readOnly) return false;
      sync();
      const step = done.pop();
      if (!step) return false;
      undone.push(step);
      put(step.before, 'historyUndo');
      return true;
    },
    redo() {
      if (box.readOnly) return false;
      sync();
      const step = undone.pop();
      if (!step) return false;
      done.push(step);
      put(step.after, 'historyRedo');
      return true;
    },
  };
  return undoable;
}
