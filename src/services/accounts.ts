import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AlreadyExistsError, AuthenticationError, ConflictError, InvalidInputError, NotFoundError, TooManyAttemptsError } from '../domain/errors';
import type { Store, TokenRecord, UserRecord } from '../store/store';
import { audit } from './audit';
import { type Actor, type ServiceContext, timestamp, uniqueWrite } from './context';
import { hashPassword, verifyPassword } from './passwords';
import { canonicalUsername, usernameKey } from '../domain/username';
import { decideAttempt, loginThrottlePolicy, type ThrottleDecision, type ThrottleKeys, throttleKeys } from '../domain/login-throttle';

export const minPasswordLength = 10;
const maxPasswordLength = 1024;
/** Sessions end after a week, or at logout. */
export const sessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;
const usernamePattern = /^[\p{L}\p{N}._-]{2,40}$/u;

/** A secret handed out once (cookie, API token): random, URL-safe. Only its SHA-256 is stored. */
function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export interface NewUser {
  username: string;
  password: string;
  isAdmin?: boolean;
}

/**
 * Creates a local account. Usernames are unique under Unicode case folding and NFC (`Élodie` and
 * `élodie` are one name), enforced by a unique index on the folded key as well as checked here.
 */
export async function createUser(context: ServiceContext, input: NewUser, actor: Actor = { name: null }): Promise<UserRecord> {
  return createAccount(context, input, actor);
}

async function createAccount(
  context: ServiceContext,
  input: NewUser,
  actor: Actor,
  then?: (store: Store, user: UserRecord, now: string) => Promise<void>,
): Promise<UserRecord> {
  const username = canonicalUsername(input.username);
  if (!usernamePattern.test(username)) {
    throw new InvalidInputError('A username has 2 to 40 letters, digits, dots, hyphens or underscores.');
  }
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password, context.passwordCost);
  return uniqueWrite(context, async (store) => {
    if (await store.accounts.findUser(username)) throw new AlreadyExistsError('user', username);
    const now = timestamp(context);
    const user = await store.accounts.createUser({ username, passwordHash, isAdmin: input.isAdmin ?? false }, now);
    await audit(store, now, { event: 'user.created', actor, subject: user.username, detail: { isAdmin: user.isAdmin } });
    await then?.(store, user, now);
    return user;
  });
}

function checkPassword(password: string): void {
  if (password.length < minPasswordLength) throw new InvalidInputError(`A password has at least ${minPasswordLength} characters.`);
  if (password.length > maxPasswordLength) throw new InvalidInputError(`A password has at most ${maxPasswordLength} characters.`);
}

export interface SignedIn {
  user: UserRecord;
  /** The session secret for the cookie; shown once, stored hashed. */
  token: string;
  expiresAt: string;
}

/**
 * Signs in with a username and password. Unknown users and wrong passwords get the same error
 * after the same work (a password is checked against a dummy hash), so neither the answer nor
 * its timing tells which usernames exist. Every attempt is counted before its password is
 * checked (domain/login-throttle.ts); past a limit it is refused (TooManyAttemptsError) without
 * checking the password. The counters live in the database, so every server instance sees them.
 */
export async function login(context: ServiceContext, input: { username: string; password: string }, actor: Actor = { name: null }): Promise<SignedIn> {
  const username = canonicalUsername(input.username);
  const key = usernameKey(username);
  const now = timestamp(context);
  const address = actor.address ?? null;
  const keys = throttleKeys(key, address);
  await reserveAttempt(context, key, keys, address, now);
  const user = await context.store.accounts.findUser(username);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash(context)));
  if (!user || !ok) {
    await audit(context.store, now, { event: 'login.failed', actor: { ...actor, name: null }, subject: key });
    throw new AuthenticationError('Wrong username or password.');
  }
  const token = newSecret();
  const expiresAt = new Date(context.now().getTime() + sessionLifetimeMs).toISOString();
  await context.store.transaction(async (store) => {
    await store.accounts.deleteExpiredSessions(now); // housekeeping: expired sessions are refused anyway
    await store.loginThrottle.deleteStale(new Date(Date.parse(now) - loginThrottlePolicy.windowMs).toISOString());
    // A success was no failure: its reservation is given back, and this address starts afresh.
    await store.loginThrottle.release([keys.account, ...(keys.address ? [keys.address] : [])]);
    await store.loginThrottle.clear(keys.pair);
    await store.accounts.createSession({ idHash: secretHash(token), userId: user.id, expiresAt }, now);
    await audit(store, now, { event: 'login.succeeded', actor: { ...actor, name: user.username }, subject: key });
  });
  const { passwordHash: _passwordHash, ...record } = user;
  return { user: record, token, expiresAt };
}

/** Counts this attempt, or refuses it (nothing counted) when a limit is reached. */
async function reserveAttempt(context: ServiceContext, account: string, keys: ThrottleKeys, address: string | null, now: string): Promise<void> {
  const policy = loginThrottlePolicy;
  const knownSince = new Date(Date.parse(now) - policy.knownAddressMs).toISOString();
  const knownAddress = address !== null && (await context.store.audit.countSince({ event: 'login.succeeded', subject: account, address }, knownSince)).count > 0;
  const windowStart = new Date(Date.parse(now) - policy.windowMs).toISOString();
  const decision = await context.store
    .transaction(async (store) => {
      const counters = await store.loginThrottle.reserve([keys.pair, keys.account, ...(keys.address ? [keys.address] : [])], now, windowStart);
      const decided = decideAttempt(
        { pair: counters.get(keys.pair)!, account: counters.get(keys.account)!, address: keys.address ? counters.get(keys.address) : undefined },
        { now, knownAddress },
        policy,
      );
      // Refused: the transaction is rolled back, so a refused attempt counts nowhere.
      if (!decided.allowed) throw new ThrottledSignal(decided);
      if (decided.accountNextAt) await store.loginThrottle.setNextAt(keys.account, decided.accountNextAt);
      return decided;
    })
    .catch((error: unknown) => {
      if (error instanceof ThrottledSignal) return error.decision;
      throw error;
    });
  if (decision.allowed) return;
  // The first refusal of an account from an address (for each limit) in a window is written to
  // the audit log; the ones after it are only counted: a flood of refused attempts costs the
  // guesser nothing, and must not cost the server an audit row each.
  const refusedKey = `refused:${decision.reason}:${keys.pair}`;
  const refusals = await context.store.loginThrottle.reserve([refusedKey], now, windowStart);
  if (refusals.get(refusedKey)?.count === 1) {
    await audit(context.store, now, {
      event: 'login.throttled',
      actor: { name: null, address },
      subject: account,
      detail: { limit: decision.reason, retryAfterSeconds: decision.retryAfterSeconds },
    });
  }
  throw new TooManyAttemptsError(decision.retryAfterSeconds);
}

/** Carries a refusal out of the reservation's transaction, which it rolls back. */
class ThrottledSignal extends Error {
  constructor(readonly decision: Extract<ThrottleDecision, { allowed: false }>) {
    super('throttled');
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(context: ServiceContext): Promise<string> {
  dummy ??= hashPassword(newSecret(), context.passwordCost);
  return dummy;
}

/** The user of a live session, or undefined (unknown, logged out or expired). */
export function sessionUser(context: ServiceContext, token: string): Promise<UserRecord | undefined> {
  return context.store.accounts.sessionUser(secretHash(token), timestamp(context));
}

/** When a live session expires (undefined: no such session). */
export function sessionExpiresAt(context: ServiceContext, token: string): Promise<string | undefined> {
  return context.store.accounts.sessionExpiresAt(secretHash(token));
}

export function logout(context: ServiceContext, token: string): Promise<void> {
  return context.store.accounts.deleteSession(secretHash(token));
}

/** Ends every session of the user, on every device, and revokes their API tokens (a stolen token goes with them). */
export async function logoutEverywhere(context: ServiceContext, user: UserRecord, actor: Actor): Promise<number> {
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    const ended = await store.accounts.deleteSessionsOf(user.id);
    const tokens = await store.accounts.revokeTokensOf(user.id, now);
    await audit(store, now, { event: 'logout.everywhere', actor, subject: user.username, detail: { sessions: ended, tokens } });
    return ended;
  });
}

/**
 * Changes one's own password after checking the current one; every other session of the user
 * ends (the one making the change, given as `keepSession`, stays).
 */
export async function changePassword(
  context: ServiceContext,
  user: UserRecord,
  input: { current: string; password: string; keepSession?: string | undefined },
  actor: Actor,
): Promise<void> {
  const stored = await context.store.accounts.findUser(user.username);
  if (!stored || !(await verifyPassword(input.current, stored.passwordHash))) {
    throw new InvalidInputError('The current password is wrong.');
  }
  await setPassword(context, user, input.password, actor, input.keepSession);
}

/** Sets a user's password (administrators resetting one, or the user): their other sessions end and their API tokens are revoked. */
export async function setPassword(context: ServiceContext, user: UserRecord, password: string, actor: Actor, keepSession?: string): Promise<void> {
  checkPassword(password);
  const passwordHash = await hashPassword(password, context.passwordCost);
  const now = timestamp(context);
  await context.store.transaction(async (store) => {
    await store.accounts.setPassword(user.id, passwordHash, now);
    await store.accounts.deleteSessionsOf(user.id, keepSession === undefined ? undefined : secretHash(keepSession));
    const tokens = await store.accounts.revokeTokensOf(user.id, now);
    await audit(store, now, { event: 'password.changed', actor, subject: user.username, detail: { tokens } });
  });
}

export async function findUser(context: ServiceContext, username: string): Promise<UserRecord> {
  const found = await context.store.accounts.findUser(username.trim());
  if (!found) throw new NotFoundError('user', username);
  const { passwordHash: _passwordHash, ...user } = found;
  return user;
}

/**
 * An administrator's changes to an account, all or nothing: grant or withdraw site administration
 * (the site always keeps one administrator) and/or set a new password (which ends the user's sessions
 * and revokes their API tokens).
 */
export async function updateUser(
  context: ServiceContext,
  username: string,
  change: { isAdmin?: boolean | undefined; password?: string | undefined },
  actor: Actor,
): Promise<UserRecord> {
  if (change.password !== undefined) checkPassword(change.password);
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password, context.passwordCost);
  const now = timestamp(context);
  return context.store.transaction(async (store) => {
    let user = await findUser({ ...context, store }, username);
    if (change.isAdmin !== undefined && change.isAdmin !== user.isAdmin) {
      if (!change.isAdmin && (await store.accounts.countAdmins()) <= 1) {
        throw new ConflictError('last_admin', `${user.username} is the only administrator: make someone else administrator first.`);
      }
      await store.accounts.setAdmin(user.id, change.isAdmin, now);
      await audit(store, now, { event: 'user.admin_changed', actor, subject: user.username, detail: { isAdmin: change.isAdmin } });
      user = { ...user, isAdmin: change.isAdmin };
    }
    if (passwordHash !== undefined) {
      await store.accounts.setPassword(user.id, passwordHash, now);
      await store.accounts.deleteSessionsOf(user.id);
      const tokens = await store.accounts.revokeTokensOf(user.id, now);
      await audit(store, now, { event: 'password.changed', actor, subject: user.username, detail: { tokens } });
    }
    return user;
  });
}

/**
 * What a deleted user's work is attributed to from then on: no personal data, one per account
 * (`#` and spaces cannot be in a username, so no account can be mistaken for it).
 */
export function pseudonymOf(userId: number): string {
  return `former user #${userId}`;
}

/**
 * Deletes an account (sessions, tokens, memberships) and its personal data: its work and its
 * events stay, attributed to a pseudonym (pseudonymOf), and the audit log forgets the addresses
 * it signed in from. All or nothing. Not the last administrator.
 */
export async function deleteUser(context: ServiceContext, username: string, actor: Actor): Promise<void> {
  const now = timestamp(context);
  await context.store.transaction(async (store) => {
    const user = await findUser({ ...context, store }, username);
    if (user.isAdmin && (await store.accounts.countAdmins()) <= 1) {
      throw new ConflictError('last_admin', `${user.username} is the only administrator and cannot be deleted.`);
    }
    const pseudonym = pseudonymOf(user.id);
    await store.accounts.deleteUser(user.id);
    await store.accounts.forget(user, pseudonym);
    await audit(store, now, { event: 'user.deleted', actor, subject: pseudonym });
  });
}

/** Creates a personal API token (`Authorization: Bearer …`); the secret is returned once. */
export async function createToken(
  context: ServiceContext,
  input: { username: string; name: string },
  actor: Actor = { name: null },
): Promise<{ token: string; record: TokenRecord }> {
  const user = await context.store.accounts.findUser(input.username);
  if (!user) throw new NotFoundError('user', input.username);
  const name = input.name.trim() || 'token';
  if (name.length > 100) throw new InvalidInputError('A token name has at most 100 characters.');
  const token = newSecret('vv_');
  const now = timestamp(context);
  const record = await context.store.transaction(async (store) => {
    const created = await store.accounts.createToken({ userId: user.id, name, tokenHash: secretHash(token) }, now);
    await audit(store, now, { event: 'token.created', actor, subject: user.username, detail: { token: created.id, name } });
    return created;
  });
  return { token, record };
}

export function tokenUser(context: ServiceContext, token: string): Promise<UserRecord | undefined> {
  return context.store.accounts.tokenUser(secretHash(token));
}

export async function revokeToken(context: ServiceContext, user: UserRecord, tokenId: number, actor: Actor = { name: null }): Promise<void> {
  const now = timestamp(context);
  await context.store.transaction(async (store) => {
    if (!(await store.accounts.revokeToken(user.id, tokenId, now))) throw new NotFoundError('token', tokenId);
    await audit(store, now, { event: 'token.revoked', actor, subject: user.username, detail: { token: tokenId } });
  });
}

/**
 * First start: while no account exists, a one-time setup secret lets whoever holds it (the
 * person who read the server's console) create the site administrator.
 */
function invalidSetup(): AuthenticationError {
  return new AuthenticationError('This setup link is not valid (any more). Use the link printed by the server at start.');
}

export function setupFlow(context: ServiceContext) {
  let secret: string | undefined;
  return {
    async needsSetup(): Promise<boolean> {
      return (await context.store.accounts.countUsers()) === 0;
    },
    /** The setup secret while no account exists (made on first call), else undefined. */
    async secret(): Promise<string | undefined> {
      if (!(await this.needsSetup())) return undefined;
      secret ??= newSecret();
      return secret;
    },
    /**
     * Makes the administrator, once. The secret is taken before the first await, so concurrent
     * requests on this server find it gone; across servers sharing a database, the one row of
     * `site_setup` lets a single setup commit (claimSetup). A setup that fails on bad input gives
     * the secret back, so the person can correct the form.
     */
    async complete(input: { secret: string; username: string; password: string }): Promise<UserRecord> {
      const expected = secret;
      const given = Buffer.from(input.secret);
      if (!expected || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) throw invalidSetup();
      secret = undefined;
      try {
        if (!(await this.needsSetup())) throw invalidSetup();
        return await createAccount(context, { username: input.username, password: input.password, isAdmin: true }, { name: input.username }, async (store, admin, now) => {
          if (!(await store.accounts.claimSetup(admin.id, now))) throw invalidSetup();
          await audit(store, now, { event: 'setup.completed', actor: { name: admin.username }, subject: admin.username });
        });
      } catch (error) {
        if (!(error instanceof AuthenticationError)) secret ??= expected;
        throw error;
      }
    },
  };
}
