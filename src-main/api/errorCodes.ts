/**
 * The one mapping from the domain's errors (src-shared/errors.ts) to the envelope codes the UI sees.
 * Anything that is not an InferCalcError is unexpected: 'internal', logged, with a message that
 * leaks nothing.
 */
import type { ApiErrorCode } from '@shared/api/envelope';
import { FileAccessError, InferCalcError, type ErrorKind, type FileProblem } from '@shared/errors';

const FILE_CODES: Record<FileProblem, ApiErrorCode> = {
  missing: 'not-found',
  'not-allowed': 'forbidden',
  denied: 'file-error',
  unsuitable: 'file-error',
  disk: 'file-error',
};

const CODES: Record<Exclude<ErrorKind, 'file-access'>, ApiErrorCode> = {
  'not-supported': 'not-supported',
  'invalid-project': 'invalid-project',
  'invalid-input': 'bad-request',
  'limit-exceeded': 'too-large',
  'prices-unavailable': 'unavailable',
  network: 'network',
  cancelled: 'cancelled',
};

/** The envelope code of an expected failure, or null when the error is unexpected. */
export function envelopeCodeOf(error: unknown): ApiErrorCode | null {
  if (error instanceof FileAccessError) return FILE_CODES[error.problem];
  if (error instanceof InferCalcError && error.kind !== 'file-access') return CODES[error.kind];
  return null;
}
