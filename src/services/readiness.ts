import { randomBytes } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationNames } from '../store/migrations';
import type { Store } from '../store/store';

export type ReadinessCheckName = 'database' | 'migrations' | 'dataDirectory';

export interface ReadinessCheck {
  name: ReadinessCheckName;
  ok: boolean;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

/** A database that does not answer within this is as good as down, for a load balancer. */
const databaseTimeoutMs = 2000;

/**
 * Whether this instance can serve requests that need storage: the database answers, its schema
 * is the one this version expects (every migration applied, none unknown: a newer server may have
 * migrated it), and the data directory (the SQLite file's folder) takes a small write, which a
 * full or read-only disk refuses. Liveness (`/api/health`) asks none of this.
 */
export async function readiness(store: Store, options: { dataDirectory?: string | undefined }): Promise<Readiness> {
  const checks: ReadinessCheck[] = [];
  let applied: string[] | undefined;
  try {
    applied = await withTimeout(store.system.appliedMigrations(), databaseTimeoutMs);
    checks.push({ name: 'database', ok: true, detail: 'answers' });
  } catch (error) {
    checks.push({ name: 'database', ok: false, detail: `does not answer: ${reason(error)}` });
  }
  if (applied) {
    const known = new Set(migrationNames);
    const unknown = applied.filter((name) => !known.has(name));
    const missing = migrationNames.filter((name) => !applied.includes(name));
    if (unknown.length > 0) checks.push({ name: 'migrations', ok: false, detail: `the schema is newer than this server (${unknown.join(', ')}): upgrade this instance` });
    else if (missing.length > 0) checks.push({ name: 'migrations', ok: false, detail: `${missing.length} migration(s) not applied (${missing.join(', ')})` });
    else checks.push({ name: 'migrations', ok: true, detail: `${applied.length} applied` });
  }
  if (options.dataDirectory !== undefined) {
    const probe = join(options.dataDirectory, `.visavis-ready-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await writeFile(probe, randomBytes(4096));
      checks.push({ name: 'dataDirectory', ok: true, detail: 'writable' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'not writable' : reason(error);
      checks.push({ name: 'dataDirectory', ok: false, detail: `${options.dataDirectory}: ${why}` });
    } finally {
      await unlink(probe).catch(() => undefined);
    }
  }
  return { ready: checks.every((check) => check.ok), checks };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
