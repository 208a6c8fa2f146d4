/**
 * The one mapping from the domain's errors (src-shared/errors.ts) to the CLI's exit codes (README,
 * "Command line"): 1 for bad input (the project, an argument, a file the user named), 2 when prices,
 * the network or credentials are unavailable. Anything else is unexpected (null).
 */
import {
  CancelledError,
  FileAccessError,
  InvalidInputError,
  InvalidProjectError,
  LimitExceededError,
  NetworkError,
  NotSupportedError,
  PricesUnavailableError,
} from '@shared/errors';
import { CliFailure, EXIT_BAD_INPUT, EXIT_UNAVAILABLE } from './command';

/** The exit code of an expected failure, or null when the error is unexpected. */
export function exitCodeOf(error: unknown): number | null {
  if (error instanceof CliFailure) return error.exitCode;
  if (
    error instanceof FileAccessError ||
    error instanceof InvalidProjectError ||
    error instanceof InvalidInputError ||
    error instanceof LimitExceededError ||
    error instanceof NotSupportedError
  )
    return EXIT_BAD_INPUT;
  if (error instanceof PricesUnavailableError || error instanceof NetworkError || error instanceof CancelledError)
    return EXIT_UNAVAILABLE;
  return null;
}
