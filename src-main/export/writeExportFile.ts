/**
 * Writes an exported file through the app's atomic write (src-main/app/atomicWrite.ts): the target
 * only ever holds the old file or the complete new one. Before writing it checks the target is a
 * writable place, and on failure it says plainly what went wrong.
 */
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../app/atomicWrite';
import { nodeFileSystem } from '../app/fileSystem';

/** A write that failed for a reason the user can act on (the message names the path and the cause). */
export class FileWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** Writes `bytes` to `target` atomically, with a message the user can act on when it fails. */
export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  await checkTarget(target, folder);
  try {
    await writeFileAtomic(nodeFileSystem, target, bytes);
  } catch (error) {
    throw new FileWriteError(explain(error, target, folder));
  }
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
