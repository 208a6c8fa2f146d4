/**
 * The one mapping from the domain's errors (src-shared/errors.ts) to the envelope codes the UI sees.
 * Anything not listed is unexpected: 'internal', logged, with a message that leaks nothing.
 */
import type { ApiErrorCode } from '@shared/api/envelope';
import {
  CancelledError,
  FileAccessError,
  InvalidInputError,
  InvalidProjectError,
  LimitExceededError,
  NetworkError,
  NotSupportedError,
  PricesUnavailableError,
  type FileProblem,
} from '@shared/errors';

const FILE_CODES: Record<FileProblem, ApiErrorCode> = {
  missing: 'not-found',
  'not-allowed': 'forbidden',
  denied: 'file-error',
  unsuitable: 'file-error',
  disk: 'file-error',
};

/** The envelope code of an expected failure, or null when the error is unexpected. */
export function envelopeCodeOf(error: unknown): ApiErrorCode | null {
  if (error instanceof FileAccessError) return FILE_CODES[error.problem];
  if (error instanceof NotSupportedError) return 'not-supported';
  if (error instanceof InvalidProjectError) return 'invalid-project';
  if (error instanceof InvalidInputError) return 'bad-request';
  if (error instanceof LimitExceededError) return 'too-large';
  if (error instanceof PricesUnavailableError) return 'unavailable';
  if (error instanceof NetworkError) return 'network';
  if (error instanceof CancelledError) return 'cancelled';
  return null;
}
