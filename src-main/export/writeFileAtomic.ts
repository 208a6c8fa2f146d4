/**
 * Writes a file so that the target path only ever holds the old file or the complete new one: the
 * bytes go to a temporary file in the same folder (same file system, so the rename is atomic), are
 * flushed to disk, then the temporary file is renamed over the target. On any failure the temporary
 * file is removed and the error says plainly what went wrong.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A write that failed for a reason the user can act on (the message names the path and the cause). */
export class FileWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** Writes `bytes` to `target` atomically. */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  await checkTarget(target, folder);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new FileWriteError(explain(error, target, folder));
  }
  await syncFolder(folder);
}

async function checkTarget(target: string, folder: string): Promise<void> {
  const folderStat = await stat(folder).catch((error: unknown) => {
    // ENOTDIR: somewhere above the target a file sits where a folder should be (even root cannot write there).
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new FileWriteError(`cannot write ${target}: a part of ${folder} is a file, not a folder`);
    return null;
  });
  if (!folderStat) throw new FileWriteError(`cannot write ${target}: the folder ${folder} does not exist`);
  if (!folderStat.isDirectory()) throw new FileWriteError(`cannot write ${target}: ${folder} is a file, not a folder`);
  const targetStat = await stat(target).catch(() => null);
  if (targetStat?.isDirectory())
    throw new FileWriteError(`cannot write ${target}: it is a folder; choose a file name inside it`);
}

/** After the rename, flush the folder entry too, so the new name survives a power cut (POSIX only). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse to sync a directory; the file itself is already on disk.
  }
}

function explain(error: unknown, target: string, folder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${target}: permission denied in ${folder}`;
    case 'EROFS':
      return `cannot write ${target}: ${folder} is on a read-only file system`;
    case 'ENOSPC':
      return `cannot write ${target}: the disk is full`;
    case 'ENOENT':
      return `cannot write ${target}: the folder ${folder} does not exist`;
    case 'ENOTDIR':
      return `cannot write ${target}: a part of ${folder} is a file, not a folder`;
    case 'EISDIR':
      return `cannot write ${target}: it is a folder; choose a file name inside it`;
    default:
      return `cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
