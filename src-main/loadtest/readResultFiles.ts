/**
 * Reads load-test result files the user named (on the command line) or chose (in the native open
 * dialog) and parses them with the shared importers. Only those paths are read; each must be a file
 * no larger than a results summary can be, so a per-request log or a device is refused by name.
 */
import { basename } from 'node:path';
import { FileAccessError, InferCalcError } from '@shared/errors';
import { importResultFiles, MAX_RESULT_FILE_CHARS, type ResultFile } from '@shared/loadtest/importLoadTest';
import type { LoadTestPoint } from '@shared/loadtest/loadTestPoint';
import { nodeFileSystem, type FileSystem } from '../files/fileSystem';
import { readError } from '../projects/fileErrors';

/** At most this many files in one import (an LLMeter LoadTest has one per concurrency level). */
export const MAX_RESULT_FILES = 50;

/** What an import read: the files' names, their format(s) and every measured point. */
export interface ImportedResults {
  fileNames: string[];
  format: string;
  points: LoadTestPoint[];
}

/** Reads one result file's text, refusing what is not a plain file or is too large to be a summary. */
async function readOne(path: string, fs: FileSystem): Promise<ResultFile> {
  const name = basename(path);
  try {
    const info = await fs.stat(path);
    if (!info.isFile) throw new FileAccessError('unsuitable', `${name} is not a file`);
    // UTF-8 text has at least one byte per character, so the byte size bounds the characters.
    if (info.size > MAX_RESULT_FILE_CHARS * 4)
      throw new InferCalcError(
        'invalid-input',
        `${name} is too large for a results summary (at most 5 MB); import the summary file (stats.json or the CSV), not per-request logs`,
      );
    return { name, text: await fs.readFile(path) };
  } catch (error) {
    throw error instanceof InferCalcError ? error : readError(path, error);
  }
}

/** Parses uploaded or read files; a file that is not a supported result stops the import with its message. */
export function parseResultFiles(files: ReadonlyArray<ResultFile>): ImportedResults {
  if (files.length > MAX_RESULT_FILES)
    throw new InferCalcError('limit-exceeded', `at most ${MAX_RESULT_FILES} result files in one import`);
  const result = importResultFiles(files);
  if (!result.ok) throw new InferCalcError('invalid-input', result.message);
  return { fileNames: files.map((f) => f.name), format: result.format, points: result.points };
}

/** Reads and parses the result files at these paths. */
export async function readResultFiles(
  paths: ReadonlyArray<string>,
  fs: FileSystem = nodeFileSystem,
): Promise<ImportedResults> {
  if (paths.length > MAX_RESULT_FILES)
    throw new InferCalcError('limit-exceeded', `at most ${MAX_RESULT_FILES} result files in one import`);
  const files: ResultFile[] = [];
  for (const path of paths) files.push(await readOne(path, fs));
  return parseResultFiles(files);
}
