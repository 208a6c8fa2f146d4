/**
 * What every page of the app may and may not do, applied to the session and to each web contents:
 * the CSP on every response, no permission of any kind (camera, microphone, notifications,
 * geolocation, HID/USB/serial/Bluetooth devices...), no navigation, no webview, no new window
 * (allow-listed https links open in the user's browser instead).
 */
import type { Session, Shell, WebContents } from 'electron';
import type { Logger } from '../runtime/logger';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { isAllowedExternalUrl } from './externalLinks';

/** Opens an allow-listed link in the user's browser; anything else is refused. */
export function openExternalIfAllowed(shell: Pick<Shell, 'openExternal'>, url: string, logger: Logger): void {
  if (!isAllowedExternalUrl(url)) {
    logger.warn(`refused to open ${url}: not an allow-listed https link`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => logger.warn(`could not open ${url}: ${String(error)}`));
}

/**
 * The CSP header on every response, and no permission: every request and every check is answered
 * "no". In a development build the dev server's own pages keep the policy in their meta tag (the
 * strict one relaxed only for Vite's hot reload), so `devServerOrigin` is left without the header.
 */
export function hardenSession(session: Session, devServerOrigin?: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (devServerOrigin !== undefined && originOf(details.url) === devServerOrigin) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // A device chooser that is not handled may pick a device by itself: cancel every one.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Defence in depth for every web contents the app might ever create. */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>, logger: Logger): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(shell, url, logger);
    return { action: 'deny' };
  });
}
