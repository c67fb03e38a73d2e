import { type Kysely, sql } from 'kysely';
import type { Database } from './schema';
import type { LoginThrottleRepository } from './store';

/** Sign-in attempt counters over Kysely: one upsert per key, the same SQL on SQLite and PostgreSQL. */
export function loginThrottleRepository(db: Kysely<Database>): LoginThrottleRepository {
  return {
    async reserve(keys, now, windowStart) {
      const counters = new Map<string, { count: number; since: string; nextAt: string | null }>();
      // Always in the same order, so two transactions locking the same rows cannot deadlock.
      for (const key of [...keys].sort()) {
        const expired = sql<boolean>`login_throttle.since <= ${windowStart}`;
        const row = await db
          .insertInto('login_throttle')
          .values({ key, count: 1, since: now, next_at: null })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              count: sql`case when ${expired} then 1 else login_throttle.count + 1 end`,
              since: sql`case when ${expired} then ${now} else login_throttle.since end`,
              next_at: sql`case when ${expired} then null else login_throttle.next_at end`,
            }),
          )
          .returning(['count', 'since', 'next_at'])
          .executeTakeFirstOrThrow();
        counters.set(key, { count: Number(row.count), since: row.since, nextAt: row.next_at });
      }
      return counters;
    },
    async setNextAt(key, nextAt) {
      await db.updateTable('login_throttle').set({ next_at: nextAt }).where('key', '=', key).execute();
    },
    async release(keys) {
      if (keys.length === 0) return;
      await db
        .updateTable('login_throttle')
        .set({ count: sql`case when login_throttle.count > 0 then login_throttle.count - 1 else 0 end` })
        .where('key', 'in', [...keys].sort())
        .execute();
    },
    async clear(key) {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
    async deleteStale(windowStart) {
      await db.deleteFrom('login_throttle').where('since', '<=', windowStart).execute();
    },
  };
}
