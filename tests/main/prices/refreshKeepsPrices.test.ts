// A refresh never loses a price silently: SKUs classified by usage type and product family (extra
// attributes do not move them), and a meter the refresh lacks keeps its previous price, marked.
import { afterEach, describe, expect, it } from 'vitest';
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';
import { sourceInWords } from '@shared/prices/provenance';
import { PriceStatusSchema } from '@shared/api/schemas/prices';
import { keepPricesMissingFromRefresh } from '../../../src-main/prices/keepPrevious';
import { collectPriceListItems } from '../../../src-main/prices/normalize/normalizeProducts';
import { OutcomeCollector } from '../../../src-main/prices/normalize/outcome';
import { PriceService } from '../../../src-main/prices/PriceService';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import { item, sageMakerInstance } from './fixtures';
import { regionData, testService } from './helpers';

const FETCHED = '2026-11-27T10:00:00.000Z';

function sageMaker(items: string[]) {
  const c = new OutcomeCollector();
  collectPriceListItems(c, 'sagemaker', items, FETCHED);
  const out = c.result();
  return { ...out, byKey: new Map<string, PriceEntry>(out.entries.map((e) => [e.key, e])) };
}

const serverless = (attrs: Record<string, string>, family = 'ML Serverless') =>
  item({ regionCode: 'eu-west-1', usagetype: 'EU-ServerlessInf:Mem-4GB', ...attrs }, [
    { usd: '0.0000800000', unit: 'Second', description: 'Serverless inference per second, 4 GB' },
  ]).replace('"productFamily":"ML Instance"', `"productFamily":"${family}"`);

describe('SageMaker SKUs with extra attributes', () => {
  it('keeps a serverless SKU that carries a component attribute serverless', () => {
    const r = sageMaker([serverless({ component: 'Hosting' }), serverless({ component: 'ServerlessInference' })]);
    expect(r.byKey.get(priceKeys.sageMakerServerlessCompute('eu-west-1', 4096))?.usd).toBe(0.00008);
    expect(r.entries).toHaveLength(1);
    expect(r.skipped).toEqual([]);
  });

  it('keeps a serverless SKU serverless even under the instance product family', () => {
    const r = sageMaker([serverless({ component: 'Hosting', instanceName: 'ml.m5.xlarge' }, 'ML Instance')]);
    expect([...r.byKey.keys()]).toEqual([priceKeys.sageMakerServerlessCompute('eu-west-1', 4096)]);
  });

  it('takes the component of an instance SKU from its usage type, not a contradicting attribute', () => {
    const async = sageMakerInstance('us-east-1', 'AsyncInf', 'ml.g5.xlarge', '1.4080000000').replace(
      '"component":"AsyncInf"',
      '"component":"Hosting","deploymentOption":"Serverless","gpuMemory":"24 GiB"',
    );
    const r = sageMaker([async]);
    expect([...r.byKey.keys()]).toEqual([priceKeys.sageMakerInstance('us-east-1', 'AsyncInf', 'ml.g5.xlarge')]);
  });

  it('still ignores training instances and places data and storage SKUs that carry a component', () => {
    const training = sageMakerInstance('us-east-1', 'Training', 'ml.c5.xlarge', '0.2040000000');
    const dataIn = item({ regionCode: 'us-east-1', usagetype: 'USE1-Data-Bytes-In', component: 'Hosting' }, [
      { usd: '0.0160000000', unit: 'GB' },
    ]);
    const r = sageMaker([training, dataIn]);
    expect([...r.byKey.keys()]).toEqual([priceKeys.sageMakerDataIn('us-east-1')]);
    expect(r.ignored).toBe(1);
  });
});

describe('keepPricesMissingFromRefresh', () => {
  const old = (key: string, usd: number): PriceEntry => ({
    key,
    usd,
    unit: 'second',
    source: { origin: 'snapshot', label: 'built-in prices: x', asOf: '2026-06-01' },
  });
  const fetched = [{ service: 'sagemaker', region: 'us-east-1' }];

  it('keeps what a fetched pair lacks, marked with the refresh time, and nothing else', () => {
    const previous = [
      old('sagemaker/us-east-1/serverless-compute/2048', 0.00004),
      old('sagemaker/us-east-1/data-in', 0.016),
      old('sagemaker/eu-west-1/data-in', 0.017), // pair not fetched: the merge keeps it anyway
      {
        ...old('sagemaker/us-east-1/storage', 0.2),
        source: { origin: 'user' as const, label: 'user-provided', asOf: '2026-11-01' },
      },
    ];
    const fresh = [
      { ...old('sagemaker/us-east-1/data-in', 0.016), source: { ...previous[1]!.source, origin: 'api' as const } },
    ];
    const kept = keepPricesMissingFromRefresh(previous, fresh, fetched, FETCHED);
    expect(kept).toEqual([{ ...previous[0]!, source: { ...previous[0]!.source, notInLatestRefresh: FETCHED } }]);
    expect(previous[0]!.source.notInLatestRefresh).toBeUndefined();
    expect(sourceInWords(kept[0]!.source).text).toMatch(/not in the latest refresh \(2026-11-27\)/);
  });
});

let server: FakeAwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a refresh that drops a meter', () => {
  it('keeps the previous price with its own date, marked, in the report, the status and a reload from the cache', async () => {
    // The fake API's SageMaker answer lacks 4 GB serverless, which the snapshot prices (derived).
    server = await startFakeAwsServer(regionData());
    const service = testService(server.url);
    await service.load();
    const key = priceKeys.sageMakerServerlessCompute('us-east-1', 4096);
    const before = service.getCatalog().lookup(key);
    expect(before.ok).toBe(true);
    const report = await service.refresh({ regions: ['us-east-1'], services: ['sagemaker'] });
    expect(report.ok).toBe(true);
    expect(report.keptFromBefore).toBeGreaterThan(0);

    const after = service.getCatalog().lookup(key);
    expect(after.ok && before.ok && after.price.usd).toBe(before.ok && before.price.usd);
    expect(after.ok && after.price.source).toMatchObject({
      asOf: before.ok ? before.price.source.asOf : '',
      notInLatestRefresh: report.startedAt,
    });
    // What the refresh did return is the API's price, unmarked.
    const fetchedPrice = service.getCatalog().lookup(priceKeys.sageMakerServerlessCompute('us-east-1', 2048));
    expect(fetchedPrice.ok && fetchedPrice.price.source.origin).toBe('api');
    expect(fetchedPrice.ok && fetchedPrice.price.source.notInLatestRefresh).toBeUndefined();

    const status = PriceStatusSchema.parse(service.status());
    expect(status.notInLatestRefreshCount).toBe(report.keptFromBefore);
    // Listed one by one up to a limit, by key; the count says how many in all.
    expect(status.notInLatestRefresh).toHaveLength(Math.min(200, report.keptFromBefore));
    expect(status.notInLatestRefresh[0]).toMatchObject({ refreshedAt: report.startedAt });
    expect(report.keptSample.length).toBeGreaterThan(0);

    // The mark survives the cache file: a new service on the same folder reads it back.
    const reloaded = new PriceService({ dataFolder: service['deps'].dataFolder });
    await reloaded.load();
    const again = reloaded.getCatalog().lookup(key);
    expect(again.ok && again.price.source.notInLatestRefresh).toBe(report.startedAt);
  });
});
