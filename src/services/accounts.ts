import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AlreadyExistsError, AuthenticationError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { TokenRecord, UserRecord } from '../store/store';
import { type ServiceContext, timestamp } from './context';
import { hashPassword, verifyPassword } from './passwords';

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

/** Creates a local account; usernames are unique regardless of case. */
export async function createUser(context: ServiceContext, input: NewUser): Promise<UserRecord> {
  const username = input.username.trim();
  if (!usernamePattern.test(username)) {
    throw new InvalidInputError('A username has 2 to 40 letters, digits, dots, hyphens or underscores.');
  }
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password, context.passwordCost);
  return context.store.transaction(async (store) => {
    if (await store.accounts.findUser(username)) throw new AlreadyExistsError('user', username);
    return store.accounts.createUser({ username, passwordHash, isAdmin: input.isAdmin ?? false }, timestamp(context));
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
 * its timing tells which usernames exist.
 */
export async function login(context: ServiceContext, input: { username: string; password: string }): Promise<SignedIn> {
  const user = await context.store.accounts.findUser(input.username.trim());
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash(context)));
  if (!user || !ok) throw new AuthenticationError('Wrong username or password.');
  const token = newSecret();
  const expiresAt = new Date(context.now().getTime() + sessionLifetimeMs).toISOString();
  await context.store.accounts.createSession({ idHash: secretHash(token), userId: user.id, expiresAt }, timestamp(context));
  const { passwordHash: _passwordHash, ...record } = user;
  return { user: record, token, expiresAt };
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

export function logout(context: ServiceContext, token: string): Promise<void> {
  return context.store.accounts.deleteSession(secretHash(token));
}

/** Ends every session of the user, on every device. */
export function logoutEverywhere(context: ServiceContext, userId: number): Promise<number> {
  return context.store.accounts.deleteSessionsOf(userId);
}

/** Creates a personal API token (`Authorization: Bearer …`); the secret is returned once. */
export async function createToken(context: ServiceContext, input: { username: string; name: string }): Promise<{ token: string; record: TokenRecord }> {
  const user = await context.store.accounts.findUser(input.username);
  if (!user) throw new NotFoundError('user', input.username);
  const name = input.name.trim() || 'token';
  const token = newSecret('vv_');
  const record = await context.store.accounts.createToken({ userId: user.id, name, tokenHash: secretHash(token) }, timestamp(context));
  return { token, record };
}

export function tokenUser(context: ServiceContext, token: string): Promise<UserRecord | undefined> {
  return context.store.accounts.tokenUser(secretHash(token));
}

export async function revokeToken(context: ServiceContext, userId: number, tokenId: number): Promise<void> {
  if (!(await context.store.accounts.revokeToken(userId, tokenId, timestamp(context)))) throw new NotFoundError('token', tokenId);
}

/**
 * First start: while no account exists, a one-time setup secret lets whoever holds it (the
 * person who read the server's console) create the site administrator.
 */
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
    async complete(input: { secret: string; username: string; password: string }): Promise<UserRecord> {
      const expected = secret;
      const given = Buffer.from(input.secret);
      if (!expected || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected)) || !(await this.needsSetup())) {
        throw new AuthenticationError('This setup link is not valid (any more). Use the link printed by the server at start.');
      }
      const admin = await createUser(context, { username: input.username, password: input.password, isAdmin: true });
      secret = undefined;
      return admin;
    },
  };
}
