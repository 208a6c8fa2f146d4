/**
 * The desktop app's composition root: the app's lifecycle, wired from parts built and tested
 * elsewhere in plain Node. Any failure while starting shows an error box and quits with code 1:
 * never a half-started app, never an unhandled rejection.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ipcChannel } from '@shared/api/client';
import type { EventName, EventPayload } from '@shared/api/contract';
import { resolveDataFolder } from '../files/dataFolder';
import { stderrLogger as logger } from '../runtime/logger';
import { composeBackend, type Backend } from '../composition/composeBackend';
import { APP_ENTRY_URL, APP_SCHEME, devServerUrlFor, isTrustedSender, resolveAppUrl } from './appProtocol';
import { electronDialogs } from './electronDialogs';
import { hardenSession, hardenWebContents, openExternalIfAllowed } from './hardening';
import { registerIpcHandlers } from './ipcRegistration';
import { openMainWindow } from './mainWindow';
import { buildMenuTemplate } from './menuTemplate';

const rendererDir = join(__dirname, '..', 'renderer');
/** The dev server's page in a development build (`npm run dev`); undefined otherwise. Set in boot(). */
let devServerUrl: string | undefined;

let fatalShown = false;
/** Start-up failed: say so in a native error box (stderr too) and quit with a failure code. */
function fatal(error: unknown): void {
  logger.error('InferCalc could not start', error);
  if (!fatalShown) {
    fatalShown = true;
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('InferCalc could not start', `${reason}\n\nRun InferCalc again; if this persists, report it.`);
  }
  app.exit(1);
}

function boot(): void {
  devServerUrl = devServerUrlFor(process.env['ELECTRON_RENDERER_URL'], import.meta.env.DEV && !app.isPackaged);
  if (process.env['ELECTRON_RENDERER_URL'] && !devServerUrl) {
    logger.warn('ELECTRON_RENDERER_URL is ignored: only a development build loads a dev server, on loopback');
  }
  // One data folder for app, web mode and CLI (README, "Where data lives"); INFERCALC_DATA_DIR overrides.
  const dataFolder = resolveDataFolder({ env: process.env, platform: process.platform, homeDir: homedir() });
  app.setPath('userData', dataFolder);

  // Must happen before `ready`: app:// is a standard, secure origin that IPC can check.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);

  // A second launch focuses the running window instead of starting another app.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let backend: Backend | undefined;
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell, logger));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS keeps the app running with no window; clicking its Dock icon opens one again.
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openWindow(backend, dataFolder);
  });

  app
    .whenReady()
    .then(() => {
      backend = start(dataFolder);
    })
    .catch(fatal);
}

function start(dataFolder: string): Backend {
  const backend = composeBackend({ mode: 'desktop', logger, dataFolder, dialogs: electronDialogs() });

  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppUrl(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });
  hardenSession(session.defaultSession, devServerUrl === undefined ? undefined : new URL(devServerUrl).origin);
  registerIpcHandlers(
    ipcMain,
    backend.handlers,
    (url, isMainFrame) => isTrustedSender(url, isMainFrame, devServerUrl),
    logger,
  );
  backend.services.events.subscribe(sendEvent);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(backend, dataFolder)));
  openWindow(backend, dataFolder);
  return backend;
}

/** Sends an event to the app window, if one is open. */
function sendEvent<E extends EventName>(event: E, payload: EventPayload<E>): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (window && !window.isDestroyed()) window.webContents.send(ipcChannel(event), payload);
}

function openWindow(backend: Backend, dataFolder: string): void {
  openMainWindow({
    dataFolder,
    services: backend.services,
    pageUrl: devServerUrl ?? APP_ENTRY_URL,
    requestSave: () => sendEvent('menu.action', { action: 'save' }),
    onLoadFailure: fatal,
    logger,
  });
}

function menuTemplate(backend: Backend, dataFolder: string) {
  return buildMenuTemplate(process.platform, {
    action: (action) => {
      if (action !== 'about') return sendEvent('menu.action', { action });
      const about = {
        type: 'info' as const,
        title: 'About InferCalc',
        message: `InferCalc ${backend.services.version}`,
        detail: `Data folder: ${dataFolder}`,
      };
      const window = BrowserWindow.getAllWindows()[0];
      (window ? dialog.showMessageBox(window, about) : dialog.showMessageBox(about)).catch(() => {});
    },
    openExternal: (url) => openExternalIfAllowed(shell, url, logger),
  });
}

try {
  boot();
} catch (error) {
  fatal(error);
}
