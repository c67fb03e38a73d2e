import { describe, expect, it } from 'vitest';
import { decideAttempt, loginThrottlePolicy, throttleKeys } from '../../src/domain/login-throttle';

const now = '2026-11-24T10:00:00.000Z';
const since = '2026-11-24T09:55:00.000Z';
const counter = (count: number, nextAt: string | null = null) => ({ count, since, nextAt });

describe('sign-in throttling decisions', () => {
  it('lets the first ten attempts of one address on one account through, then refuses until the window ends', () => {
    expect(decideAttempt({ pair: counter(10), account: counter(10), address: counter(10) }, { now, knownAddress: false })).toEqual({ allowed: true, accountNextAt: undefined });
    expect(decideAttempt({ pair: counter(11), account: counter(11), address: counter(11) }, { now, knownAddress: true })).toEqual({ allowed: false, reason: 'pair', retryAfterSeconds: 600 });
  });

  it('refuses an address spraying many accounts', () => {
    expect(decideAttempt({ pair: counter(1), account: counter(1), address: counter(51) }, { now, knownAddress: false })).toMatchObject({ allowed: false, reason: 'address' });
  });

  it('past the account threshold, spaces unknown addresses by a doubling delay, capped at a minute', () => {
    const first = decideAttempt({ pair: counter(1), account: counter(31), address: counter(1) }, { now, knownAddress: false });
    expect(first).toEqual({ allowed: true, accountNextAt: '2026-11-24T10:00:01.000Z' });
    expect(decideAttempt({ pair: counter(1), account: counter(32, '2026-11-24T10:00:01.000Z'), address: counter(1) }, { now, knownAddress: false })).toEqual({
      allowed: false,
      reason: 'account',
      retryAfterSeconds: 1,
    });
    expect(decideAttempt({ pair: counter(1), account: counter(34, now), address: counter(1) }, { now, knownAddress: false })).toEqual({ allowed: true, accountNextAt: '2026-11-24T10:00:08.000Z' });
    expect(decideAttempt({ pair: counter(1), account: counter(500), address: counter(1) }, { now, knownAddress: false })).toEqual({
      allowed: true,
      accountNextAt: new Date(Date.parse(now) + loginThrottlePolicy.maxDelayMs).toISOString(),
    });
  });

  it("never delays the account's owner at an address they signed in from before", () => {
    expect(decideAttempt({ pair: counter(1), account: counter(400, '2026-11-24T10:01:00.000Z'), address: counter(1) }, { now, knownAddress: true })).toEqual({ allowed: true, accountNextAt: undefined });
  });

  it('keys attempts without an address apart from every address', () => {
    expect(throttleKeys('camille', null)).toEqual({ pair: 'pair:camille|-', account: 'account:camille', address: undefined });
    expect(throttleKeys('camille', '203.0.113.9').address).toBe('address:203.0.113.9');
  });
});
