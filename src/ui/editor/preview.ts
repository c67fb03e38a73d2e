import { icon } from '../components/icons';
import { el } from '../dom';
import { t } from '../i18n';
import { keysOf } from './keymap';

/** Where the browser remembers that the preview is open. */
const openKey = 'visavis-preview-open';
/** How long after the last save that cannot be patched in place the page is read again. */
const reloadDelayMs = 800;
/**
 * The preview follows once the user stays on a segment, as the side panel does (views/editor.ts):
 * scrolling the frame lays out the part of the page that comes into view, which would cost a
 * frame on every step of Alt+↓ held down.
 */
const followDelayMs = 250;

/** What the preview needs of a segment to show its English (or its French, untranslated). */
export interface PreviewSegment {
  id: number;
  source: string;
  target: string;
  codes: readonly unknown[];
}

export interface PreviewOptions {
  /** The page of the English (`GET /api/documents/{id}/preview`). */
  url: () => string;
  /** Told when it opens or closes (the editor's layout follows). */
  toggled: (open: boolean) => void;
}

/**
 * The live preview of the English (issue 27): the server's page of the document in its own
 * layout, in a frame sandboxed without scripts (`allow-same-origin` only, so that this page may
 * reach into it: the frame itself runs nothing, and the server's CSP says the same). It follows
 * the active segment (scrolled to and outlined) and takes each saved segment in place: its words
 * set as text in its `data-vv-segment` wrapper, or, when that cannot be done faithfully (codes,
 * a wrapper split by the layout), the page read again a moment later, once, whatever the number
 * of saves. Nothing happens on keystrokes: only saves reach it. Toggled with Alt+P or its button,
 * remembered in this browser.
 */
export class PreviewPane {
  readonly toggle = el('button', { type: 'button', class: 'button', id: 'toggle-preview', 'aria-pressed': 'false', 'aria-controls': 'preview-pane', title: keysOf('preview') }, icon('preview'), el('span', { class: 'label-text' }, t('preview.button')));
  /** Kept in view while the rows scroll by (sticky inside the pane, which is as tall as the rows). */
  private readonly holder = el('div', { class: 'preview-holder' });
  readonly element = el('section', { class: 'preview-pane', id: 'preview-pane', 'aria-label': t('preview.label'), hidden: true }, this.holder);
  private frame: HTMLIFrameElement | undefined;
  private loaded = false;
  private activeId: number | undefined;
  private reloadTimer: number | undefined;
  private followTimer: number | undefined;
  /** The wrappers outlined now (looked up once, not searched for in a page of thousands). */
  private outlined: HTMLElement[] = [];

  constructor(private readonly options: PreviewOptions) {
    this.toggle.addEventListener('click', () => this.setOpen(!this.isOpen()));
  }

  isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Opens it as it was left in this browser. */
  restore(): void {
    if (openBefore()) this.setOpen(true);
  }

  setOpen(open: boolean): void {
    try {
      if (open) localStorage.setItem(openKey, '1');
      else localStorage.removeItem(openKey);
    } catch {
      // Storage refused (a private window's quota): open for this page only.
    }
    this.element.hidden = !open;
    this.toggle.setAttribute('aria-pressed', String(open));
    if (open && !this.frame) this.load();
    if (!open) {
      // Closed, it costs nothing: the page is dropped and read again when it opens.
      window.clearTimeout(this.reloadTimer);
      window.clearTimeout(this.followTimer);
      this.frame?.remove();
      this.frame = undefined;
      this.loaded = false;
    }
    this.options.toggled(open);
  }

  /** The segment the user is on: outlined and scrolled to once they stop moving. */
  follow(segmentId: number): void {
    this.activeId = segmentId;
    if (!this.loaded) return;
    window.clearTimeout(this.followTimer);
    this.followTimer = window.setTimeout(() => this.showActive(), followDelayMs);
  }

  /** A segment was saved (here or by someone else): its words in place, or the page read again soon. */
  saved(segment: PreviewSegment): void {
    if (!this.frame) return;
    const page = this.page();
    if (!page) {
      this.reloadSoon();
      return;
    }
    const wrappers = page.querySelectorAll<HTMLElement>(`[data-vv-segment="${segment.id}"]`);
    if (wrappers.length === 0) return;
    if (wrappers.length > 1 || segment.codes.length > 0) {
      this.reloadSoon();
      return;
    }
    const wrapper = wrappers[0]!;
    const translated = segment.target.trim() !== '';
    wrapper.textContent = translated ? segment.target : segment.source;
    wrapper.classList.toggle('vv-untranslated', !translated);
    if (translated) wrapper.removeAttribute('lang');
    else wrapper.setAttribute('lang', 'fr');
  }

  /** Many segments changed at once (a replace, a source update): the page is read again. */
  reloadSoon(): void {
    if (!this.frame) return;
    window.clearTimeout(this.reloadTimer);
    this.reloadTimer = window.setTimeout(() => this.load(), reloadDelayMs);
  }

  dispose(): void {
    window.clearTimeout(this.reloadTimer);
    window.clearTimeout(this.followTimer);
  }

  /** The page in the frame, when it is there and readable (same origin, loaded). */
  private page(): Document | undefined {
    if (!this.loaded) return undefined;
    return this.frame?.contentDocument ?? undefined;
  }

  private load(): void {
    // A new frame each time: the old one stays on screen until the new page is ready, so a reload never flashes.
    const frame = el('iframe', { class: 'preview-frame', sandbox: 'allow-same-origin', title: t('preview.frameTitle'), src: this.options.url(), referrerpolicy: 'no-referrer' });
    const previous = this.frame;
    const scrolled = previous?.contentWindow?.scrollY ?? 0;
    this.frame = frame;
    this.loaded = false;
    frame.addEventListener('load', () => {
      if (this.frame !== frame) return;
      this.loaded = true;
      previous?.remove();
      frame.classList.remove('preview-loading');
      frame.contentWindow?.scrollTo(0, scrolled);
      this.showActive();
    });
    if (previous) frame.classList.add('preview-loading');
    this.holder.append(frame);
  }

  /** The active segment outlined and brought to the upper third of the frame; the editor's page itself never scrolls for it. */
  private showActive(): void {
    const page = this.page();
    const view = this.frame?.contentWindow;
    if (!page || !view || this.activeId === undefined) return;
    for (const previous of this.outlined) previous.classList.remove('vv-active');
    this.outlined = [...page.querySelectorAll<HTMLElement>(`[data-vv-segment="${this.activeId}"]`)];
    for (const wrapper of this.outlined) wrapper.classList.add('vv-active');
    const first = this.outlined[0];
    if (first) this.scrollTo(first, view, 3);
  }

  /**
   * Brings a wrapper to the upper third of the frame. The page lays out only what is seen
   * (`content-visibility: auto`), so the paragraphs passed over may be taller than their
   * placeholders: where it landed is checked on the next frames, and corrected.
   */
  private scrollTo(wrapper: HTMLElement, view: Window, tries: number): void {
    const box = wrapper.getBoundingClientRect();
    // Already well in view: left where it is, so reading along does not jump.
    if (box.top >= view.innerHeight * 0.1 && box.bottom <= view.innerHeight * 0.9) return;
    view.scrollTo({ top: Math.max(0, view.scrollY + box.top - view.innerHeight / 3) });
    if (tries > 1) requestAnimationFrame(() => requestAnimationFrame(() => this.scrollTo(wrapper, view, tries - 1)));
  }
}

/** Whether this browser had the preview open last time. */
function openBefore(): boolean {
  try {
    return localStorage.getItem(openKey) === '1';
  } catch {
    return false;
  }
}
