import { el } from '../dom';
import { t } from '../i18n';
import type { ListedSegment } from '../types';
import type { Row } from './row';

/** Segments asked of the server at a time, as the list scrolls near them. */
export const chunkSize = 200;
/** Rows drawn above and below the window, so that scrolling and Alt+↓ find them ready. */
const overscanPx = 900;
/** Rows kept alive off screen (a draft being saved, the active row and the most recent are never dropped). */
const keptRows = 400;
/** The gap between rows (`.segments { gap }`). */
const gapPx = 2;

export interface ListHost {
  /** The filters of the list. */
  filter: () => { status?: string; q?: string };
  fetch: (query: { status?: string; q?: string; offset: number; limit: number }) => Promise<{ total: number; items: ListedSegment[] }>;
  /** A row for a segment (its events wired). */
  create: (segment: ListedSegment) => Row;
  /** Whether a row may be dropped when off screen (nothing unsaved, not the active one). */
  droppable: (row: Row) => boolean;
  /** A kept row's segment as read again (newer): the row shows it, unless the user is typing in it. */
  refresh: (row: Row, segment: ListedSegment) => void;
  failed: (error: unknown) => void;
}

/**
 * The whole document (or what the filters keep) as one scrolling list, drawn a window at a time:
 * the rows near the screen are in the page, the others are two spacers whose heights are the rows'
 * heights (measured once drawn, estimated from the text before). Segments are fetched by chunks as
 * the list nears them, so 5,000 paragraphs open as fast as 100, and moving to the next segment
 * never waits on a page to load. Rows keep their state (a draft being saved) when scrolled away.
 */
export class SegmentList {
  readonly element = el('div', { class: 'segments', role: 'list' });
  private readonly top = el('div', { class: 'list-spacer', 'aria-hidden': 'true' });
  private readonly bottom = el('div', { class: 'list-spacer', 'aria-hidden': 'true' });
  private readonly empty = el('p', { class: 'empty' }, t('editor.noMatch'));
  total = 0;
  private items: (ListedSegment | undefined)[] = [];
  private indexById = new Map<number, number>();
  private heights: number[] = [];
  private offsets: number[] = [0];
  private offsetsDirty = true;
  /** Rows alive, by segment id (in the page or kept), and the ones in the page by index. */
  private readonly alive = new Map<number, Row>();
  private mounted = new Map<number, Row>();
  /** Rows in the window whose segment is still being fetched: blocks of their estimated height. */
  private readonly placeholders = new Map<number, HTMLElement>();
  private readonly loading = new Map<number, Promise<void>>();
  private generation = 0;
  private frame = 0;
  private readonly resizes = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.index);
      const height = (entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height) + gapPx;
      if (Number.isInteger(index) && Math.abs((this.heights[index] ?? 0) - height) > 0.5) {
        this.heights[index] = height;
        changed = true;
      }
    }
    if (changed) {
      this.offsetsDirty = true;
      this.schedule();
    }
  });

  constructor(private readonly host: ListHost) {
    this.element.append(this.top, this.bottom);
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
  }

  dispose(): void {
    window.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    window.cancelAnimationFrame(this.frame);
    this.resizes.disconnect();
  }

  /** Every row alive: in the page, or kept off screen. */
  rows(): Row[] {
    return [...this.alive.values()];
  }

  rowById(id: number): Row | undefined {
    return this.alive.get(id);
  }

  /** The row whose element holds a node (a row in the page). */
  rowOf(node: Node): Row | undefined {
    for (const row of this.mounted.values()) if (row.element.contains(node)) return row;
    return undefined;
  }

  indexOf(segmentId: number): number | undefined {
    return this.indexById.get(segmentId);
  }

  segmentAt(index: number): ListedSegment | undefined {
    return this.items[index];
  }

  /**
   * Reads the list again (new filters, a reload after an import): the rows kept, their data
   * renewed; `around` is the index whose chunk comes first. Rows with unsaved typing stay alive.
   */
  async reset(around = 0): Promise<void> {
    const generation = ++this.generation;
    // The row on screen, to keep in place when the rows come back.
    const anchor = this.anchor();
    const anchorId = anchor ? this.mounted.get(anchor.index)?.segment.id : undefined;
    this.loading.clear();
    const offset = Math.max(0, Math.floor(around / chunkSize) * chunkSize);
    const { status, q } = this.host.filter();
    const result = await this.host.fetch({ status, q, offset, limit: chunkSize });
    if (generation !== this.generation) return;
    for (const row of this.mounted.values()) this.unmount(row);
    this.mounted = new Map();
    for (const placeholder of this.placeholders.values()) placeholder.remove();
    this.placeholders.clear();
    for (const [id, row] of this.alive) if (this.host.droppable(row)) this.alive.delete(id);
    this.total = result.total;
    this.items = new Array<ListedSegment | undefined>(result.total);
    this.indexById = new Map();
    this.heights = new Array<number>(result.total).fill(0);
    this.offsetsDirty = true;
    this.store(offset, result.items);
    // A shorter list (a filter) may start below the chunk asked for: the first chunk then.
    if (result.total > 0 && offset >= result.total) await this.load(0);
    this.empty.remove();
    if (result.total === 0) this.element.insertBefore(this.empty, this.bottom);
    const again = anchorId === undefined ? undefined : this.indexById.get(anchorId);
    if (anchor && again !== undefined) {
      // The spacers first, so that the window is not cut short, then the same row at the same place.
      this.computeOffsets();
      this.top.style.height = `${this.offsets[again] ?? 0}px`;
      this.bottom.style.height = `${(this.offsets[this.total] ?? 0) - (this.offsets[again] ?? 0)}px`;
      const listTop = this.element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: listTop + this.rowTop(again) - anchor.top, behavior: 'instant' });
    }
    this.draw();
  }

  /**
   * The segment at an index, fetched if need be; then its row, drawn in the page (the window moved
   * near it if it was not). Bringing it fully into view is the caller's: editor/reveal.
   */
  async show(index: number): Promise<Row | undefined> {
    if (index < 0 || index >= this.total) return undefined;
    if (!this.items[index]) await this.load(index);
    let row = this.mounted.get(index);
    if (!row) {
      this.computeOffsets();
      // The page as tall as the list now is: the spacers still have the heights estimated before
      // this chunk came (60 px a row), and a scroll past them would stop short of the row.
      this.bottom.style.height = `${this.offsets[this.total] ?? 0}px`;
      const listTop = this.element.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: Math.max(0, listTop + (this.offsets[index] ?? 0) - window.innerHeight / 3), behavior: 'instant' });
      this.draw();
      row = this.mounted.get(index);
    }
    return row;
  }

  /** A segment changed elsewhere (a live event, a propagation): its data renewed for when its row is drawn. */
  update(segment: Partial<ListedSegment> & { id: number }): void {
    const index = this.indexById.get(segment.id);
    const current = index === undefined ? undefined : this.items[index];
    if (index !== undefined && current) this.items[index] = { ...current, ...segment };
  }

  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  private store(offset: number, items: readonly ListedSegment[]): void {
    items.forEach((segment, i) => {
      const index = offset + i;
      if (index >= this.total) return;
      this.items[index] = segment;
      this.indexById.set(segment.id, index);
    });
    // Their estimated heights now come from their text.
    this.offsetsDirty = true;
  }

  /** Fetches the chunk holding an index (once, however many ask). */
  private load(index: number): Promise<void> {
    const chunk = Math.floor(index / chunkSize);
    const pending = this.loading.get(chunk);
    if (pending) return pending;
    const generation = this.generation;
    const { status, q } = this.host.filter();
    const promise = this.host
      .fetch({ status, q, offset: chunk * chunkSize, limit: chunkSize })
      .then((result) => {
        if (generation !== this.generation) return;
        this.store(chunk * chunkSize, result.items);
        this.schedule();
      })
      .catch((error: unknown) => {
        this.loading.delete(chunk);
        this.host.failed(error);
      });
    this.loading.set(chunk, promise);
    return promise;
  }

  /** A row's height before it is drawn: from the length of its French, at the width of the list. */
  private estimate(index: number): number {
    const segment = this.items[index];
    if (!segment) return 60;
    const column = Math.max(160, (this.element.clientWidth - 180) / 2);
    const lines = Math.max(1, Math.ceil(segment.source.length / (column / 7.4)) + (segment.source.match(/\n/gu)?.length ?? 0));
    return lines * 18.5 + 14 + gapPx;
  }

  private heightOf(index: number): number {
    return this.heights[index] || this.estimate(index);
  }

  private computeOffsets(): void {
    if (!this.offsetsDirty && this.offsets.length === this.total + 1) return;
    const offsets = new Array<number>(this.total + 1);
    offsets[0] = 0;
    for (let i = 0; i < this.total; i++) offsets[i + 1] = (offsets[i] ?? 0) + this.heightOf(i);
    this.offsets = offsets;
    this.offsetsDirty = false;
  }

  /**
   * Where a drawn row starts in the list: its offset, and the gap after the top spacer (a flex
   * item too). Leaving that gap out put every anchored row 2 px off, and the page crept up by
   * 2 px a frame, each scroll calling for the next.
   */
  private rowTop(index: number): number {
    return (this.offsets[index] ?? 0) + gapPx;
  }

  /** The first index whose row ends below a point of the list. */
  private indexAt(y: number): number {
    let low = 0;
    let high = this.total;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.offsets[middle + 1] ?? 0) <= y) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The first row drawn that is on screen, and where: what must stay in place when heights change. */
  private anchor(): { index: number; top: number } | undefined {
    let best: { index: number; top: number } | undefined;
    for (const [index, row] of this.mounted) {
      const box = row.element.getBoundingClientRect();
      if (box.bottom > 0 && box.top < window.innerHeight && (!best || index < best.index)) best = { index, top: box.top };
    }
    return best;
  }

  /**
   * Draws the rows near the window: new ones in place (the others never move, so a focused box
   * keeps its focus), far ones out. When heights changed (rows measured, a chunk fetched), the row
   * on screen stays where it is: the window scrolls by what changed above it.
   */
  private draw(): void {
    const listTop = this.element.getBoundingClientRect().top + window.scrollY;
    const anchor = this.anchor();
    this.computeOffsets();
    const scrollY = anchor ? listTop + this.rowTop(anchor.index) - anchor.top : window.scrollY;
    const viewTop = scrollY - listTop;
    const start = Math.min(this.total, this.indexAt(Math.max(0, viewTop - overscanPx)));
    const end = Math.min(this.total, this.indexAt(viewTop + window.innerHeight + overscanPx) + 1);
    for (const [index, row] of this.mounted) {
      if (index < start || index >= end || this.items[index]?.id !== row.segment.id) {
        this.unmount(row);
        this.mounted.delete(index);
      }
    }
    for (const [index, placeholder] of this.placeholders) {
      if (index < start || index >= end || this.items[index]) {
        placeholder.remove();
        this.placeholders.delete(index);
      }
    }
    let next: HTMLElement = this.bottom;
    for (let index = end - 1; index >= start; index--) {
      const mounted = this.mounted.get(index) ?? this.placeholders.get(index);
      if (mounted) {
        next = 'element' in mounted ? mounted.element : mounted;
        continue;
      }
      const segment = this.items[index];
      if (!segment) {
        void this.load(index);
        const placeholder = el('div', { class: 'segment-placeholder', 'aria-busy': 'true' });
        placeholder.style.height = `${this.heightOf(index) - gapPx}px`;
        this.element.insertBefore(placeholder, next);
        this.placeholders.set(index, placeholder);
        next = placeholder;
        continue;
      }
      const kept = this.alive.get(segment.id);
      if (kept && segment.version > kept.segment.version) this.host.refresh(kept, segment);
      const row = kept ?? this.host.create(segment);
      this.alive.set(segment.id, row);
      row.element.dataset.index = String(index);
      this.element.insertBefore(row.element, next);
      this.resizes.observe(row.element);
      this.mounted.set(index, row);
      next = row.element;
    }
    // The chunks just past the window, fetched ahead.
    const ahead = Math.min(this.total - 1, end + chunkSize / 2);
    const behind = Math.max(0, start - chunkSize / 2);
    if (end < this.total && !this.items[ahead]) void this.load(ahead);
    if (start > 0 && !this.items[behind]) void this.load(behind);
    this.computeOffsets();
    this.top.style.height = `${this.offsets[start] ?? 0}px`;
    this.bottom.style.height = `${(this.offsets[this.total] ?? 0) - (this.offsets[end] ?? 0)}px`;
    if (Math.abs(scrollY - window.scrollY) > 1) window.scrollTo({ top: scrollY, behavior: 'instant' });
    this.evict();
  }

  private unmount(row: Row): void {
    this.resizes.unobserve(row.element);
    row.element.remove();
  }

  /** Drops the rows off screen beyond the ones kept, the oldest first, never one with something unsaved. */
  private evict(): void {
    if (this.alive.size <= keptRows) return;
    const onScreen = new Set([...this.mounted.values()].map((row) => row.segment.id));
    for (const [id, row] of this.alive) {
      if (this.alive.size <= keptRows) break;
      if (onScreen.has(id) || !this.host.droppable(row)) continue;
      // Its latest data stays for when it is drawn again.
      const index = this.indexById.get(id);
      if (index !== undefined) this.items[index] = row.segment;
      this.alive.delete(id);
    }
  }
}
