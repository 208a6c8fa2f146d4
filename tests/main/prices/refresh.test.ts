import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { cacheFilePath, writeCacheFile } from '../../../src-main/prices/cache/cacheFile';
import { CACHE_FILE_NAME } from '../../../src-main/prices/cache/cacheSchema';
import { defaultPriceClientFactory } from '../../../src-main/prices/fetch/clients';
import type { RefreshProgress } from '../../../src-main/prices/refreshTypes';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import { awsEnvFor, regionData, testService, withEnv } from './helpers';

let server: FakeAwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ONE_REGION = { regions: ['us-east-1'] };

describe('refresh against the fake AWS server (real SDK clients)', () => {
  it('fetches every service, normalizes, caches and reports progress', async () => {
    server = await startFakeAwsServer(regionData());
    const service = testService(server.url);
    const progress: RefreshProgress[] = [];
    const report = await service.refresh({ ...ONE_REGION, onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ ok: true, status: 'ok', skippedCount: 0 });
    const cat = service.getCatalog();
    const hosting = cat.lookup(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(hosting.ok && hosting.price.source.origin).toBe('api');
    expect(hosting.ok && hosting.price.usd).toBe(0.204);
    const sp = cat.lookup(priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 1, 'no-upfront', 'Hosting/ml.c5.xlarge'));
    expect(sp.ok && sp.price.usd).toBe(0.1387);
    // A region not refreshed keeps its snapshot prices.
    const ireland = cat.lookup(priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.c5.xlarge'));
    expect(ireland.ok && ireland.price.source.origin).toBe('snapshot');
    expect(progress.length).toBe(report.pages);
    expect(progress.at(-1)?.products).toBe(report.products);
    expect(server.requests.map((r) => r.operation)).toContain('DescribeSavingsPlansOfferingRates');
    expect(
      JSON.parse(gunzipSync(readFileSync(cacheFilePath(service['deps'].dataFolder))).toString('utf8')).format,
    ).toBe('infercalc-prices-cache');
    expect(service.status().kind).toBe('cache');
  });

  it('rides out throttling bursts and 5xx with retries', async () => {
    server = await startFakeAwsServer(regionData(), { throttle: 2, serverErrors: 1 });
    const report = await testService(server.url).refresh({ ...ONE_REGION, services: ['sagemaker'] });
    expect(report.ok).toBe(true);
    expect(server.requests.length).toBe(report.requests + 3);
  });

  it('fails after N pages, leaving the previous cache intact', async () => {
    server = await startFakeAwsServer(regionData());
    const service = testService(server.url);
    expect((await service.refresh({ ...ONE_REGION, services: ['lambda'] })).ok).toBe(true);
    const path = cacheFilePath(service['deps'].dataFolder);
    const before = readFileSync(path);
    server.faults.failAfterPages = 2;
    const report = await service.refresh({ ...ONE_REGION, services: ['sagemaker'] });
    expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: 'api' });
    expect(report.error).toMatch(/cached prices are unchanged/);
    expect(readFileSync(path)).toEqual(before);
    const c = service.getCatalog().lookup(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(c.ok && c.price.source.origin).toBe('snapshot');
  });

  it('reports a failed cache write as errorKind cache, leaving the old cache intact', async () => {
    server = await startFakeAwsServer(regionData());
    let failWrites = false;
    const service = testService(server.url, {
      writeCache: async (folder, cache) => {
        if (!failWrites) return writeCacheFile(folder, cache);
        // Half a temp file, then the disk fills up: what a real failed write leaves at worst.
        writeFileSync(join(folder, `${CACHE_FILE_NAME}.tmp-999-0`), '{"format": "infercalc-pri');
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
    expect((await service.refresh({ ...ONE_REGION, services: ['lambda'] })).ok).toBe(true);
    const folder = service['deps'].dataFolder;
    const before = readFileSync(cacheFilePath(folder));
    failWrites = true;
    const report = await service.refresh({ ...ONE_REGION, services: ['sagemaker'] });
    expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: 'cache' });
    expect(report.error).toMatch(/price cache could not be written .*ENOSPC.*cached prices are unchanged/);
    expect(service.status().lastRefresh?.errorKind).toBe('cache');
    expect(readFileSync(cacheFilePath(folder))).toEqual(before);
    // In memory too: the fetched SageMaker prices were not kept, the cached Lambda prices still are.
    const hosting = service.getCatalog().lookup(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(hosting.ok && hosting.price.source.origin).toBe('snapshot');
    const lambda = service.getCatalog().lookup(priceKeys.lambdaRequests('us-east-1', 'x86_64'));
    expect(lambda.ok && lambda.price.source.origin).toBe('api');
    // The next start loads the old cache and clears the leftover temp file.
    const restarted = testService(server.url, { dataFolder: folder });
    await restarted.load();
    expect(restarted.status().kind).toBe('cache');
    expect(restarted.status().warnings.join(' ')).not.toMatch(/corrupt|could not|moved to/);
    expect(readdirSync(folder).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('skips and counts a corrupt entry, keeping the rest', async () => {
    const data = regionData();
    data.products['AWSLambda']!.push(
      '{"product": {"sku": "BAD", "attributes": {"regionCode": "us-east-1"}}, "terms": {"OnDemand": {"x": {"effectiveDate": "2026-11-01", "priceDimensions": {"r": {"rateCode": "r", "unit": "Requests", "pricePerUnit": {"USD": "cheap"}}}}}}}',
    );
    server = await startFakeAwsServer(data);
    const service = testService(server.url);
    const report = await service.refresh({ ...ONE_REGION, services: ['lambda'] });
    expect(report).toMatchObject({ ok: true, skippedCount: 1 });
    expect(report.skipped[0]?.reason).toMatch(/not a number/);
    expect(service.getCatalog().lookup(priceKeys.lambdaRequests('us-east-1', 'x86_64')).ok).toBe(true);
  });

  it('restarts a query whose NextToken expired', async () => {
    server = await startFakeAwsServer(regionData('us-east-1', 150), { expireTokens: 1 });
    const service = testService(server.url);
    const report = await service.refresh({ ...ONE_REGION, services: ['ec2'] });
    expect(report).toMatchObject({ ok: true, restarts: 1 });
    expect(service.getCatalog().keysWithPrefix('ec2/us-east-1/on-demand/m9.').length).toBe(149);
  });

  it('cancels a slow refresh; the cache stays untouched', async () => {
    server = await startFakeAwsServer(regionData(), { delayMs: 300 });
    const service = testService(server.url);
    const pending = service.refresh(ONE_REGION);
    setTimeout(() => service.cancel(), 50);
    const report = await pending;
    expect(report.status).toBe('cancelled');
    expect(service.status().kind).toBe('snapshot');
    expect(() => readFileSync(cacheFilePath(service['deps'].dataFolder))).toThrow();
  });

  it('cancels through the caller AbortSignal too', async () => {
    server = await startFakeAwsServer(regionData(), { delayMs: 300 });
    const ac = new AbortController();
    const pending = testService(server.url).refresh({ ...ONE_REGION, signal: ac.signal });
    setTimeout(() => ac.abort(), 30);
    expect((await pending).status).toBe('cancelled');
  });

  it('runs two refreshes at once as one fetch', async () => {
    server = await startFakeAwsServer(regionData());
    const single = await testService(server.url).refresh(ONE_REGION);
    server.requests.length = 0;
    const service = testService(server.url);
    const a = service.refresh(ONE_REGION);
    const b = service.refresh(ONE_REGION);
    expect(b).toBe(a);
    await Promise.all([a, b]);
    expect(server.requests.length).toBe(single.requests);
  });

  it('reports an unreachable endpoint as a network failure', async () => {
    server = await startFakeAwsServer(regionData());
    const url = server.url;
    await server.close();
    server = undefined;
    const report = await testService(url).refresh(ONE_REGION);
    expect(report).toMatchObject({ ok: false, errorKind: 'network' });
  });

  it('reports missing credentials clearly', async () => {
    server = await startFakeAwsServer(regionData());
    const { PricingClient } = await import('@aws-sdk/client-pricing');
    const { SavingsplansClient } = await import('@aws-sdk/client-savingsplans');
    const { EC2Client } = await import('@aws-sdk/client-ec2');
    const noCreds = async () => {
      const e = new Error('Could not load credentials from any providers');
      e.name = 'CredentialsProviderError';
      throw e;
    };
    const cfg = { region: 'us-east-1', endpoint: server.url, credentials: noCreds, maxAttempts: 1 };
    // Asked for the API explicitly (without a source, no credentials means the public price list).
    const report = await testService(server.url, {
      clientFactory: () => ({
        pricing: new PricingClient(cfg),
        savingsPlans: new SavingsplansClient(cfg),
        ec2: (region) => new EC2Client({ ...cfg, region }),
      }),
    }).refresh({ ...ONE_REGION, source: 'api' });
    expect(report).toMatchObject({ ok: false, errorKind: 'credentials' });
    expect(report.error).toMatch(/--profile/);
    expect(server.requests).toHaveLength(0);
  });

  it('honours AWS_ENDPOINT_URL_PRICING / _SAVINGSPLANS with the default factory', async () => {
    server = await startFakeAwsServer(regionData());
    const url = server.url;
    await withEnv(awsEnvFor(url), async () => {
      const report = await testService(url, { clientFactory: defaultPriceClientFactory }).refresh({
        ...ONE_REGION,
        services: ['lambda', 'savings-plans'],
      });
      expect(report.ok).toBe(true);
      expect(server!.requests.length).toBe(report.requests);
    });
  });

  it('uses the server-side filters: decoys the filters can exclude never travel', async () => {
    server = await startFakeAwsServer(regionData());
    await testService(server.url).refresh({ ...ONE_REGION, services: ['ec2'] });
    const body = server.requests[0]!.body as { Filters: Array<{ Field: string }>; MaxResults: number };
    expect(body.MaxResults).toBe(100);
    expect(body.Filters.map((f) => f.Field)).toEqual(
      expect.arrayContaining(['regionCode', 'operatingSystem', 'tenancy', 'capacitystatus']),
    );
  });
});
