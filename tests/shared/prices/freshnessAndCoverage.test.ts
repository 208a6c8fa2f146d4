// The one freshness rule, sources in words, and Savings Plans coverage from the data.
import { describe, expect, it } from 'vitest';
import type { PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import { freshnessOf, STALE_AFTER_DAYS, summarizeFreshness } from '@shared/prices/freshness';
import { priceKeys, savingsPlanUsage } from '@shared/prices/keys';
import { createPriceCatalog } from '@shared/prices/lookup';
import { sourceInWords } from '@shared/prices/provenance';
import { parsePlanRateKey, savingsPlanCoverage } from '@shared/prices/savingsPlanCoverage';
import { estimateDesign } from '@shared/domain';
import { newProject } from '@shared/project/defaults';
import { ProjectSchema } from '@shared/project/schema';
import { testCatalog } from '../domain/fixtures';

const TODAY = '2026-12-01';

describe('freshness', () => {
  it('dates a fetched price by its fetch day and calls it stale only past the limit', () => {
    const fetched = { origin: 'api' as const, asOf: '2024-05-01', fetchedAt: '2026-11-20T08:00:00Z' };
    expect(freshnessOf(fetched, TODAY)).toEqual({ asOf: '2026-11-20', ageDays: 11, kind: 'fetched', stale: false });
    const old = { ...fetched, fetchedAt: '2026-10-01T00:00:00Z' };
    expect(freshnessOf(old, TODAY)).toMatchObject({ ageDays: 61, stale: true });
    expect(STALE_AFTER_DAYS).toBe(30);
  });

  it('never calls built-in prices stale: it dates them and suggests a refresh', () => {
    const builtIn = { origin: 'snapshot' as const, asOf: '2025-06-13' };
    expect(freshnessOf(builtIn, TODAY)).toMatchObject({ kind: 'built-in', stale: false, ageDays: 536 });
    const s = summarizeFreshness([builtIn, { origin: 'snapshot', asOf: '2026-08-17' }], TODAY);
    expect(s).toEqual({
      text: 'Built-in prices, public AWS data from 2025-06-13 to 2026-08-17',
      asOf: '2025-06-13',
      staleCount: 0,
      builtInCount: 2,
      refreshSuggested: true,
    });
  });

  it('summarises a mix in the same words everywhere', () => {
    const s = summarizeFreshness(
      [
        { origin: 'api', asOf: '2024-01-01', fetchedAt: '2026-12-01T01:00:00Z' },
        { origin: 'snapshot', asOf: '2026-05-20' },
      ],
      TODAY,
    );
    expect(s.text).toBe('AWS prices fetched 2026-12-01; built-in prices, public AWS data from 2026-05-20');
    expect(s.asOf).toBe('2026-05-20');
  });
});

describe('sources in words', () => {
  it('names the API by fetch day, built-in data by its collector, and keeps the detail apart', () => {
    const api = sourceInWords({
      origin: 'api',
      label: 'AWS Price List API',
      asOf: '2024-05-01',
      fetchedAt: '2026-12-01T09:00:00Z',
      sku: 'ABC',
      rateCode: 'ABC.JRTCKXETXF.6YS6EN2CT7',
    });
    expect(api.text).toBe('AWS Price List API, fetched 2026-12-01');
    expect(api.detail).toContain('SKU ABC');
    const pub = sourceInWords({
      origin: 'api',
      label: 'AWS public price list',
      asOf: '2026-11-28',
      fetchedAt: '2026-12-01T09:00:00Z',
    });
    expect(pub.text).toBe('AWS public price list, published 2026-11-28');
    const builtIn = sourceInWords({
      origin: 'snapshot',
      label: 'built-in prices: public AWS data collected 2025-06-13 by QuinnyPig/aws-price-watcher',
      asOf: '2025-06-13',
      detail: 'file ec2-linux-ondemand-by-location.json, from QuinnyPig/aws-price-watcher processed/ec2.json @07c8174c',
    });
    expect(builtIn.text).toBe('built-in prices: public AWS data collected 2025-06-13 by QuinnyPig/aws-price-watcher');
    expect(builtIn.detail).toMatch(/@07c8174c/);
  });
});

function catalogWith(entries: PriceEntry[]) {
  const data: PriceCatalogData = {
    format: 'infercalc-prices',
    version: 1,
    origin: 'api',
    builtAt: TODAY,
    entries,
    instanceSpecs: [],
    coverage: [],
    missing: [],
  };
  return createPriceCatalog(data);
}

const rate = (usage: string): PriceEntry => ({
  key: priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 1, 'no-upfront', usage),
  usd: 0.1,
  unit: 'hour',
  source: { origin: 'api', label: 'AWS Savings Plans API', asOf: TODAY, fetchedAt: `${TODAY}T08:00:00Z` },
});

describe('Savings Plans coverage', () => {
  it('follows the plan rates when the data has them: listed usage is covered, other usage is not, and says why', () => {
    const c = catalogWith([
      rate(savingsPlanUsage.sageMaker('Hosting', 'ml.c5.xlarge')),
      rate(savingsPlanUsage.sageMakerServerless(2048)),
    ]);
    expect(savingsPlanCoverage(c, 'sagemaker', 'us-east-1', savingsPlanUsage.sageMakerServerless(2048))).toEqual({
      applies: true,
      basis: 'rates',
      source: 'AWS Savings Plans API, fetched 2026-12-01',
    });
    const notListed = savingsPlanCoverage(
      c,
      'sagemaker',
      'us-east-1',
      savingsPlanUsage.sageMaker('AsyncInf', 'ml.c5.xlarge'),
    );
    expect(notListed.applies).toBe(false);
    expect(notListed.reason).toMatch(
      /rates for us-east-1 \(AWS Savings Plans API, fetched 2026-12-01\) list no rate for AsyncInf\/ml\.c5\.xlarge/,
    );
  });

  it('falls back on AWS documentation offline, and says that is the source', () => {
    const c = catalogWith([]);
    const hosting = savingsPlanCoverage(
      c,
      'sagemaker',
      'eu-west-1',
      savingsPlanUsage.sageMaker('Hosting', 'ml.m5.xlarge'),
    );
    expect(hosting).toMatchObject({ applies: true, basis: 'documentation' });
    expect(hosting.source).toMatch(/^AWS Savings Plans documentation/);
    expect(savingsPlanCoverage(c, 'ec2-instance', 'eu-west-1', savingsPlanUsage.lambdaDuration('arm64')).applies).toBe(
      false,
    );
    expect(
      parsePlanRateKey(priceKeys.savingsPlanRate('compute', 'eu-west-1', 3, 'all-upfront', 'lambda-duration/arm64')),
    ).toEqual({
      plan: 'compute',
      region: 'eu-west-1',
      usage: 'lambda-duration/arm64',
    });
  });
});

describe('Savings Plans coverage in an estimate', () => {
  const design = (instanceType: string) =>
    ProjectSchema.parse({
      ...newProject(),
      designs: [
        {
          name: 'plan',
          hosting: { type: 'sagemaker-realtime', instanceType, instanceCount: 1 },
          purchase: { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront', discountPercent: 30 },
        },
      ],
    });

  it('offline, prices a hand-entered discount and shows where the coverage claim comes from', () => {
    const p = design('ml.m5.xlarge');
    const e = estimateDesign(p.designs[0]!, p.workload, testCatalog(), p.region);
    expect(e.warnings.join('\n')).toMatch(
      /plan rate from the user-provided discount \(30%\), not from AWS price data; coverage: AWS Savings Plans documentation: SageMaker Savings Plans apply to SageMaker ML instance usage/,
    );
    // The plan rate: $0.23 on-demand × (1 − 30%) per instance-hour.
    expect(e.commitment?.committedRateUsd).toBeCloseTo(0.23 * 0.7, 9);
    expect(e.monthlyUsd).not.toBeNull();
  });

  it('with plan rates in the data that list no rate for the usage, says the plan does not cover it', () => {
    const p = design('ml.m5.xlarge');
    const withRates = testCatalog([rate(savingsPlanUsage.sageMaker('Hosting', 'ml.c5.xlarge'))]);
    const e = estimateDesign(p.designs[0]!, p.workload, withRates, p.region);
    expect(e.monthlyUsd).toBeNull();
    expect(e.lineItems.map((l) => l.unavailable ?? '').join(' ')).toMatch(
      /rates for us-east-1 \(AWS Savings Plans API, fetched 2026-12-01\) list no rate for Hosting\/ml\.m5\.xlarge, so the plan does not cover it/,
    );
  });
});
