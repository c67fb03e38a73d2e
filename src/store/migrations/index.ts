import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './_lib';
import * as initial from './001-initial';
import * as projects from './002-projects';
import * as accounts from './003-accounts';
import * as members from './004-members-audit';
import * as review from './005-review';
import * as machineTranslation from './006-machine-translation';
import * as memory from './007-memory';
import * as jobs from './008-jobs';
import * as glossary from './009-glossary';
import * as jobLease from './010-job-lease';
import * as loginThrottle from './011-login-throttle';
import * as chunkedImports from './012-chunked-imports';
import * as inlineCodes from './013-inline-codes';
import * as sentenceUnits from './014-sentence-units';
import * as alignmentReviews from './015-alignment-reviews';
import * as qa from './016-qa';
import * as qaIgnores from './017-qa-ignores';
import * as forbiddenTerms from './018-forbidden-terms';
import * as replace from './019-replace';
import * as memoryWeights from './020-memory-weights';
import * as usernameKeys from './021-username-keys';
import * as projectImports from './022-project-imports';
import * as analysisWeights from './023-analysis-weights';
import * as memoryPairs from './024-memory-pairs';

export type { Dialect } from './_lib';

interface NumberedMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Every migration, numbered and forward-only. Listed explicitly so the bundled server carries them. */
const migrations: Record<string, NumberedMigration> = {
  '001-initial': initial,
  '002-projects': projects,
  '003-accounts': accounts,
  '004-members-audit': members,
  '005-review': review,
  '006-machine-translation': machineTranslation,
  '007-memory': memory,
  '008-jobs': jobs,
  '009-glossary': glossary,
  '010-job-lease': jobLease,
  '011-login-throttle': loginThrottle,
  '012-chunked-imports': chunkedImports,
  '013-inline-codes': inlineCodes,
  '014-sentence-units': sentenceUnits,
  '015-alignment-reviews': alignmentReviews,
  '016-qa': qa,
  '017-qa-ignores': qaIgnores,
  '018-forbidden-terms': forbiddenTerms,
  '019-replace': replace,
  '020-memory-weights': memoryWeights,
  '021-username-keys': usernameKeys,
  '022-project-imports': projectImports,
  '023-analysis-weights': analysisWeights,
  '024-memory-pairs': memoryPairs,
};

/** The names of every migration this version knows, in order. */
export const migrationNames: readonly string[] = Object.keys(migrations);

/** A Kysely migration provider over the list above, for one dialect. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of Object.entries(migrations)) {
        out[name] = { up: (db) => migration.up(db, dialect) };
      }
      return out;
    },
  };
}
