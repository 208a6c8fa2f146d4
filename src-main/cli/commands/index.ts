/** Every CLI command. Adding a command is one file in this folder plus one line here. */
import type { CliCommand } from '../command';
import { pricesRefreshCommand } from './pricesRefresh';
import { pricesStatusCommand } from './pricesStatus';
import { exportCommand } from './export';
import { estimateCommand } from './estimate';
import { recommendCommand } from './recommend';
import { throughputImportCommand } from './throughputImport';

export const commands: CliCommand[] = [
  pricesStatusCommand,
  pricesRefreshCommand,
  exportCommand,
  estimateCommand,
  recommendCommand,
  throughputImportCommand,
];
