/**
 * Builds the whole back end for one process (desktop main, web server or CLI) from the environment.
 * Each entry point calls this once; nothing here imports Electron.
 */
import { homedir } from 'node:os';
import { resolveDataFolder } from '../files/dataFolder';
import type { Logger } from '../runtime/logger';
import { createHandlers } from '../api/createHandlers';
import type { ApiHandlers } from '../api/handlers';
import type { FileDialogs } from './fileDialogs';
import { createServices, type Services } from './services';
import { PriceService } from '../prices/PriceService';
import { nodeFileSystem } from '../files/fileSystem';
import { sweepStaleTemporaryFiles } from '../files/staleTemporaryFiles';

export interface Backend {
  services: Services;
  handlers: ApiHandlers;
}

export interface ComposeOptions {
  mode: 'desktop' | 'web' | 'cli';
  logger: Logger;
  env?: Record<string, string | undefined>;
  /** The desktop app passes Electron's userData folder; others compute the same folder. */
  dataFolder?: string;
  /** Native file dialogs (desktop only). */
  dialogs?: FileDialogs;
}

export function composeBackend(options: ComposeOptions): Backend {
  const env = options.env ?? process.env;
  const dataFolder = options.dataFolder ?? resolveDataFolder({ env, platform: process.platform, homeDir: homedir() });
  const inputs = { dataFolder, mode: options.mode, logger: options.logger, env, dialogs: options.dialogs };
  const prices = new PriceService({ dataFolder, logger: options.logger });
  // Reads before the cache is loaded see the embedded snapshot; the load itself never throws.
  void prices.load();
  const services = createServices(inputs, prices);
  if (options.mode !== 'cli') {
    // Leftovers of writes killed earlier (never a running process's), then the autosave leases' heartbeat.
    for (const folder of [dataFolder, services.projects.autosave.folder, services.projects.copies.folder])
      void sweepStaleTemporaryFiles(nodeFileSystem, folder);
    services.projects.autosave.startHeartbeat();
  }
  return { services, handlers: createHandlers(services) };
}
