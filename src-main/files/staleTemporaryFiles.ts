/**
 * Temporary files left by writes that were killed (kill -9, a power cut) before their rename. Their
 * names carry the writing process's id (see atomicWrite.ts), so a sweep removes only those that are
 * old and whose process is gone: never a live process's write in progress.
 */
import { join } from 'node:path';
import type { FileSystem } from './fileSystem';

/** A leftover older than this, from a process that no longer runs, is removed. */
export const STALE_TEMPORARY_MS = 10 * 60_000;

/** `.name.<pid>.<8 hex>.tmp`, as temporaryPathFor writes them. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** True while a process with this id runs (EPERM: it runs under another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepOptions {
  now?: number;
  maxAgeMs?: number;
  isAlive?: (pid: number) => boolean;
  /** Only leftovers of this target file name (default: every leftover in the folder). */
  target?: string;
}

/** Removes stale temporary files in `folder`; returns the names removed. Never throws. */
export async function sweepStaleTemporaryFiles(
  fs: FileSystem,
  folder: string,
  options: SweepOptions = {},
): Promise<string[]> {
  const now = options.now ?? Date.now();
  const maxAge = options.maxAgeMs ?? STALE_TEMPORARY_MS;
  const isAlive = options.isAlive ?? processIsAlive;
  const names = await fs.list(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match || (options.target !== undefined && match[1] !== options.target)) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || isAlive(pid)) continue;
    const path = join(folder, name);
    const info = await fs.stat(path).catch(() => null);
    if (!info?.isFile || now - info.mtimeMs < maxAge) continue;
    const gone = await fs.unlink(path).then(
      () => true,
      () => false,
    );
    if (gone) removed.push(name);
  }
  return removed;
}
