import { type Kysely, sql } from 'kysely';
import { usernameKey } from '../../domain/username';

/**
 * Usernames unique under Unicode case folding and NFC (domain/username.ts), where the old index
 * folded ASCII only (`lower(username)` in SQLite): each user gets its folded key under a unique
 * index. Accounts that already collide under the new rule are not merged: the oldest keeps the
 * key, each later one gets a key no typed name can equal (`#` is not allowed in usernames), so it
 * still signs in by its exact spelling until an administrator deals with it, and the collision
 * is written to the audit log (`username.collision`) and reported at every start.
 *
 * The first-run setup makes its administrator by inserting the one row of `site_setup`: the
 * primary key lets exactly one setup through, whatever the concurrency and the number of servers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('username_key', 'text').execute();
  const { rows } = await sql<{ id: number; username: string }>`select id, username from users order by id`.execute(db);
  const holders = new Map<string, { id: number; username: string }>();
  const now = new Date().toISOString();
  for (const row of rows) {
    const key = usernameKey(row.username.normalize('NFC'));
    const holder = holders.get(key);
    if (!holder) {
      holders.set(key, row);
      await sql`update users set username_key = ${key} where id = ${row.id}`.execute(db);
      continue;
    }
    await sql`update users set username_key = ${`${key}#${row.id}`} where id = ${row.id}`.execute(db);
    const detail = JSON.stringify({ collidesWith: holder.username, key });
    await sql`insert into audit_events (at, event, actor, subject, project_id, address, detail)
      values (${now}, 'username.collision', null, ${row.username}, null, null, ${detail})`.execute(db);
  }
  await db.schema.dropIndex('users_username').execute();
  await db.schema.createIndex('users_username_key').on('users').column('username_key').unique().execute();

  await db.schema
    .createTable('site_setup')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
}
