/** A minimal logger interface so services can be tested without console noise. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Logs to stderr, so stdout stays clean for CLI output such as --json. */
export const stderrLogger: Logger = {
  info: (m) => process.stderr.write(`${m}\n`),
  warn: (m) => process.stderr.write(`warning: ${m}\n`),
  error: (m, e) => process.stderr.write(`error: ${m}${e instanceof Error ? `: ${e.stack ?? e.message}` : ''}\n`),
};

/** Discards everything (tests). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
