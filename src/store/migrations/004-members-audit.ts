import type { Kysely } from 'kysely';
import { type Dialect, withId } from './_lib';

/**
 * Project members with their role, and the audit log of security events. Existing projects keep
 * their documents; site administrators act as owners of every project, so nothing becomes
 * unreachable before members are added.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('project_members')
    .addColumn('project_id', 'integer', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
    .execute();
  await db.schema.createIndex('project_members_user').on('project_members').column('user_id').execute();

  await withId(db.schema.createTable('audit_events'), dialect, { neverReuse: false })
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('event', 'text', (col) => col.notNull())
    .addColumn('actor', 'text')
    .addColumn('subject', 'text')
    .addColumn('project_id', 'integer')
    .addColumn('address', 'text')
    .addColumn('detail', 'text')
    .execute();
  // Login throttling counts recent failures by account and by address.
  await db.schema.createIndex('audit_events_subject').on('audit_events').columns(['event', 'subject', 'at']).execute();
  await db.schema.createIndex('audit_events_address').on('audit_events').columns(['event', 'address', 'at']).execute();
}
