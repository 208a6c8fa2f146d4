/** Turns file-system errors into ApiErrors whose messages say what went wrong and where. */
import { basename } from 'node:path';
import { ApiError } from '@shared/api/envelope';

function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** An ApiError for a failed read of `path` (missing file → 'not-found'). */
export function readError(path: string, error: unknown): ApiError {
  const name = basename(path);
  switch (errnoOf(error)) {
    case 'ENOENT':
      return new ApiError('not-found', `${name} does not exist (it may have been moved or deleted)`);
    case 'EACCES':
    case 'EPERM':
      return new ApiError('bad-request', `cannot read ${name}: permission denied`);
    case 'EISDIR':
      return new ApiError('bad-request', `${name} is a folder, not a project file`);
    default:
      return new ApiError('unavailable', `cannot read ${name}: ${messageOf(error)}`);
  }
}

/** An ApiError for a failed write to `path`: the user's choice of target ('bad-request') or the disk ('unavailable'). */
export function writeError(path: string, error: unknown): ApiError {
  const name = basename(path);
  switch (errnoOf(error)) {
    case 'EACCES':
    case 'EPERM':
      return new ApiError('bad-request', `cannot save ${name}: permission denied; choose another folder`);
    case 'EROFS':
      return new ApiError('bad-request', `cannot save ${name}: the disk is read-only; choose another folder`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new ApiError('bad-request', `cannot save ${name}: its folder does not exist`);
    case 'EISDIR':
      return new ApiError('bad-request', `cannot save ${name}: a folder of that name exists`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('unavailable', `cannot save ${name}: the disk is full; the previous file is unchanged`);
    default:
      return new ApiError('unavailable', `cannot save ${name}: ${messageOf(error)}; the previous file is unchanged`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
