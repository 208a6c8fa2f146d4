/**
 * Price benchmarks: requests of a full one-region refresh against the fake server (and the minimum
 * the queries allow), normalization throughput, cache load time for all regions, snapshot size.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCacheFile, writeCacheFile } from '../../src-main/prices/cache/cacheFile';
import { mergeCatalog, mergeIntoCache } from '../../src-main/prices/cache/mergeCatalog';
import { productQueries } from '../../src-main/prices/fetch/queries';
import { savingsPlansQueries } from '../../src-main/prices/fetch/savingsPlansRates';
import { collectPriceListItems } from '../../src-main/prices/normalize/normalizeProducts';
import { OutcomeCollector } from '../../src-main/prices/normalize/outcome';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { findRepoRoot, SNAPSHOT_RELATIVE_PATH } from '../../src-main/prices/snapshot/sourcePaths';
import { startFakeAwsServer } from '../main/prices/fakeAwsServer';
import { ec2Region, sageMakerRegion } from '../main/prices/fixtures';
import { regionData, tempDataFolder, testService } from '../main/prices/helpers';

/** Prints the figures. */
export async function run(): Promise<void> {
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  const server = await startFakeAwsServer(regionData('us-east-1', 250));
  try {
    const report = await testService(server.url).refresh({ regions: ['us-east-1'] });
    const minimum =
      (['sagemaker', 'ec2', 'lambda', 'bedrock'] as const).reduce(
        (n, s) => n + productQueries(s, 'us-east-1').length,
        0,
      ) + savingsPlansQueries('us-east-1').length;
    console.log(
      `full refresh, 1 region: ${server.requests.length} requests (${report.products} products, ok=${report.ok}); minimum with these filters: ${minimum} (one per query) + extra pages for queries over 100 products`,
    );
  } finally {
    await server.close();
  }

  const items: string[] = [];
  const types: Array<[string, string]> = Array.from({ length: 2000 }, (_, i) => [`m9.x${i}large`, '0.5']);
  items.push(...ec2Region('us-east-1', types));
  for (let i = 0; i < 200; i++) items.push(...sageMakerRegion('us-east-1'));
  const t0 = performance.now();
  const c = new OutcomeCollector();
  collectPriceListItems(c, 'ec2', items.slice(0, 10_000), '2026-11-27T00:00:00Z');
  collectPriceListItems(c, 'sagemaker', items.slice(10_000), '2026-11-27T00:00:00Z');
  const ms = performance.now() - t0;
  console.log(
    `normalization: ${items.length} products in ${ms.toFixed(0)} ms = ${Math.round((items.length / ms) * 1000)} products/s`,
  );

  // A cache holding a refreshed copy of every snapshot price (all regions, all services).
  const snapshot = loadEmbeddedSnapshot();
  const fetchedAt = '2026-11-27T00:00:00Z';
  // Provenance as the API gives it: a distinct SKU, rate code, usage type and description per price.
  const entries = snapshot.entries
    .filter((e) => !e.key.startsWith('eks/'))
    .map((e, i) => {
      const sku = `${(i * 2654435761).toString(36).toUpperCase().padStart(8, 'X')}${i.toString(36).toUpperCase()}`;
      const last = e.key.slice(e.key.lastIndexOf('/') + 1);
      return {
        ...e,
        source: {
          origin: 'api' as const,
          label: 'AWS Price List API',
          asOf: e.source.asOf,
          fetchedAt,
          sku,
          rateCode: `${sku}.JRTCKXETXF.6YS6EN2CT7`,
          usageType: `USE1-BoxUsage:${last}`,
          description: `$${e.usd} per On Demand Linux ${last} Instance Hour`,
        },
      };
    });
  const pairs = new Map<
    string,
    { service: 'sagemaker' | 'ec2' | 'lambda' | 'bedrock'; region: string; fetchedAt: string; count: number }
  >();
  for (const cov of snapshot.coverage) {
    if (cov.service === 'eks' || cov.service === 'savings-plans') continue;
    pairs.set(`${cov.service}|${cov.region}`, {
      service: cov.service,
      region: cov.region,
      fetchedAt,
      count: cov.count,
    });
  }
  const folder = tempDataFolder();
  const cache = mergeIntoCache(undefined, entries, [...pairs.values()], fetchedAt);
  await writeCacheFile(folder, cache);
  // The first load is the one a starting app pays (cold code); later ones show the steady cost.
  const runs: Array<{ load: number; merge: number }> = [];
  for (let i = 0; i < 5; i++) {
    const t1 = performance.now();
    const loaded = await loadCacheFile(folder, new Date());
    const t2 = performance.now();
    if (loaded.kind !== 'ok')
      throw new Error(`the benchmark cache did not load: ${loaded.kind === 'corrupt' ? loaded.warning : 'absent'}`);
    mergeCatalog(snapshot, loaded.cache);
    runs.push({ load: t2 - t1, merge: performance.now() - t2 });
  }
  const size = statSync(join(folder, 'prices-cache.json')).size;
  const totals = runs.map((r) => r.load + r.merge).sort((a, b) => a - b);
  const first = runs[0]!;
  console.log(
    `cache load, all regions: ${entries.length} prices, ${(size / 1e6).toFixed(1)} MB: first load ${(first.load + first.merge).toFixed(0)} ms ` +
      `(read+validate+expand ${first.load.toFixed(0)} ms, merge ${first.merge.toFixed(0)} ms), median of ${runs.length} ${totals[2]!.toFixed(0)} ms (target < 50 ms)`,
  );

  const snap = statSync(join(findRepoRoot(process.cwd()), SNAPSHOT_RELATIVE_PATH)).size;
  console.log(`snapshot on disk: ${(snap / 1024).toFixed(0)} KiB for ${snapshot.entries.length} prices`);
}
