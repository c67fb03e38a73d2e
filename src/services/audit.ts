import type { AuditEvent, Store } from '../store/store';
import type { Actor } from './context';

/** The security events the audit log records. */
export const auditEvents = [
  'setup.completed',
  'login.succeeded',
  'login.failed',
  'login.throttled',
  'logout.everywhere',
  'password.changed',
  'user.created',
  'user.deleted',
  'user.admin_changed',
  'token.created',
  'token.revoked',
  'project.created',
  'project.settings_changed',
  'project.exported',
  'project.imported',
  'member.added',
  'member.role_changed',
  'member.removed',
  'document.deleted',
] as const;
export type AuditEventName = (typeof auditEvents)[number];

export interface AuditEntry {
  event: AuditEventName;
  actor: Actor | null;
  subject?: string | number | null;
  projectId?: number | null;
  detail?: Record<string, unknown> | null;
}

/** Appends one event to the audit log (in the caller's transaction when given one). */
export function audit(store: Store, at: string, entry: AuditEntry): Promise<void> {
  return store.audit.append({
    at,
    event: entry.event,
    actor: entry.actor?.name ?? null,
    subject: entry.subject === undefined || entry.subject === null ? null : String(entry.subject),
    projectId: entry.projectId ?? null,
    address: entry.actor?.address ?? null,
    detail: entry.detail ?? null,
  });
}

export const maxAuditPage = 500;

/** The audit log, newest first, for administrators. */
export function listAudit(store: Store, query: { before?: number | undefined; limit?: number | undefined; event?: string | undefined }): Promise<AuditEvent[]> {
  return store.audit.list({ before: query.before, event: query.event, limit: Math.min(query.limit ?? 100, maxAuditPage) });
}
