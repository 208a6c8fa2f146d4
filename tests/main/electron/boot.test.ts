// The whole boot of the real main process: the BUILT out/main/index.js runs in plain Node with a
// recording stand-in for `electron` (support/electronStandIn.cjs), and each step is checked from
// what main asked Electron to do. Real Electron cannot run on the test machine.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel } from '@shared/api/client';
import { operationNames } from '@shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/security/csp';
import {
  bootMain,
  callsNamed,
  ensureBuilt,
  indexOfCall,
  outDir,
  type BootedMain,
  type StandInState,
} from './support/bootHarness';

const APP_PAGE = 'app://infercalc/index.html';
const DISPLAY = [{ x: 0, y: 0, width: 1920, height: 1080 }];

let main: BootedMain | undefined;
beforeAll(() => ensureBuilt());
afterEach(() => main?.stop());

async function bootToReady(env: Record<string, string> = {}, prepare?: (dataFolder: string) => void) {
  main = await bootMain({ STANDIN_DISPLAYS: JSON.stringify(DISPLAY), ...env }, prepare);
  const beforeReady = await main.send('state');
  const ready = await main.send('ready');
  return { beforeReady, ready };
}

const liveWindows = (state: StandInState) => state.windows.filter((w) => !w.destroyed);

describe('a normal start of the built main process', () => {
  // One start serves every check that only reads; the dev-server URL is set as electron-vite dev
  // would set it, and a production build must ignore it.
  let shared: { main: BootedMain; beforeReady: StandInState; ready: StandInState };
  beforeAll(async () => {
    const booted = await bootMain({
      STANDIN_DISPLAYS: JSON.stringify(DISPLAY),
      ELECTRON_RENDERER_URL: 'http://localhost:5173',
    });
    const beforeReady = await booted.send('state');
    shared = { main: booted, beforeReady, ready: await booted.send('ready') };
  });
  afterAll(() => shared?.main.stop());

  it('takes the single-instance lock and registers app:// as privileged before ready', async () => {
    const { beforeReady } = shared;
    expect(callsNamed(beforeReady, 'app.requestSingleInstanceLock')).toHaveLength(1);
    expect(callsNamed(beforeReady, 'protocol.registerSchemesAsPrivileged')).toEqual([
      [[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], { ready: false }],
    ]);
    expect(callsNamed(beforeReady, 'app.setPath')).toEqual([['userData', shared.main.dataFolder]]);
    // Nothing that needs `ready` has happened yet.
    expect(beforeReady.windows).toHaveLength(0);
    expect(beforeReady.ipcChannels).toHaveLength(0);
    expect(indexOfCall(beforeReady, 'app.requestSingleInstanceLock')).toBeLessThan(
      indexOfCall(beforeReady, 'app.whenReady'),
    );
  });

  it('serves app:// from the renderer folder only', async () => {
    const { ready } = shared;
    expect(ready.protocolSchemes).toEqual(['app']);
    const renderer = pathToFileURL(join(outDir, 'renderer')).toString();
    const page = await shared.main.send<{ status: number; fetched: string[] }>('appRequest', {
      scheme: 'app',
      url: APP_PAGE,
    });
    expect(page.fetched).toEqual([`${renderer}/index.html`]);
    const escape = await shared.main.send<{ fetched: string[] }>('appRequest', {
      scheme: 'app',
      url: 'app://infercalc/%2e%2e/main/index.js',
    });
    expect(escape.fetched).toEqual([`${renderer}/main/index.js`]);
    const foreign = await shared.main.send<{ status: number; fetched: string[] }>('appRequest', {
      scheme: 'app',
      url: 'app://elsewhere/index.html',
    });
    expect(foreign).toEqual({ status: 404, fetched: [] });
  });

  it('opens exactly one window with the pinned secure options and a preload that exists in the build', async () => {
    const { ready } = shared;
    expect(ready.windows).toHaveLength(1);
    const prefs = ready.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(prefs['preload']).toBe(join(outDir, 'preload', 'index.js'));
    expect(existsSync(prefs['preload'] as string)).toBe(true);
    expect(ready.windows[0]!.options).toMatchObject({ show: false, minWidth: 1024, minHeight: 700 });
    expect(ready.windows[0]!.shown).toBe(true); // on ready-to-show
  });

  it('loads the app page, ignores a dev-server URL in a production build, and trusts only the app page for IPC', async () => {
    const { ready } = shared;
    expect(ready.windows[0]!.loaded).toEqual([APP_PAGE]);
    expect(shared.main.stderr()).toContain('ELECTRON_RENDERER_URL is ignored');
    const channel = ipcChannel('app.info');
    const fromApp = await shared.main.send<{ ok: boolean }>('invokeIpc', {
      channel,
      request: {},
      frameUrl: APP_PAGE,
      isMainFrame: true,
    });
    expect(fromApp.ok).toBe(true);
    for (const [frameUrl, isMainFrame] of [
      ['http://localhost:5173/', true],
      [APP_PAGE, false],
      ['https://evil.example/', true],
    ] as const) {
      const refused = await shared.main.send<{ ok: boolean; error: { code: string } }>('invokeIpc', {
        channel,
        request: {},
        frameUrl,
        isMainFrame,
      });
      expect(refused, `${frameUrl} main frame ${isMainFrame}`).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('adds the CSP to every response and denies every permission and device', async () => {
    const { ready } = shared;
    expect(ready.sessionHandlers).toEqual(['devicePermission', 'headers', 'permissionCheck', 'permissionRequest']);
    // Every response, the app's own and any other (the dev-server URL in the environment included).
    for (const url of [APP_PAGE, 'http://localhost:5173/', 'https://aws.amazon.com/']) {
      const headers = await shared.main.send<{ responseHeaders: Record<string, string[]> }>('headers', {
        url,
        responseHeaders: { 'Content-Type': ['text/html'] },
      });
      expect(headers.responseHeaders, url).toEqual({
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      });
    }
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'usb', 'serial']) {
      const answers = await shared.main.send('permissions', { permission });
      expect(answers, permission).toEqual({ request: false, check: false, device: false });
    }
    const choosers = await shared.main.send<Record<string, { prevented: boolean; args: unknown[] }>>('deviceChoosers');
    expect(choosers).toEqual({
      'select-hid-device': { prevented: true, args: [] },
      'select-serial-port': { prevented: true, args: [''] },
      'select-usb-device': { prevented: true, args: [] },
      'select-bluetooth-device': { prevented: true, args: [''] },
    });
  });

  it('denies navigation, webviews and new windows; allow-listed links open in the browser', async () => {
    const { ready } = shared;
    const id = ready.windows[0]!.id;
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const result = await shared.main.send<{ prevented: boolean }>('contentsEvent', {
        id,
        event,
        url: 'https://evil.example/',
      });
      expect(result.prevented, event).toBe(true);
    }
    const foreign = await shared.main.send('windowOpen', { id, url: 'https://evil.example/' });
    expect(foreign).toEqual({ answer: { action: 'deny' }, opened: [] });
    const docs = 'https://aws.amazon.com/sagemaker/pricing/';
    expect(await shared.main.send('windowOpen', { id, url: docs })).toEqual({
      answer: { action: 'deny' },
      opened: [docs],
    });
  });

  it('registers one IPC handler per contract operation and no others', async () => {
    const { ready } = shared;
    expect([...ready.ipcChannels].sort()).toEqual(operationNames.map((op) => ipcChannel(op)).sort());
    expect(callsNamed(ready, 'ipcMain.handle')).toHaveLength(operationNames.length);
    expect(callsNamed(ready, 'ipcMain.on')).toEqual([]);
    expect(callsNamed(ready, 'ipcMain.handleOnce')).toEqual([]);
  });

  it('builds the application menu', async () => {
    const { ready } = shared;
    expect(callsNamed(ready, 'Menu.setApplicationMenu')).toHaveLength(1);
    expect(ready.menu!.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Help']);
    const file = ready.menu![0]!.submenu!.map((m) => m.label ?? m.role);
    expect(file).toEqual(
      expect.arrayContaining(['New Project', 'Open…', 'Save', 'Save As…', 'Export to Excel…', 'quit']),
    );
  });
});

describe('the app life cycle', () => {
  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    const { ready } = await bootToReady({ STANDIN_LOCK: 'denied' });
    expect(callsNamed(ready, 'app.quit')).toHaveLength(1);
    expect(callsNamed(ready, 'app.whenReady')).toHaveLength(0);
    expect(ready.windows).toHaveLength(0);
    expect(ready.ipcChannels).toHaveLength(0);
    expect(ready.appListeners).not.toContain('second-instance');
  });

  it('a second launch brings the running window back (restored and focused) instead of opening another', async () => {
    const { ready } = await bootToReady({ STANDIN_MINIMIZED: '1' });
    expect(ready.windows[0]).toMatchObject({ minimized: true, focused: false });
    const after = await main!.send('emitApp', { event: 'second-instance' });
    expect(after.windows).toHaveLength(1);
    expect(after.windows[0]).toMatchObject({ minimized: false, focused: true });
  });

  it('restores the saved window bounds and saves them again on close', async () => {
    const saved = { x: 100, y: 120, width: 1300, height: 860, maximized: true };
    const { ready } = await bootToReady({}, (folder) =>
      writeFileSync(join(folder, 'window-state.json'), JSON.stringify(saved)),
    );
    expect(ready.windows[0]!.options).toMatchObject({ x: 100, y: 120, width: 1300, height: 860 });
    expect(ready.windows[0]!.maximized).toBe(true);
    writeFileSync(join(main!.dataFolder, 'window-state.json'), '{}');
    await main!.send('closeWindow', { id: ready.windows[0]!.id });
    expect(JSON.parse(readFileSync(join(main!.dataFolder, 'window-state.json'), 'utf8'))).toEqual(saved);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { ready } = await bootToReady({ STANDIN_PLATFORM: 'linux' });
    const closed = await main!.send<{ state: StandInState }>('closeWindow', { id: ready.windows[0]!.id });
    expect(callsNamed(closed.state, 'app.quit')).toHaveLength(1);
    main!.stop();

    const mac = await bootToReady({ STANDIN_PLATFORM: 'darwin' });
    const closedOnMac = await main!.send<{ state: StandInState }>('closeWindow', { id: mac.ready.windows[0]!.id });
    expect(callsNamed(closedOnMac.state, 'app.quit')).toEqual([]);
  });

  it('on macOS, activate opens a window when none is open, and only then', async () => {
    const { ready } = await bootToReady({ STANDIN_PLATFORM: 'darwin' });
    const withWindow = await main!.send('emitApp', { event: 'activate' });
    expect(withWindow.windows).toHaveLength(1);
    await main!.send('closeWindow', { id: ready.windows[0]!.id });
    const reopened = await main!.send('emitApp', { event: 'activate' });
    expect(reopened.windows).toHaveLength(2);
    expect(liveWindows(reopened)).toHaveLength(1);
    expect(liveWindows(reopened)[0]!.loaded).toEqual([APP_PAGE]);
    expect(liveWindows(reopened)[0]!.hasWindowOpenHandler).toBe(true);
  });

  it.each(['app.setPath', 'protocol.handle', 'BrowserWindow', 'loadURL'])(
    'a failure in start-up (%s) shows an error box and quits with code 1, never an unhandled rejection',
    async (step) => {
      const { ready } = await bootToReady({ STANDIN_FAIL: step });
      const boxes = callsNamed(ready, 'dialog.showErrorBox');
      expect(boxes).toHaveLength(1);
      expect(boxes[0]![0]).toBe('InferCalc could not start');
      expect(boxes[0]![1]).toContain(`stand-in failure in ${step}`);
      expect(callsNamed(ready, 'app.exit')).toEqual([[1]]);
      expect(ready.problems).toEqual([]);
      expect(main!.stderr()).toContain('InferCalc could not start');
    },
  );
});
