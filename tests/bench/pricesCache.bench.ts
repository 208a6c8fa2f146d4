/**
 * The price cache at start-up, for a cache holding a refreshed copy of every snapshot price (all
 * regions, all services), each figure the median of fresh Node processes (cold code, as a starting
 * app pays it): the time to the first answer (app.info's summary and one region's prices, while the
 * cache decodes on its worker thread), the time to the full load, and the longest hold of the event
 * loop meanwhile; then the old path for comparison (loading on the answering thread, in phases).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFilePath } from '../../src-main/prices/cache/cacheFile';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { findRepoRoot } from '../../src-main/prices/snapshot/sourcePaths';
import { tempDataFolder } from '../main/prices/helpers';
import { writeAllRegionsCache } from './prices/allRegionsCache';
import { loadInFreshProcess, median, phaseSplit } from './prices/freshLoad';

const RUNS = 5;

/** Prints the figures. */
export async function run(): Promise<void> {
  const folder = tempDataFolder();
  const count = await writeAllRegionsCache(folder, loadEmbeddedSnapshot());
  const size = statSync(cacheFilePath(folder)).size;
  // The worker as the app runs it (built by `npm run build`), else the source one under tsx's loader.
  const built = join(findRepoRoot(process.cwd()), 'out', 'main', 'priceCacheWorker.js');
  const workerFile = existsSync(built) ? built : undefined;
  console.log(
    `all-regions cache: ${count} prices, ${(size / 1e6).toFixed(1)} MB; worker: ${workerFile ? 'built (out/main/priceCacheWorker.js)' : 'from the sources under tsx (run `npm run build` for the built one)'}`,
  );

  const startups = Array.from({ length: RUNS }, () => loadInFreshProcess(folder, 'startup', workerFile));
  const first = startups.map((r) => r.phases['firstAnswer']!);
  const full = startups.map((r) => r.phases['fullLoad']!);
  console.log(
    `time to first answer (target under 50 ms; app.info summary + one region's prices, built-in while the cache decodes): median of ${RUNS} ${median(first).toFixed(1)} ms (min ${Math.min(...first).toFixed(1)}, max ${Math.max(...first).toFixed(1)})`,
  );
  const part = (name: string) => median(startups.map((r) => r.phases[name]!)).toFixed(1);
  console.log(
    `  of which (medians, ms): cache file found ${part('found')}, app.info summary ${part('summary')}, one region's prices ${part('region')}`,
  );
  console.log(
    `full load (cached prices in use): median of ${RUNS} ${median(full).toFixed(0)} ms (min ${Math.min(...full).toFixed(0)}, max ${Math.max(...full).toFixed(0)}); longest hold of the event loop meanwhile: median ${median(startups.map((r) => r.longestBlock)).toFixed(0)} ms`,
  );
  console.log(
    `  embedded snapshot before it (as without a cache): median ${median(startups.map((r) => r.snapshot)).toFixed(0)} ms`,
  );

  // The load on the answering thread, as before the worker: what a window would have waited for.
  const whole = Array.from({ length: 3 }, () => loadInFreshProcess(folder, 'whole'));
  const split = Array.from({ length: 3 }, () => loadInFreshProcess(folder, 'phases'));
  console.log(
    `  for comparison, loading on the answering thread: median of 3 ${median(whole.map((r) => r.total)).toFixed(0)} ms, holding the event loop up to ${median(whole.map((r) => r.longestBlock)).toFixed(0)} ms; phases (ms): ${phaseSplit(split)}`,
  );
}
