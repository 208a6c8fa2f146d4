/**
 * Who may talk to the web mode: only a browser on this machine that holds the per-start secret.
 * The Host check stops DNS rebinding (a foreign name resolving to 127.0.0.1); the Origin and
 * Sec-Fetch-Site checks stop cross-site requests from other pages open in the same browser.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_COOKIE = 'infercalc_secret';
export const SECRET_HEADER = 'x-infercalc-secret';
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
  /** Secret from the cookie, the header or the query string, first found. */
  presentedSecret: string | undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: 400 | 403; reason: string };

/** Decides whether a request may be served. Pure, so every rule is unit-tested. */
export function checkRequest(input: GuardInput, port: number, secret: string): GuardVerdict {
  if (!input.host || !allowedHosts(port).includes(input.host.toLowerCase())) {
    return { allowed: false, status: 403, reason: `refused: Host header "${input.host ?? ''}" is not this server` };
  }
  if (input.origin !== undefined && !allowedHosts(port).some((h) => input.origin === `http://${h}`)) {
    return { allowed: false, status: 403, reason: `refused: requests from origin ${input.origin} are not allowed` };
  }
  if (input.secFetchSite === 'cross-site') {
    return { allowed: false, status: 403, reason: 'refused: cross-site request' };
  }
  if (!secretsEqual(secret, input.presentedSecret)) {
    return { allowed: false, status: 403, reason: 'refused: missing or wrong secret (use the URL printed at start)' };
  }
  return { allowed: true };
}

/** Reads one cookie's value from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
