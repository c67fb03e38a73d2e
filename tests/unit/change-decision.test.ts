import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideChange, decideImported, decideSourceChange, maxTargetLength, proposeChange, standingOverride } from '../../src/domain/change';
import { ForbiddenError, InvalidInlineCodesError, InvalidReasonError, TargetTooLongError } from '../../src/domain/errors';
import { checkReason } from '../../src/domain/reason';
import type { Segment, Status } from '../../src/domain/segment';

const segment = (status: Status, target = status === 'new' ? '' : 'The mayor spoke on Wednesday.', extra: Partial<Segment> = {}): Segment => ({
  id: 1,
  documentId: 1,
  position: 0,
  kind: 'paragraph',
  source: 'Le maire a parlé mercredi.',
  target,
  codes: [],
  status,
  version: 3,
  repetitionOf: null,
  wordCount: 5,
  updatedAt: '2026-12-06T00:00:00.000Z',
  sourceChanged: false,
  previousSource: null,
  ...extra,
});
const translator = { mayReview: false };
const reviewer = { mayReview: true };

describe('deciding a change', () => {
  it('holds a confirmation with QA errors as a draft, keeping the text', () => {
    const current = segment('new');
    const proposal = proposeChange(current, { target: 'The mayor spoke on Tuesday.', status: 'translated', origin: 'human' }, translator);
    expect(proposal).toMatchObject({ status: 'translated', gated: true });
    expect(decideChange(current, proposal, { errorChecks: ['weekdays'] })).toMatchObject({
      target: 'The mayor spoke on Tuesday.',
      status: 'draft',
      write: true,
      heldForQa: true,
      qaOverride: null,
      repetitions: null,
      memory: 'keep',
    });
  });

  it('confirms over QA errors with a reason, recording it, filling repetitions and feeding the memory', () => {
    const current = segment('draft');
    const proposal = proposeChange(current, { status: 'translated', origin: 'human' }, translator);
    expect(decideChange(current, proposal, { errorChecks: ['weekdays', 'weekdays'], override: 'Checked with the desk.' })).toMatchObject({
      status: 'translated',
      heldForQa: false,
      qaOverride: { reason: 'Checked with the desk.', checks: ['weekdays'] },
      repetitions: { status: 'translated', fillable: ['new'] },
      memory: 'remember',
    });
  });

  it('keeps an already confirmed segment as it was when only an approval is held', () => {
    const current = segment('translated');
    const proposal = proposeChange(current, { status: 'approved', origin: 'human' }, reviewer);
    expect(decideChange(current, proposal, { errorChecks: ['numbers'] })).toMatchObject({ status: 'translated', write: false, heldForQa: true });
  });

  it('approves a text confirmed over the same errors on the reason on record; a new error, or a new text, is held', () => {
    const current = segment('translated', 'The mayor spoke on Tuesday.');
    const standing = { reason: 'The French has the wrong day.', checks: ['weekdays'], author: 'sacha', at: '2026-12-06T10:00:00.000Z' };
    const approval = proposeChange(current, { status: 'approved', origin: 'human' }, reviewer);
    expect(decideChange(current, approval, { errorChecks: ['weekdays'], standing })).toMatchObject({ status: 'approved', write: true, heldForQa: false, qaOverride: null });
    // The reviewer's own reason is recorded with the approval.
    expect(decideChange(current, approval, { errorChecks: ['weekdays'], standing, override: 'Agreed with the desk.' })).toMatchObject({ status: 'approved', qaOverride: { reason: 'Agreed with the desk.', checks: ['weekdays'] } });
    expect(decideChange(current, approval, { errorChecks: ['weekdays', 'numbers'], standing })).toMatchObject({ status: 'translated', write: false, heldForQa: true });
    const edited = proposeChange(current, { target: 'The mayor spoke on Thursday.', status: 'approved', origin: 'human' }, reviewer);
    expect(decideChange(current, edited, { errorChecks: ['weekdays'], standing })).toMatchObject({ status: 'draft', heldForQa: true });
  });

  it('finds the override a confirmation rests on, until an edit, a rejection or a draft ends it', () => {
    const at = '2026-12-06T10:00:00.000Z';
    const confirmed = { newTarget: 'On Tuesday.', newStatus: 'translated' as const, author: 'sacha', createdAt: at, qaOverride: { reason: 'Wrong day in French.', checks: ['weekdays'] } };
    const approved = { newTarget: 'On Tuesday.', newStatus: 'approved' as const, author: 'renee', createdAt: at, qaOverride: null };
    expect(standingOverride({ target: 'On Tuesday.', status: 'approved' }, [approved, confirmed])).toEqual({ reason: 'Wrong day in French.', checks: ['weekdays'], author: 'sacha', at });
    const rejected = { ...approved, newStatus: 'rejected' as const };
    expect(standingOverride({ target: 'On Tuesday.', status: 'translated' }, [{ ...approved, newStatus: 'translated' as const }, rejected, confirmed])).toBeNull();
    expect(standingOverride({ target: 'On Monday.', status: 'translated' }, [{ ...approved, newTarget: 'On Monday.', newStatus: 'translated' as const }, confirmed])).toBeNull();
    expect(standingOverride({ target: 'On Tuesday.', status: 'draft' }, [confirmed])).toBeNull();
  });

  it('never gates drafts, and forgets a rejected translation', () => {
    const draft = segment('translated');
    const edit = proposeChange(draft, { target: 'Edited.', status: 'draft', origin: 'human' }, translator);
    expect(edit.gated).toBe(false);
    expect(decideChange(draft, edit, { errorChecks: ['numbers'] })).toMatchObject({ status: 'draft', heldForQa: false, memory: 'keep' });
    const rejected = proposeChange(draft, { status: 'rejected', origin: 'human', reason: 'Say Wednesday.' }, reviewer);
    expect(decideChange(draft, rejected)).toMatchObject({ status: 'rejected', memory: 'forget', repetitions: null });
  });

  it('settles a source change only by confirming against the new source', () => {
    const changed = segment('draft', 'The mayor spoke.', { sourceChanged: true });
    expect(decideChange(changed, proposeChange(changed, { target: 'The mayor spoke!', origin: 'human' }, translator)).sourceChanged).toBe(true);
    expect(decideChange(changed, proposeChange(changed, { status: 'translated', origin: 'human' }, translator)).sourceChanged).toBe(false);
    expect(decideSourceChange('The mayor spoke.')).toEqual({ target: 'The mayor spoke.', status: 'draft' });
    expect(decideSourceChange('')).toEqual({ target: '', status: 'new' });
  });

  it('lets reviewers alone approve and reject in the editor; a file a translator takes back confirms instead of approving', () => {
    const current = segment('translated');
    expect(() => proposeChange(current, { status: 'approved', origin: 'human' }, translator)).toThrow(ForbiddenError);
    expect(() => proposeChange(current, { status: 'rejected', origin: 'human', reason: 'No.' }, translator)).toThrow(ForbiddenError);
    expect(proposeChange(segment('draft'), { status: 'approved', origin: 'import' }, translator).status).toBe('translated');
    expect(() => proposeChange(current, { status: 'rejected', origin: 'human' }, reviewer)).toThrow(InvalidReasonError);
  });

  it('starts a bilingual file’s translations by the same rules: QA errors held, approval a reviewer’s', () => {
    expect(decideImported('translated', ['numbers'], reviewer)).toEqual({ status: 'draft', heldForQa: true });
    expect(decideImported('approved', [], translator)).toEqual({ status: 'translated', heldForQa: false });
    expect(decideImported('approved', [], reviewer)).toEqual({ status: 'approved', heldForQa: false });
    expect(decideImported('draft', ['numbers'], reviewer)).toEqual({ status: 'draft', heldForQa: false });
  });

  it('refuses codes that do not fit and targets beyond the length limit, whatever the origin', () => {
    const current = segment('new', '', { source: 'Le <pc id="1">maire</pc> a parlé.', codes: [{ id: '1', type: 'paired', kind: 'bold', open: '<b>', close: '</b>', droppable: false }] });
    expect(maxTargetLength('court')).toBe(10_000);
    expect(maxTargetLength('x'.repeat(4_000))).toBe(20_000);
    for (const origin of ['human', 'replace', 'alignment', 'import', 'mt', 'tm', 'restore'] as const) {
      expect(() => proposeChange(current, { target: 'x'.repeat(10_001), origin }, reviewer)).toThrow(TargetTooLongError);
      expect(() => proposeChange(current, { target: 'The <pc id="9">mayor</pc> spoke.', origin }, reviewer)).toThrow(InvalidInlineCodesError);
    }
    expect(proposeChange(current, { target: 'x'.repeat(10_000), origin: 'replace' }, reviewer).status).toBe('draft');
  });

  it('never confirms with errors and no reason, for any status and change (property)', () => {
    const statuses: Status[] = ['new', 'draft', 'translated', 'approved', 'rejected'];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.option(fc.constantFrom(...statuses), { nil: undefined }), fc.option(fc.constantFrom('', 'Other text.', 'The mayor spoke on Wednesday.'), { nil: undefined }), (from, to, target) => {
        const current = segment(from);
        let proposal;
        try {
          proposal = proposeChange(current, { target, status: to, origin: 'human', reason: 'A reason.' }, reviewer);
        } catch {
          return; // the transition table refused it
        }
        const decision = decideChange(current, proposal, { errorChecks: ['numbers'] });
        const confirmedNow = decision.status === 'translated' || decision.status === 'approved';
        // Confirmed with errors only if nothing changed (it was so before).
        if (confirmedNow) expect(decision.write).toBe(false);
      }),
    );
  });
});

describe('a reason', () => {
  it('needs three visible letters or digits: spaces and invisible characters do not count', () => {
    expect(checkReason('  Checked with the desk.  ', 'A reason')).toBe('Checked with the desk.');
    for (const nothing of ['', '   ', 'Vu', '\u200B\u2060\u3164', '\u115F\u1160\uFFA0ok', '\u200Bo\u200Bk\u200B', '…!?']) {
      expect(() => checkReason(nothing, 'A reason'), JSON.stringify(nothing)).toThrow(InvalidReasonError);
    }
    expect(checkReason('n° 12', 'A reason')).toBe('n° 12');
    expect(() => checkReason('x'.repeat(10_001), 'A reason')).toThrow(/at most 10,000/u);
  });
});
