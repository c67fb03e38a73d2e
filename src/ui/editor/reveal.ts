/**
 * One way to bring a row into view, for every place that navigates (the editor's rows, the
 * alignment view's links): the whole row, its toolbar included, inside the window and below the
 * sticky bar over the page, with some rows of context above it. A row already fully in view is
 * left where it is: the page moves only when it must.
 */

/** Where a row goes when the page has to scroll: this share of the free height above it, for context. */
const contextShare = 1 / 3;
/** Room kept under a revealed row, so that its border and focus ring are off the window's edge. */
const bottomRoomPx = 8;
/** How long a revealed row is kept in view while the page settles around it (toolbar filled, rows measured, chunks arrived). */
const settleMs = 1500;
/** Keys that scroll the page: the user takes over. */
const scrollKeys = new Set(['PageUp', 'PageDown', 'Home', 'End']);

export interface RevealOptions {
  /**
   * The sticky bar over the page (the editor's header, the alignment toolbar): the free area starts
   * at its bottom edge. Measured each time, never assumed: it grows with the find panel, and wraps
   * in a narrow window.
   */
  header?: Element | null;
}

/** Whether the user asked the system for less motion: then the page jumps, it never glides. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The header's bottom edge now, and once it sticks (the page scrolled under it). */
function headerEdges(header: Element | null | undefined): { now: number; stuck: number } {
  if (!header) return { now: 0, stuck: 0 };
  const box = header.getBoundingClientRect();
  const stickyTop = Number.parseFloat(getComputedStyle(header).top) || 0;
  return { now: box.bottom, stuck: stickyTop + box.height };
}

/**
 * Whether an element is entirely inside the window and below the header.
 *
 * @example
 * if (!isFullyInView(row.element, { header })) reveal(row.element, { header });
 */
export function isFullyInView(element: Element, options: RevealOptions = {}): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= headerEdges(options.header).now - 0.5 && box.bottom <= window.innerHeight + 0.5;
}

/**
 * Scrolls the window so that the element is fully in view below the header, at about a third of
 * the free height (the rows above it for context); not at all when it already is. A row taller
 * than the free height shows from its top. Short moves glide unless the user prefers reduced
 * motion; long ones jump (a glide across a virtualised list would draw every row on the way).
 * Returns whether the page scrolled.
 *
 * @example
 * row.box.focus({ preventScroll: true });
 * reveal(row.element, { header: document.querySelector('.editor-header') });
 */
export function reveal(element: Element, options: RevealOptions = {}): boolean {
  if (!element.isConnected || isFullyInView(element, options)) return false;
  const box = element.getBoundingClientRect();
  // Computed from the header's stuck place: a row below it in the page is never above its edge
  // before it sticks, so that place is the one that matters wherever the page ends up.
  const top = headerEdges(options.header).stuck;
  const free = window.innerHeight - top;
  const room = free - bottomRoomPx - box.height;
  const offset = room > 0 ? Math.min(free * contextShare, room) : 0;
  const target = Math.max(0, window.scrollY + box.top - (top + offset));
  const distance = Math.abs(target - window.scrollY);
  if (distance < 1) return false;
  const glide = !prefersReducedMotion() && distance < window.innerHeight;
  window.scrollTo({ top: target, behavior: glide ? 'smooth' : 'instant' });
  return true;
}

/** Whether an element takes typing: a text field, a text area, an editable box. */
export function isTextEntry(element: Element | null): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Whether the user is typing somewhere outside a region (the search field, the find panel, a
 * comment): a list arriving or a filter applied must not take that focus away.
 */
export function typingOutside(region: Element): boolean {
  const active = document.activeElement;
  return isTextEntry(active) && !region.contains(active);
}

export interface KeepOptions extends RevealOptions {
  /** What changes size as the page settles (the list, as rows are measured and chunks arrive). */
  container?: Element;
}

/**
 * Keeps the row just navigated to in view while the page settles around it: its toolbar filled, the
 * rows around it measured, a chunk of segments arriving. Each change of size is followed by a
 * reveal (which does nothing while the row is in view). It lets go after a moment, at the next
 * navigation, or as soon as the user scrolls (wheel, touch, a click, the page keys): the user's
 * own scrolling is never fought.
 */
export class RevealKeeper {
  private kept: { element: Element; options: KeepOptions } | undefined;
  private timer: number | undefined;
  /** The stretch of the page its own scrolling goes over: a scroll far outside it is someone else's (a scroll bar dragged, a script). */
  private span = { from: 0, to: 0 };
  private readonly resizes = new ResizeObserver(() => this.check());

  /** Reveals the element now, and again while the page settles. */
  keep(element: Element, options: KeepOptions = {}): void {
    this.release();
    this.kept = { element, options };
    this.span = { from: window.scrollY, to: window.scrollY };
    this.revealKept();
    this.resizes.observe(element);
    if (options.container) this.resizes.observe(options.container);
    // A notice or a panel above it appearing moves it too: the page's size changes.
    this.resizes.observe(document.body);
    window.addEventListener('wheel', this.release, { capture: true, passive: true });
    window.addEventListener('touchstart', this.release, { capture: true, passive: true });
    window.addEventListener('pointerdown', this.release, { capture: true, passive: true });
    window.addEventListener('keydown', this.onKey, { capture: true });
    // A glide cut short (the list keeping its rows in place jumps the page): looked at again where it stopped.
    window.addEventListener('scrollend', this.onScrollEnd);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.timer = window.setTimeout(this.release, settleMs);
  }

  /** The page changed around the kept element: revealed again if it left the view. */
  check(): void {
    if (this.kept) this.revealKept();
  }

  private revealKept(): void {
    if (!this.kept) return;
    const before = window.scrollY;
    reveal(this.kept.element, this.kept.options);
    // Where a glide is going is not readable; the stretch from here to the row is.
    const box = this.kept.element.isConnected ? this.kept.element.getBoundingClientRect() : undefined;
    const goal = box ? window.scrollY + box.top : window.scrollY;
    this.span = { from: Math.min(this.span.from, before, goal), to: Math.max(this.span.to, before, goal) };
  }

  /** Stops keeping anything in view. */
  readonly release = (): void => {
    if (!this.kept) return;
    this.kept = undefined;
    window.clearTimeout(this.timer);
    this.resizes.disconnect();
    window.removeEventListener('wheel', this.release, { capture: true });
    window.removeEventListener('touchstart', this.release, { capture: true });
    window.removeEventListener('pointerdown', this.release, { capture: true });
    window.removeEventListener('keydown', this.onKey, { capture: true });
    window.removeEventListener('scrollend', this.onScrollEnd);
    window.removeEventListener('scroll', this.onScroll);
  };

  private readonly onScrollEnd = (): void => this.check();

  /** A scroll far from where the keeper's own moves go (half a window beyond): the user or a script took over. */
  private readonly onScroll = (): void => {
    const slack = window.innerHeight / 2;
    if (window.scrollY < this.span.from - slack || window.scrollY > this.span.to + slack) this.release();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (scrollKeys.has(event.key)) this.release();
  };
}
