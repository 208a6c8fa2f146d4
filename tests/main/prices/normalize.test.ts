import { describe, expect, it } from 'vitest';
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys, savingsPlanUsage } from '@shared/prices/keys';
import {
  collectOfferingRates,
  collectPriceListItems,
  type PriceListService,
} from '../../../src-main/prices/normalize/normalizeProducts';
import { OutcomeCollector } from '../../../src-main/prices/normalize/outcome';
import { parsePriceListItem } from '../../../src-main/prices/normalize/product';
import { classifyProvisionedConcurrency } from '../../../src-main/prices/normalize/sageMaker';
import {
  bedrockRegion,
  ec2Region,
  item,
  lambdaRegion,
  offeringRate,
  sageMakerInstance,
  sageMakerRegion,
} from './fixtures';

const FETCHED = '2026-11-27T10:00:00.000Z';
const SERVERLESS = { productFamily: 'ML Serverless' };

function run(service: PriceListService, items: unknown[]) {
  const c = new OutcomeCollector();
  collectPriceListItems(c, service, items, FETCHED);
  const out = c.result();
  const byKey = new Map<string, PriceEntry>(out.entries.map((e) => [e.key, e]));
  return { ...out, byKey };
}

describe('Price List items', () => {
  it('accepts boxed String objects, as the SDK returns them', () => {
    const boxed = new String(sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge', '0.204'));
    expect(typeof boxed).toBe('object');
    expect(parsePriceListItem(boxed).ok).toBe(true);
  });

  it('skips and counts an entry of unknown shape without failing the rest', () => {
    const r = run('sagemaker', ['{"product": {"sku": 5}}', 'not json', ...sageMakerRegion('us-east-1')]);
    expect(r.skipped).toHaveLength(2);
    expect(r.byKey.get(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'))?.usd).toBe(0.204);
  });

  it('skips a price that is not a number', () => {
    const r = run('sagemaker', [sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge', 'abc')]);
    expect(r.skipped[0]?.reason).toMatch(/not a number/);
    expect(r.entries).toHaveLength(0);
  });
});

describe('SageMaker', () => {
  const r = run('sagemaker', sageMakerRegion('us-east-1'));

  it('keeps the real hosting price among $0 decoys and ignores training', () => {
    const e = r.byKey.get(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(e?.usd).toBe(0.204);
    expect(e?.source).toMatchObject({
      origin: 'api',
      asOf: '2026-11-01',
      fetchedAt: FETCHED,
      usageType: 'USE1-Host:ml.c5.xlarge',
      label: 'AWS Price List API',
    });
    expect(e?.source.sku).toMatch(/^SKU/);
    expect(e?.source.rateCode).toMatch(/JRTCKXETXF/);
    expect([...r.byKey.keys()].some((k) => k.includes('Training'))).toBe(false);
    // The $0 twin is the same key; a $0 decoy alone never becomes a price.
    expect(run('sagemaker', [sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge', '0')]).entries).toHaveLength(0);
  });

  it('places async and batch SKUs as real (api) prices', () => {
    expect(r.byKey.get(priceKeys.sageMakerInstance('us-east-1', 'AsyncInf', 'ml.c5.xlarge'))?.source.origin).toBe(
      'api',
    );
    expect(r.byKey.get(priceKeys.sageMakerInstance('us-east-1', 'BatchTransform', 'ml.c5.xlarge'))?.usd).toBe(0.204);
  });

  it('places serverless, both PC meters, data and storage', () => {
    expect(r.byKey.get(priceKeys.sageMakerServerlessCompute('us-east-1', 2048))?.usd).toBe(0.00004);
    expect(r.byKey.get(priceKeys.sageMakerServerlessCompute('us-east-1', 6144))?.usd).toBe(0.00012);
    expect(r.byKey.get(priceKeys.sageMakerServerlessPcCapacity('us-east-1', 2048))?.usd).toBe(0.00001);
    expect(r.byKey.get(priceKeys.sageMakerServerlessPcExecution('us-east-1', 2048))?.usd).toBe(0.0000233);
    expect(r.byKey.get(priceKeys.sageMakerDataIn('us-east-1'))?.usd).toBe(0.016);
    expect(r.byKey.get(priceKeys.sageMakerDataOut('us-east-1'))?.unit).toBe('GB');
    expect(r.byKey.get(priceKeys.sageMakerStorage('us-east-1'))?.unit).toBe('GB-month');
  });

  it('tells PC meters apart by description, not usage type, and skips what it cannot tell', () => {
    expect(classifyProvisionedConcurrency('Provisioned concurrency warm capacity')).toBe('capacity');
    expect(classifyProvisionedConcurrency('Inference duration while provisioned')).toBe('execution');
    expect(classifyProvisionedConcurrency('something else')).toBeUndefined();
    // Usage types swapped relative to the fixture: the description still decides.
    const swapped = item(
      { regionCode: 'us-east-1', usagetype: 'USE1-ProvisionedConcurrency:Usage-1GB' },
      [{ usd: '0.0000116', unit: 'Second', description: 'Inference duration while provisioned, 1 GB' }],
      SERVERLESS,
    );
    expect(run('sagemaker', [swapped]).byKey.has(priceKeys.sageMakerServerlessPcExecution('us-east-1', 1024))).toBe(
      true,
    );
    const unclear = item(
      { regionCode: 'us-east-1', usagetype: 'USE1-ProvisionedConcurrency:Usage-1GB' },
      [{ usd: '0.0000116', unit: 'Second', description: 'ML serverless meter' }],
      SERVERLESS,
    );
    expect(run('sagemaker', [unclear]).skipped).toHaveLength(1);
    const perHour = item(
      { regionCode: 'us-east-1', usagetype: 'USE1-ProvisionedConcurrency:Usage-1GB' },
      [{ usd: '0.04', unit: 'Hrs', description: 'warm capacity' }],
      SERVERLESS,
    );
    expect(run('sagemaker', [perHour]).skipped[0]?.reason).toMatch(/expected seconds/);
  });
});

describe('EC2', () => {
  const r = run('ec2', ec2Region('us-east-1'));

  it('keeps Linux shared used capacity and ignores every decoy', () => {
    expect(r.byKey.get(priceKeys.ec2OnDemand('us-east-1', 'g5.xlarge'))?.usd).toBe(1.006);
    expect(r.ignored).toBe(4);
    expect(r.skipped).toHaveLength(0);
  });

  it('keeps reserved terms with hourly and upfront parts', () => {
    const ri = r.byKey.get(priceKeys.ec2Reserved('us-east-1', 'g5.xlarge', 1, 'standard', 'no-upfront'));
    expect(ri).toMatchObject({ usd: 0.634, upfrontUsd: 0, unit: 'hour' });
    const partial = r.byKey.get(priceKeys.ec2Reserved('us-east-1', 'g5.xlarge', 3, 'convertible', 'partial-upfront'));
    expect(partial).toMatchObject({ usd: 0.2, upfrontUsd: 5256 });
  });
});

describe('Lambda', () => {
  const r = run('lambda', lambdaRegion('us-east-1'));

  it('keeps tiers as tiers, per architecture', () => {
    const d = r.byKey.get(priceKeys.lambdaDuration('us-east-1', 'x86_64'));
    expect(d?.usd).toBe(0.0000166667);
    expect(d?.tiers).toEqual([
      { from: 0, to: 6e9, usd: 0.0000166667 },
      { from: 6e9, to: 15e9, usd: 0.000015 },
      { from: 15e9, to: null, usd: 0.0000133334 },
    ]);
    expect(r.byKey.get(priceKeys.lambdaDuration('us-east-1', 'arm64'))?.tiers?.[1]?.from).toBe(7.5e9);
  });

  it('places requests and PC meters, and ignores Lambda@Edge', () => {
    expect(r.byKey.get(priceKeys.lambdaRequests('us-east-1', 'arm64'))?.usd).toBe(0.0000002);
    expect(r.byKey.get(priceKeys.lambdaPcCapacity('us-east-1', 'x86_64'))?.usd).toBe(0.0000041667);
    expect(r.byKey.get(priceKeys.lambdaPcDuration('us-east-1', 'x86_64'))?.usd).toBe(0.0000097222);
    expect(r.entries).toHaveLength(6);
    expect(r.ignored).toBe(1);
  });
});

describe('Bedrock', () => {
  it('converts per-1K token prices to per 1M and ignores batch', () => {
    const r = run('bedrock', bedrockRegion('us-east-1'));
    expect(r.byKey.get(priceKeys.bedrockInputTokens('us-east-1', 'anthropic.claude-3-haiku'))).toMatchObject({
      usd: 0.25,
      unit: '1M tokens',
    });
    expect(r.byKey.get(priceKeys.bedrockOutputTokens('us-east-1', 'anthropic.claude-3-haiku'))?.usd).toBe(1.25);
    expect(r.entries).toHaveLength(2);
  });
});

describe('Savings Plans rates', () => {
  function runRates(rates: unknown[]) {
    const c = new OutcomeCollector();
    collectOfferingRates(c, rates as never[], FETCHED);
    return c.result();
  }

  it('keys SageMaker rates by component and instance, EC2 rates by type', () => {
    const r = runRates([
      offeringRate('SageMaker', 'us-east-1', 'USE1-Host:ml.c5.xlarge', '0.1387'),
      offeringRate('SageMaker', 'us-east-1', 'USE1-Tsform:ml.c5.xlarge', '0.1387', {
        years: 3,
        payment: 'All Upfront',
      }),
      offeringRate('SageMaker', 'us-east-1', 'USE1-Train:ml.c5.xlarge', '0.1387'),
      offeringRate('Compute', 'us-east-1', 'BoxUsage:m6a.xlarge', '0.1400', {
        props: { productDescription: 'Linux/UNIX', tenancy: 'shared' },
      }),
      offeringRate('Compute', 'us-east-1', 'BoxUsage:m6a.xlarge', '0.2000', {
        props: { productDescription: 'Windows', tenancy: 'shared' },
      }),
      offeringRate('EC2Instance', 'us-east-1', 'BoxUsage:g5.xlarge', '0.7000'),
      { savingsPlanOffering: { planType: 'Mystery' }, rate: 'x' },
    ]);
    const keys = r.entries.map((e) => e.key).sort();
    expect(keys).toEqual(
      [
        priceKeys.savingsPlanRate('compute', 'us-east-1', 1, 'no-upfront', savingsPlanUsage.ec2('m6a.xlarge')),
        priceKeys.savingsPlanRate('ec2-instance', 'us-east-1', 1, 'no-upfront', 'g5.xlarge'),
        priceKeys.savingsPlanRate(
          'sagemaker',
          'us-east-1',
          1,
          'no-upfront',
          savingsPlanUsage.sageMaker('Hosting', 'ml.c5.xlarge'),
        ),
        priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 3, 'all-upfront', 'BatchTransform/ml.c5.xlarge'),
      ].sort(),
    );
    expect(r.skipped).toHaveLength(1);
    expect(r.ignored).toBe(2);
    expect(r.entries.find((e) => e.key.includes('compute'))?.usd).toBe(0.14);
  });
});
