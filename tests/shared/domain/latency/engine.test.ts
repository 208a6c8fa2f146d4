/** Issue 13 end to end through the estimate: batch jobs, scheduled PC, free tier, latency feasibility. */
import { describe, expect, it } from 'vitest';
import { estimateDesign, estimateProject } from '@shared/domain';
import { priceKeys } from '@shared/prices/keys';
import { design, entry, line, project, testCatalog, workload } from '../fixtures';

const W = 730 / 168;

describe('a nightly batch job in business terms', () => {
  // 10 million records at 50 ms each, every night (30 runs a month), done within 4 h from 01:00.
  // ml.m5.xlarge: 4 vCPU → 4 records at once → 80 records/s per instance.
  const catalog = testCatalog([
    entry(priceKeys.sageMakerInstance('us-east-1', 'BatchTransform', 'ml.m5.xlarge'), 0.23, 'hour'),
  ]);
  const nightly = (recordsPerRun: number) =>
    workload({
      traffic: { pattern: 'batch', recordsPerRun, runsPerMonth: 30, windowHours: 4, startHour: 1 },
      inferenceMs: 50,
      latencyTargetMs: null,
    });
  const batch = (instanceCount: number) =>
    design({ type: 'sagemaker-batch', instanceType: 'ml.m5.xlarge', instanceCount });

  it('misses its window with too few instances and meets it with enough (hand-worked)', () => {
    const few = estimateDesign(batch(4), nightly(10_000_000), catalog, 'us-east-1');
    // 10,000,000 ÷ (80 × 4 × 3600) = 8.68 h + 0.1 h start-up.
    expect(few.runHours).toBeCloseTo(10_000_000 / (80 * 4 * 3600) + 0.1, 9);
    expect(few.meetsWindow).toBe(false);
    expect(few.reasons.find((r) => r.rule === 'batch.window')?.message).toContain('9 instances would finish in');
    const enough = estimateDesign(batch(9), nightly(10_000_000), catalog, 'us-east-1');
    expect(enough.meetsWindow).toBe(true);
    expect(enough.feasible).toBe(true);
    // Billed run hours × instances × runs: (3.858 + 0.1) h × 9 × 30 × $0.23.
    const hours = (10_000_000 / (80 * 9 * 3600) + 0.1) * 9 * 30;
    expect(line(enough.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(hours * 0.23, 6);
    expect(enough.requestsPerMonth).toBeCloseTo(300_000_000, 3);
  });

  it('costs in proportion to the volume (30M to 3B records a month)', () => {
    const monthly = (records: number) =>
      line(estimateDesign(batch(4), nightly(records), catalog, 'us-east-1').lineItems, 'Instance-hours').monthlyUsd!;
    const small = monthly(1_000_000);
    const large = monthly(100_000_000);
    // Processing scales 100×; the start-up (0.1 h × 4 instances × 30 runs) is fixed.
    const startUp = 0.1 * 4 * 30 * 0.23;
    expect((large - startUp) / (small - startUp)).toBeCloseTo(100, 6);
  });
});

describe('scheduled provisioned concurrency', () => {
  it('Lambda PC for H hours a month is billed for those hours only (AWS example: 1,000 for 8 h × 31 days, 1,536 MB)', () => {
    const e = estimateDesign(
      design({
        type: 'lambda',
        memoryMB: 1536,
        architecture: 'x86_64',
        provisionedConcurrency: { count: 1000, hoursPerMonth: 248 },
      }),
      workload({ inferenceMs: 100 }),
      testCatalog(),
      'us-east-1',
    );
    // 1,000 × 1.5 GB × 248 h × 3600 s = 1,339,200,000 GB-s × $0.0000041667 = $5,580.04.
    expect(line(e.lineItems, 'Provisioned concurrency').quantity).toBeCloseTo(1_339_200_000, 0);
    expect(line(e.lineItems, 'Provisioned concurrency').monthlyUsd).toBeCloseTo(1_339_200_000 * 0.0000041667, 4);
  });

  it('serverless PC by hour of the day is billed for the hours it is on', () => {
    const day = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 2 : 0));
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20, provisionedConcurrency: day }),
      workload(),
      testCatalog(),
      'us-east-1',
    );
    // 2 × 8 h × 7 days a week × 730/168 × 3600 s × $0.00001.
    expect(line(e.lineItems, 'Provisioned concurrency').monthlyUsd).toBeCloseTo(2 * 8 * 7 * W * 3600 * 0.00001, 6);
  });
});

describe('Lambda free tier', () => {
  // AWS Lambda pricing example: 3M requests a month, 120 ms each at 1,536 MB (x86):
  // compute (540,000 − 400,000 free) GB-s × $0.0000166667 = $2.33; requests (3M − 1M free) × $0.20/M = $0.40.
  const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 3_000_000 / (730 * 3600) }, inferenceMs: 120 });
  const lambda = design({ type: 'lambda', memoryMB: 1536, architecture: 'x86_64' });

  it('applies as its own negative lines when the project includes it', () => {
    const p = { ...project(w, [lambda]), assumptions: { includeFreeTier: true } };
    const [e] = estimateProject(p, testCatalog());
    expect(line(e!.lineItems, 'Free tier: requests').monthlyUsd).toBeCloseTo(-0.2, 9);
    expect(line(e!.lineItems, 'Free tier: duration').monthlyUsd).toBeCloseTo(-400_000 * 0.0000166667, 9);
    expect(e!.monthlyUsd).toBeCloseTo(0.4 + 140_000 * 0.0000166667, 6); // $2.73
    expect(e!.warnings.some((m) => m.startsWith('The Lambda free tier is included'))).toBe(true);
  });

  it('is left out by default, and the estimate says so', () => {
    const [e] = estimateProject(project(w, [lambda]), testCatalog());
    expect(e!.lineItems.some((l) => l.label.startsWith('Free tier'))).toBe(false);
    expect(e!.monthlyUsd).toBeCloseTo(0.6 + 540_000 * 0.0000166667, 6);
    const notIncluded = 'The Lambda free tier (1M requests and 400,000 GB-s a month) is not included';
    expect(e!.warnings).toContain(notIncluded);
    expect(e!.warningDetails?.[notIncluded]).toBe('assumptions.includeFreeTier');
  });
});

describe('latency feasibility through the estimate', () => {
  it('rules out a cheap single instance that queues past the target, and reports the percentile', () => {
    // 35 req/s × 100 ms = 3.5 erlangs on one ml.c5.xlarge (4 workers): the p95 queue exceeds 150 ms.
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 35 }, latencyTargetMs: 150 });
    const one = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      w,
      testCatalog(),
      'us-east-1',
    );
    expect(one.feasible).toBe(false);
    expect(one.reasons.find((r) => r.rule === 'latency.percentile')?.message).toMatch(
      /^p95 latency up to .* exceeds the 150 ms target in 168 hours of the week: requests queue for a worker in every day 00:00–24:00$/,
    );
    expect(one.latency.percentileMs).toBeGreaterThan(150);
    const two = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 }),
      w,
      testCatalog(),
      'us-east-1',
    );
    expect(two.feasible).toBe(true);
    expect(two.latency.percentileMs).toBeLessThanOrEqual(150);
  });

  it('has no latency target when latencyTargetMs is null', () => {
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 35 }, latencyTargetMs: null });
    const one = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      w,
      testCatalog(),
      'us-east-1',
    );
    expect(one.feasible).toBe(true);
    expect(one.latency.percentile).toBe(95);
  });
});
