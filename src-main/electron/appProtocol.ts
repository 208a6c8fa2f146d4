/**
 * The renderer is served from a custom scheme (app://infercalc/) rather than file://, so the page has
 * a real origin that IPC can check, and file:// privileges never apply. Resolution stays inside the
 * renderer folder.
 */
import { resolveStaticPath } from '../web/staticFiles';

export const APP_SCHEME = 'app';
export const APP_HOST = 'infercalc';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The file behind an app:// URL, or null when the URL is foreign or escapes the folder. */
export function resolveAppUrl(rendererDir: string, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  return resolveStaticPath(rendererDir, url.pathname);
}

/**
 * IPC is accepted only from the app's own top frame: its URL must be on the app origin (or the
 * dev server in development). Sub-frames and any other origin are rejected.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, devServerUrl?: string): boolean {
  if (!isMainFrame || !frameUrl) return false;
  let origin: string;
  try {
    origin = new URL(frameUrl).origin;
  } catch {
    return false;
  }
  if (frameUrl.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && origin === new URL(devServerUrl).origin;
}

/**
 * The dev server's URL (electron-vite's ELECTRON_RENDERER_URL), honoured only in a development
 * build and only on this machine's loopback: a production build never loads, nor trusts for IPC,
 * a page named by an environment variable.
 */
export function devServerUrlFor(raw: string | undefined, isDevelopmentBuild: boolean): string | undefined {
  if (!isDevelopmentBuild || !raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback && url.username === '' && url.password === '' ? raw : undefined;
}
