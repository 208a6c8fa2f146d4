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

/** The base of every expected failure: its message is shown as is. */
export abstract class InferCalcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A file could not be read or written, or may not be touched. */
export class FileAccessError extends InferCalcError {
  constructor(
    readonly problem: FileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The operation needs something this place does not have (native dialogs outside the desktop app, paths in web mode). */
export class NotSupportedError extends InferCalcError {}

/** A project (a file's content, or a project sent to an operation) is not a valid InferCalc project. */
export class InvalidProjectError extends InferCalcError {}

/** An argument from the caller is not acceptable (beyond what the request schema checks). */
export class InvalidInputError extends InferCalcError {}

/** The work would pass a stated limit (designs per project, a time budget, a body size). */
export class LimitExceededError extends InferCalcError {}

/** The prices needed are not available (no data, an unreadable catalog). */
export class PricesUnavailableError extends InferCalcError {}

/** A network or credentials failure (an API that cannot be reached, refused credentials, a timeout). */
export class NetworkError extends InferCalcError {}

/** The user cancelled the operation. */
export class CancelledError extends InferCalcError {}

/** The message of any thrown value, for logs and wrapped messages. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
