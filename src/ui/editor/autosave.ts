import { isConfirmed } from '../../domain/change';
import type { Status } from '../../domain/segment';
import { ApiError, api } from '../api';
import { inlineNodes } from '../components/inline-codes';
import { describe } from '../components/notice';
import { el, replaceChildren } from '../dom';
import { t } from '../i18n';
import type { EditedSegment, FindingView, ListedSegment } from '../types';
import type { Row, SaveState } from './row';

const autosaveDelayMs = 800;
/** A save the server could not take for now (503: database or disk unavailable; the network) is tried again after the server's Retry-After, within these bounds. */
const retryMinMs = 1000;
const retryMaxMs = 30_000;

export interface AutosaveHost {
  /** Every row alive (drawn or kept). */
  rows: () => Row[];
  /** A save went through: the row (and the segments it filled) take what was stored. */
  applied: (row: Row, result: EditedSegment) => void;
  /** A confirmation the quality checks held back (the text is saved, as a draft): the findings, and a way to confirm anyway. */
  refused: (row: Row, findings: readonly FindingView[], status: Status) => void;
  /** The row's status changed (taking the other person's text). */
  shown: (row: Row) => void;
}

/**
 * Saving as the translator types: a pause of 800 ms, then the row's text (with a status when
 * confirming); the saves of one row one after another, so that versions never race. A version
 * conflict shows both texts and loses neither; the header says whether everything is saved.
 */
export class Autosave {
  readonly indicator = el('span', { class: 'save-state', role: 'status', 'aria-live': 'polite' });

  constructor(private readonly host: AutosaveHost) {}

  /** The row was typed in: saved after a pause. */
  typed(row: Row): void {
    this.setState(row, 'unsaved');
    window.clearTimeout(row.timer);
    row.timer = window.setTimeout(() => void this.save(row), autosaveDelayMs);
  }

  /** Whether some typing is not saved yet. */
  hasUnsaved(): boolean {
    return this.host.rows().some((row) => row.state !== 'saved');
  }

  /** Saves every pending edit now. */
  async flush(): Promise<void> {
    const rows = this.host.rows();
    await Promise.all(rows.filter((row) => row.state === 'unsaved').map((row) => this.save(row)));
    await Promise.all(rows.map((row) => row.chain));
  }

  /** Queues a save of the row (its text, and a status if given); resolves to whether it was stored as asked (not held back by QA). */
  save(row: Row, status?: Status, qaOverride?: { reason: string }): Promise<boolean> {
    window.clearTimeout(row.timer);
    row.chain = row.chain.then(() => this.send(row, status, qaOverride));
    return row.chain;
  }

  private async send(row: Row, asked?: Status, qaOverride?: { reason: string }): Promise<boolean> {
    if (row.state === 'conflict') return false;
    const problem = row.box.problem();
    if (problem) {
      this.setState(row, 'error', problem);
      return false;
    }
    const target = row.box.value;
    // A confirmation held back for QA is asked for again with the next text: fixed, it goes through.
    const status = asked ?? (target.trim() === '' ? undefined : row.held);
    if (status === undefined && target === row.segment.target) {
      this.setState(row, 'saved');
      return true;
    }
    this.setState(row, 'saving');
    try {
      const origin = row.inserted?.text === target ? row.inserted.origin : undefined;
      const wasConfirmed = isConfirmed(row.segment.status);
      const result = await api.editSegment(row.segment.id, { target, status, version: row.segment.version, ...(origin ? { origin } : {}), ...(qaOverride ? { qaOverride } : {}) });
      row.inserted = undefined;
      this.host.applied(row, result);
      if (row.box.value === target) this.setState(row, 'saved');
      else this.typed(row);
      if (result.heldForQa) {
        // Saved, not confirmed: an edit of a confirmed segment, or a confirmation, with QA errors.
        row.held = status ?? (wasConfirmed ? 'translated' : undefined);
        if (row.held) this.host.refused(row, result.findings, row.held);
        return false;
      }
      row.held = undefined;
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && isSegment(error.body.current)) {
        this.conflict(row, error.body.current, target);
      } else if (error instanceof ApiError && error.code === 'invalid_transition' && target === row.segment.target) {
        // Only the status was refused (confirming an empty target): the text is as stored, nothing is unsaved.
        this.setState(row, 'saved');
        replaceChildren(row.message, el('span', { class: 'error', role: 'alert' }, describe(error)));
      } else if (isTransient(error)) {
        // Nothing was stored: the text stays in its box, marked unsaved, and goes again by itself.
        const delay = retryDelayMs(error);
        this.setState(row, 'error', t('save.retrying', { seconds: Math.round(delay / 1000) }));
        row.element.dataset.saveRetry = 'pending';
        window.clearTimeout(row.timer);
        row.timer = window.setTimeout(() => {
          delete row.element.dataset.saveRetry;
          void this.save(row, asked, qaOverride);
        }, delay);
      } else {
        this.setState(row, 'error', describe(error));
      }
      return false;
    }
  }

  conflict(row: Row, current: ListedSegment, mine: string, author?: string | null): void {
    this.setState(row, 'conflict');
    const keepMine = el('button', { type: 'button', class: 'button primary', 'data-action': 'keep-mine' }, t('conflict.keepMine'));
    const takeTheirs = el('button', { type: 'button', class: 'button', 'data-action': 'take-theirs' }, t('conflict.takeTheirs'));
    keepMine.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.box.value = mine;
      this.setState(row, 'unsaved');
      void this.save(row);
    });
    takeTheirs.addEventListener('click', () => {
      row.segment = { ...row.segment, ...current };
      row.box.value = current.target;
      this.host.shown(row);
      this.setState(row, 'saved');
    });
    replaceChildren(
      row.message,
      el(
        'div',
        { class: 'conflict', role: 'alert' },
        el('strong', {}, author ? t('conflict.titleBy', { name: author }) : t('conflict.title')),
        el('p', {}, t('conflict.explain')),
        el('div', { class: 'conflict-texts' }, el('div', {}, el('h3', {}, t('conflict.theirs')), el('p', { class: 'theirs' }, ...inlineNodes(current.target, row.segment.codes))), el('div', {}, el('h3', {}, t('conflict.yours')), el('p', { class: 'yours' }, ...inlineNodes(mine, row.segment.codes)))),
        keepMine,
        takeTheirs,
      ),
    );
  }

  setState(row: Row, state: SaveState, detail?: string): void {
    row.state = state;
    row.error = detail ?? '';
    row.element.dataset.saveState = state;
    if (state === 'error') replaceChildren(row.message, el('span', { class: 'error' }, row.error));
    else if (state !== 'conflict') row.message.replaceChildren();
    this.showState();
  }

  /** The header says whether everything is saved, or what is not. */
  showState(): void {
    const states = new Set(this.host.rows().map((row) => row.state));
    const state: SaveState = states.has('conflict') ? 'conflict' : states.has('error') ? 'error' : states.has('saving') ? 'saving' : states.has('unsaved') ? 'unsaved' : 'saved';
    this.indicator.dataset.state = state;
    this.indicator.textContent =
      state === 'error' ? t('save.error', { detail: this.host.rows().find((row) => row.state === 'error')?.error ?? '' }) : t(`save.${state}`);
  }
}

/** An answer that says "not now" rather than "no": the server or the network will come back. */
function isTransient(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504);
}

function retryDelayMs(error: ApiError): number {
  const seconds = Number(error.body.retryAfter);
  return Math.min(retryMaxMs, Math.max(retryMinMs, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 5000));
}

function isSegment(value: unknown): value is ListedSegment {
  return typeof value === 'object' && value !== null && 'version' in value && 'target' in value;
}
