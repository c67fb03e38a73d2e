import type { Kysely } from 'kysely';
import { accountRepository } from './accounts.repo';
import { auditRepository } from './audit.repo';
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
import type { Store } from './store';

/**
 * The store over any Kysely connection. `close` is given by the connection factory
 * (sqlite.ts, postgres.ts) since only it knows what to release.
 */
export function kyselyStore(db: Kysely<Database>, close: () => Promise<void>): Store {
  const repositories = (conn: Kysely<Database>) => ({
    accounts: accountRepository(conn),
    projects: projectRepository(conn),
    audit: auditRepository(conn),
    documents: documentRepository(conn),
    segments: segmentRepository(conn),
    revisions: revisionRepository(conn),
    comments: commentRepository(conn),
    mtCache: mtCacheRepository(conn),
    memory: memoryRepository(conn),
    jobs: jobRepository(conn),
    glossary: glossaryRepository(conn),
    loginThrottle: loginThrottleRepository(conn),
  });

  const store: Store = {
    ...repositories(db),
    async transaction(work) {
      return db.transaction().execute(async (trx) => {
        const inner: Store = {
          ...repositories(trx),
          transaction: (nested) => nested(inner),
          close: () => Promise.reject(new Error('Cannot close the store inside a transaction.')),
        };
        return work(inner);
      });
    },
    close,
  };
  return store;
}
