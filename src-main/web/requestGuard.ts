/**
 * Who may talk to the web mode: only a browser on this machine that holds the per-start secret.
 * The Host check stops DNS rebinding (a foreign name resolving to 127.0.0.1); the Origin and
 * Sec-Fetch-Site checks stop cross-site requests from other pages open in the same browser.
 *
 * The secret travels only in a request header the page sets itself (it never goes in a cookie:
 * cookies are not isolated by port, so every other server on 127.0.0.1 would receive it). The page
 * reads it once from the URL printed at start and keeps it in its tab's session storage, which
 * browsers isolate per origin, port included.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export { WEB_SECRET_HEADER as SECRET_HEADER, WEB_SESSION_HEADER as SESSION_HEADER } from '@shared/api/client';
export const SECRET_QUERY = 'secret';

/** 256 random bits, URL-safe. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretsEqual(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The secret from the request header; undefined when absent. */
  presentedSecret: string | undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: 400 | 403; reason: string };

/** Decides whether a request may reach this server at all (every request: page, files, API). Pure. */
export function checkOrigin(input: Omit<GuardInput, 'presentedSecret'>, port: number): GuardVerdict {
  if (!input.host || !allowedHosts(port).includes(input.host.toLowerCase())) {
    return { allowed: false, status: 403, reason: `refused: Host header "${input.host ?? ''}" is not this server` };
  }
  if (input.origin !== undefined && !allowedHosts(port).some((h) => input.origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: `refused: requests from origin ${input.origin} are not allowed` };
  }
  if (input.secFetchSite === 'cross-site') {
    return { allowed: false, status: 403, reason: 'refused: cross-site request' };
  }
  return { allowed: true };
}

/** Decides whether an API call (or the event stream) may be served: the origin rules and the secret. Pure. */
export function checkRequest(input: GuardInput, port: number, secret: string): GuardVerdict {
  const origin = checkOrigin(input, port);
  if (!origin.allowed) return origin;
  if (!secretsEqual(secret, input.presentedSecret)) {
    return { allowed: false, status: 403, reason: 'refused: missing or wrong secret (use the URL printed at start)' };
  }
  return { allowed: true };
}
