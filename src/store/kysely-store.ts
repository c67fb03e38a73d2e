import { type Kysely, PostgresAdapter } from 'kysely';
import { accountRepository } from './accounts.repo';
import { alignmentReviewRepository } from './alignments.repo';
import { qaIgnoreRepository } from './qa-ignores.repo';
import { archiveRepository } from './archives.repo';
import { auditRepository } from './audit.repo';
import { systemRepository } from './system.repo';
import { commentRepository } from './comments.repo';
import { glossaryRepository } from './glossary.repo';
import { jobRepository } from './jobs.repo';
import { loginThrottleRepository } from './login-throttle.repo';
import { memoryRepository } from './memory.repo';
import { mtCacheRepository } from './mt-cache.repo';
import { documentRepository } from './documents.repo';
import { projectRepository } from './projects.repo';
import { revisionRepository } from './revisions.repo';
import type { Database } from './schema';
import { segmentRepository } from './segments.repo';
import type { RevisionRepository, SegmentRepository, Store } from './store';

const factories = {
  accounts: accountRepository,
  projects: projectRepository,
  audit: auditRepository,
  documents: documentRepository,
  segments: segmentRepository,
  revisions: revisionRepository,
  comments: commentRepository,
  mtCache: mtCacheRepository,
  memory: memoryRepository,
  jobs: jobRepository,
  glossary: glossaryRepository,
  loginThrottle: loginThrottleRepository,
  alignments: alignmentReviewRepository,
  qaIgnores: qaIgnoreRepository,
  system: systemRepository,
  archives: archiveRepository,
};

type Repositories = { [K in keyof typeof factories]: ReturnType<(typeof factories)[K]> };

/**
 * SQLite: transactions and the statements of a segment save run straight on the driver, without
 * the query builder (sqlite-hot-path.ts). Valid only while a transaction holds the connection.
 */
export interface DirectTransactions {
  begin(): void;
  commit(): void;
  /** Rolls back if a transaction is open (a failed COMMIT may have ended it already). */
  rollback(): void;
  repositories: { segments: Pick<SegmentRepository, 'get' | 'update' | 'updateRecorded'>; revisions: Pick<RevisionRepository, 'append'> };
}

export interface KyselyStoreOptions {
  direct?: DirectTransactions | undefined;
}

/**
 * Repositories made on first use: a transaction makes only those it touches (a segment save
 * touches two of twelve), and a save is the hot path. The getters are defined once, on the
 * prototype, from `factories` (defining lazy properties on each object cost more than making all
 * twelve repositories).
 */
class LazyRepositories {
  readonly conn: Kysely<Database>;
  readonly direct: DirectTransactions['repositories'] | undefined;
  readonly made: Partial<Repositories> = {};
  constructor(conn: Kysely<Database>, direct?: DirectTransactions['repositories']) {
    this.conn = conn;
    this.direct = direct;
  }
}
for (const key of Object.keys(factories) as Array<keyof Repositories>) {
  Object.defineProperty(LazyRepositories.prototype, key, {
    get(this: LazyRepositories) {
      const made = this.made as Record<keyof Repositories, unknown>;
      if (made[key] === undefined) {
        const repository = factories[key](this.conn);
        const overrides = key === 'segments' || key === 'revisions' ? this.direct?.[key] : undefined;
        made[key] = overrides ? { ...repository, ...overrides } : repository;
      }
      return made[key];
    },
  });
}

function storeOver(conn: Kysely<Database>, own: Pick<Store, 'transaction' | 'close' | 'changesInOneStatement'>, direct?: DirectTransactions['repositories']): Store {
  // The repositories are the prototype's getters, which the type system cannot see.
  return Object.assign(new LazyRepositories(conn, direct) as LazyRepositories & Repositories, own);
}

/**
 * The store over any Kysely connection. `close` is given by the connection factory
 * (sqlite.ts, postgres.ts) since only it knows what to release.
 */
export function kyselyStore(db: Kysely<Database>, close: () => Promise<void>, options: KyselyStoreOptions = {}): Store {
  const { direct } = options;
  const changesInOneStatement = db.getExecutor().adapter instanceof PostgresAdapter;
  const inside = (conn: Kysely<Database>, repositories?: DirectTransactions['repositories']): Store => {
    const inner: Store = storeOver(
      conn,
      {
        transaction: (nested) => nested(inner),
        close: () => Promise.reject(new Error('Cannot close the store inside a transaction.')),
        changesInOneStatement,
      },
      repositories,
    );
    return inner;
  };
  return storeOver(db, {
    async transaction(work) {
      if (!direct) return db.transaction().execute((trx) => work(inside(trx)));
      // Holding the connection (Kysely's lock on SQLite's one connection) keeps every other
      // query out until COMMIT; BEGIN and COMMIT themselves go straight to the driver.
      return db.connection().execute(async (conn) => {
        direct.begin();
        try {
          const result = await work(inside(conn, direct.repositories));
          direct.commit();
          return result;
        } catch (error) {
          direct.rollback();
          throw error;
        }
      });
    },
    close,
    changesInOneStatement,
  });
}
