/**
 * Reading and writing the cache file. Writes are atomic (temp file, fsync, rename, fsync of the
 * folder) so a crash leaves either the old file or the new one. A file that cannot be read or does
 * not validate is moved aside as `<file>.corrupt-<timestamp>` and reported, so the app falls back to
 * the snapshot and the user can still inspect what was there. A file written by a newer version of
 * the app is left in place for that version (a refresh here replaces it). A cache in the format of earlier builds is read once,
 * rewritten in the current format and removed.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeFileAtomic } from '../../files/atomicWrite';
import { nodeFileSystem } from '../../files/fileSystem';
import { computeCoverage } from '../coverage';
import { CACHE_FILE_NAME, CACHE_FORMAT, CACHE_VERSION, type PriceCache } from './cacheSchema';
import { decodeCacheBytes, type CacheDecode } from './decodeCache';
import { LEGACY_CACHE_FILE_NAME, readLegacyCache } from './legacyCache';
import { processIsAlive } from '../../files/staleTemporaryFiles';

/** The result of loading: the cache, nothing (first run), a bad file set aside, or a newer version's file left alone. */
export type CacheLoad =
  | { kind: 'ok'; cache: PriceCache; notice?: string }
  | { kind: 'absent' }
  | { kind: 'corrupt'; warning: string; movedTo?: string }
  | { kind: 'newer'; warning: string; version: number };

/** Temp files are named `<file>.tmp-<pid>-<n>`; a crashed process's leftovers are removed on load. */
const TEMP_MARK = '.tmp-';
let tempCounter = 0;

/** Where the cache lives in a data folder. */
export function cacheFilePath(dataFolder: string): string {
  return join(dataFolder, CACHE_FILE_NAME);
}

/** Removes temp files of writes whose process is gone; a live process's temp file is its write in progress. */
async function removeLeftoverTemps(dataFolder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dataFolder);
  } catch {
    return;
  }
  const prefixes = [CACHE_FILE_NAME + TEMP_MARK, LEGACY_CACHE_FILE_NAME + TEMP_MARK];
  await Promise.all(
    names
      .filter((n) => prefixes.some((p) => n.startsWith(p)))
      .filter((n) => !processIsAlive(Number(n.slice(n.indexOf(TEMP_MARK) + TEMP_MARK.length).split('-')[0])))
      .map((n) => fs.rm(join(dataFolder, n), { force: true })),
  );
}

/** The cache in memory from validated parts, with coverage computed from the prices (never trusted from the file). */
function cacheOf(writtenAt: string, refreshed: PriceCache['refreshed'], entries: PriceCache['entries']): PriceCache {
  return { writtenAt, refreshed, entries, coverage: computeCoverage(entries) };
}

/** How a load decodes the file's bytes (default: on this thread), and who hears that a file was found. */
export interface CacheLoadOptions {
  decode?: (bytes: Buffer) => Promise<CacheDecode>;
  /** Called once the file is read, before it is decoded (a start-up can answer with the snapshot meanwhile). */
  onFound?: () => void;
}

/** Loads and validates the cache; never throws for a bad file. */
export async function loadCacheFile(dataFolder: string, now: Date, options: CacheLoadOptions = {}): Promise<CacheLoad> {
  await removeLeftoverTemps(dataFolder);
  const path = cacheFilePath(dataFolder);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return loadLegacy(dataFolder, now);
    return setAside(path, now, `the price cache could not be read (${(error as Error).message})`);
  }
  options.onFound?.();
  const decoded = await (options.decode ?? decodeCacheBytes)(bytes);
  if (decoded.kind === 'newer') {
    return {
      kind: 'newer',
      version: decoded.version,
      warning: `the price cache was written by a newer InferCalc (cache format ${decoded.version}); it is left in place for that version and this app uses its built-in prices. A refresh here replaces it with this version's format`,
    };
  }
  if (decoded.kind === 'bad') return setAside(path, now, decoded.why);
  return { kind: 'ok', cache: decoded.cache };
}

/** Reads a cache of earlier builds once, rewrites it in the current format and removes it. */
async function loadLegacy(dataFolder: string, now: Date): Promise<CacheLoad> {
  const path = join(dataFolder, LEGACY_CACHE_FILE_NAME);
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
  const read = readLegacyCache(json);
  if (read.kind === 'bad') return setAside(path, now, read.why);
  const cache = cacheOf(read.writtenAt, read.refreshed, read.entries);
  try {
    await writeCacheFile(dataFolder, cache);
    await fs.rm(path, { force: true });
    return { kind: 'ok', cache, notice: `the price cache was converted to the current format (${CACHE_FILE_NAME})` };
  } catch (error) {
    // The old file stays, so the next start tries again; its prices are in use meanwhile.
    return { kind: 'ok', cache, notice: `the price cache could not be converted (${(error as Error).message})` };
  }
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

/** The file's bytes for a cache: the catalog's JSON, gzip-compressed. */
export function encodeCache(cache: PriceCache): Buffer {
  const file = {
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    writtenAt: cache.writtenAt,
    refreshed: cache.refreshed,
    catalog: {
      format: 'infercalc-prices',
      version: 1,
      origin: 'api',
      builtAt: cache.writtenAt,
      entries: cache.entries,
      instanceSpecs: [],
      coverage: cache.coverage,
      missing: [],
    },
  };
  return gzipSync(JSON.stringify(file));
}

/** Writes the cache atomically. Throws on failure; the previous file is then untouched and no temp file is left. */
export async function writeCacheFile(dataFolder: string, cache: PriceCache): Promise<void> {
  await fs.mkdir(dataFolder, { recursive: true });
  // Named with the pid, so that a load can tell a crashed write's leftover from a live one.
  const temporaryPath = (target: string) => `${target}${TEMP_MARK}${process.pid}-${tempCounter++}`;
  await writeFileAtomic(nodeFileSystem, cacheFilePath(dataFolder), encodeCache(cache), temporaryPath);
}
