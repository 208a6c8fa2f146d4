/**
 * Reads a project file from disk: size-limited, JSON syntax errors with line and column, and
 * validation against the shared ProjectSchema with messages naming the bad field (never quoting the
 * file's contents). Used by `projects.open` and the CLI.
 */
import { basename } from 'node:path';
import { FileAccessError, InferCalcError } from '@shared/errors';
import { MAX_PROJECT_BYTES, parseProjectText } from '@shared/project/parseProjectText';
import type { Project } from '@shared/project/schema';
import { readError } from './fileErrors';
import { nodeFileSystem, type FileSystem } from '../files/fileSystem';

/** The validated project in `path`; throws FileAccessError or InvalidProjectError with a readable message. */
export async function readProjectFile(path: string, fs: FileSystem = nodeFileSystem): Promise<Project> {
  const name = basename(path);
  let text: string;
  try {
    const info = await fs.stat(path);
    if (!info.isFile) throw new FileAccessError('unsuitable', `${name} is not a file`);
    if (info.size > MAX_PROJECT_BYTES) {
      throw new InferCalcError(
        'invalid-project',
        `${name} is too large for a project file (over ${MAX_PROJECT_BYTES / 2 ** 20} MB)`,
      );
    }
    text = await fs.readFile(path);
  } catch (error) {
    throw error instanceof InferCalcError ? error : readError(path, error);
  }
  const parsed = parseProjectText(text);
  if (!parsed.ok)
    throw new InferCalcError('invalid-project', `${name} is not a valid InferCalc project: ${parsed.message}`);
  return parsed.project;
}
