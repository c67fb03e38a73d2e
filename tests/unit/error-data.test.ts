import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsError,
  ConflictError,
  EmptyDocumentError,
  errorFromData,
  errorToData,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PayloadTooLargeError,
  InvalidReasonError,
  ServerBusyError,
  TargetTooLongError,
  TooManyAttemptsError,
  VersionConflictError,
  type VisavisError,
} from '../../src/domain/errors';

describe('typed errors crossing a thread', () => {
  it('come back as the same class with the same code, message and fields, through a structured clone', () => {
    const errors: VisavisError[] = [
      new NotFoundError('segment', 7),
      new ForbiddenError('Only a reviewer can approve.'),
      new AlreadyExistsError('project', 'Newsroom'),
      new ConflictError('last_owner', 'A project keeps one owner.'),
      new TooManyAttemptsError(30),
      new VersionConflictError(3, { id: 7, version: 4, target: 'The council voted.' }),
      new InvalidTransitionError('Confirm it first.'),
      new EmptyDocumentError(),
      new PayloadTooLargeError(1024 * 1024, 'request body'),
      new ServerBusyError(2),
      new TargetTooLongError(10_000, 50_000),
      new InvalidReasonError('A reason must say why.'),
    ];
    for (const error of errors) {
      const back = errorFromData(structuredClone(errorToData(error)));
      expect(back).toBeInstanceOf(error.constructor);
      expect((back as VisavisError).code).toBe(error.code);
      expect(back.message).toBe(error.message);
    }
    const conflict = errorFromData(structuredClone(errorToData(errors[5]!))) as VersionConflictError;
    expect(conflict.current).toEqual({ id: 7, version: 4, target: 'The council voted.' });
    expect((errorFromData(errorToData(errors[0]!)) as NotFoundError).id).toBe(7);
    expect((errorFromData(structuredClone(errorToData(errors[10]!))) as TargetTooLongError).limit).toBe(10_000);
  });

  it('leave an unknown kind a plain error that says what it was', () => {
    const back = errorFromData({ name: 'SqliteError', code: 'SQLITE_BUSY', message: 'database is locked', fields: {} });
    expect(back).not.toBeInstanceOf(NotFoundError);
    expect(back.message).toBe('database is locked');
  });
});
