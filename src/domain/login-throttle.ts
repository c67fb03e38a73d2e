/**
 * Sign-in throttling: how many password checks an account, an address, and the pair of both may
 * have, so that guessing is slow and nobody can lock someone else out.
 *
 * - Per (account, address), strictly: `perPair` attempts in a window, then 429 until the window
 *   ends. This is what stops one guesser.
 * - Per address, across accounts: `perAddress` attempts (one address spraying many accounts).
 * - Per account, across addresses: past `perAccount` attempts in the window, an address that has
 *   not signed in to this account lately may try only once per delay, a delay that doubles with
 *   every further attempt up to `maxDelayMs`. Guessers rotating addresses are slowed to a trickle,
 *   while the account's owner, at an address they signed in from before, is never held back by them.
 *
 * Attempts are counted *before* the password is checked (a reservation), so a burst of concurrent
 * attempts cannot all slip past a limit read before any of them was counted; a successful sign-in
 * gives its reservation back. Pure: the counters come from the store, the clock from the caller.
 */
export const loginThrottlePolicy = {
  windowMs: 15 * 60 * 1000,
  perPair: 10,
  perAddress: 50,
  perAccount: 30,
  firstDelayMs: 1000,
  maxDelayMs: 60_000,
  /** An address counts as the account's own when it signed in to it within this long. */
  knownAddressMs: 30 * 24 * 60 * 60 * 1000,
} as const;

export type LoginThrottlePolicy = typeof loginThrottlePolicy;

/** One counter, after this attempt was added to it. */
export interface ThrottleCounter {
  count: number;
  /** When the counter's window started (ISO time). */
  since: string;
  /** Per-account counters: no attempt from an unknown address before this time (ISO), if set. */
  nextAt: string | null;
}

export interface ThrottleKeys {
  pair: string;
  account: string;
  address: string | undefined;
}

/** The counters of one attempt: by account name (lower case) and client address. */
export function throttleKeys(account: string, address: string | null): ThrottleKeys {
  return {
    pair: `pair:${account}|${address ?? '-'}`,
    account: `account:${account}`,
    address: address === null ? undefined : `address:${address}`,
  };
}

export type ThrottleDecision = { allowed: true; accountNextAt: string | undefined } | { allowed: false; retryAfterSeconds: number; reason: 'pair' | 'address' | 'account' };

/**
 * Whether an attempt whose counters are `counters` (this attempt included) may check its
 * password, and if the account is past its threshold, when the next unknown address may try.
 *
 * @example
 * decideAttempt({ pair: { count: 11, since, nextAt: null }, account, address: undefined }, { now, knownAddress: false });
 * // → { allowed: false, reason: 'pair', retryAfterSeconds: … }
 */
export function decideAttempt(
  counters: { pair: ThrottleCounter; account: ThrottleCounter; address: ThrottleCounter | undefined },
  context: { now: string; knownAddress: boolean },
  policy: LoginThrottlePolicy = loginThrottlePolicy,
): ThrottleDecision {
  const now = Date.parse(context.now);
  const untilWindowEnds = (counter: ThrottleCounter) => seconds(Date.parse(counter.since) + policy.windowMs - now);
  if (counters.pair.count > policy.perPair) return { allowed: false, reason: 'pair', retryAfterSeconds: untilWindowEnds(counters.pair) };
  if (counters.address && counters.address.count > policy.perAddress) {
    return { allowed: false, reason: 'address', retryAfterSeconds: untilWindowEnds(counters.address) };
  }
  const account = counters.account;
  if (account.count <= policy.perAccount || context.knownAddress) return { allowed: true, accountNextAt: undefined };
  if (account.nextAt !== null && Date.parse(account.nextAt) > now) {
    return { allowed: false, reason: 'account', retryAfterSeconds: seconds(Date.parse(account.nextAt) - now) };
  }
  const over = account.count - policy.perAccount - 1;
  const delay = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(over, 30));
  return { allowed: true, accountNextAt: new Date(now + delay).toISOString() };
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
