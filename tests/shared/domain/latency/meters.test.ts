/** AWS's meters the estimate bills besides compute: Lambda ephemeral storage, and a reserved rate's upfront fee. */
import { describe, expect, it } from 'vitest';
import { estimateDesign, projectCatalog } from '@shared/domain/estimate';
import { priceKeys } from '@shared/prices/keys';
import { catalogData, design, entry, line, testCatalog, workload } from '../fixtures';

const STORAGE_RATE = 0.0000000309; // us-east-1, per GB-second above 512 MB (AWS Lambda pricing)

describe('Lambda ephemeral storage', () => {
  const storage = entry(priceKeys.lambdaEphemeralStorage('us-east-1', 'x86_64'), STORAGE_RATE, 'GB-second');
  const lambda = (ephemeralStorageMB?: number) =>
    design({
      type: 'lambda',
      memoryMB: 2048,
      architecture: 'x86_64',
      ...(ephemeralStorageMB ? { ephemeralStorageMB } : {}),
    });
  // Steady 10 req/s × 730 h = 26,280,000 requests a month, 100 ms each: 2,628,000 s of execution.
  const w = workload({ inferenceMs: 100 });

  it('is its own line above the included 512 MB: (MB − 512) ÷ 1024 × execution seconds × the rate', () => {
    const e = estimateDesign(lambda(10_240), w, testCatalog([storage]), 'us-east-1');
    const l = line(e.lineItems, 'Ephemeral storage');
    // (10,240 − 512) / 1024 = 9.5 GB × 2,628,000 s = 24,966,000 GB-s × $0.0000000309 = $0.7714.
    expect(l.quantity).toBeCloseTo(9.5 * 2_628_000, 3);
    expect(l.monthlyUsd).toBeCloseTo(9.5 * 2_628_000 * STORAGE_RATE, 9);
    expect(l.unit).toBe('GB-second');
    expect(l.label).toBe('Ephemeral storage (10240 MB, 9728 MB above the included 512 MB)');
    const without = estimateDesign(lambda(), w, testCatalog([storage]), 'us-east-1');
    expect(e.monthlyUsd! - without.monthlyUsd!).toBeCloseTo(9.5 * 2_628_000 * STORAGE_RATE, 9);
  });

  it('adds nothing at 512 MB, and is unavailable (not zero) when the price data lacks the rate', () => {
    const at512 = estimateDesign(lambda(512), w, testCatalog([storage]), 'us-east-1');
    expect(at512.lineItems.some((l) => l.label.startsWith('Ephemeral storage'))).toBe(false);
    const unpriced = estimateDesign(lambda(1024), w, testCatalog(), 'us-east-1');
    expect(line(unpriced.lineItems, 'Ephemeral storage').monthlyUsd).toBeNull();
    expect(unpriced.monthlyUsd).toBeNull();
  });
});

describe('a hand-entered reserved-instance rate', () => {
  const key = priceKeys.ec2Reserved('us-east-1', 'c5.xlarge', 1, 'standard', 'partial-upfront');
  const ri = design(
    { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2 },
    { type: 'reserved-instance', termYears: 1, payment: 'partial-upfront', offeringClass: 'standard' },
  );
  const catalogWith = (rate: { usd: number; upfrontUsd?: number }) =>
    projectCatalog({ userRates: [{ key, unit: 'hour', ...rate }] }, catalogData(), '2026-12-01');

  it('carries its upfront fee: effective = hourly + upfront ÷ 8,760 h, cash up front in month one', () => {
    // $0.05/h + $438 / 8,760 h = $0.10/h; 2 × 730 h × $0.10 = $146; upfront 2 × $438 = $876.
    const e = estimateDesign(ri, workload(), catalogWith({ usd: 0.05, upfrontUsd: 438 }), 'us-east-1');
    const l = line(e.lineItems, 'Reserved instances');
    expect(l.monthlyUsd).toBeCloseTo(146, 9);
    expect(l.upfrontUsd).toBe(876);
    expect(l.label).toContain('amortized');
    expect(l.priceSource?.origin).toBe('user');
    expect(e.warnings.some((m) => m.includes('upfront payment is not included'))).toBe(false);
  });

  it('without the fee the line says the upfront is not included, and a warning says so', () => {
    const e = estimateDesign(ri, workload(), catalogWith({ usd: 0.05 }), 'us-east-1');
    const l = line(e.lineItems, 'Reserved instances');
    expect(l.label).toBe('Reserved instances (c5.xlarge, 1 yr standard partial upfront, upfront not included)');
    expect(l.monthlyUsd).toBeCloseTo(2 * 730 * 0.05, 9);
    expect(l.upfrontUsd).toBeUndefined();
    expect(e.warnings).toContain(
      'The hand-entered 1 yr standard partial upfront reserved rate has no upfront fee: the upfront payment is not included, so the cost is understated',
    );
    expect(e.warningDetails?.[e.warnings.find((m) => m.startsWith('The hand-entered'))!]).toBe(
      'userRates[].upfrontUsd',
    );
  });

  it('a no-upfront hand-entered rate needs no fee and says nothing about one', () => {
    const noUpfront = priceKeys.ec2Reserved('us-east-1', 'c5.xlarge', 1, 'standard', 'no-upfront');
    const e = estimateDesign(
      design(
        { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 },
        { type: 'reserved-instance', termYears: 1, payment: 'no-upfront', offeringClass: 'standard' },
      ),
      workload(),
      projectCatalog({ userRates: [{ key: noUpfront, unit: 'hour', usd: 0.1 }] }, catalogData(), '2026-12-01'),
      'us-east-1',
    );
    expect(line(e.lineItems, 'Reserved instances').label).toContain('amortized');
    expect(e.warnings.some((m) => m.includes('upfront'))).toBe(false);
  });
});
