/**
 * One start-up load of the price cache, as a starting app pays it: run by prices.bench.ts in a fresh
 * Node process (cold code, a heap without the benchmark's own garbage), never cached across runs.
 *
 * `node --import tsx loadCacheOnce.ts <dataFolder> whole` times what the app does: the embedded
 * snapshot first, then loadCacheFile + mergeCatalog. `... phases` times the same steps one by one
 * (read, JSON.parse, validation — which also splits the text columns into the lines unpacking uses —,
 * unpacking, merge). Prints one JSON line of milliseconds.
 */
import { promises as fs } from 'node:fs';
import { loadCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { unpackCache } from '../../../src-main/prices/cache/cacheCodec';
import { decodeCacheJson } from '../../../src-main/prices/cache/cacheDecode';
import { cacheFilePath } from '../../../src-main/prices/cache/cacheFile';
import { mergeCatalog } from '../../../src-main/prices/cache/mergeCatalog';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';

/** What one run measured (ms), plus the merged price count as a sanity check. */
export interface LoadTiming {
  snapshot: number;
  total: number;
  phases: Record<string, number>;
  prices: number;
}

async function whole(folder: string): Promise<LoadTiming> {
  const t0 = performance.now();
  const snapshot = loadEmbeddedSnapshot();
  const t1 = performance.now();
  const loaded = await loadCacheFile(folder, new Date());
  const t2 = performance.now();
  if (loaded.kind !== 'ok') throw new Error(`the cache did not load: ${loaded.kind}`);
  const merged = mergeCatalog(snapshot, loaded.cache);
  const t3 = performance.now();
  return {
    snapshot: t1 - t0,
    total: t3 - t1,
    phases: { load: t2 - t1, merge: t3 - t2 },
    prices: merged.entries.length,
  };
}

async function phases(folder: string): Promise<LoadTiming> {
  const t0 = performance.now();
  const snapshot = loadEmbeddedSnapshot();
  const t1 = performance.now();
  const text = await fs.readFile(cacheFilePath(folder), 'utf8');
  const t2 = performance.now();
  const json: unknown = JSON.parse(text);
  const t3 = performance.now();
  const decoded = decodeCacheJson(json);
  const t4 = performance.now();
  if (decoded.kind === 'bad') throw new Error(decoded.why);
  if (decoded.kind === 'newer') throw new Error(`cache written by a newer version (${decoded.version})`);
  const cache = unpackCache(decoded.file, decoded.lines);
  const t5 = performance.now();
  const merged = mergeCatalog(snapshot, cache);
  const t6 = performance.now();
  return {
    snapshot: t1 - t0,
    total: t6 - t1,
    phases: { read: t2 - t1, parse: t3 - t2, validate: t4 - t3, unpack: t5 - t4, merge: t6 - t5 },
    prices: merged.entries.length,
  };
}

// An async main rather than top-level await: the package is CommonJS.
async function main(): Promise<void> {
  const [folder, mode] = process.argv.slice(2);
  if (!folder || (mode !== 'whole' && mode !== 'phases'))
    throw new Error('usage: loadCacheOnce <dataFolder> whole|phases');
  const timing = mode === 'whole' ? await whole(folder) : await phases(folder);
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
