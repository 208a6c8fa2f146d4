/**
 * Writes an exported file through the app's atomic write (src-main/files/atomicWrite.ts): the target
 * only ever holds the old file or the complete new one, and keeps its mode. Before writing it checks
 * that the target is a place for a file: not a folder, not a device node, pipe or socket (a rename
 * would put a regular file where the device was), not one of the files that must survive (the
 * project being exported). On failure it says plainly what went wrong.
 */
import { promises as fs, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { FileAccessError } from '@shared/errors';
import { DOCUMENT_FILE_MODE, temporaryPathFor, writeFileAtomic } from '../files/atomicWrite';
import { nodeFileSystem } from '../files/fileSystem';
import { errnoOf } from '../projects/fileErrors';

export interface ExportTargetRules {
  /** Files the export must never replace (the input project); compared as files, not as spellings. */
  protect?: ReadonlyArray<string>;
}

/** Writes `bytes` to `target` atomically; throws FileAccessError with a message the user can act on. */
export async function writeExportFile(target: string, bytes: Uint8Array, rules: ExportTargetRules = {}): Promise<void> {
  // Through a symbolic link, the file it points to is replaced (the link stays).
  const real = await fs.realpath(target).catch(() => target);
  const folder = dirname(real);
  await checkFolder(target, folder);
  await checkTarget(target, real, rules);
  try {
    await writeFileAtomic(nodeFileSystem, real, bytes, temporaryPathFor, DOCUMENT_FILE_MODE);
  } catch (error) {
    throw explain(error, target, folder);
  }
}

async function checkFolder(target: string, folder: string): Promise<void> {
  const info = await fs.stat(folder).catch((error: unknown) => {
    throw explain(error, target, folder);
  });
  if (!info.isDirectory())
    throw unsuitable(`cannot write ${target}: ${folder} is a file, not a folder; choose another folder`);
}

async function checkTarget(target: string, real: string, rules: ExportTargetRules): Promise<void> {
  const info = await fs.stat(real).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return null; // a new file
    throw explain(error, target, dirname(real));
  });
  if (!info) return;
  if (info.isDirectory()) throw unsuitable(`cannot write ${target}: it is a folder; choose a file name inside it`);
  if (!info.isFile())
    throw unsuitable(`cannot write ${target}: it is ${kindOf(info)}, not a file; choose a file name for the workbook`);
  for (const path of rules.protect ?? []) {
    const other = await fs.stat(path).catch(() => null);
    if (other && other.dev === info.dev && other.ino === info.ino)
      throw unsuitable(`cannot write ${target}: it is the project being exported; choose another file name`);
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function unsuitable(message: string): FileAccessError {
  return new FileAccessError('unsuitable', message);
}

function explain(error: unknown, target: string, folder: string): FileAccessError {
  switch (errnoOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return new FileAccessError(
        'denied',
        `cannot write ${target}: permission denied in ${folder}; choose another folder`,
      );
    case 'EROFS':
      return new FileAccessError(
        'denied',
        `cannot write ${target}: ${folder} is on a read-only file system; choose another folder`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileAccessError('disk', `cannot write ${target}: the disk is full`);
    case 'ENOENT':
      return unsuitable(`cannot write ${target}: the folder ${folder} does not exist; choose another folder`);
    case 'ENOTDIR':
      return unsuitable(`cannot write ${target}: a part of ${folder} is a file, not a folder; choose another folder`);
    case 'EISDIR':
      return unsuitable(`cannot write ${target}: it is a folder; choose a file name inside it`);
    default:
      return new FileAccessError(
        'disk',
        `cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}
