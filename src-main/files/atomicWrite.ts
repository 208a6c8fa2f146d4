/**
 * Writes a file so that a crash, a full disk or a failed write never leaves it half-written: the
 * text goes to a temporary file in the same folder (a rename is only atomic within one file system),
 * is flushed to disk, then replaces the target with one rename. On failure the temporary file is
 * removed and the target is untouched; leftovers of killed writes are swept (staleTemporaryFiles.ts).
 *
 * Permissions: replacing a file keeps its mode (a 0600 project stays 0600). A new file gets the
 * caller's mode: PRIVATE_FILE_MODE (0600) by default, for everything in the data folder (unsaved
 * work, caches); DOCUMENT_FILE_MODE (0644) for the user's own documents (projects, workbooks), the
 * mode editors give a new document, so the user can share it as they would any other file.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './fileSystem';
import { sweepStaleTemporaryFiles } from './staleTemporaryFiles';

/** New files in the data folder: readable by the user only. */
export const PRIVATE_FILE_MODE = 0o600;
/** New documents the user chose to write (project files, workbooks). */
export const DOCUMENT_FILE_MODE = 0o644;

/** The temporary file's name: hidden, next to the target, unique per write, naming the writing process. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Replaces `target` with `data` atomically; throws the underlying error (the target is then
 * unchanged). `temporaryPath` names the temporary file, for callers that clean up leftovers by name;
 * `newFileMode` is the mode of a target that does not exist yet.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  target: string,
  data: string | Uint8Array,
  temporaryPath: (target: string) => string = temporaryPathFor,
  newFileMode: number = PRIVATE_FILE_MODE,
): Promise<void> {
  const mode = await fs.stat(target).then(
    (info) => info.mode,
    () => newFileMode,
  );
  const temporary = temporaryPath(target);
  const file = await fs.createExclusive(temporary, mode);
  try {
    try {
      await file.write(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fs.syncFolder(dirname(target));
  // A write of this file killed earlier may have left its temporary file: remove it if its process is gone.
  await sweepStaleTemporaryFiles(fs, dirname(target), { target: basename(target) });
}
