// Reference scenarios priced on the committed snapshot in several regions, against totals worked out
// by hand from the source files' own numbers (quoted in each comment). Tolerance: 0.5%.
import { describe, expect, it } from 'vitest';
import { createPriceCatalog } from '@shared/prices/lookup';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import {
  estimateOf as estimateOn,
  expectWithinHalfPercent,
  REQUESTS_PER_MONTH as REQUESTS,
} from './referenceScenarios';

const catalog = createPriceCatalog(loadEmbeddedSnapshot());
const estimateOf = (hosting: Record<string, unknown>, purchase?: Record<string, unknown>) =>
  estimateOn(catalog, hosting, purchase);

describe('reference scenarios on the built-in prices', () => {
  it('eu-west-1: two ml.c5.xlarge real-time instances, 0 KiB payloads, priced with derived storage and data rates', () => {
    // Instances: 2 × 730 h × $0.23 (sagemaker-hosting-ondemand-by-region.json, eu-west-1) = $335.80.
    // Storage: 30 GB default volume × 2 instances = 60 GB-months × ($0.14 us-east-1 golden × 1.115,
    //   eu-west-1's hosting price level) = 60 × $0.1561 = $9.366.
    // Data processed IN/OUT: 0 GB (0 KiB payloads) = $0, whatever the rate.
    const e = estimateOf({
      type: 'sagemaker-realtime',
      instanceType: 'ml.c5.xlarge',
      instanceCount: 2,
      region: 'eu-west-1',
    });
    expectWithinHalfPercent(e.monthlyUsd, 335.8 + 9.366);
    expect(e.includesDerivedRates).toBe(true);
    const storage = e.lineItems.find((l) => l.label === 'Endpoint ML storage')!;
    expect(storage.priceSource?.origin).toBe('derived');
    expect(storage.priceSource?.derivedFrom).toBe('sagemaker/us-east-1/storage');
  });

  it('ap-northeast-1: serverless 2 GB at the us-east-1 rate (derived, stated)', () => {
    // 26,280,000 requests × 0.1 s = 2,628,000 s × $0.00004/s (2048 MB, us-east-1 golden; the same rate
    // in every region by the stated rule) = $105.12.
    const e = estimateOf({
      type: 'sagemaker-serverless',
      memoryMB: 2048,
      maxConcurrency: 20,
      region: 'ap-northeast-1',
    });
    expectWithinHalfPercent(e.monthlyUsd, 2_628_000 * 0.00004);
    expect(e.includesDerivedRates).toBe(true);
  });

  it('us-west-2: three g5.xlarge EC2 instances on-demand, no derived rate', () => {
    // 3 × 730 h × $1.006 (ec2-gpu-ondemand-and-1yr-ri-by-region.js.txt, us-west-2 onDemand) = $2,203.14.
    const e = estimateOf({ type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 3, region: 'us-west-2' });
    expectWithinHalfPercent(e.monthlyUsd, 3 * 730 * 1.006);
    expect(e.includesDerivedRates).toBe(false);
  });

  it('eu-central-1: two c5.xlarge on spot, an estimate from the Spot Advisor saving, labelled with its band', () => {
    // On-demand $0.194 (ec2-linux-ondemand-by-location.json, EU (Frankfurt)); Spot Advisor s = 58%, r = 4 (">20%").
    // 2 × 730 h × $0.194 × (1 − 0.58) = $118.96.
    const e = estimateOf(
      { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2, region: 'eu-central-1' },
      { type: 'spot' },
    );
    expectWithinHalfPercent(e.monthlyUsd, 2 * 730 * 0.194 * 0.42);
    expect(e.lineItems[0]!.priceSource?.rule).toMatch(/spot estimate, not a price.*interruption frequency >20%/);
    expect(e.warnings.join(' ')).toMatch(/Spot rate is an estimate/);
    // A discount the user typed beats the estimate: 2 × 730 × $0.194 × (1 − 0.6) = $113.30.
    const typed = estimateOf(
      { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2, region: 'eu-central-1' },
      { type: 'spot', discountPercent: 60 },
    );
    expectWithinHalfPercent(typed.monthlyUsd, 2 * 730 * 0.194 * 0.4);
  });

  it('eu-west-1: Bedrock Claude 3 Haiku from the EU cross-Region profile price (community data, derived in-region)', () => {
    // bedrock-litellm-prices-extract.json "eu.anthropic.claude-3-haiku-20240307-v1:0": 2.5e-7 in, 1.25e-6 out per token.
    // In: 26,280,000 × 500 = 13,140 M tokens × $0.25 = $3,285.  Out: 26,280,000 × 200 = 5,256 M × $1.25 = $6,570.
    const e = estimateOf({ type: 'bedrock', model: 'anthropic.claude-3-haiku', region: 'eu-west-1' });
    expectWithinHalfPercent(e.monthlyUsd, 3285 + 6570);
    expect(e.lineItems[0]!.priceSource?.label).toMatch(/community data/);
  });

  it('us-east-1: Bedrock Llama 3.1 70B at the AWS page price, not the stale community one', () => {
    // bedrock-pricing-page-us-east-1-2025-07-20.md: $0.00072 per 1,000 tokens in and out = $0.72 per 1M
    // (LiteLLM still has $0.99). In: 13,140 M × $0.72 = $9,460.80; out: 5,256 M × $0.72 = $3,784.32.
    const e = estimateOf({ type: 'bedrock', model: 'meta.llama3-1-70b-instruct', region: 'us-east-1' });
    expectWithinHalfPercent(e.monthlyUsd, 9460.8 + 3784.32);
    expect(e.includesDerivedRates).toBe(false);
  });

  it('sa-east-1: Lambda 1 GB x86', () => {
    // lambda-by-location.json, South America (Sao Paulo): requests $0.0000002, duration $0.0000166667/GB-s.
    // 26,280,000 × $0.0000002 = $5.256; 26,280,000 × 0.1 s × 1 GB = 2,628,000 GB-s × $0.0000166667 = $43.80.
    const e = estimateOf({ type: 'lambda', memoryMB: 1024, architecture: 'x86_64', region: 'sa-east-1' });
    expectWithinHalfPercent(e.monthlyUsd, 5.256 + 43.8);
    expect(REQUESTS).toBe(26_280_000);
  });

  it('prices every SageMaker real-time design in every region the hosting data has', () => {
    const regions = catalog.regions().filter((r) => catalog.lookup(`sagemaker/${r}/instance/Hosting/ml.m5.xlarge`).ok);
    expect(regions.length).toBeGreaterThan(30);
    for (const region of regions) {
      const e = estimateOf({ type: 'sagemaker-realtime', instanceType: 'ml.m5.xlarge', instanceCount: 1, region });
      expect({ region, monthly: typeof e.monthlyUsd }).toEqual({ region, monthly: 'number' });
    }
  });
});
