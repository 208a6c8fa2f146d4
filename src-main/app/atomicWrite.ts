/**
 * Writes a file so that a crash, a full disk or a failed write never leaves it half-written: the
 * text goes to a temporary file in the same folder (a rename is only atomic within one file system),
 * is flushed to disk, then replaces the target with one rename. On failure the temporary file is
 * removed and the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FileSystem } from './fileSystem';

/** The temporary file's name: hidden, next to the target, unique per write. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Replaces `target` with `data` atomically; throws the underlying error (the target is then
 * unchanged). `temporaryPath` names the temporary file, for callers that clean up leftovers by name.
 */
export async function writeFileAtomic(
  fs: FileSystem,
  target: string,
  data: string | Uint8Array,
  temporaryPath: (target: string) => string = temporaryPathFor,
): Promise<void> {
  const temporary = temporaryPath(target);
  const file = await fs.createExclusive(temporary);
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
}
