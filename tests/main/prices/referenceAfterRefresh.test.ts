// The reference scenarios priced after a refresh from the fake Price List API and after one from the
// fake public price list, in three regions, against totals worked out by hand from the prices the
// fake servers send (the fixtures' us-east-1 prices × the region's factor f). Tolerance: 0.5%. The
// same refreshes with SKUs carrying extra attributes must keep every design priced, at the same totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriceCatalog } from '@shared/prices/catalog';
import { startFakeAwsServer } from './fakeAwsServer';
import { startFakePublicServer } from './fakePublicServer';
import { publicTestService, testService } from './helpers';
import { publicPriceFiles } from './publicFiles';
import { REFERENCE_REGIONS, referenceApiData, referencePublicOptions } from './referenceRefreshData';
import { estimateOf, expectWithinHalfPercent, REQUESTS_PER_MONTH } from './referenceScenarios';

interface Scenario {
  name: string;
  hosting: Record<string, unknown>;
  purchase?: Record<string, unknown>;
  /** The hand-derived total at factor 1 (every price in it scales with f). */
  atFactorOne: number;
}

// 26,280,000 requests × 0.1 s = 2,628,000 s a month = 3,600 s every hour (a mean concurrency of 1).
const SCENARIOS: Scenario[] = [
  {
    // 2 instances × 730 h × $0.204 = $297.84; storage 30 GB × 2 instances = 60 GB-months × $0.14 = $8.40.
    name: 'two ml.c5.xlarge real-time instances',
    hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
    atFactorOne: 297.84 + 8.4,
  },
  {
    // Commitment sized to the steady floor: 2 × $0.1387 = $0.2774/h × 730 h = $202.502; storage $8.40.
    name: 'the same on a SageMaker Savings Plan (fetched plan rate)',
    hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
    purchase: { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' },
    atFactorOne: 202.502 + 8.4,
  },
  {
    // 2,628,000 s × $0.00004 (2 GB) = $105.12.
    name: 'serverless 2 GB on-demand',
    hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 },
    atFactorOne: 105.12,
  },
  {
    // The plan rates list serverless 2 GB at $0.000032/s: 3,600 s × $0.000032 = $0.1152/h × 730 h = $84.096.
    name: 'serverless 2 GB on a SageMaker Savings Plan (the plan rates list serverless usage)',
    hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 },
    purchase: { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' },
    atFactorOne: 84.096,
  },
  {
    // 3 × 730 h × $1.006 = $2,203.14.
    name: 'three g5.xlarge EC2 instances on-demand',
    hosting: { type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 3 },
    atFactorOne: 2203.14,
  },
  {
    // 3 × $0.81/h committed (the steady floor) × 730 h = $1,773.90.
    name: 'the same on a Compute Savings Plan',
    hosting: { type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 3 },
    purchase: { type: 'compute-savings-plan', termYears: 1, payment: 'no-upfront' },
    atFactorOne: 1773.9,
  },
  {
    // Requests 26,280,000 × $0.0000002 = $5.256; duration 2,628,000 GB-s × $0.0000166667 = $43.80 (first tier).
    name: 'Lambda 1 GB x86',
    hosting: { type: 'lambda', memoryMB: 1024, architecture: 'x86_64' },
    atFactorOne: 5.256 + 43.8,
  },
  {
    // $0.00025 / $0.00125 per 1K tokens = $0.25 / $1.25 per 1M. In: 26,280,000 × 500 = 13,140 M × $0.25 =
    // $3,285; out: 26,280,000 × 200 = 5,256 M × $1.25 = $6,570.
    name: 'Bedrock Claude 3 Haiku',
    hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' },
    atFactorOne: 3285 + 6570,
  },
];

const REGIONS = Object.keys(REFERENCE_REGIONS);

/** Every scenario in every region matches its hand-derived total and needs no derived rate. */
function expectReferenceTotals(catalog: PriceCatalog): void {
  expect(REQUESTS_PER_MONTH).toBe(26_280_000);
  let checked = 0;
  for (const region of REGIONS) {
    const f = REFERENCE_REGIONS[region]!;
    for (const s of SCENARIOS) {
      const e = estimateOf(catalog, { ...s.hosting, region }, s.purchase);
      const what = `${s.name} in ${region}`;
      expectWithinHalfPercent(e.monthlyUsd, s.atFactorOne * f, what);
      expect({ what, derived: e.includesDerivedRates }).toEqual({ what, derived: false });
      // Each priced line names a refreshed source, not the built-in prices.
      for (const l of e.lineItems)
        if (l.monthlyUsd && l.priceSource)
          expect({ what, origin: l.priceSource.origin }).not.toMatchObject({ origin: 'snapshot' });
      checked += 1;
    }
  }
  expect(checked).toBe(REGIONS.length * SCENARIOS.length);
}

/** Three g5.xlarge EC2 instances on spot in every region: 3 × 730 h × the region's spot price, from `label`. */
function expectSpotTotals(catalog: PriceCatalog, hourly: (region: string) => number, label: string): void {
  for (const region of REGIONS) {
    const e = estimateOf(
      catalog,
      { type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 3, region },
      { type: 'spot' },
    );
    expectWithinHalfPercent(e.monthlyUsd, 3 * 730 * hourly(region), `spot in ${region}`);
    expect(e.lineItems[0]!.priceSource?.label).toBe(label);
  }
}

describe.each([false, true])('reference scenarios after refreshes (extra SKU attributes: %s)', (extra) => {
  describe('Price List API', () => {
    let catalog: PriceCatalog;
    beforeAll(async () => {
      process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
      const server = await startFakeAwsServer(referenceApiData(extra));
      try {
        const service = testService(server.url);
        const report = await service.refresh({ regions: REGIONS, source: 'api' });
        expect(report.ok, report.error).toBe(true);
        catalog = service.getCatalog();
      } finally {
        await server.close();
      }
    });
    it('prices every scenario in every region at the hand-derived totals', () => expectReferenceTotals(catalog));
    // Two zones at $0.40 and $0.44 × f: a mean of $0.42 × f; 3 × 730 h × $0.42 = $919.80 × f.
    it('prices spot from DescribeSpotPriceHistory', () =>
      expectSpotTotals(
        catalog,
        (region) => 0.42 * REFERENCE_REGIONS[region]!,
        'AWS EC2 API (DescribeSpotPriceHistory)',
      ));
  });

  describe('public price list', () => {
    let catalog: PriceCatalog;
    let closeServer: () => Promise<void>;
    beforeAll(async () => {
      const server = await startFakePublicServer(publicPriceFiles(REGIONS, referencePublicOptions(extra)));
      closeServer = server.close;
      const service = publicTestService(server.url);
      const report = await service.refresh({ regions: REGIONS, source: 'public' });
      expect(report.ok, report.error).toBe(true);
      catalog = service.getCatalog();
    });
    afterAll(() => closeServer());
    it('prices every scenario in every region at the hand-derived totals', () => expectReferenceTotals(catalog));
    // spot.json: g5.xlarge Linux $0.4020/h in every region; 3 × 730 h × $0.402 = $880.38.
    it('prices spot from the public spot feed', () =>
      expectSpotTotals(catalog, () => 0.402, 'AWS EC2 Spot pricing feed'));
  });
});
