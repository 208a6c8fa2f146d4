/**
 * The CLI's dispatcher: --help, --version, then the command whose name matches the first words.
 * Expected failures print one clear message on stderr and return their exit code.
 */
import { APP_VERSION } from '../runtime/version';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliContext } from './command';
import { exitCodeOf } from './exitCodes';
import { escapeControls, escapeControlsKeepingLines } from './safeText';

export function helpText(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 9);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `infercalc ${APP_VERSION}: how should we host our model on AWS, and what will it cost?`,
    '',
    'usage: infercalc <command> [options]',
    '       infercalc --help | --version',
    '',
    'commands:',
    ...(lines.length > 0 ? lines : ['  (none)']),
    '',
    'Run "infercalc <command> --help" for a command\'s options.',
    'Exit codes: 0 ok, 1 bad input, 2 prices unavailable or a network/credential failure.',
    '',
  ].join('\n');
}

/** Finds the command named by the longest prefix of argv ("prices status" before "prices"). */
export function findCommand(commands: CliCommand[], argv: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return null;
}

export async function runCli(argv: string[], commands: CliCommand[], context: CliContext): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    context.stdout(helpText(commands));
    return argv.length === 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    context.stdout(`${APP_VERSION}\n`);
    return EXIT_OK;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    context.stderr(`infercalc: unknown command "${escapeControls(argv.join(' '))}"\n\n${helpText(commands)}`);
    return EXIT_BAD_INPUT;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    context.stdout(`${found.command.summary}\nusage: ${found.command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await found.command.run(found.rest, context);
  } catch (error) {
    const code = exitCodeOf(error);
    if (code === null) throw error;
    context.stderr(`infercalc ${found.command.name}: ${escapeControlsKeepingLines((error as Error).message)}\n`);
    return code;
  }
}
