/**
 * A nightly batch job through the recommender: batch transform sized to the window at the lowest
 * cost, compared with async scaled to zero and EC2 spot on the same job; cost scales with the records.
 */
import { describe, expect, it } from 'vitest';
import { recommendForWorkload, type Recommendation } from '@shared/domain/recommend/recommend';
import { priceKeys } from '@shared/prices/keys';
import { entry, line, testCatalog, workload } from '../fixtures';

// Spot for the test's EC2 type (60% below its $0.17 on-demand), so the spot design can be priced.
const catalog = testCatalog([entry(priceKeys.ec2Spot('us-east-1', 'c5.xlarge'), 0.068, 'hour')]);
const nightly = (recordsPerRun: number, interruptible = true) =>
  workload({
    latencyTargetMs: null,
    interruptible,
    traffic: { pattern: 'batch', recordsPerRun, runsPerMonth: 30, windowHours: 4, startHour: 1 },
  });
const named = (recs: Recommendation[], name: string) => {
  const r = recs.find((x) => x.design.name === name);
  if (!r) throw new Error(`no "${name}" in: ${recs.map((x) => x.design.name).join(' | ')}`);
  return r;
};
const BATCH = 'Batch transform, sized to the window';
const ASYNC = 'Asynchronous inference, scale to zero';
const SPOT = 'EC2 spot, scale to zero between runs';

describe('a nightly batch job in the recommender', () => {
  it('sizes batch transform to the window at the lowest cost (type and count)', () => {
    // 10M records, 100 ms each, 4 h window, 6 min start-up: 3.9 h to process.
    // ml.c5.xlarge (4 vCPU: 40 records/s, $0.204/h): ceil(10M / (40 × 3600 × 3.9)) = 18 instances,
    //   each run 0.1 + 10M / (40 × 18 × 3600) = 3.958 h; 3.958 × 18 × 30 × $0.204 = $436.05 a month.
    // ml.m5.large (20/s, $0.115): 36 instances, the same 3.958 h: × 36 × 30 × $0.115 = $491.63.
    // ml.m5.xlarge (40/s, $0.23): 18 instances: $491.63. The cheapest is 18 × ml.c5.xlarge.
    const recs = recommendForWorkload(nightly(10_000_000), catalog, 'us-east-1');
    const batch = named(recs, BATCH);
    expect(batch.design.hosting).toMatchObject({ instanceType: 'ml.c5.xlarge', instanceCount: 18 });
    const runHours = 0.1 + 10_000_000 / (40 * 18 * 3600);
    expect(batch.estimate.runHours).toBeCloseTo(runHours, 9);
    expect(batch.estimate.meetsWindow).toBe(true);
    expect(line(batch.estimate.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(runHours * 18 * 30 * 0.204, 6);
    expect(batch.why.map((w) => w.rule)).toContain('rule.batchWindow');
  });

  it('compares batch transform, async scaled to zero and EC2 spot on the same job', () => {
    const recs = recommendForWorkload(nightly(10_000_000), catalog, 'us-east-1');
    const three = [named(recs, BATCH), named(recs, ASYNC), named(recs, SPOT)];
    // The same records each month: 10M × 30.
    for (const r of three) expect(r.estimate.requestsPerMonth).toBeCloseTo(300_000_000, 0);
    for (const r of three) expect(r.estimate.feasible).toBe(true);
    expect(named(recs, ASYNC).design.hosting).toMatchObject({ autoscaling: { min: 0 } });
    const spot = named(recs, SPOT);
    expect(spot.design.hosting).toMatchObject({ type: 'ec2', autoscaling: { min: 0 } });
    expect(spot.design.purchase).toEqual({ type: 'spot' });
    expect(line(spot.estimate.lineItems, 'Spot instance-hours').rateUsd).toBe(0.068);
    // No high-availability variant for a job that serves no online requests.
    expect(recs.some((r) => r.why.some((w) => w.rule === 'rule.highAvailability'))).toBe(false);
  });

  it('rules EC2 spot out, with the reason, when the job cannot be interrupted', () => {
    const spot = named(recommendForWorkload(nightly(10_000_000, false), catalog, 'us-east-1'), SPOT);
    expect(spot.estimate.feasible).toBe(false);
    expect(spot.whyNot.map((w) => w.rule)).toContain('spot.interruption');
  });

  it('scales each one’s cost with the records (10× the records: about 10× the cost)', () => {
    const small = recommendForWorkload(nightly(10_000_000), catalog, 'us-east-1');
    const large = recommendForWorkload(nightly(100_000_000), catalog, 'us-east-1');
    // Batch at 100M: 179 × ml.c5.xlarge (ceil(100M / (40 × 3600 × 3.9))), run 0.1 + 100M / (40 × 179 × 3600) h.
    const bigRun = 0.1 + 100_000_000 / (40 * 179 * 3600);
    expect(named(large, BATCH).design.hosting).toMatchObject({ instanceCount: 179 });
    expect(line(named(large, BATCH).estimate.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(
      bigRun * 179 * 30 * 0.204,
      6,
    );
    for (const name of [BATCH, ASYNC, SPOT]) {
      const ratio = named(large, name).estimate.monthlyUsd! / named(small, name).estimate.monthlyUsd!;
      expect(ratio, name).toBeGreaterThan(9);
      expect(ratio, name).toBeLessThan(10.5);
    }
  });
});
