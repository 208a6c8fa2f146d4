/** Batch jobs in business terms: run hours from records and instances, the window, the fleet size. */
import { describe, expect, it } from 'vitest';
import { batchRun, batchWeekProfile, smallestBatchFleet, type BatchJob } from '@shared/domain/latency/batchJob';

// A nightly job: 10 million records at 50 ms each (20 records/s per single-worker instance), in the
// 4 hours from 01:00, every day (30 runs a month), 6 minutes of start-up per run.
const nightly: BatchJob = { recordsPerRun: 10_000_000, runsPerMonth: 30, windowHours: 4, startHour: 1 };

describe('batch job', () => {
  it('misses its window with too few instances and meets it with enough (hand-worked)', () => {
    const few = batchRun(nightly, { recordsPerSecondPerInstance: 20, instanceCount: 10 });
    // 10,000,000 ÷ (20 × 10 × 3600) = 13.89 h + 0.1 h start-up.
    expect(few.runHours).toBeCloseTo(10_000_000 / 720_000 + 0.1, 12);
    expect(few.meetsWindow).toBe(false);
    expect(few.formula).toBe('10,000,000 ÷ (20/s × 10 × 3600) + 0.1 h start-up = 13.9889 h');

    expect(batchRun(nightly, { recordsPerSecondPerInstance: 20, instanceCount: 35 }).meetsWindow).toBe(false);
    const enough = batchRun(nightly, { recordsPerSecondPerInstance: 20, instanceCount: 36 });
    expect(enough.runHours).toBeCloseTo(10_000_000 / (20 * 36 * 3600) + 0.1, 12); // 3.958 h
    expect(enough.meetsWindow).toBe(true);
    expect(enough.instanceHoursPerMonth).toBeCloseTo(enough.runHours * 36 * 30, 9);
  });

  it('sizes the fewest instances that meet the window', () => {
    const s = smallestBatchFleet(nightly, 20);
    expect(s).toMatchObject({ ok: true, instanceCount: 36 });
    expect(smallestBatchFleet(nightly, 20, { maxInstances: 20 })).toEqual({
      ok: false,
      message: 'finishing 10,000,000 records in 4 h needs 36 instances; at most 20 are allowed',
    });
    expect(smallestBatchFleet({ ...nightly, windowHours: 0.05 }, 20)).toEqual({
      ok: false,
      message: 'the 0.1 h start-up alone fills the 0.05 h window',
    });
  });

  it('costs in proportion to the records (plus one start-up per instance and run)', () => {
    const fleet = { recordsPerSecondPerInstance: 20, instanceCount: 4, startUpMinutes: 0 };
    const small = batchRun({ ...nightly, recordsPerRun: 1_000_000, windowHours: 730 }, fleet);
    const large = batchRun({ ...nightly, recordsPerRun: 100_000_000, windowHours: 730 }, fleet);
    expect(large.instanceHoursPerMonth / small.instanceHoursPerMonth).toBeCloseTo(100, 9);
  });

  it('lays the runs on the week at the window’s start hour', () => {
    const run = batchRun(nightly, { recordsPerSecondPerInstance: 20, instanceCount: 36 });
    const profile = batchWeekProfile(nightly, run.runHours, 36);
    const perWeek = 30 / (730 / 168);
    const total = profile.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(perWeek * run.runHours * 36, 9);
    // Each day: 01:00–04:57, nothing at 00:00 or 05:00.
    for (let d = 0; d < 7; d++) {
      expect(profile[d * 24]).toBe(0);
      expect(profile[d * 24 + 1]).toBeCloseTo((perWeek / 7) * 36, 9);
      expect(profile[d * 24 + 5]).toBe(0);
    }
  });

  it('rejects a bad job naming the field', () => {
    expect(() => batchRun({ ...nightly, startHour: 24 }, { recordsPerSecondPerInstance: 1, instanceCount: 1 })).toThrow(
      /start hour/,
    );
    expect(() => batchRun(nightly, { recordsPerSecondPerInstance: 0, instanceCount: 1 })).toThrow(/records per second/);
    expect(() => batchRun(nightly, { recordsPerSecondPerInstance: 1, instanceCount: 0 })).toThrow(/instance count/);
  });
});
