import type { Kysely, Selectable } from 'kysely';
import type { AuditEventsTable, Database } from './schema';
import type { AuditEvent, AuditRepository } from './store';

/** The audit log over Kysely: the same code for SQLite and PostgreSQL. */
export function auditRepository(db: Kysely<Database>): AuditRepository {
  return {
    async append(event) {
      await db
        .insertInto('audit_events')
        .values({
          at: event.at,
          event: event.event,
          actor: event.actor,
          subject: event.subject,
          project_id: event.projectId,
          address: event.address,
          detail: event.detail === null ? null : JSON.stringify(event.detail),
        })
        .execute();
    },
    async list(query) {
      let select = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(query.limit);
      if (query.before !== undefined) select = select.where('id', '<', query.before);
      if (query.event !== undefined) select = select.where('event', '=', query.event);
      return (await select.execute()).map(toEvent);
    },
    async countSince(query, since) {
      let select = db
        .selectFrom('audit_events')
        .select(({ fn }) => [fn.countAll<number | string>().as('n'), fn.min('at').as('oldest')])
        .where('event', '=', query.event)
        .where('at', '>', since);
      if (query.subject !== undefined) select = select.where('subject', '=', query.subject);
      if (query.address !== undefined) select = select.where('address', '=', query.address);
      const row = await select.executeTakeFirstOrThrow();
      return { count: Number(row.n), oldest: row.oldest ?? null };
    },
  };
}

function toEvent(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: row.id,
    at: row.at,
    event: row.event,
    actor: row.actor,
    subject: row.subject,
    projectId: row.project_id,
    address: row.address,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>),
  };
}
