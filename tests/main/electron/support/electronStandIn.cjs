// A recording stand-in for the `electron` module, for running the BUILT main process
// (out/main/index.js) in plain Node: `node --require <this file> out/main/index.js`, forked with an
// IPC channel. Requests for 'electron' resolve to this file; every call main makes is recorded, and
// the test drives the app's life (ready, activate, window closed...) and probes the handlers main
// installed through messages (see `commands` below). Real Electron cannot run on the test machine.
//
// Environment: STANDIN_PLATFORM (pretend process.platform), STANDIN_LOCK=denied (another instance
// holds the single-instance lock), STANDIN_FAIL=<step> (that Electron call throws, or rejects for
// loadURL), STANDIN_DISPLAYS (JSON work areas), STANDIN_MINIMIZED=1 (windows start minimized),
// STANDIN_OPEN_DIALOG (JSON answer of dialog.showOpenDialog; default: cancelled).
/* global require, module, process, setTimeout, __filename, Response */
'use strict';
const Module = require('node:module');
const { EventEmitter } = require('node:events');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? __filename : resolveFilename.call(this, request, ...rest);
};
if (process.env.STANDIN_PLATFORM) Object.defineProperty(process, 'platform', { value: process.env.STANDIN_PLATFORM });

const calls = []; // [name, ...json-able args] in call order
const problems = []; // unhandled rejections and uncaught exceptions in main
let ready = false;
const record = (name, ...args) => calls.push([name, ...args.map(toJson)]);
const failing = (step) => {
  if (process.env.STANDIN_FAIL === step) throw new Error(`stand-in failure in ${step}`);
};
process.on('unhandledRejection', (reason) => problems.push(`unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (error) => problems.push(`uncaught exception: ${String(error)}`));

function toJson(value) {
  if (typeof value === 'function') return '[function]';
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') {
    if (value instanceof BrowserWindow) return `[window ${value.id}]`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  }
  return value;
}

/** A fake event that records whether the listener prevented the default action. */
const fakeEvent = () => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  setPath: (name, path) => {
    failing('app.setPath');
    record('app.setPath', name, path);
  },
  requestSingleInstanceLock: () => {
    record('app.requestSingleInstanceLock');
    return process.env.STANDIN_LOCK !== 'denied';
  },
  quit: () => record('app.quit'),
  exit: (code) => record('app.exit', code),
  whenReady: () => {
    record('app.whenReady');
    return readyPromise;
  },
});
let markReady;
const readyPromise = new Promise((resolve) => (markReady = resolve));

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.sent = [];
    this.windowOpenHandler = null;
  }
  send(channel, payload) {
    this.sent.push([channel, toJson(payload)]);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

const windows = [];
class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return windows.filter((w) => !w.destroyed);
  }
  constructor(options) {
    failing('BrowserWindow');
    super();
    this.id = windows.length + 1;
    this.options = options;
    this.destroyed = false;
    this.maximized = false;
    this.shown = false;
    this.minimized = process.env.STANDIN_MINIMIZED === '1';
    this.focused = false;
    this.loaded = [];
    this.webContents = new WebContents();
    windows.push(this);
    record('new BrowserWindow', options);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadURL(url) {
    this.loaded.push(url);
    if (process.env.STANDIN_FAIL === 'loadURL') return Promise.reject(new Error('stand-in failure in loadURL'));
    return Promise.resolve().then(() => this.emit('ready-to-show'));
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  show() {
    this.shown = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused = true;
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.options;
    return { x, y, width, height };
  }
}

const sessionHandlers = {};
const defaultSession = Object.assign(new EventEmitter(), {
  webRequest: { onHeadersReceived: (fn) => (sessionHandlers.headers = fn) },
  setPermissionRequestHandler: (fn) => (sessionHandlers.permissionRequest = fn),
  setPermissionCheckHandler: (fn) => (sessionHandlers.permissionCheck = fn),
  setDevicePermissionHandler: (fn) => (sessionHandlers.devicePermission = fn),
});

const ipcHandlers = new Map();
const protocolHandlers = new Map();
let applicationMenu = null;

module.exports = {
  app,
  BrowserWindow,
  session: { defaultSession },
  ipcMain: {
    handle: (channel, fn) => {
      record('ipcMain.handle', channel);
      ipcHandlers.set(channel, fn);
    },
    handleOnce: (channel) => record('ipcMain.handleOnce', channel),
    on: (channel) => record('ipcMain.on', channel),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => record('protocol.registerSchemesAsPrivileged', schemes, { ready }),
    handle: (scheme, fn) => {
      failing('protocol.handle');
      record('protocol.handle', scheme);
      protocolHandlers.set(scheme, fn);
    },
  },
  net: {
    fetch: async (url) => {
      record('net.fetch', url);
      return new Response('stand-in body');
    },
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      record('Menu.setApplicationMenu');
      applicationMenu = menu;
    },
  },
  dialog: {
    showErrorBox: (title, content) => record('dialog.showErrorBox', title, content),
    showMessageBox: async (...args) => (record('dialog.showMessageBox', ...args), { response: 0 }),
    showMessageBoxSync: (...args) => (record('dialog.showMessageBoxSync', ...args), 0),
    showOpenDialog: async (...args) => (
      record('dialog.showOpenDialog', ...args),
      JSON.parse(process.env.STANDIN_OPEN_DIALOG ?? '{"canceled":true,"filePaths":[]}')
    ),
  },
  shell: { openExternal: async (url) => record('shell.openExternal', url) },
  screen: { getAllDisplays: () => JSON.parse(process.env.STANDIN_DISPLAYS ?? '[]').map((workArea) => ({ workArea })) },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function menuShape(items) {
  return items.map((item) => ({
    label: item.label,
    role: item.role,
    submenu: Array.isArray(item.submenu) ? menuShape(item.submenu) : undefined,
  }));
}

function state() {
  return {
    calls,
    problems,
    appListeners: app.eventNames().map(String),
    ipcChannels: [...ipcHandlers.keys()],
    protocolSchemes: [...protocolHandlers.keys()],
    sessionHandlers: Object.keys(sessionHandlers).sort(),
    sessionListeners: defaultSession.eventNames().map(String).sort(),
    menu: applicationMenu ? menuShape(applicationMenu.template) : null,
    windows: windows.map((w) => ({
      id: w.id,
      options: toJson(w.options),
      loaded: w.loaded,
      maximized: w.maximized,
      shown: w.shown,
      minimized: w.minimized,
      focused: w.focused,
      destroyed: w.destroyed,
      sent: w.webContents.sent,
      contentsListeners: w.webContents.eventNames().map(String).sort(),
      hasWindowOpenHandler: w.webContents.windowOpenHandler !== null,
    })),
  };
}

const windowById = (id) => windows.find((w) => w.id === id);

/** What the test can ask; each answers with a JSON-able value. */
const commands = {
  state: async () => state(),
  ready: async () => {
    ready = true;
    markReady();
    app.emit('ready');
    await settle();
    return state();
  },
  emitApp: async ({ event }) => {
    app.emit(event, fakeEvent());
    await settle();
    return state();
  },
  /** Closes a window as the user would: 'close' (which may be prevented), then gone. */
  closeWindow: async ({ id }) => {
    const win = windowById(id);
    const event = fakeEvent();
    win.emit('close', event);
    if (!event.defaultPrevented) {
      win.destroyed = true;
      win.emit('closed');
      if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
    await settle();
    return { prevented: event.defaultPrevented, state: state() };
  },
  invokeIpc: async ({ channel, request, frameUrl, isMainFrame }) => {
    const handler = ipcHandlers.get(channel);
    const senderFrame = { url: frameUrl, parent: isMainFrame ? null : {} };
    return toJson(await handler({ senderFrame }, request));
  },
  appRequest: async ({ scheme, url }) => {
    const before = calls.length;
    const response = await protocolHandlers.get(scheme)({ url });
    const fetched = calls
      .slice(before)
      .filter((c) => c[0] === 'net.fetch')
      .map((c) => c[1]);
    return { status: response.status, fetched };
  },
  permissions: async ({ permission }) => {
    let granted = 'no answer';
    sessionHandlers.permissionRequest({}, permission, (answer) => (granted = answer), {});
    return {
      request: granted,
      check: sessionHandlers.permissionCheck({}, permission, 'app://infercalc', {}),
      device: sessionHandlers.devicePermission({ deviceType: 'usb', origin: 'app://infercalc' }),
    };
  },
  deviceChoosers: async () => {
    const answers = {};
    for (const name of ['select-hid-device', 'select-serial-port', 'select-usb-device']) {
      const event = fakeEvent();
      const callback = (...args) => (answers[name] = { prevented: event.defaultPrevented, args });
      if (name === 'select-serial-port') defaultSession.emit(name, event, [], {}, callback);
      else defaultSession.emit(name, event, { deviceList: [{ deviceId: 'd1' }] }, callback);
    }
    const contents = windows[0].webContents;
    const event = fakeEvent();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'b1' }], (...args) => {
      answers['select-bluetooth-device'] = { prevented: event.defaultPrevented, args };
    });
    return answers;
  },
  headers: async ({ url, responseHeaders }) => {
    let result;
    sessionHandlers.headers({ url, responseHeaders }, (answer) => (result = answer));
    return result;
  },
  contentsEvent: async ({ id, event, url }) => {
    const e = fakeEvent();
    windowById(id).webContents.emit(event, e, url);
    return { prevented: e.defaultPrevented };
  },
  windowOpen: async ({ id, url }) => {
    const before = calls.length;
    const answer = windowById(id).webContents.windowOpenHandler({ url });
    await settle();
    return {
      answer,
      opened: calls
        .slice(before)
        .filter((c) => c[0] === 'shell.openExternal')
        .map((c) => c[1]),
    };
  },
};

process.on('message', async ({ id, command, args }) => {
  try {
    process.send({ id, result: await commands[command](args ?? {}) });
  } catch (error) {
    process.send({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
