/**
 * The desktop app's composition root: the only file (with the preload) that touches Electron's main
 * APIs. Everything it wires is built and tested elsewhere in plain Node.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stderrLogger } from '../app/logger';
import { resolveDataFolder } from '../app/dataFolder';
import { ipcChannel } from '@shared/api/client';
import type { EventName, EventPayload } from '@shared/api/contract';
import { composeBackend } from '../services/compose';
import type { FileDialogs } from '../services/dialogs';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { APP_ENTRY_URL, APP_SCHEME, isTrustedSender, resolveAppUrl } from './appProtocol';
import { isAllowedExternalUrl } from './externalLinks';
import { registerIpcHandlers } from './ipcRegistration';
import { buildMenuTemplate } from './menuTemplate';
import { planClose } from '../projects/closeGuard';
import { fitToDisplays, WindowStateFile } from './windowState';
import { MIN_WINDOW, mainWindowOptions } from './windowOptions';
import { homedir } from 'node:os';

const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererDir = join(__dirname, '..', 'renderer');

// One data folder for app, web mode and CLI (SPEC §3.3); INFERCALC_DATA_DIR overrides.
const dataFolder = resolveDataFolder({ env: process.env, platform: process.platform, homeDir: homedir() });
app.setPath('userData', dataFolder);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// A second launch focuses the running window instead of starting another app.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => stderrLogger.error('could not start', error));
}

// Defence in depth for every web contents the app might ever create.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

function start(): void {
  const backend = composeBackend({ mode: 'desktop', logger: stderrLogger, dataFolder, dialogs: electronDialogs() });

  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppUrl(rendererDir, request.url);
    if (!file) return new Response('not found', { status: 404 });
    return net.fetch(pathToFileURL(file).toString());
  });

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The app needs no camera, microphone, notifications or other permissions.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  registerIpcHandlers(
    ipcMain,
    backend.handlers,
    (url, isMainFrame) => isTrustedSender(url, isMainFrame, devServerUrl),
    stderrLogger,
  );

  const window = createMainWindow(dataFolder);
  const sendEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (!window.isDestroyed()) window.webContents.send(ipcChannel(event), payload);
  };
  backend.services.events.subscribe(sendEvent);

  // Unsaved changes: ask before closing. The decision is planClose (plain code, tested in Node);
  // "Save…" keeps the window open and runs the page's Save, after which the user closes again.
  window.on('close', (event) => {
    const plan = planClose(backend.services.projects.unsaved, (prompt) => dialog.showMessageBoxSync(window, prompt));
    if (plan.action === 'close') {
      if (plan.clearAutosave) backend.services.projects.autosave.clearSync();
      return;
    }
    event.preventDefault();
    if (plan.action === 'save') sendEvent('menu.action', { action: 'save' });
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, {
        action: (action) => {
          if (action === 'about') {
            void dialog.showMessageBox(window, {
              type: 'info',
              title: 'About InferCalc',
              message: `InferCalc ${backend.services.version}`,
              detail: `Data folder: ${dataFolder}`,
            });
          } else sendEvent('menu.action', { action });
        },
        openExternal: (url) => {
          if (isAllowedExternalUrl(url)) void shell.openExternal(url);
        },
      }),
    ),
  );
}

/** Native dialogs, parented to the app window so they are modal to it. */
function electronDialogs(): FileDialogs {
  const parent = () => BrowserWindow.getAllWindows()[0];
  return {
    async chooseFileToOpen({ title, filters }) {
      const win = parent();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave({ title, defaultPath, filters }) {
      const win = parent();
      const options = { title, defaultPath, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

function createMainWindow(folder: string): BrowserWindow {
  const stateFile = new WindowStateFile(folder);
  const saved = stateFile.load();
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const window = new BrowserWindow(
    mainWindowOptions(join(__dirname, '..', 'preload', 'index.js'), fitToDisplays(saved, displays, MIN_WINDOW)),
  );
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      stateFile.save({ ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      stderrLogger.warn(`could not save the window position: ${String(error)}`);
    }
  });
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
