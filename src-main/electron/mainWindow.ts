/**
 * The app window: opened with the pinned secure options at the saved position (fitted to the
 * displays present now), saving its position and asking about unsaved changes when it closes.
 */
import { BrowserWindow, dialog, screen } from 'electron';
import { join } from 'node:path';
import type { Logger } from '../runtime/logger';
import { planClose } from '../projects/closeGuard';
import type { Services } from '../composition/services';
import { mainWindowOptions, MIN_WINDOW } from './windowOptions';
import { fitToDisplays, WindowStateFile } from './windowState';

export interface MainWindowDeps {
  dataFolder: string;
  services: Services;
  /** The page to load: the app:// entry, or the dev server in a development build. */
  pageUrl: string;
  /** Asks the page to run one of its actions (here: Save, from the close question). */
  requestSave(window: BrowserWindow): void;
  /** Called when the page cannot be loaded: the app is unusable without it. */
  onLoadFailure(error: unknown): void;
  logger: Logger;
}

/** The preload bundle, next to the main bundle in the build (out/preload/index.js). */
export const PRELOAD_PATH = join(__dirname, '..', 'preload', 'index.js');

/** Opens the app window and loads the page. */
export function openMainWindow(deps: MainWindowDeps): BrowserWindow {
  const stateFile = new WindowStateFile(deps.dataFolder);
  const saved = stateFile.load();
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const window = new BrowserWindow(mainWindowOptions(PRELOAD_PATH, fitToDisplays(saved, displays, MIN_WINDOW)));
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Unsaved changes: ask before closing. The decision is planClose (plain code, tested in Node);
  // "Save…" keeps the window open and runs the page's Save, after which the user closes again.
  window.on('close', (event) => {
    const projects = deps.services.projects;
    const plan = planClose(projects.unsaved, (prompt) => dialog.showMessageBoxSync(window, prompt));
    if (plan.action === 'close') {
      if (plan.clearAutosave) projects.autosave.clearSync();
      saveBounds(window, stateFile, deps.logger);
      return;
    }
    event.preventDefault();
    if (plan.action === 'save') deps.requestSave(window);
  });

  window.loadURL(deps.pageUrl).catch(deps.onLoadFailure);
  return window;
}

function saveBounds(window: BrowserWindow, stateFile: WindowStateFile, logger: Logger): void {
  try {
    stateFile.save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  } catch (error) {
    logger.warn(`could not save the window position: ${String(error)}`);
  }
}
