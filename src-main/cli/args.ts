/** Argument parsing for commands, on node:util's parseArgs, with usage errors as CliFailure (exit 1). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliFailure, EXIT_BAD_INPUT } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses strictly: an unknown option or a missing value is a usage error that names it. */
export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify.*$/s, '') : String(error);
    throw new CliFailure(EXIT_BAD_INPUT, `${message}\nusage: ${usage}`);
  }
}

/** Exactly `count` positional arguments, named in the error when missing. */
export function requirePositionals(positionals: string[], names: string[], usage: string): string[] {
  if (positionals.length < names.length) {
    throw new CliFailure(EXIT_BAD_INPUT, `missing ${names.slice(positionals.length).join(' and ')}\nusage: ${usage}`);
  }
  if (positionals.length > names.length) {
    throw new CliFailure(EXIT_BAD_INPUT, `unexpected argument "${positionals[names.length]}"\nusage: ${usage}`);
  }
  return positionals;
}
