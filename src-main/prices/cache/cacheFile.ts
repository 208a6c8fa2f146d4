/**
 * Reading and writing the cache file. Writes are atomic (temp file, fsync, rename, fsync of the
 * folder) so a crash leaves either the old file or the new one. A file that cannot be read or does
 * not validate is moved aside as `prices-cache.json.corrupt-<timestamp>` and reported, so the app
 * falls back to the snapshot and the user can still inspect what was there.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../app/atomicWrite';
import { nodeFileSystem } from '../../app/fileSystem';
import { packCache, unpackCache } from './cacheCodec';
import { decodeCacheJson } from './cacheDecode';
import { CACHE_FILE_NAME, type PriceCache } from './cacheSchema';

/** The result of loading: the cache, nothing (first run), or a warning after setting a bad file aside. */
export type CacheLoad =
  | { kind: 'ok'; cache: PriceCache }
  | { kind: 'absent' }
  | { kind: 'corrupt'; warning: string; movedTo?: string }
  /** Written by a newer InferCalc: left where it is, unread. */
  | { kind: 'newer'; warning: string };

/** Temp files are named `<file>.tmp-<pid>-<n>`; leftovers from a crash are removed on load. */
const TEMP_MARK = '.tmp-';
let tempCounter = 0;

/** Where the cache lives in a data folder. */
export function cacheFilePath(dataFolder: string): string {
  return join(dataFolder, CACHE_FILE_NAME);
}

async function removeLeftoverTemps(dataFolder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dataFolder);
  } catch {
    return;
  }
  await Promise.all(
    names
      .filter((n) => n.startsWith(CACHE_FILE_NAME + TEMP_MARK))
      .map((n) => fs.rm(join(dataFolder, n), { force: true })),
  );
}

/** Loads and validates the cache; never throws for a bad file. */
export async function loadCacheFile(dataFolder: string, now: Date): Promise<CacheLoad> {
  await removeLeftoverTemps(dataFolder);
  const path = cacheFilePath(dataFolder);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    return setAside(path, now, `the price cache could not be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return setAside(path, now, 'the price cache is not valid JSON (truncated or damaged)');
  }
  const decoded = decodeCacheJson(json);
  if (decoded.kind === 'bad') return setAside(path, now, decoded.why);
  if (decoded.kind === 'newer')
    return {
      kind: 'newer',
      warning: `the price cache was written by a newer InferCalc (cache format ${decoded.version}); it is left in place for that version and this app uses its built-in prices. A refresh here replaces it with this version's format`,
    };
  return { kind: 'ok', cache: unpackCache(decoded.file, decoded.lines) };
}

async function setAside(path: string, now: Date, why: string): Promise<CacheLoad> {
  const movedTo = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.rename(path, movedTo);
    return {
      kind: 'corrupt',
      warning: `${why}; it was moved to ${movedTo} and the embedded snapshot is used instead`,
      movedTo,
    };
  } catch {
    return { kind: 'corrupt', warning: `${why}; the embedded snapshot is used instead` };
  }
}

/** Writes the cache atomically. Throws on failure; the previous file is then untouched and no temp file is left. */
export async function writeCacheFile(dataFolder: string, cache: PriceCache): Promise<void> {
  await fs.mkdir(dataFolder, { recursive: true });
  // Named so that a load can find and remove the leftover of a crashed write.
  const temporaryPath = (target: string) => `${target}${TEMP_MARK}${process.pid}-${tempCounter++}`;
  await writeFileAtomic(nodeFileSystem, cacheFilePath(dataFolder), JSON.stringify(packCache(cache)), temporaryPath);
}
