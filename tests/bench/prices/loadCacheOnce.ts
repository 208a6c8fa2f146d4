/**
 * One start-up load of the price cache, as a starting app pays it: run by prices.bench.ts in a fresh
 * Node process (cold code, a heap without the benchmark's own garbage), never cached across runs.
 *
 * `node --import tsx loadCacheOnce.ts <dataFolder> whole` times what the app does: the embedded
 * snapshot first, then loadCacheFile + mergeCatalog, and the longest the event loop was held during
 * the load (what a window starting at the same time waits at most for an answer). `... phases`
 * times the steps one by one (read, decode: gunzip + JSON.parse + validation, merge). `... startup
 * [worker.js]` times the app's start-up path (see `startup`). Prints one JSON line of milliseconds.
 */
import { promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { restrictToRegions } from '../../../src-main/api/areas/priceCatalog';
import { cacheFilePath, loadCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { decodeCacheBytes } from '../../../src-main/prices/cache/decodeCache';
import { decodeCacheInWorker } from '../../../src-main/prices/cache/decodeInWorker';
import { mergeCatalog } from '../../../src-main/prices/cache/mergeCatalog';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { PriceService } from '../../../src-main/prices/PriceService';

/** What one run measured (ms), plus the merged price count as a sanity check. */
export interface LoadTiming {
  snapshot: number;
  total: number;
  /** The longest stretch the event loop could not run anything else, during loadCacheFile. */
  longestBlock: number;
  phases: Record<string, number>;
  prices: number;
}

/** Measures the longest gap between turns of the event loop while `work` runs. */
async function withBlockMeter<T>(work: () => Promise<T>): Promise<{ result: T; longest: number }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  try {
    const result = await work();
    longest = Math.max(longest, performance.now() - last);
    return { result, longest };
  } finally {
    clearInterval(timer);
  }
}

async function whole(folder: string): Promise<LoadTiming> {
  const t0 = performance.now();
  const snapshot = loadEmbeddedSnapshot();
  const t1 = performance.now();
  const { result: loaded, longest } = await withBlockMeter(() => loadCacheFile(folder, new Date()));
  const t2 = performance.now();
  if (loaded.kind !== 'ok') throw new Error(`the cache did not load: ${loaded.kind}`);
  const merged = mergeCatalog(snapshot, loaded.cache);
  const t3 = performance.now();
  return {
    snapshot: t1 - t0,
    total: t3 - t1,
    longestBlock: longest,
    phases: { load: t2 - t1, merge: t3 - t2 },
    prices: merged.entries.length,
  };
}

async function phases(folder: string): Promise<LoadTiming> {
  const t0 = performance.now();
  const snapshot = loadEmbeddedSnapshot();
  const t1 = performance.now();
  const bytes = await fs.readFile(cacheFilePath(folder));
  const t2 = performance.now();
  const decoded = await decodeCacheBytes(bytes);
  const t3 = performance.now();
  if (decoded.kind !== 'ok') throw new Error(`the cache did not decode: ${decoded.kind}`);
  const merged = mergeCatalog(snapshot, decoded.cache);
  const t4 = performance.now();
  return {
    snapshot: t1 - t0,
    total: t4 - t1,
    longestBlock: 0,
    phases: { read: t2 - t1, decode: t3 - t2, merge: t4 - t3 },
    prices: merged.entries.length,
  };
}

/**
 * What a starting window waits for with the app's own start-up path: the price service built (the
 * embedded snapshot), then its first answer (app.info's summary and one region's catalog, while the
 * cache decodes on the worker thread), then the full load; and the longest hold of the event loop
 * from the first answer to the full load (the snapshot is built before, as it was without a cache).
 * Times count from the service built. `workerFile` is the built worker when there is one (as the app
 * runs it).
 */
async function startup(folder: string, workerFile: string | undefined): Promise<LoadTiming> {
  const start = workerFile ? () => new Worker(workerFile) : undefined;
  const t0 = performance.now();
  const prices = new PriceService({ dataFolder: folder, decodeCache: (bytes) => decodeCacheInWorker(bytes, start) });
  const t1 = performance.now();
  const { result, longest } = await withBlockMeter(async () => {
    await prices.firstAnswer();
    const tFound = performance.now();
    const summary = prices.sourceSummary();
    const tSummary = performance.now();
    const region = restrictToRegions(prices.catalogData(), ['eu-west-1']);
    const t2 = performance.now();
    if (!summary.loading) throw new Error('the first answer came after the cache was in: nothing was measured');
    if (region.entries.length === 0) throw new Error('the first answer had no prices for the region');
    await prices.load();
    const t3 = performance.now();
    if (prices.status().kind !== 'cache') throw new Error('the cache did not load');
    return {
      snapshot: t1 - t0,
      firstAnswer: t2 - t1,
      found: tFound - t1,
      summary: tSummary - tFound,
      region: t2 - tSummary,
      full: t3 - t1,
      prices: prices.catalogData().entries.length,
    };
  });
  return {
    snapshot: result.snapshot,
    total: result.full,
    longestBlock: longest,
    phases: {
      firstAnswer: result.firstAnswer,
      found: result.found,
      summary: result.summary,
      region: result.region,
      fullLoad: result.full,
    },
    prices: result.prices,
  };
}

// An async main rather than top-level await: the package is CommonJS.
async function main(): Promise<void> {
  const [folder, mode, workerFile] = process.argv.slice(2);
  if (!folder || (mode !== 'whole' && mode !== 'phases' && mode !== 'startup'))
    throw new Error('usage: loadCacheOnce <dataFolder> whole|phases|startup [builtWorker.js]');
  const timing =
    mode === 'whole'
      ? await whole(folder)
      : mode === 'phases'
        ? await phases(folder)
        : await startup(folder, workerFile);
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
