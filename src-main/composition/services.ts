/**
 * The composition root shared by the desktop app, the web mode and the CLI: every service built
 * from plain inputs (a data folder, a logger, the environment), with no Electron in sight.
 */
import { EventBus } from '../runtime/events';
import type { Logger } from '../runtime/logger';
import { APP_VERSION } from '../runtime/version';
import { ProjectFiles } from '../projects/projectFiles';
import { SessionRegistry } from '../runtime/sessions';
import { BackgroundWork } from '../work/backgroundWork';
import type { FileDialogs } from './fileDialogs';
import type { PriceService } from '../prices/PriceService';

export interface ServiceInputs {
  dataFolder: string;
  mode: 'desktop' | 'web' | 'cli';
  logger: Logger;
  env: Record<string, string | undefined>;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Native file dialogs: only the desktop app has them. */
  dialogs?: FileDialogs;
}

export interface Services {
  readonly inputs: ServiceInputs;
  readonly version: string;
  readonly events: EventBus;
  /** Prices in use (snapshot + cache), status and refresh. */
  readonly prices: PriceService;
  /** Project files, recent projects, autosave, unsaved-changes state. */
  readonly projects: ProjectFiles;
  /** Which UI sessions (tabs, the desktop window) are running. */
  readonly sessions: SessionRegistry;
  /** Long work (exports) on worker threads, with a time budget. */
  readonly background: BackgroundWork;
}

export function createServices(inputs: ServiceInputs, prices: PriceService): Services {
  const now = inputs.now ?? (() => new Date());
  const sessions = new SessionRegistry(() => now().getTime());
  const projects = new ProjectFiles({
    dataFolder: inputs.dataFolder,
    now,
    logger: inputs.logger,
    sessions,
    pathsFromPage: inputs.mode !== 'web',
  });
  return {
    inputs,
    version: APP_VERSION,
    events: new EventBus(),
    prices,
    projects,
    sessions,
    background: new BackgroundWork(),
  };
}
