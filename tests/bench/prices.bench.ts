/**
 * Price benchmarks: requests of a full one-region refresh against the fake server (and the minimum
 * the queries allow), a one-region refresh from the fake public price list with a 250 MB offer file
 * (bytes, requests, seconds, MB/s, peak memory), streaming parse speed against JSON.parse,
 * normalization throughput, snapshot size. The cache's start-up load is pricesCache.bench.ts.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { productQueries } from '../../src-main/prices/fetch/queries';
import { savingsPlansQueries } from '../../src-main/prices/fetch/savingsPlansRates';
import { collectPriceListItems } from '../../src-main/prices/normalize/normalizeProducts';
import { OutcomeCollector } from '../../src-main/prices/normalize/outcome';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';
import { findRepoRoot, SNAPSHOT_RELATIVE_PATH } from '../../src-main/prices/snapshot/sourcePaths';
import { startFakeAwsServer } from '../main/prices/fakeAwsServer';
import { ec2Region, sageMakerRegion } from '../main/prices/fixtures';
import { regionData, testService } from '../main/prices/helpers';
import { parseSpeed, publicRefreshFigures } from './prices/publicRefresh';

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
      ) +
      savingsPlansQueries('us-east-1').length +
      1; // EC2 spot prices: one DescribeSpotPriceHistory page
    console.log(
      `full refresh, 1 region: ${server.requests.length} requests (${report.products} products, ok=${report.ok}); minimum with these filters: ${minimum} (one per query) + extra pages for queries over 100 products`,
    );
  } finally {
    await server.close();
  }

  for (const line of await publicRefreshFigures(250e6)) console.log(line);
  for (const line of await parseSpeed(60e6)) console.log(line);

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

  const snapshot = loadEmbeddedSnapshot();
  const snap = statSync(join(findRepoRoot(process.cwd()), SNAPSHOT_RELATIVE_PATH)).size;
  console.log(`snapshot on disk: ${(snap / 1024).toFixed(0)} KiB for ${snapshot.entries.length} prices`);
}
