/**
 * Faults of the storage, told apart from bugs: the database unreachable (PostgreSQL stopped,
 * restarting, refusing connections, a connection cut), the disk full, the database file read-only.
 * The server answers requests that meet one with 503 and `Retry-After` (nothing was written by the
 * failed request: each write is one transaction), rather than a 500 that says a bug happened.
 */
export type StorageFaultCode = 'database_unavailable' | 'disk_full' | 'database_read_only';

export interface StorageFault {
  code: StorageFaultCode;
  /** What is unavailable, for the problem body. */
  detail: string;
  retryAfterSeconds: number;
}

/** PostgreSQL SQLSTATEs of a server going away or not accepting connections. */
const unavailableStates = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovering)
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
]);
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What node-postgres throws, without a code, when a connection ends or cannot be made in time. */
const unavailableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated unexpectedly|terminating connection)/u;

/**
 * The storage fault behind `error` (looked for in its `cause` chain too), or undefined for any
 * other error.
 */
export function storageFault(error: unknown): StorageFault | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const fault = faultOf(current);
    if (fault) return fault;
  }
  return undefined;
}

function faultOf(error: unknown): StorageFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : '';
  const message = error instanceof Error ? error.message : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === '53100' || /database or disk is full/u.test(message)) {
    return { code: 'disk_full', detail: 'The server’s disk is full: nothing was saved by this request. Try again once space is freed; what was saved before is safe.', retryAfterSeconds: 30 };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === '25006') {
    return { code: 'database_read_only', detail: 'The database cannot be written at the moment: nothing was saved by this request. Try again shortly.', retryAfterSeconds: 30 };
  }
  if (
    unavailableStates.has(code) ||
    networkCodes.has(code) ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_BUSY' ||
    unavailableMessages.test(message)
  ) {
    return { code: 'database_unavailable', detail: 'The database is unavailable at the moment: nothing was saved by this request. Try again in a few seconds.', retryAfterSeconds: 5 };
  }
  return undefined;
}
