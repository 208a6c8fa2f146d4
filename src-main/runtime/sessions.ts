/**
 * Which UI sessions (a browser tab's page, the desktop window) are running, as this process sees
 * them. A web page keeps an event stream open for its whole life, so a session is alive while its
 * stream is open (or it called within the last half minute); the desktop window lives as long as
 * the process. Autosave uses this to keep one slot per session and to offer for recovery only work
 * whose session has ended.
 */
import { randomBytes } from 'node:crypto';

/** A session that neither holds a stream nor called for this long is taken as ended. */
export const SESSION_IDLE_MS = 30_000;

/** The session of calls that name none (scripts, tests): one shared session. */
export const ANONYMOUS_SESSION = 'anonymous';

/** The desktop app's one window. */
export const DESKTOP_SESSION = 'desktop-window';

/** A session id a page may send: random, URL-safe, of a sane length. */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export class SessionRegistry {
  /** Unique per process start, so ids from another process (or an earlier one with the same pid) never match. */
  readonly processNonce = randomBytes(8).toString('hex');
  private readonly seenAt = new Map<string, number>();
  private readonly streams = new Map<string, number>();
  private readonly pinned = new Set<string>();
  private readonly endedListeners = new Set<(session: string) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The session made a call. */
  seen(session: string): void {
    this.seenAt.set(session, this.now());
  }

  /** The session lives as long as this process (the desktop window). */
  pin(session: string): void {
    this.pinned.add(session);
  }

  /** The session opened its event stream. */
  streamOpened(session: string): void {
    this.streams.set(session, (this.streams.get(session) ?? 0) + 1);
  }

  /** The session's event stream closed: with no other stream open, the page is gone. */
  streamClosed(session: string): void {
    const left = (this.streams.get(session) ?? 1) - 1;
    if (left > 0) return void this.streams.set(session, left);
    this.streams.delete(session);
    this.seenAt.delete(session);
    if (!this.pinned.has(session)) for (const listener of this.endedListeners) listener(session);
  }

  isAlive(session: string): boolean {
    if (this.pinned.has(session) || (this.streams.get(session) ?? 0) > 0) return true;
    const seen = this.seenAt.get(session);
    return seen !== undefined && this.now() - seen < SESSION_IDLE_MS;
  }

  /** Calls `listener` when a session's last stream closes. Returns the unsubscribe function. */
  onEnded(listener: (session: string) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }
}
