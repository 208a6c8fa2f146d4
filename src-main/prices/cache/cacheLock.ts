/**
 * A lock file in the data folder, so that refreshes in several processes (two CLI runs, the app and
 * the CLI) update the cache one after the other: each takes the lock, re-reads the cache on disk,
 * merges its own prices into it and writes it, so no process's regions are lost. The lock is held
 * only for that read-merge-write, never while fetching. A lock left by a crashed process (its pid is
 * gone) or older than `staleMs` is taken over.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { abortableSleep } from '../fetch/tokenBucket';
import { processIsAlive } from '../../files/staleTemporaryFiles';

export const LOCK_FILE_NAME = 'prices-cache.lock';

/** How long to wait for the lock, and when a held lock counts as abandoned. */
export interface LockOptions {
  waitMs?: number;
  staleMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
}

/** The lock could not be had in time: another process holds it. */
export class CacheLockTimeoutError extends Error {
  constructor(holder: string, waitedMs: number) {
    super(
      `another InferCalc process (${holder}) was still updating the price cache after ${Math.round(waitedMs / 1000)} s`,
    );
    this.name = 'CacheLockTimeoutError';
  }
}

interface Holder {
  pid: number;
  token: string;
  at: number;
}

async function readHolder(path: string): Promise<{ holder?: Holder; text: string } | undefined> {
  try {
    const text = await fs.readFile(path, 'utf8');
    try {
      return { holder: JSON.parse(text) as Holder, text };
    } catch {
      return { text };
    }
  } catch {
    return undefined;
  }
}

/** Whether a lock's holder is gone: a pid no longer running, a lock too old, or an unreadable lock file past its age. */
async function abandoned(path: string, holder: Holder | undefined, staleMs: number): Promise<boolean> {
  if (holder && typeof holder.pid === 'number' && !processIsAlive(holder.pid)) return true;
  const stat = await fs.stat(path).catch(() => undefined);
  return stat !== undefined && Date.now() - stat.mtimeMs > staleMs;
}

/** Runs `fn` holding the data folder's cache lock; the lock is released however `fn` ends. */
export async function withCacheLock<T>(
  dataFolder: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { waitMs = 60_000, staleMs = 120_000, pollMs = 50, signal } = options;
  await fs.mkdir(dataFolder, { recursive: true });
  const path = join(dataFolder, LOCK_FILE_NAME);
  const mine: Holder = { pid: process.pid, token: randomBytes(8).toString('hex'), at: Date.now() };
  const myText = JSON.stringify(mine);
  const started = Date.now();
  for (;;) {
    signal?.throwIfAborted();
    try {
      await fs.writeFile(path, myText, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await readHolder(path);
    if (seen && (await abandoned(path, seen.holder, staleMs))) {
      // Re-read just before removing, so a lock another process took over meanwhile stays.
      const again = await readHolder(path);
      if (again?.text === seen.text) await fs.rm(path, { force: true });
      continue;
    }
    if (Date.now() - started > waitMs) throw new CacheLockTimeoutError(`pid ${seen?.holder?.pid ?? '?'}`, waitMs);
    await abortableSleep(pollMs, signal);
  }
  try {
    return await fn();
  } finally {
    const held = await readHolder(path);
    if (held?.text === myText) await fs.rm(path, { force: true });
  }
}
