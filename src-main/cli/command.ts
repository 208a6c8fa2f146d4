/**
 * A CLI command: a name (one or two words, e.g. "estimate", "prices status"), its help, and a run
 * function that returns the exit code (README, "Command line": 0 ok, 1 bad input, 2 prices/network/credentials).
 */
import type { Backend } from '../composition/composeBackend';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_UNAVAILABLE = 2;

/** What a command may touch: its output streams, the environment, and the lazily built back end. */
export interface CliContext {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The same services the app uses, built on first use. */
  backend(): Backend;
}

export interface CliCommand {
  /** e.g. "estimate" or "prices refresh". */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The usage line(s) shown by `infercalc <command> --help` and on a usage error. */
  usage: string;
  run(args: string[], context: CliContext): Promise<number>;
}

/** An expected failure with its exit code; the runner prints the message, never a stack trace. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
