import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../../src/domain/errors';
import { resolveChange, type Status, statuses, transitions } from '../../src/domain/segment';

const state = (status: Status, target = status === 'new' ? '' : 'The mayor cut the ribbon.') => ({ status, target });

describe('resolveChange: edits without an explicit status', () => {
  it('moves a new segment to draft when the translator types', () => {
    expect(resolveChange(state('new'), { target: 'Hello' })).toEqual({ target: 'Hello', status: 'draft' });
  });

  it('keeps a confirmed segment translated while it is edited', () => {
    expect(resolveChange(state('translated'), { target: 'Edited' }).status).toBe('translated');
  });

  it('sends an approved segment back to translated when its text changes', () => {
    expect(resolveChange(state('approved'), { target: 'Edited' }).status).toBe('translated');
  });

  it('keeps a rejected segment rejected until the fix is confirmed', () => {
    expect(resolveChange(state('rejected'), { target: 'Fixed' }).status).toBe('rejected');
  });

  it('makes a segment new again when its target is cleared, storing no stray spaces', () => {
    expect(resolveChange(state('translated'), { target: '  ' })).toEqual({ target: '', status: 'new' });
  });

  it('changes nothing when the text is the same', () => {
    expect(resolveChange(state('approved'), { target: 'The mayor cut the ribbon.' })).toEqual(state('approved'));
  });
});

describe('resolveChange: explicit statuses', () => {
  it('confirms a typed translation straight from new', () => {
    expect(resolveChange(state('new'), { target: 'Hello', status: 'translated' }).status).toBe('translated');
  });

  it('refuses to confirm an empty target, saying why', () => {
    expect(() => resolveChange(state('draft', ''), { status: 'translated' })).toThrow(/Cannot confirm an empty target/u);
  });

  it('refuses to approve an empty segment', () => {
    expect(() => resolveChange(state('new'), { status: 'approved' })).toThrow(/Cannot approve an empty segment/u);
  });

  it('refuses to approve a draft: it must be confirmed first', () => {
    expect(() => resolveChange(state('draft'), { status: 'approved' })).toThrow(/confirm it first/u);
  });

  it('refuses to reject a segment nobody confirmed', () => {
    expect(() => resolveChange(state('draft'), { status: 'rejected' })).toThrow(InvalidTransitionError);
  });

  it('refuses to mark a translated segment as new while it has text', () => {
    expect(() => resolveChange(state('translated'), { status: 'new' })).toThrow(/clear the target/u);
  });

  it('follows the transition table for every pair of statuses', () => {
    for (const from of statuses) {
      for (const to of statuses) {
        if (to === 'new') continue;
        const attempt = () => resolveChange(state(from, 'Text'), { status: to });
        if (transitions[from].includes(to)) expect(attempt().status).toBe(to);
        else expect(attempt).toThrow(InvalidTransitionError);
      }
    }
  });
});
