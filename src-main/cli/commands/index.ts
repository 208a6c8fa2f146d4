/** Every CLI command. Adding a command is one file in this folder plus one line here. */
import type { CliCommand } from '../command';

export const commands: CliCommand[] = [];
