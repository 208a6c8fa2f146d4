/** Turns file-system errors into FileAccessErrors whose messages say what went wrong and where. */
import { basename } from 'node:path';
import { FileAccessError, messageOf } from '@shared/errors';

/** The errno code of a Node file-system error, if any. */
export function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** A FileAccessError for a failed read of `path`. */
export function readError(path: string, error: unknown): FileAccessError {
  const name = basename(path);
  switch (errnoOf(error)) {
    case 'ENOENT':
      return new FileAccessError('missing', `${name} does not exist (it may have been moved or deleted)`);
    case 'ENOTDIR':
      return new FileAccessError('missing', `${name} does not exist: a part of its folder path is a file`);
    case 'EACCES':
    case 'EPERM':
      return new FileAccessError('denied', `cannot read ${name}: permission denied`);
    case 'EISDIR':
      return new FileAccessError('unsuitable', `${name} is a folder, not a project file`);
    default:
      return new FileAccessError('disk', `cannot read ${name}: ${messageOf(error)}`);
  }
}

/** A FileAccessError for a failed write to `path` (the previous file, if any, is unchanged). */
export function writeError(path: string, error: unknown): FileAccessError {
  const name = basename(path);
  switch (errnoOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return new FileAccessError('denied', `cannot save ${name}: permission denied; choose another folder`);
    case 'EROFS':
      return new FileAccessError('denied', `cannot save ${name}: the disk is read-only; choose another folder`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileAccessError('unsuitable', `cannot save ${name}: its folder does not exist`);
    case 'EISDIR':
      return new FileAccessError('unsuitable', `cannot save ${name}: a folder of that name exists`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileAccessError('disk', `cannot save ${name}: the disk is full; the previous file is unchanged`);
    default:
      return new FileAccessError('disk', `cannot save ${name}: ${messageOf(error)}; the previous file is unchanged`);
  }
}
