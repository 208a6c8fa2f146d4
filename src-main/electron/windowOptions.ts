/**
 * The main window's options, as a pure function so a test pins every security setting
 * (Electron security checklist). Weakening any of these fails tests/main/electron/windowOptions.test.ts.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

export const MIN_WINDOW = { width: 1024, height: 700 } as const;

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'InferCalc',
    show: false,
    backgroundColor: '#1f2430',
    webPreferences: {
      preload: preloadPath,
      // The renderer gets no Node.js: a compromised page cannot reach the file system or processes.
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // The preload runs in its own JavaScript world; the page cannot tamper with it.
      contextIsolation: true,
      // OS-level sandbox for the renderer process.
      sandbox: true,
      // Same-origin policy stays on; no mixed or insecure content.
      webSecurity: true,
      allowRunningInsecureContent: false,
      // No <webview>: it would let a page embed arbitrary remote content.
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
