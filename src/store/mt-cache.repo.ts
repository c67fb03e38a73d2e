import type { Kysely } from 'kysely';
import type { Database } from './schema';
import type { MtCacheRepository } from './store';

const chunk = 400;

/** The machine-translation cache over Kysely. */
export function mtCacheRepository(db: Kysely<Database>): MtCacheRepository {
  return {
    async get(provider, options, sourceHashes) {
      const out = new Map<string, string>();
      for (let offset = 0; offset < sourceHashes.length; offset += chunk) {
        const rows = await db
          .selectFrom('mt_cache')
          .select(['source_hash', 'translation'])
          .where('provider', '=', provider)
          .where('options', '=', options)
          .where('source_hash', 'in', sourceHashes.slice(offset, offset + chunk))
          .execute();
        for (const row of rows) out.set(row.source_hash, row.translation);
      }
      return out;
    },
    async put(provider, options, entries, now) {
      for (let offset = 0; offset < entries.length; offset += chunk) {
        const rows = entries.slice(offset, offset + chunk).map((entry) => ({ provider, options, source_hash: entry.sourceHash, translation: entry.translation, created_at: now }));
        await db
          .insertInto('mt_cache')
          .values(rows)
          .onConflict((oc) => oc.columns(['provider', 'options', 'source_hash']).doUpdateSet((eb) => ({ translation: eb.ref('excluded.translation'), created_at: eb.ref('excluded.created_at') })))
          .execute();
      }
    },
  };
}
