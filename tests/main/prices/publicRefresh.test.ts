/**
 * `prices refresh --source public` against the fake public price list server: real-shaped index,
 * region index, offer, Savings Plans and spot files, decoys, and the faults a download meets (cut
 * bodies, 5xx, no range support, damaged JSON, a slow stream cancelled). Every failure leaves the
 * previous cache byte for byte as it was, and says what happened.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import type { PriceEntry } from '@shared/prices/catalog';
import { cacheFilePath } from '../../../src-main/prices/cache/cacheFile';
import type { RefreshProgress } from '../../../src-main/prices/refreshTypes';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import { startFakePublicServer, type FakePublicServer, type PublicFaults } from './fakePublicServer';
import { publicTestService, regionData, testService } from './helpers';
import { generatedEc2Offer, generatedPrice, offerFilePath, publicPriceFiles, WANTED_EVERY } from './publicFiles';

let server: FakePublicServer | undefined;
let api: FakeAwsServer | undefined;
afterEach(async () => {
  await server?.close();
  await api?.close();
  server = undefined;
  api = undefined;
});

const US = { regions: ['us-east-1'], source: 'public' as const };
const EC2_OFFER = /AmazonEC2\/\d+\/us-east-1\/index\.json$/;

async function start(faults: PublicFaults = {}) {
  server = await startFakePublicServer(publicPriceFiles(['us-east-1', 'eu-west-1']), faults);
  return server;
}

/** A service with a cache from an earlier refresh (Lambda only), and the cache's bytes. */
async function withCache(url: string) {
  const service = publicTestService(url);
  expect((await service.refresh({ ...US, services: ['lambda'] })).ok).toBe(true);
  const path = cacheFilePath(service['deps'].dataFolder);
  return { service, path, before: readFileSync(path) };
}

const price = (service: ReturnType<typeof publicTestService>, key: string) => {
  const r = service.getCatalog().lookup(key);
  return r.ok ? r.price : undefined;
};

describe('public price list refresh (fake public server)', () => {
  it('reads every service from the public files, with the decoys left out, and labels the source', async () => {
    const s = await start();
    const service = publicTestService(s.url);
    const progress: RefreshProgress[] = [];
    const report = await service.refresh({ ...US, onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ ok: true, source: 'public', skippedCount: 0 });
    // Offer index, 4 region indexes, 4 offer files, the spot feed, 2 Savings Plans indexes and 2 files.
    expect(report.requests).toBe(14);
    expect(s.requests.map((r) => r.path)).toContain('/offers/v1.0/aws/index.json');
    expect(report.bytes).toBeGreaterThan(10_000);

    const hosting = price(service, priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(hosting).toMatchObject({ usd: 0.204, source: { origin: 'api', asOf: '2026-11-01' } });
    expect(hosting?.source.label).toBe('AWS public price list (AmazonSageMaker us-east-1, published 2026-11-20)');
    expect(price(service, priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'))?.usd).toBe(1.006);
    expect(
      price(service, priceKeys.ec2Reserved('us-east-1', 'g5.xlarge', 3, 'convertible', 'partial-upfront')),
    ).toMatchObject({
      usd: 0.2,
      upfrontUsd: 5256,
    });
    expect(price(service, priceKeys.lambdaDuration('us-east-1', 'arm64'))?.tiers).toHaveLength(3);
    expect(price(service, priceKeys.bedrockInputTokens('us-east-1', 'anthropic.claude-3-haiku'))?.usd).toBe(0.25);
    // Savings Plans: SageMaker, Compute and EC2 Instance plans; the Windows and Local Zone rates are decoys.
    const sp = (plan: 'sagemaker' | 'compute' | 'ec2-instance', usage: string) =>
      price(service, priceKeys.savingsPlanRate(plan, 'us-east-1', 1, 'no-upfront', usage));
    expect(sp('sagemaker', 'Hosting/ml.c5.xlarge')?.usd).toBe(0.1387);
    expect(sp('compute', 'g5.xlarge')?.usd).toBe(0.81);
    expect(sp('ec2-instance', 'g5.xlarge')?.usd).toBe(0.7);
    expect(sp('compute', 'g5.xlarge')?.source.label).toMatch(
      /AWS public price list \(AWSComputeSavingsPlan, published 2026-11-20\)/,
    );
    // Spot from the public feed.
    const spot = price(service, priceKeys.ec2Spot('us-east-1', 'g5.xlarge'));
    expect(spot).toMatchObject({ usd: 0.402, source: { label: 'AWS EC2 Spot pricing feed' } });
    // A size the feed marks N/A* gets no fetched price: the built-in estimate stays, marked not in this refresh.
    const unoffered = price(service, priceKeys.ec2Spot('us-east-1', 'g5.48xlarge'));
    expect(unoffered?.source.origin).not.toBe('api');
    expect(unoffered?.source.notInLatestRefresh).toBeDefined();
    // A region not asked for keeps the snapshot.
    expect(price(service, priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.c5.xlarge'))?.source.origin).toBe(
      'snapshot',
    );
    // Progress by bytes against the announced size of each file.
    const ec2 = progress.filter((p) => p.step === 'ec2 us-east-1 offer file' && p.bytes !== undefined);
    expect(ec2.length).toBeGreaterThan(0);
    expect(ec2.at(-1)?.bytes).toBe(ec2.at(-1)?.totalBytes);
    expect(ec2.at(-1)?.totalBytes).toBe((s.files.get(offerFilePath('AmazonEC2', 'us-east-1')) as Buffer).length);
  });

  it('places the same products at the same prices as the Query API path (the same normalizers)', async () => {
    const s = await start();
    api = await startFakeAwsServer(regionData('us-east-1'));
    const services = ['sagemaker', 'ec2', 'lambda', 'bedrock'] as const;
    const viaPublic = publicTestService(s.url);
    const viaApi = testService(api.url);
    expect((await viaPublic.refresh({ ...US, services: [...services] })).ok).toBe(true);
    expect((await viaApi.refresh({ regions: ['us-east-1'], services: [...services], source: 'api' })).ok).toBe(true);
    const mine = (svc: typeof viaApi) =>
      svc
        .catalogData()
        .entries.filter((e) => e.source.origin === 'api' && !e.key.includes('/spot/'))
        .map((e: PriceEntry) => ({ key: e.key, usd: e.usd, unit: e.unit, tiers: e.tiers, upfrontUsd: e.upfrontUsd }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(mine(viaPublic).length).toBeGreaterThan(20);
    expect(mine(viaPublic)).toEqual(mine(viaApi));
  });

  it('without a source and without credentials, reads the public price list', async () => {
    const s = await start();
    const { PricingClient } = await import('@aws-sdk/client-pricing');
    const { SavingsplansClient } = await import('@aws-sdk/client-savingsplans');
    const { EC2Client } = await import('@aws-sdk/client-ec2');
    const noCreds = async () => {
      throw Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      });
    };
    const cfg = { region: 'us-east-1', credentials: noCreds, maxAttempts: 1 };
    const service = publicTestService(s.url, {
      clientFactory: () => ({
        pricing: new PricingClient(cfg),
        savingsPlans: new SavingsplansClient(cfg),
        ec2: (region) => new EC2Client({ ...cfg, region }),
      }),
    });
    const report = await service.refresh({ regions: ['us-east-1'], services: ['lambda'] });
    expect(report).toMatchObject({ ok: true, source: 'public' });
    expect(service.status().credentialsFound).toBe(false);
  });

  it('resumes a download cut short where the server supports ranges', async () => {
    const s = await start({ truncate: { path: EC2_OFFER, count: 1 } });
    const service = publicTestService(s.url);
    const report = await service.refresh({ ...US, services: ['ec2'] });
    expect(report.ok).toBe(true);
    const ec2 = s.requests.filter((r) => EC2_OFFER.test(r.path));
    expect(ec2).toHaveLength(2);
    expect(ec2[1]!.range).toMatch(/^bytes=\d+-$/);
    expect(price(service, priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'))?.usd).toBe(1.006);
  });

  it('starts a cut download over when the server ignores ranges, without counting anything twice', async () => {
    const s = await start({ truncate: { path: EC2_OFFER, count: 1 }, noRanges: true });
    const whole = publicTestService(s.url);
    const report = await whole.refresh({ ...US, services: ['ec2'] });
    expect(report.ok).toBe(true);
    expect(s.requests.filter((r) => EC2_OFFER.test(r.path)).every((r) => r.range === undefined)).toBe(true);
    server!.faults = {};
    const again = await publicTestService(s.url).refresh({ ...US, services: ['ec2'] });
    expect(report.prices).toBe(again.prices);
    expect(report.products).toBe(again.products);
  });

  it.each([
    [
      'a body always cut short',
      (): PublicFaults => ({ truncate: { path: EC2_OFFER, count: 99 } }),
      'network',
      /connection dropped/,
    ],
    [
      'a 5xx on every resumption after a cut',
      (): PublicFaults => ({
        truncate: { path: EC2_OFFER, count: 1 },
        serverErrors: { path: EC2_OFFER, count: 99, after: 1 },
      }),
      'api',
      /HTTP 503/,
    ],
  ] as const)('fails on %s, leaving the cache byte-identical', async (_name, faults, kind, message) => {
    const s = await start();
    const { service, path, before } = await withCache(s.url);
    s.faults = faults();
    const report = await service.refresh({ ...US, services: ['ec2'] });
    expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: kind });
    expect(report.error).toMatch(message);
    expect(report.error).toMatch(/cached prices are unchanged/);
    expect(readFileSync(path)).toEqual(before);
  });

  it('reports a service the offer index does not name, and still refreshes the others', async () => {
    const s = await start();
    const index = JSON.parse((s.files.get('/offers/v1.0/aws/index.json') as Buffer).toString()) as {
      offers: Record<string, unknown>;
    };
    delete index.offers['AmazonBedrock'];
    s.files.set('/offers/v1.0/aws/index.json', Buffer.from(JSON.stringify(index)));
    const report = await publicTestService(s.url).refresh({ ...US, services: ['bedrock', 'lambda'] });
    expect(report.ok).toBe(true);
    expect(report.skipped).toEqual([
      { service: 'bedrock', region: 'us-east-1', reason: 'the price list offer index names no offer AmazonBedrock' },
    ]);
    expect(report.prices).toBeGreaterThan(0);
  });

  it('rides out a few 5xx answers with retries', async () => {
    const s = await start({ serverErrors: { path: /region_index\.json$/, count: 2 } });
    const report = await publicTestService(s.url).refresh({ ...US, services: ['sagemaker'] });
    expect(report.ok).toBe(true);
    expect(s.requests.filter((r) => /AmazonSageMaker\/current\/region_index/.test(r.path))).toHaveLength(3);
  });

  it('fails clearly on a damaged offer file, leaving the cache byte-identical', async () => {
    const s = await start();
    const { service, path, before } = await withCache(s.url);
    const file = s.files.get(offerFilePath('AmazonEC2', 'us-east-1')) as Buffer;
    s.files.set(offerFilePath('AmazonEC2', 'us-east-1'), file.subarray(0, Math.floor(file.length * 0.7)));
    const report = await service.refresh({ ...US, services: ['ec2'] });
    expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: 'api' });
    expect(report.error).toMatch(/truncated or damaged/);
    expect(readFileSync(path)).toEqual(before);
  });

  it('cancels a slow download at once, leaving the cache byte-identical', async () => {
    const s = await start({ slow: { path: EC2_OFFER, bytes: 64, everyMs: 20 } });
    const { service, path, before } = await withCache(s.url);
    const controller = new AbortController();
    const started = Date.now();
    const report = await service.refresh({
      ...US,
      services: ['ec2'],
      signal: controller.signal,
      onProgress: (p) => {
        if (p.bytes !== undefined && p.step.includes('offer file')) controller.abort();
      },
    });
    expect(report).toMatchObject({ ok: false, status: 'cancelled' });
    expect(report.error).toMatch(/cancelled; cached prices are unchanged/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(readFileSync(path)).toEqual(before);
  });

  it('streams a large generated offer file, keeping only the wanted products', async () => {
    const s = await start();
    // 24 MB here (the price benchmark streams 250 MB): enough for thousands of chunks and products.
    const big = generatedEc2Offer('us-east-1', 24e6);
    s.files.set(offerFilePath('AmazonEC2', 'us-east-1'), big);
    const service = publicTestService(s.url);
    const report = await service.refresh({ ...US, services: ['ec2'] });
    expect(report.ok).toBe(true);
    expect(report.products).toBe(big.products);
    // On-demand and one reserved term per wanted product, plus the feed's one spot price.
    expect(report.prices).toBe(big.wanted * 2 + 1);
    // The big file and the small index and spot files.
    expect(report.bytes).toBeGreaterThan(big.size);
    expect(report.bytes).toBeLessThan(big.size + 100_000);
    const i = WANTED_EVERY * 7;
    const type = `x${i.toString().padStart(7, '0')}.large`;
    expect(price(service, priceKeys.ec2OnDemand('us-east-1', type))?.usd).toBe(Number(generatedPrice(i)));
    expect(
      price(service, priceKeys.ec2OnDemand('us-east-1', `x${(i + 1).toString().padStart(7, '0')}.large`)),
    ).toBeUndefined();
  });
});
