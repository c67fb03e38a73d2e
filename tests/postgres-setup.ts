import { spawnSync } from 'node:child_process';
import { openPostgresStore } from '../src/store/postgres';
import { databaseUrl, onServer, templateDatabase } from './helpers/postgres';

/**
 * Global setup of the PostgreSQL test project: starts the throwaway server (installing it if
 * needed) and makes a template database migrated to the current schema, which every test store
 * copies. The template is made anew on every run, so a changed migration is always the one tested.
 */
export default async function setup(): Promise<void> {
  if (!process.env.VISAVIS_TEST_PG_URL) {
    const started = spawnSync('bash', ['scripts/ensure-postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (started.status !== 0) throw new Error('scripts/ensure-postgres.sh failed: see above.');
  }
  await onServer(async (client) => {
    // Databases left by an interrupted run go too.
    const { rows } = await client.query<{ datname: string }>(`select datname from pg_database where datname like 'visavis\\_test\\_%'`);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    await client.query(`create database "${templateDatabase}"`);
  });
  const store = await openPostgresStore({ url: databaseUrl(templateDatabase), poolSize: 1 });
  await store.close();
}
