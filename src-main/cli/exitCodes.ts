/**
 * The one mapping from the domain's errors (src-shared/errors.ts) to the CLI's exit codes (README,
 * "Command line"): 1 for bad input (the project, an argument, a file the user named), 2 when prices,
 * the network or credentials are unavailable. Anything else is unexpected (null).
 */
import { InferCalcError, type ErrorKind } from '@shared/errors';
import { CliFailure, EXIT_BAD_INPUT, EXIT_UNAVAILABLE } from './command';

const EXIT_CODES: Record<ErrorKind, number> = {
  'file-access': EXIT_BAD_INPUT,
  'not-supported': EXIT_BAD_INPUT,
  'invalid-project': EXIT_BAD_INPUT,
  'invalid-input': EXIT_BAD_INPUT,
  'limit-exceeded': EXIT_BAD_INPUT,
  'prices-unavailable': EXIT_UNAVAILABLE,
  network: EXIT_UNAVAILABLE,
  cancelled: EXIT_UNAVAILABLE,
};

/** The exit code of an expected failure, or null when the error is unexpected. */
export function exitCodeOf(error: unknown): number | null {
  if (error instanceof CliFailure) return error.exitCode;
  if (error instanceof InferCalcError) return EXIT_CODES[error.kind];
  return null;
}
