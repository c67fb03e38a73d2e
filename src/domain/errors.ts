/**
 * Typed failures of the domain and the services. Each carries a stable `code`; the HTTP edge
 * maps them to problem+json and the CLI to a message and an exit code. A failing check is never
 * hidden behind a `null`.
 *
 * @example
 * throw new NotFoundError('document', 42);
 */
export abstract class VisavisError extends Error {
  abstract readonly code: string;
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends VisavisError {
  readonly code = 'not_found';
  constructor(
    readonly entity: string,
    readonly id: string | number,
  ) {
    super(typeof id === 'number' ? `No ${entity} with id ${id}.` : `No ${entity} named "${id}".`);
    this.name = 'NotFoundError';
  }
}

/** Not signed in, or the credentials are wrong. The message never says which part was wrong. */
export class AuthenticationError extends VisavisError {
  readonly code = 'unauthenticated';
  constructor(message = 'Sign in first.') {
    super(message);
    this.name = 'AuthenticationError';
  }
}

/** Signed in, but not allowed to do this. */
export class ForbiddenError extends VisavisError {
  readonly code = 'forbidden';
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A name that must be unique is taken. */
export class AlreadyExistsError extends VisavisError {
  readonly code = 'already_exists';
  constructor(
    readonly entity: string,
    readonly taken: string,
  ) {
    super(`A ${entity} named "${taken}" already exists.`);
    this.name = 'AlreadyExistsError';
  }
}

/** The request contradicts the stored state (e.g. removing a project's last owner); `code` says how. */
export class ConflictError extends VisavisError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Too many attempts (failed logins): try again after `retryAfterSeconds`. */
export class TooManyAttemptsError extends VisavisError {
  readonly code = 'too_many_attempts';
  constructor(readonly retryAfterSeconds: number) {
    super(
      retryAfterSeconds < 60
        ? `Too many attempts: try again in ${retryAfterSeconds} second${retryAfterSeconds > 1 ? 's' : ''}.`
        : `Too many failed attempts: try again in ${Math.ceil(retryAfterSeconds / 60)} minute${retryAfterSeconds > 60 ? 's' : ''}.`,
    );
    this.name = 'TooManyAttemptsError';
  }
}

/** A write was based on a stale version; nothing was written. `current` is what is stored now. */
export class VersionConflictError<T = unknown> extends VisavisError {
  readonly code = 'version_conflict';
  constructor(
    readonly expectedVersion: number,
    readonly current: T,
  ) {
    super(`The segment was changed by someone else (you had version ${expectedVersion}).`);
    this.name = 'VersionConflictError';
  }
}

/** A status change the workflow does not allow, with the reason in the message. */
export class InvalidTransitionError extends VisavisError {
  readonly code = 'invalid_transition';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTransitionError';
  }
}

/**
 * The bytes are not a format we read (binary, or an unknown extension or media type). The edges
 * (HTTP, CLI) add the list of supported formats from the format registry to the message.
 */
export class UnsupportedFormatError extends VisavisError {
  readonly code = 'unsupported_format';
  /**
   * @param accepted What the refusing place accepts, as `id (.ext)`, when it is not the document
   * formats (a memory import takes TMX only); the edges name the document formats otherwise.
   */
  constructor(
    message: string,
    readonly accepted?: readonly string[],
  ) {
    super(message);
    this.name = 'UnsupportedFormatError';
  }
}

/** The document has no text to translate. */
export class EmptyDocumentError extends VisavisError {
  readonly code = 'empty_document';
  constructor() {
    super('The document is empty: it contains no text to translate.');
    this.name = 'EmptyDocumentError';
  }
}

/** The request or file is larger than the configured limit. */
export class PayloadTooLargeError extends VisavisError {
  readonly code = 'payload_too_large';
  constructor(
    readonly limitBytes: number,
    what = 'upload',
  ) {
    super(`The ${what} is larger than the limit of ${Math.round(limitBytes / 1024 / 1024)} MB.`);
    this.name = 'PayloadTooLargeError';
  }
}

/** Input that is well-formed but not acceptable (a bad title, a bad option). */
export class InvalidInputError extends VisavisError {
  readonly code = 'invalid_input';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/** A target whose inline codes do not fit its source (unknown, doubled, split or crossed), or markup that is not ours. */
export class InvalidInlineCodesError extends VisavisError {
  readonly code = 'invalid_inline_codes';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInlineCodesError';
  }
}

/**
 * A reason (to confirm over QA errors, to ignore a finding, to reject a segment) that says nothing:
 * empty, or only spaces and invisible characters.
 */
export class InvalidReasonError extends VisavisError {
  readonly code = 'invalid_reason';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReasonError';
  }
}

/** A target longer than a segment may hold (domain/change.ts, maxTargetLength). */
export class TargetTooLongError extends VisavisError {
  readonly code = 'target_too_long';
  constructor(
    readonly limit: number,
    readonly length: number,
  ) {
    super(`A translation of this segment has at most ${limit.toLocaleString('en')} characters; this one would have ${length.toLocaleString('en')}.`);
    this.name = 'TargetTooLongError';
  }
}

/** An export asked to fail on untranslated segments, and there are some. */
export class UntranslatedSegmentsError extends VisavisError {
  readonly code = 'untranslated_segments';
  constructor(readonly count: number) {
    super(`${count} segment${count === 1 ? ' is' : 's are'} not translated yet.`);
    this.name = 'UntranslatedSegmentsError';
  }
}

/** The server is at capacity for this kind of work (the upload queue is full): try again after `retryAfterSeconds`. Nothing was done. */
export class ServerBusyError extends VisavisError {
  readonly code = 'server_busy';
  constructor(
    readonly retryAfterSeconds: number,
    busyWith = 'busy with other work of this kind; nothing was done',
  ) {
    super(`The server is ${busyWith}. Try again in ${retryAfterSeconds} second${retryAfterSeconds > 1 ? 's' : ''}.`);
    this.name = 'ServerBusyError';
  }
}

/** One account has as many tasks waiting or running as it may (per kind of work): try again after `retryAfterSeconds`. Nothing was done. */
export class TooManyTasksError extends VisavisError {
  readonly code = 'too_many_tasks';
  constructor(
    readonly retryAfterSeconds: number,
    readonly limit: number,
  ) {
    super(`You already have ${limit} task${limit > 1 ? 's' : ''} of this kind waiting or running; nothing was done. Try again in ${retryAfterSeconds} second${retryAfterSeconds > 1 ? 's' : ''}.`);
    this.name = 'TooManyTasksError';
  }
}

/**
 * A file beyond one of its format's declared limits (nesting depth, parts, uncompressed size, cues,
 * units), refused before it is read. `limit` names the limit (`markdown.nesting`…); `tooLarge` says
 * it is a size (413) rather than a shape (422).
 */
export class FormatLimitError extends VisavisError {
  readonly code = 'format_limit';
  constructor(
    readonly limit: string,
    readonly maximum: number,
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = 'FormatLimitError';
  }
}

/** A task that ran past its time or memory budget was stopped; nothing was stored. */
export class TaskBudgetError extends VisavisError {
  readonly code = 'task_over_budget';
  constructor(message: string) {
    super(message);
    this.name = 'TaskBudgetError';
  }
}

/** An answer (find and replace) larger than the server gives at once: narrow the request. */
export class AnswerTooLargeError extends VisavisError {
  readonly code = 'answer_too_large';
  constructor(message: string) {
    super(message);
    this.name = 'AnswerTooLargeError';
  }
}

/**
 * A project archive that cannot be imported; nothing was kept of it. `invalid_archive`: not an
 * archive, damaged, or inconsistent (the message says where); `archive_version`: made by a newer
 * vis-à-vis, in a format version this one does not read.
 */
export class InvalidArchiveError extends VisavisError {
  constructor(
    readonly code: 'invalid_archive' | 'archive_version',
    message: string,
  ) {
    super(message);
    this.name = 'InvalidArchiveError';
  }
}

/** A typed error as plain data, to cross a thread (structured clone drops the class). */
export interface ErrorData {
  name: string;
  code: string;
  message: string;
  /** The error's own fields (`entity`, `id`, `current`, `retryAfterSeconds`…). */
  fields: Record<string, unknown>;
}

/**
 * A typed error with its fields; anything else (a bug, a driver error) as a plain error that
 * keeps its message, which the edges answer with a 500.
 *
 * @example
 * errorFromData(errorToData(new NotFoundError('segment', 7))) instanceof NotFoundError; // → true
 */
export function errorToData(error: unknown): ErrorData {
  if (!(error instanceof VisavisError)) {
    // A driver's code (SQLITE_FULL, ECONNREFUSED, 57P01…) crosses too: it tells an outage from a bug.
    const code = (error as { code?: unknown } | null)?.code;
    return { name: 'Error', code: typeof code === 'string' ? code : 'internal', message: error instanceof Error ? error.message : String(error), fields: {} };
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (key !== 'code') fields[key] = value;
  return { name: error.name, code: error.code, message: error.message, fields };
}

/** The error `errorToData` described, of the same class with the same message and fields; a plain Error for an unknown kind. */
export function errorFromData(data: ErrorData): Error {
  const f = data.fields;
  const text = String(data.message);
  const made: Error = (() => {
    switch (data.name) {
      case 'NotFoundError':
        return new NotFoundError(String(f.entity), f.id as string | number);
      case 'AuthenticationError':
        return new AuthenticationError(text);
      case 'ForbiddenError':
        return new ForbiddenError(text);
      case 'AlreadyExistsError':
        return new AlreadyExistsError(String(f.entity), String(f.taken));
      case 'ConflictError':
        return new ConflictError(data.code, text);
      case 'TooManyAttemptsError':
        return new TooManyAttemptsError(Number(f.retryAfterSeconds));
      case 'VersionConflictError':
        return new VersionConflictError(Number(f.expectedVersion), f.current);
      case 'InvalidTransitionError':
        return new InvalidTransitionError(text);
      case 'UnsupportedFormatError':
        return new UnsupportedFormatError(text, f.accepted as readonly string[] | undefined);
      case 'EmptyDocumentError':
        return new EmptyDocumentError();
      case 'PayloadTooLargeError':
        return new PayloadTooLargeError(Number(f.limitBytes));
      case 'InvalidInputError':
        return new InvalidInputError(text);
      case 'InvalidInlineCodesError':
        return new InvalidInlineCodesError(text);
      case 'InvalidReasonError':
        return new InvalidReasonError(text);
      case 'TargetTooLongError':
        return new TargetTooLongError(Number(f.limit), Number(f.length));
      case 'UntranslatedSegmentsError':
        return new UntranslatedSegmentsError(Number(f.count));
      case 'ServerBusyError':
        return new ServerBusyError(Number(f.retryAfterSeconds), text.replace(/^The server is (.*)\. Try again in .*$/su, '$1'));
      case 'TooManyTasksError':
        return new TooManyTasksError(Number(f.retryAfterSeconds), Number(f.limit));
      case 'FormatLimitError':
        return new FormatLimitError(String(f.limit), Number(f.maximum), text, f.tooLarge === true);
      case 'TaskBudgetError':
        return new TaskBudgetError(text);
      case 'AnswerTooLargeError':
        return new AnswerTooLargeError(text);
      default: {
        const plain: Error & { code?: string } = new Error(`${data.name} (${data.code}): ${text}`);
        if (data.code !== 'internal') plain.code = data.code;
        return plain;
      }
    }
  })();
  made.message = text;
  return made;
}
