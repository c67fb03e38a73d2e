import { type Kysely, sql } from 'kysely';
import type { ApiTokensTable, Database, UsersTable } from './schema';
import type { AccountRepository, TokenRecord, UserRecord } from './store';
import type { Selectable } from 'kysely';
import { canonicalUsername, usernameKey } from '../domain/username';

/** Accounts, sessions and tokens over Kysely: the same code for SQLite and PostgreSQL. */
export function accountRepository(db: Kysely<Database>): AccountRepository {
  return {
    async createUser(user, now) {
      const row = await db
        .insertInto('users')
        .values({ username: user.username, username_key: usernameKey(user.username), password_hash: user.passwordHash, is_admin: user.isAdmin ? 1 : 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },
    async getUser(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async findUser(username) {
      // The exact spelling first: an account that collided when keys became Unicode-aware
      // (migration 021) is found by it alone.
      const name = canonicalUsername(username);
      const row =
        (await db.selectFrom('users').selectAll().where('username', '=', name).executeTakeFirst()) ??
        (await db.selectFrom('users').selectAll().where('username_key', '=', usernameKey(name)).executeTakeFirst());
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },
    async claimSetup(userId, now) {
      const result = await db
        .insertInto('site_setup')
        .values({ id: 1, user_id: userId, at: now })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async forget(user, pseudonym) {
      const names = [user.username];
      const key = usernameKey(user.username);
      await db.updateTable('revisions').set({ author: pseudonym }).where('author', 'in', names).execute();
      await db.updateTable('comments').set({ author: pseudonym }).where('author', 'in', names).execute();
      await db.updateTable('comments').set({ resolved_by: pseudonym }).where('resolved_by', 'in', names).execute();
      await db.updateTable('tm_units').set({ author: pseudonym }).where('author', 'in', names).execute();
      await db.updateTable('jobs').set({ created_by: pseudonym }).where('created_by', 'in', names).execute();
      await db.updateTable('alignment_reviews').set({ created_by: pseudonym }).where('created_by', 'in', names).execute();
      await db.updateTable('qa_ignores').set({ author: pseudonym }).where('author', 'in', names).execute();
      // The audit log keeps what happened, not to or by whom, nor from where: login events name
      // the account by its folded key, the others by its spelling.
      const subjects = [...new Set([user.username, key, user.username.toLowerCase()])];
      await db
        .updateTable('audit_events')
        .set({ address: null })
        .where((eb) => eb.or([eb('actor', 'in', names), eb('subject', 'in', subjects)]))
        .execute();
      await db.updateTable('audit_events').set({ actor: pseudonym }).where('actor', 'in', names).execute();
      await db.updateTable('audit_events').set({ subject: pseudonym }).where('subject', 'in', subjects).execute();
      const pairs = `pair:${key.replaceAll(/[\\%_]/gu, (char) => `\\${char}`)}|%`;
      await db
        .deleteFrom('login_throttle')
        .where((eb) => eb.or([eb('key', '=', `account:${key}`), sql<boolean>`key like ${pairs} escape '\\'`]))
        .execute();
    },
    async collidingUsernames() {
      const rows = await db.selectFrom('users').select('username').where('username_key', 'like', '%#%').orderBy('id').execute();
      return rows.map((row) => row.username);
    },
    async listUsers() {
      return (await db.selectFrom('users').selectAll().orderBy('id').execute()).map(toUser);
    },
    async countUsers() {
      const row = await db.selectFrom('users').select(({ fn }) => fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async setPassword(userId, passwordHash, now) {
      await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', userId).execute();
    },
    async createSession(session, now) {
      await db.insertInto('sessions').values({ id: session.idHash, user_id: session.userId, created_at: now, expires_at: session.expiresAt }).execute();
    },
    async sessionUser(idHash, now) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .where('sessions.id', '=', idHash)
        .where('sessions.expires_at', '>', now)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async sessionExpiresAt(idHash) {
      const row = await db.selectFrom('sessions').select('expires_at').where('id', '=', idHash).executeTakeFirst();
      return row?.expires_at;
    },
    async deleteSession(idHash) {
      await db.deleteFrom('sessions').where('id', '=', idHash).execute();
    },
    async deleteExpiredSessions(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteSessionsOf(userId, exceptIdHash) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptIdHash !== undefined) query = query.where('id', '!=', exceptIdHash);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async setAdmin(userId, isAdmin, now) {
      await db.updateTable('users').set({ is_admin: isAdmin ? 1 : 0, updated_at: now }).where('id', '=', userId).execute();
    },
    async countAdmins() {
      const row = await db.selectFrom('users').select(({ fn }) => fn.countAll<number | string>().as('n')).where('is_admin', '=', 1).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async deleteUser(userId) {
      const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async createToken(token, now) {
      const row = await db
        .insertInto('api_tokens')
        .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, created_at: now, revoked_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },
    async tokenUser(tokenHash) {
      const row = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .selectAll('users')
        .where('api_tokens.token_hash', '=', tokenHash)
        .where('api_tokens.revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async listTokens(userId) {
      return (await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute()).map(toToken);
    },
    async revokeToken(userId, tokenId, now) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('id', '=', tokenId)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async revokeTokensOf(userId, now) {
      const result = await db.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

function toUser(row: Selectable<UsersTable>): UserRecord {
  return { id: row.id, username: row.username, isAdmin: row.is_admin === 1, createdAt: row.created_at };
}

function toToken(row: Selectable<ApiTokensTable>): TokenRecord {
  return { id: row.id, userId: row.user_id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at };
}
