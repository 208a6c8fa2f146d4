/**
 * The one error model of InferCalc: services throw these, and each border maps them once — the API
 * dispatcher to envelope codes, the CLI to exit codes. Pure (no Node, no DOM), so every layer can
 * throw and recognise them. Messages are written for the person using the app and name the problem;
 * they never quote a file's contents.
 */

/** What went wrong with a file, for the message and the envelope code. */
export type FileProblem =
  /** The file does not exist. */
  | 'missing'
  /** The page asked for a path the user did not choose. */
  | 'not-allowed'
  /** The operating system refused (permission denied, read-only disk). */
  | 'denied'
  /** The path is not a regular file where one is needed (a folder, a device, a pipe, the input itself). */
  | 'unsuitable'
  /** The disk is full or failed; the previous file is unchanged. */
  | 'disk';

/** Every kind of expected failure; the borders map each kind once (a Record, so none is forgotten). */
export type ErrorKind =
  /** A file could not be read or written, or may not be touched (see FileAccessError). */
  | 'file-access'
  /** The operation needs something this place lacks (native dialogs outside the desktop app, paths in web mode). */
  | 'not-supported'
  /** A project (a file's content) is not a valid InferCalc project; the message names the field. */
  | 'invalid-project'
  /** An argument from the caller is not acceptable (beyond what the request schema checks). */
  | 'invalid-input'
  /** The work would pass a stated limit (designs per project, a time budget, a body size). */
  | 'limit-exceeded'
  /** The prices needed are not available (no data, an unreadable catalog). */
  | 'prices-unavailable'
  /** A network or credentials failure (an API that cannot be reached, refused credentials, a timeout). */
  | 'network'
  /** The user cancelled the operation. */
  | 'cancelled';

/**
 * An expected failure of a given kind: services throw it, e.g.
 * `throw new InferCalcError('prices-unavailable', 'no Savings Plans rate for ml.g5.xlarge in us-east-1')`.
 * Its message is shown as is.
 */
export class InferCalcError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'InferCalcError';
  }
}

/** A file could not be read or written, or may not be touched; `problem` says which. */
export class FileAccessError extends InferCalcError {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super('file-access', message);
    this.name = 'FileAccessError';
  }
}

/** True when `error` is an expected failure of this kind. */
export function isFailure(error: unknown, kind: ErrorKind): error is InferCalcError {
  return error instanceof InferCalcError && error.kind === kind;
}

/** The message of any thrown value, for logs and wrapped messages. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
