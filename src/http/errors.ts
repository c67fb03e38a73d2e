import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import {
  AlreadyExistsError,
  AuthenticationError,
  ConflictError,
  TooManyAttemptsError,
  ForbiddenError,
  EmptyDocumentError,
  InvalidInlineCodesError,
  InvalidArchiveError,
  InvalidInputError,
  InvalidReasonError,
  TargetTooLongError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  ServerBusyError,
  TaskBudgetError,
  TooManyTasksError,
  FormatLimitError,
  AnswerTooLargeError,
  UnsupportedFormatError,
  UntranslatedSegmentsError,
  VersionConflictError,
  VisavisError,
} from '../domain/errors';
import { acceptedIds, describeUnsupported, supportedFormatsList } from '../formats/registry';
import { type StorageFault, storageFault } from '../store/faults';
import { problem } from './problem';

/** Domain errors → HTTP status, in one place. */
const statusOf = (error: VisavisError): ContentfulStatusCode => {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof AuthenticationError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof VersionConflictError) return 409;
  if (error instanceof AlreadyExistsError) return 409;
  if (error instanceof ConflictError) return 409;
  if (error instanceof TooManyAttemptsError) return 429;
  if (error instanceof ServerBusyError) return 503;
  if (error instanceof TooManyTasksError) return 429;
  if (error instanceof FormatLimitError) return error.tooLarge ? 413 : 422;
  if (error instanceof TaskBudgetError) return 422;
  if (error instanceof AnswerTooLargeError) return 422;
  if (error instanceof InvalidTransitionError) return 422;
  if (error instanceof InvalidInlineCodesError) return 422;
  if (error instanceof InvalidReasonError) return 422;
  if (error instanceof TargetTooLongError) return 422;
  if (error instanceof UnsupportedFormatError) return 415;
  if (error instanceof EmptyDocumentError) return 400;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof InvalidInputError) return 400;
  if (error instanceof InvalidArchiveError) return error.code === 'archive_version' ? 422 : 400;
  if (error instanceof UntranslatedSegmentsError) return 422;
  return 400;
};

function isVisavisError(error: unknown): error is VisavisError {
  // Not duck-typed on `code`: driver errors (SqliteError…) have one too, and must stay a 500.
  return error instanceof VisavisError;
}

/**
 * The app's one `onError`: typed domain errors become problem+json with their stable code;
 * anything else is logged and answered with a 500 that reveals nothing internal.
 */
export function errorHandler(logger: Logger) {
  return function onError(error: Error, c: Context): Response {
    if (isVisavisError(error)) {
      const extensions: Record<string, unknown> = {};
      if (error instanceof VersionConflictError) extensions.current = error.current;
      let detail = error.message;
      if (error instanceof UnsupportedFormatError) {
        detail = describeUnsupported(error);
        extensions.supported = acceptedIds(error);
      }
      if (error instanceof UntranslatedSegmentsError) extensions.untranslated = error.count;
      if (error instanceof TargetTooLongError) extensions.limit = error.limit;
      if (error instanceof FormatLimitError) {
        extensions.limit = error.limit;
        extensions.maximum = error.maximum;
      }
      if (error instanceof TooManyAttemptsError || error instanceof ServerBusyError || error instanceof TooManyTasksError) {
        extensions.retryAfter = error.retryAfterSeconds;
        c.header('Retry-After', String(error.retryAfterSeconds));
      }
      return problem(c, statusOf(error), error.code, detail, extensions);
    }
    if (error instanceof HTTPException) {
      if (error.status === 415) {
        return problem(c, 415, 'unsupported_media_type', `Send a multipart/form-data upload (field "file") or JSON. Supported formats: ${supportedFormatsList().join(', ')}.`);
      }
      if (error.status === 400 && error.message.toLowerCase().includes('json')) {
        return problem(c, 400, 'malformed_json', 'The request body is not valid JSON.');
      }
      const status = error.status as ContentfulStatusCode;
      return problem(c, status, 'http_error', error.message || 'The request was refused.');
    }
    const fault = storageFault(error);
    if (fault) {
      faultLog(logger, fault, error, c.req.path);
      c.header('Retry-After', String(fault.retryAfterSeconds));
      return problem(c, 503, fault.code, fault.detail, { retryAfter: fault.retryAfterSeconds, unavailable: fault.code === 'disk_full' ? 'disk' : 'database' });
    }
    logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return problem(c, 500, 'internal_error', 'Something went wrong on the server; the error was logged.');
  };
}

const faultLogEveryMs = 10_000;
const lastFaultLogged = new WeakMap<Logger, number>();

/** An outage fails every request: it is logged once per 10 s, not once per request. */
function faultLog(logger: Logger, fault: StorageFault, error: Error, path: string): void {
  const now = Date.now();
  if (now - (lastFaultLogged.get(logger) ?? 0) < faultLogEveryMs) return;
  lastFaultLogged.set(logger, now);
  logger.warn({ err: error, path, fault: fault.code }, 'storage unavailable: answering 503');
}

/** The zod-openapi hook: a request that fails validation gets a 400 problem listing each issue. */
export function validationHook(result: { success: true } | { success: false; error: ZodError }, c: Context): Response | undefined {
  if (result.success) return undefined;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const detail = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
  return problem(c, 400, 'invalid_request', detail, { issues });
}
