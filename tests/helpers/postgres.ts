import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL server the tests use: the throwaway cluster scripts/ensure-postgres.sh starts
 * (or another one, with VISAVIS_TEST_PG_URL). Each test store gets its own database, copied from a
 * migrated template, and dropped afterwards.
 */
export const testServerUrl = process.env.VISAVIS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';
export const templateDatabase = 'visavis_test_template';

/** The URL of another database on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the test server's maintenance database. */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need a server at ${testServerUrl} (${error instanceof Error ? error.message : String(error)}). Start it with: bash scripts/ensure-postgres.sh`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database with the latest schema (from the template), and how to drop it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `visavis_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  // CREATE DATABASE … TEMPLATE fails while another session copies the same template: retry.
  await onServer(async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database "${name}" template "${templateDatabase}"`);
        return;
      } catch (error) {
        if (attempt >= 50 || !/being accessed by other users/u.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      }
    }
  });
  return {
    url: databaseUrl(name),
    drop: () => onServer(async (client) => void (await client.query(`drop database if exists "${name}" with (force)`))),
  };
}
