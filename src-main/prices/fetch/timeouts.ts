/**
 * Time limits for every network call of a refresh, so a refresh always ends: an endpoint that
 * accepts the connection and never answers fails after `idleMs` without a byte, per attempt, and
 * the retry policy decides how many attempts follow: with the defaults (5 attempts, see DEFAULT_RETRY)
 * a silent endpoint fails within about 90 seconds, and a slow one that keeps sending is never cut off.
 */

/** Limits in milliseconds; tests shorten them. */
export interface NetworkTimeouts {
  /** To open the TCP (and TLS) connection. */
  connectMs: number;
  /** Without any byte arriving: before the answer starts, and between chunks of a download. */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<NetworkTimeouts> = { connectMs: 10_000, idleMs: 15_000 };

/** A network call that took too long; retried like a dropped connection. */
export class NetworkTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}
